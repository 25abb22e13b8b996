"""Cues on general news: a paragraph that ends in a colon and opens with a person's name introduces the words set
off below it, and its verb is a cue of that person, though no lexicon row lists the verb ("Jane Roe salutes the
mayor for his stance:"; session 34, real69, issue 10: the general-news golds mark such verbs, session 26's line).

Every sentence here was written for this test.
"""
import medialit
from support import cue_texts_and_sources


def test_a_verb_that_introduces_a_post_is_a_cue_of_the_person_it_opens_with():
    text = ("Readers react to the bridge vote\n\nTomas Brenner salutes the council for its patience:\n\n"
            "Good work, everyone. The bridge will stand for a century.")
    assert ("salutes", "Tomas Brenner") in cue_texts_and_sources(text)


def test_a_description_before_the_name_and_a_blog_after_it():
    text = ("Readers react to the bridge vote\n\nOne local reader, Marta Ilves is delighted:\n\nAt last a bridge!\n\n"
            "Odile Varga from the Riverside Notes blog is puzzled:\n\nWho will pay for it?")
    found = cue_texts_and_sources(text)
    assert ("is delighted", "Marta Ilves") in found
    assert ("is puzzled", "Odile Varga") in found


def test_the_cue_says_why_it_was_found():
    text = "Readers react\n\nTomas Brenner salutes the council for its patience:\n\nGood work, everyone."
    cue = next(a for a in medialit.find_attributions(text) if a.cue == "salutes")
    assert cue.source == "Tomas Brenner" and "colon" in cue.why
    assert (cue.source_start, cue.source_end) == (text.index("Tomas"), text.index(" salutes"))


def test_no_cue_without_a_paragraph_below_or_in_a_sentence_that_goes_on():
    assert cue_texts_and_sources("Tomas Brenner salutes the council for its patience:") == []
    text = "Readers react\n\nTomas Brenner salutes the council for its patience: it took years.\n\nMore later."
    assert cue_texts_and_sources(text) == []


def test_pictures_a_pronoun_and_a_name_set_off_by_commas_are_no_cue():
    for paragraph in ("Tomas Brenner uploaded some pictures of the crowd:",      # an act; pictures follow
                      "This time, Tomas Brenner engaged:",                       # no description of a person
                      "He salutes the council for its patience:",               # a pronoun
                      "The club's coach, Tomas Brenner, listed the changes:",   # a list follows
                      "Tomas Brenner took the stage in the square:"):          # an irregular past
        text = f"Readers react\n\n{paragraph}\n\nThe words below."
        assert cue_texts_and_sources(text) == [], paragraph


def test_a_paragraph_a_cue_already_holds_keeps_that_cue_alone():
    text = "Readers react\n\nTomas Brenner said on Monday:\n\nGood work, everyone."
    assert cue_texts_and_sources(text) == [("said", "Tomas Brenner")]
