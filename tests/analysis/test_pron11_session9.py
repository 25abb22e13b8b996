"""Session 9 (pron11): a bare surname shared by two people read as the one the pronoun can stand for (the
gender comes from the text: a title or its own he/she, never from a first name). Invented sentences."""

from medialit.analysis.names import names_in

from support import cues_and_sources as _sources


def test_a_shared_surname_goes_to_the_relative_the_pronoun_fits():
    t = ("Senator Paul Dremmel spoke in Ohio on Monday. Dremmel said the plan would pass. "
         "His wife, Mrs. Laura Dremmel, joined him on stage. "
         "Reporters asked how Dremmel would vote. “I will vote yes,” he said.")
    assert names_in(t).resolve(t.rindex("he said")).name == "Paul Dremmel"


def test_a_shared_surname_is_not_swapped_for_a_full_name():
    t = "Ms. Laura Dremmel met Paul Dremmel. Ms. Laura Dremmel said he was late."
    n = names_in(t)
    # "he" cannot be Laura, and her full name is never read as Paul's: the pronoun has no person in this sentence,
    # so it goes back to the sentence before, whose male person is Paul.
    assert n.resolve(t.index("he was")).name == "Paul Dremmel"


def test_an_unnamed_phrase_in_the_sentence_that_names_the_person_is_no_new_speaker():
    t = "Tom Vell, a creative writing professor, said he grew up on a farm. He said he still misses the quiet."
    assert _sources(t)[-1] == ("said", "Tom Vell")


def test_an_unnamed_source_in_a_later_sentence_still_takes_the_pronoun():
    t = "Tom Vell lives nearby. A farmhand said the storm came fast. “It was loud,” he said."
    assert _sources(t)[-1] == ("said", "A farmhand")


def test_he_goes_to_the_name_after_a_quotation_and_said_not_the_sentence_opener():
    t = "Brennan Voss should resign, “as soon as he can,” said Oswin Tark, a lawyer. Despite this, he noted, costs rose."
    assert names_in(t).resolve(t.index("he noted")).name == "Oswin Tark"
    t = "Brennan Voss should resign, “as soon as he can,” said Mr. Tark, a lawyer. Despite this, he noted, costs rose."
    assert names_in(t).resolve(t.index("he noted")).name == "Tark"  # past the title


def test_a_name_spoken_of_after_said_is_not_the_speaker():
    t = "Oswin Tark, a visiting fellow, said Ferris Moll could appeal. He said the court would decide."
    assert names_in(t).resolve(t.index("He said")).name == "Oswin Tark"


def test_they_goes_to_the_plural_unnamed_source_of_the_cue_before():
    t = "Civil rights groups wrote to the senator on Monday, the groups say. They argue that she must act."
    assert _sources(t)[-1] == ("argue", "the groups")


def test_they_does_not_reach_past_a_named_speaker():
    t = "Civil rights groups wrote to the senator, the groups say. Nola Brandt said the letter was late. They argue it was not."
    assert _sources(t)[-1][1] != "the groups"


def test_it_goes_to_the_institution_that_spoke_just_before():
    t = "The city council wrote to the firm, the newspaper reported. It added that the deal was off."
    assert _sources(t)[-1] == ("added", "the newspaper")


def test_it_is_never_a_person_source_before():
    t = "A spokesman said the plan was late. It added that costs rose."
    assert _sources(t)[-1] == ("added", "It")
