"""Session 9 (pron11): pronouns resolved with the gender a first name tells, and a bare surname shared by
two people read as the one the pronoun can stand for. Invented sentences."""

from medialit.analysis.lexicons import lexicon_header, load_lexicon
from medialit.analysis.names import names_in


def test_first_name_list_has_both_sexes_and_leaves_shared_names_out():
    rows = {r["name"]: r for r in load_lexicon("first_names.csv")}
    assert rows["Margaret"]["gender"] == "f" and rows["Richard"]["gender"] == "m"
    assert "Kelly" not in rows and "Chris" not in rows  # held by both sexes
    assert all(r["why"] and r["gender"] in ("f", "m") for r in rows.values())
    assert "Census" in lexicon_header("first_names.csv")


def test_he_skips_a_woman_named_by_first_name_only():
    t = "Margaret Olander greeted Richard Vasko at the door. “It was a long trip,” he said."
    assert names_in(t).resolve(t.index("he said")).name == "Richard Vasko"


def test_she_still_goes_to_the_subject_when_the_name_fits():
    t = "Margaret Olander greeted Richard Vasko at the door. “It was a long trip,” she said."
    assert names_in(t).resolve(t.index("she said")).name == "Margaret Olander"


def test_a_title_outranks_the_first_name():
    # "Ms." says she; the first name alone would say he.
    t = "Ms. Richard Vasko spoke first. Vasko said she would run."
    assert names_in(t).resolve(t.index("she would")).name == "Richard Vasko"


def test_a_shared_surname_goes_to_the_relative_the_pronoun_fits():
    t = ("Senator Paul Dremmel spoke in Ohio on Monday. Dremmel said the plan would pass. "
         "His wife, Laura Dremmel, joined him on stage. "
         "Reporters asked how Dremmel would vote. “I will vote yes,” he said.")
    assert names_in(t).resolve(t.rindex("he said")).name == "Paul Dremmel"


def test_a_shared_surname_is_not_swapped_for_a_full_name():
    t = "Laura Dremmel met Paul Dremmel. Laura Dremmel said he was late."
    n = names_in(t)
    # "he" cannot be Laura, and her full name is never read as Paul's: the pronoun has no person in this sentence,
    # so it goes back to the sentence before, whose male person is Paul.
    assert n.resolve(t.index("he was")).name == "Paul Dremmel"


def _sources(text):
    import medialit
    return [(a.cue, a.source) for a in medialit.find_attributions(text)]


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
