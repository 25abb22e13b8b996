"""Issue 9 §6: what went wrong on three real stories a teacher brought — headlines not recognised,
words a PDF split with a hyphen. Texts written for these tests."""

import pytest

from medialit import find_hedges, load_article
from medialit.analysis.article import join_hyphenated

BODY = "The council met on Tuesday to decide whether the old bridge can reopen, officials said."


@pytest.mark.parametrize("headline", [
    "Will the bridge reopen before winter?",
    "Bridge to reopen next week!",
    "Mayor says the bridge is \u2018safe\u2019",
    "Mayor: \u201cThe bridge is safe\u201d",
    "Council votes to close the old town centre to cars.",
])
def test_a_first_line_headline_is_recognised_however_it_ends(headline):
    art = load_article(f"{headline}\n\n{BODY}")
    assert art.title == headline
    assert [b.kind for b in art.blocks] == ["headline", "body"]


def test_navigation_words_before_the_headline_are_not_the_headline():
    art = load_article(f"Skip to content\nSign in\n\nBridge to reopen next week\n\n{BODY}")
    assert art.title == "Bridge to reopen next week"
    assert [b.kind for b in art.blocks][:2] == ["boilerplate", "boilerplate"]


@pytest.mark.parametrize("text", [
    BODY + "\n\nA second paragraph follows here.",            # starts with its first paragraph
    "The council met.\nIt voted to close the bridge for a month.",  # no blank line after the first sentence
])
def test_a_text_that_starts_with_its_body_has_no_headline(text):
    assert load_article(text).title == "(untitled)"


HEDGED = ("Talks\n\nThe presid- ent said the deal could possi- bly fail, might per-\nhaps be delayed and is "
          "appar- ently unlikely; it may also be postponed. Short- and long-term plans were dis-\ncussed.")


def test_words_split_by_a_hyphen_at_a_line_end_are_joined():
    art = load_article(HEDGED)
    body = art.blocks_of("body")[0].text
    for word in ("president", "possibly", "perhaps", "apparently", "discussed"):
        assert f" {word}" in body, word
    assert "Short- and long-term" in body  # a hyphen two words share stays


def test_joined_words_let_the_hedges_be_found():
    raw = [h for h in find_hedges(HEDGED)]
    joined = load_article(HEDGED)
    found = find_hedges(joined.text)
    words = {joined.text[h.start:h.end].lower() for h in found}
    assert {"possibly", "perhaps", "apparently", "may"} <= words
    assert len(found) > len(raw)


def test_spans_slice_the_text_the_learner_sees():
    art = load_article(HEDGED)
    for h in find_hedges(art.text):
        assert art.text[h.start:h.end] == h.phrase
    for b in art.blocks:
        assert art.text[b.start:b.end] == b.text


def test_dashes_and_shared_hyphens_are_left_alone():
    text = "A well - known case; pre- and post-war; anti-\nWar groups; e-mail."
    assert join_hyphenated(text) == text
