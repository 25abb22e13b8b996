"""Session 26, real51: causes of errors seen on the batch bench/real-news-19 (a wire report, a public body's local
release, a feature, an analysis piece, a story on unnamed reports, a public body's news story). All text here is
invented for these tests."""
import pytest

from support import cue_texts_and_sources as _sources


# --- "Name, Flood Duty Manager at the Agency, said": a capitalised title and its employer are an aside -------------

@pytest.mark.parametrize("text, cue, name", [
    ("Jo Reed, Flood Duty Manager at the Harbour Agency, said: Our teams worked through the night.", "said", "Jo Reed"),
    ("Ann Lee, Communications Director at Acme Foods, said the firm would grow.", "said", "Ann Lee"),
    ("Tom Vale, Regional Operations Manager for the Kent Trust, told reporters the wards were full.", "told", "Tom Vale"),
])
def test_a_name_before_a_capitalised_title_at_an_employer_is_the_source(text, cue, name):
    assert (cue, name) in _sources(text)


def test_a_title_followed_by_a_name_is_still_that_persons():
    # "Labour MP Jo Penn" names its person after the role: the piece is no job aside.
    assert ("said", "Jo Penn") in _sources("The chairman, Labour MP Jo Penn, said the plan was good.")
