"""Session 28, real56: causes of errors on the first (unseen) score of bench/real-news-22 (a court report, a US
Attorney's release, a feature, a world story), each held as a family of shapes with the shapes the fix must leave
alone. All text here is invented for these tests."""
import pytest

from medialit.analysis.attribution import find_attributions


def _cues(text: str) -> list[tuple[str, str | None]]:
    return [(a.cue, a.source) for a in find_attributions(text)]


def _spans(text: str) -> list[str]:
    return [text[a.start:a.end] for a in find_attributions(text)]


# --- a plea in court is the accused's own statement: a cue ------------------------------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("Nora Quill pleaded guilty to fraud in May.", "pleaded guilty", "Nora Quill"),
    ("Two brothers pled guilty to charges in the case.", "pled guilty", "Two brothers"),
    ("Tom Abbot, who ran the bakery for ten years, pleads guilty.", "pleads guilty", "Tom Abbot"),
])
def test_a_plea_is_a_cue_of_the_accused(text, cue, source):
    assert cue in _spans(text)
    assert any(c.source == source for c in find_attributions(text) if text[c.start:c.end] == cue)


def test_a_plea_named_as_a_deed_and_a_plea_of_not_guilty_are_no_cues():
    assert _spans("The judge gave him credit for pleading guilty.") == []
    assert _spans("Tom Abbot pleaded not guilty to theft.") == []  # (the hand reading of tests/data/articles)


# --- "ROLE, NAME who ..., said": the name before "who" when the clause's first comma is left out ----------------------

@pytest.mark.parametrize("text, cue", [
    ("The mayor, Nora Quill who took office in May, said the bridge would close.", "said"),
    ("Nora Quill who took office in May, told reporters the bridge would close.", "told"),
    ("The club's former captain, Tom Abbot who has since moved to Leeds, told the paper the pitch was unsafe.", "told"),
])
def test_a_name_right_before_who_is_the_subject(text, cue):
    assert (cue, text.split(" who")[0].split(", ")[-1]) in _cues(text)


def test_a_name_inside_a_longer_phrase_before_who_is_not_taken():
    # the friend, not Quill, is the subject: the rule takes a name only when it is all of its piece
    assert ("said", "Nora Quill") not in _cues("A friend of Nora Quill who lives nearby, said the roof leaked.")


# --- "according to Operations Director, NAME": a capitalised role before the name ------------------------------------

@pytest.mark.parametrize("text, cue", [
    ("The fair will open on Friday, according to event Operations Director, Nora Quill.", "according to"),
    ("The fair will open on Friday, according to Club Secretary, Tom Abbot.", "according to"),
    ("The pool will reopen in June, said Head Coach, Nora Quill.", "said"),
])
def test_a_capitalised_role_then_a_name_is_the_name(text, cue):
    name = text.rstrip(".").split(", ")[-1]
    assert (cue, name) in _cues(text)


def test_a_body_name_before_a_comma_is_not_a_role():
    assert ("said", "Nora Quill") not in _cues("The pool will reopen in June, said the Harbour Board, Nora Quill.")


# --- a release's "..., announced U.S. Attorney NAME" after content that ends in a name ------------------------------

@pytest.mark.parametrize("text", [
    "Two men were charged with selling fake visas to people seeking entry to the United States, announced U.S. Attorney Nora Quill.",
    "A former clerk was sentenced today for stealing from the Harbour Trust, announced Acting U.S. Attorney Nora Quill "
    "of the District of Columbia and Director Tom Abbot of the Bureau.",
    "The new ferry will sail daily to Cork, announced Mayor Nora Quill.",
])
def test_announced_after_content_that_ends_in_a_name_is_the_officials(text):
    assert ("announced", "Nora Quill") in _cues(text)


def test_announced_with_a_name_as_its_object_keeps_its_subject():
    text = "The club, founded by Tom Abbot, announced Nora Quill of Leeds as its coach."
    assert ("announced", "Nora Quill") not in _cues(text)
