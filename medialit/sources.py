"""The source inventory: everyone and everything the article relies on."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    role: str | None
    mentions: tuple[tuple[int, int], ...]
    quoted: bool


def find_sources(article) -> list[Source]:
    raise NotImplementedError
