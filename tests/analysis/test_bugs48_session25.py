"""Session 25, bugs48: causes found on invented text (every sentence here was written for these tests)."""

import importlib
import inspect
import pkgutil

import pytest
from support import cue_phrases, cues_and_sources

import medialit.analysis
from medialit.analysis.text import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("He said no. She left.", ["He said no.", "She left."]),
    ("Is the plan dead? No. But it is late.", ["Is the plan dead?", "No.", "But it is late."]),
    ("Voters said no. “We want the park,” one said.", ["Voters said no.", "“We want the park,” one said."]),
])
def test_the_answer_no_ends_a_sentence(text: str, expected: list[str]) -> None:
    # ("no" sat in the abbreviations' list as "number": "He said no. She left." was one sentence)
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [
    "She lives at No. 10 Mill Lane.",
    "The council passed bill no. 5 on Monday.",
    "Rooms Nos. 3 and 4 were shut.",
])
def test_no_before_a_number_stays_inside_its_sentence(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, noun", [
    ("The warning letter followed claims that the depot had leaked.", "claims"),
    ("The harbour board denied reports that the ferry would stop.", "reports"),
    ("Amid claims that the count was wrong, the clerk resigned.", "claims"),
    ("The mill closed after reports that its roof was unsafe.", "reports"),
    ("The clerk pleaded not guilty to charges that he sold the keys.", "charges"),
])
def test_a_claim_noun_after_a_verb_or_preposition_has_no_source(text: str, noun: str) -> None:
    # ("The warning letter followed" was read as the subject of a verb "claims", and so the claim's source.) Since
    # session 27 (gcue53) an unowned "claims that" after a verb is an agentless cue, as "complaints that" is: still
    # no source.
    assert all(source is None for cue, source in cues_and_sources(text) if cue == noun)


@pytest.mark.parametrize("text, source", [
    ("The accused claims that the depot was empty.", "The accused"),
    ("Dana Whitlow claims that the depot was empty.", "Dana Whitlow"),
])
def test_claims_after_its_subject_is_still_the_verb(text: str, source: str) -> None:
    assert cues_and_sources(text) == [("claims", source)]


def test_no_reader_redefines_a_private_helper_of_its_base() -> None:
    # (SpeakerReader subclasses SubjectReader: a helper of the same name in both is one name, and the subclass's
    # version, with its own arguments, would answer the base class's calls)
    clashes = []
    for info in pkgutil.iter_modules(medialit.analysis.__path__, "medialit.analysis."):
        for cls in vars(importlib.import_module(info.name)).values():
            if not inspect.isclass(cls) or not cls.__module__.startswith("medialit."):
                continue
            bases = [b for b in cls.__mro__[1:] if b.__module__.startswith("medialit.")]
            clashes += [(cls.__name__, name) for name in vars(cls)
                        if name.startswith("_") and not name.endswith("__") and any(name in vars(b) for b in bases)]
    assert clashes == []
