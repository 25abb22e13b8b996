"""Attribution: where the text says who said, claimed or reported something."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Attribution:
    """``start``/``end`` span the cue; ``source_start``/``source_end`` the source phrase (if any)."""

    source: str | None
    source_kind: str
    cue: str
    direct: bool
    start: int
    end: int
    verb_tone: str
    source_start: int | None = None
    source_end: int | None = None
    why: str = ""


def find_attributions(text: str) -> list[Attribution]:
    raise NotImplementedError
