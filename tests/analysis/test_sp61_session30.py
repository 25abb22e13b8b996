"""Session 30, sp61: the sentence splitter reads sentence ends at the marks str.find gives, runs of line breaks as one,
and skips the abbreviation look-up after a long word; it must split every text as it did (texts written for the test)."""
import re

import pytest

from medialit.analysis.text import sentence_spans

# The end pattern as the splitter read it before (one regex scan of each line), and the splitter itself, written
# plainly here as the reference: a line break ends a sentence; an end after an abbreviation or initials does not.
_END = re.compile(r"[.!?][.!?]*['\"\u2019\u201d\u00bb)\]]*(?=[^\S\n]+(?:''|\u00ab[ \u00a0\u202f]?|[\"'\u2018\u201c\u201e(\[])?"
                  r"[A-Z0-9\u00C0-\u00DE])")
_SHORT = {"mr", "dr", "u.s", "approx", "no", "sgt", "st"}


def _reference(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        pos = 0
        for m in _END.finditer(line):
            word = re.search(r"[A-Za-z.]*$", line[:m.start()]).group().lower()
            if m.group()[0] == "." and (word in _SHORT or re.fullmatch(r"(?:[a-z]\.)*[a-z]", word)):
                continue
            out.append(line[pos:m.end()].strip())
            pos = m.end()
        out.append(line[pos:].strip())
    return [s for s in out if any(c.isalnum() for c in s)]


TEXTS = [
    "The committee published its findings. Members disagreed!\n\n\nWhy? Nobody explained it.",
    "Dr. Lane met U.S. officials yesterday. They talked about approx. 40 projects.\n \nAll ended well.",
    "A long paragraph ends here.\n\n“Absolutely,” she answered. “Everything changed.” Then silence.\n\n\n\n",
    "Results arrived at 3.5 percent. Sgt. Ray Holt agreed. J. R. Mills did not.\n\nAnother line!! Truly?",
    "\n\nOpening after blank lines. Second sentence here.\n\t\nLast line without an end",
]


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_as_the_plain_reading(text):
    assert [text[s:e] for s, e in sentence_spans(text)] == _reference(text)


def test_blank_lines_and_long_words():
    text = "Negotiations continued. Everyone waited.\n\n\nThe minister resigned."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Negotiations continued.", "Everyone waited.", "The minister resigned."]


def test_short_abbreviation_still_joins():
    text = "Officials met approx. Forty delegates. Mr. Shaw spoke."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Officials met approx. Forty delegates.", "Mr. Shaw spoke."]
