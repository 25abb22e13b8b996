"""Session 25 (real49): causes found on the first (unseen) score of bench/real-news-17.

Every sentence here is invented; none is copied from an article.
"""

from support import boosters, cues_and_sources, phrases_and_kinds, quote_spans_and_speakers

from medialit import find_hedges
from medialit.analysis.text import sentence_spans


# --- a person's initials joined by full stops do not end a sentence ---------------------------------------


def test_initials_joined_by_full_stops_do_not_end_a_sentence():
    text = "A neighbour, R.J. Tolland from the harbour, said the boats were safe. Rain fell later."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "A neighbour, R.J. Tolland from the harbour, said the boats were safe.", "Rain fell later."]
    text = "The mill was sold to P.K. Hartigan last spring. Work stopped."
    assert len(sentence_spans(text)) == 2


def test_a_plain_said_after_a_name_with_initials_is_found():
    text = "Flood waters rose overnight.\n\nA farmer, 64-year-old T.M. Oduya from a hill village, said his cattle were lost."
    assert cues_and_sources(text) == [("said", "T.M. Oduya")]


def test_initials_still_do_not_keep_a_lower_case_abbreviation_or_a_real_end_together():
    # A sentence that ends in an ordinary capitalised word still ends there.
    text = "She moved to Leeds. Then she left."
    assert len(sentence_spans(text)) == 2


# --- a name with where the person comes from, after a description ----------------------------------------


def test_name_with_origin_after_a_description_is_the_speaker():
    assert cues_and_sources("One resident, Marta Quell from the lower valley, said the bridge had gone.") \
        == [("said", "Marta Quell")]
    assert cues_and_sources("A shopkeeper, Idris Fenwold of Crossmoor, said trade had stopped.") \
        == [("said", "Idris Fenwold")]
    assert cues_and_sources("Another witness, 58-year-old Dana Pirrie from the north quay, said she heard a bang.") \
        == [("said", "Dana Pirrie")]


def test_name_with_origin_must_not_take_a_group_or_a_clause():
    # A body named after a description stays the body's phrase, not a person.
    found = cues_and_sources("The company, Brannick of Dorset, said it would close two shops.")
    assert found and found[0][1] != "Brannick"
    # A name followed by a verb is a clause of its own, not a name with its origin.
    found = cues_and_sources("The crew, Tom Sandle and his brother, said the engine failed.")
    assert found and found[0][1] != "Tom Sandle"


# --- single-marked words after a reporting verb and "as", in a text that quotes with double marks -------------


def test_single_marked_words_after_described_as_are_the_describers_quotes():
    text = ('The council met on Monday. "We will appeal," said Mayor Ida Brell.\n\n'
            "The ruling, which one trader described as 'hasty' and 'unfair' was issued last week.")
    found = quote_spans_and_speakers(text)
    assert ("hasty", "one trader") in found and ("unfair", "one trader") in found
    text = 'The firm said "no." Its chief described it as \u2018nonsense\u2019 on Friday.'
    assert ("nonsense", "Its chief") in quote_spans_and_speakers(text)


def test_a_name_after_known_as_in_single_marks_is_still_no_quote():
    text = 'The coach said "we were lucky." The keeper, known as \'the Wall\', saved twice.'
    assert [words for words, _ in quote_spans_and_speakers(text)] == ["we were lucky."]


# --- "heavy" before the plural of a weather word is a plain amount, as before the singular -------------------


def test_heavy_before_plural_weather_words_is_no_booster_but_heavy_losses_still_is():
    text = "Heavy rains flooded the valley road and heavy winds brought down two pylons."
    assert boosters(text) == []
    text = "The regiment suffered heavy losses in the spring."
    assert boosters(text) == ["heavy"]


# --- "some" before a plural without an "s" is an untold number ---------------------------------------------


def test_some_before_a_plural_without_s_is_an_approximator():
    text = "Some people stayed in the school hall overnight."
    assert phrases_and_kinds(text) == [("Some", "hedge")]
    text = "The clinic said some children had been sent home."
    assert ("some", "hedge") in phrases_and_kinds(text)


def test_some_before_a_singular_word_without_s_is_still_no_approximator():
    assert [h.phrase for h in find_hedges("She gave some advice to the new staff member.")
            if h.phrase.lower() == "some"] == []
