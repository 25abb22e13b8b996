"""Session 34, sp71 (speed outside the names reader, output unchanged): the result records' own ``__init__``.
Texts and values written for these tests."""

import dataclasses
import inspect

import pytest

from medialit.analysis.article import Block
from medialit.analysis.attribution import Attribution
from medialit.analysis.hedges import Hedge
from medialit.analysis.quotes import Quote
from medialit.analysis.sources import Source


def test_result_records_take_their_fields_and_stay_frozen() -> None:
    """The five result records write their fields in one call (``__init__`` by hand, see the classes): the same
    arguments, in the same order with the same defaults, as their fields; and they stay frozen."""
    for cls in (Block, Attribution, Hedge, Quote, Source):
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
        fields = dataclasses.fields(cls)
        assert [(p.name, p.default) for p in params] == [
            (f.name, inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default) for f in fields], cls
    quote = Quote("We will win", 1, 12, "Jo Doe", "said")
    assert quote == Quote(text="We will win", start=1, end=12, speaker="Jo Doe", cue="said") and hash(quote)
    assert dataclasses.replace(quote, speaker=None).speaker is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        quote.start = 2  # type: ignore[misc]
    assert Source("Jo Doe", "named person", None, ((0, 6),), True).attributions == 0
