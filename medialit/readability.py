"""Readability formulas via textstat, with honest counts beside them."""
from __future__ import annotations


def readability(text: str) -> dict[str, float]:
    raise NotImplementedError


def readability_by_block(article) -> list[dict]:
    raise NotImplementedError
