"""Direct quotations: the words between quotation marks, and whose they are."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Quote:
    """A direct quotation. ``start``/``end`` span the quoted words (marks excluded)."""

    text: str
    start: int
    end: int
    speaker: str | None
    cue: str | None


def find_quotes(text: str) -> list[Quote]:
    raise NotImplementedError
