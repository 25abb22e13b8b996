"""Direct quotations: the words between quotation marks, and whose they are.

Rules, in the order a careful reader applies them:

- Where quotations start and end is the work of ``quote_marks`` (curly,
  straight, low and single marks; quotations over several paragraphs).
- The speaker comes from the reporting cue next to the quote ("she said",
  "said Jane Doe", "according to X"), else from the quote before it in the
  same paragraph, else from the person who is the subject of the sentence.
- A name or a label in quotation marks is not a quotation: its so-called
  “reform”, known to fans as “Oaky”, nicknamed “the Wall” (see ``is_label``).

>>> t = '“We will not,” Mayor Ann Lee said, “back down.” Lee‘s aides agreed.'
>>> [(q.text, q.speaker, q.cue) for q in find_quotes(t)]
[('We will not,', 'Ann Lee', 'said'), ('back down.', 'Ann Lee', 'said')]
>>> [q.text for q in find_quotes("‘It’s not a luxury,’ she told the BBC. Rock 'n' roll came back in the '90s.")]
['It’s not a luxury,']
"""

from __future__ import annotations

from dataclasses import dataclass

from .attribution import quote_speakers
from .quote_marks import is_label, quote_spans
from .text import check_text


@dataclass(frozen=True)
class Quote:
    """A direct quotation. ``start``/``end`` span the quoted words (marks excluded)."""

    text: str
    start: int
    end: int
    speaker: str | None
    cue: str | None


def find_quotes(text: str) -> list[Quote]:
    """Direct quotations in ``text`` with their speaker and reporting cue, sorted by start.

    ``text`` excludes the quotation marks but keeps the punctuation inside
    them; ``speaker`` is the fullest name the text gives, the phrase as written
    for a source it does not name ("a senior official"), or None when the text
    does not say who spoke ("It is said", "the sign read"). A label in
    quotation marks (so-called “reform”) is not a quotation, so it is left out.

    >>> t = 'Jane Roe, the mayor, said the plan was “dead.” “It will not return.”'
    >>> [(q.text, q.speaker) for q in find_quotes(t)]
    [('dead.', 'Jane Roe'), ('It will not return.', 'Jane Roe')]
    """
    check_text(text)
    return [Quote(text[q.inner_start:q.inner_end], q.inner_start, q.inner_end, speaker, cue)
            for q, (speaker, cue) in zip(quote_spans(text), quote_speakers(text)) if not is_label(text, q)]
