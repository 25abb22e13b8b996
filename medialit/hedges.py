"""Hedges and boosters: words that soften or strengthen a claim."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hedge:
    phrase: str
    start: int
    end: int
    kind: str
    category: str
    why: str


def find_hedges(text: str) -> list[Hedge]:
    raise NotImplementedError
