"""Session 17, real28: causes of errors seen on bench/real-news-3 (commentary, interview features, agency
and British stories). All text here is invented for these tests."""
import pytest

from medialit import find_attributions, find_quotes

from support import cue_texts_and_sources as _sources


# --- "Name, field + role for X, [which ...,] said": the person, not the role --------------------------------

@pytest.mark.parametrize("text, cue, name", [
    ("Mary Holt, health spokeswoman for the Green Party, which obtained the data, said the figures were shocking.",
     "said", "Mary Holt"),
    ("Tom Reeve, transport spokesman for the council, said the road would reopen in May.", "said", "Tom Reeve"),
    ("Ines Varga, research director for a consulting firm, told investors the deal was sound.", "told", "Ines Varga"),
])
def test_a_name_before_a_role_with_a_field_word_is_the_source(text, cue, name):
    assert (cue, name) in _sources(text)


def test_the_quote_after_such_a_sentence_goes_to_the_person():
    text = ('Mary Holt, health spokeswoman for the Green Party, said the rise was "alarming". '
            '"Patients deserve better than this."')
    speakers = {text[q.start:q.end].strip('"'): q.speaker for q in find_quotes(text)}
    assert speakers.get("alarming") == "Mary Holt"


def test_a_role_that_names_its_own_person_is_no_aside():
    # "former Secretary of State Jo Penn" holds a person: she is the subject, not a skipped aside.
    text = "But the other candidate, former Secretary of State Jo Penn, drew a contrast, saying it was wrong."
    assert ("saying", "former Secretary of State Jo Penn") in _sources(text)


# --- "quoted X as saying" / "X was quoted by Y as saying": the quotation is X's --------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("A harbour official, Lena Ostrova, was quoted by the Coast Gazette as saying: “The pier is closed.”", "Lena Ostrova"),
    ("The Coast Gazette quoted Lena Ostrova as saying: “The pier is closed.”", "Lena Ostrova"),
])
def test_the_person_quoted_as_saying_is_the_speaker(text, speaker):
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_a_role_quoted_as_saying_keeps_the_quoting_source():
    # No name is written: "the mayor" is left to the cue's reading, which gives the paper.
    text = "The Coast Gazette quoted the mayor as saying: “The pier is closed.”"
    assert find_quotes(text)[0].speaker == "Coast Gazette"


# --- "If Doe, who ..., wants to": a wish in a condition, with an aside before the verb, is supposed ------------

def test_a_wish_in_a_condition_with_an_aside_is_no_cue():
    text = ("The new chair has support on the council. If Mara Lind, who is from the left, wants to change course, "
            "the right will push back.")
    assert "wants" not in [text[a.start:a.end] for a in find_attributions(text)]


def test_a_wish_stated_outright_after_an_aside_stays_a_cue():
    text = "The new chair has support on the council. Mara Lind, who is from the left, wants to change course."
    assert ("wants", "Mara Lind") in _sources(text)
