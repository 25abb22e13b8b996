"""medialit: a small, readable toolkit for reading the news closely.

Each idea has its own module; every finder takes text and returns frozen
dataclasses with character spans, so you can always see what was found where.
The package has three layers: ``medialit.analysis`` (the finders),
``medialit.views`` (colours, figures, widgets) and ``medialit.checks``
(feedback on exercises); the data files are in ``medialit/data``.

>>> import medialit
>>> art = medialit.load_article("seeds/putin-istanbul-talks-2025.txt")
>>> [b.kind for b in art.blocks[:4]]
['headline', 'image_label', 'caption', 'body']
"""

import sys as _sys

from .analysis import article, attribution, hedges, lexicons, names, quotes, report, sources, timeline, webpage
from .analysis import readability as _readability_module
from .analysis.article import Article, Block, load_article
from .analysis.compare import compare
from .analysis.attribution import Attribution, find_attributions
from .analysis.hedges import Hedge, find_hedges
from .analysis.quotes import Quote, find_quotes
from .analysis.readability import readability, readability_by_block
from .analysis.sources import Source, find_sources
from .analysis.text import ArticleError, InputTypeError
from .views import highlight, notebook, palette, prediction
from .views.table import paragraph, table  # an HTML paragraph / table that never wraps mid-word

__version__ = "1.0.0"

# Lessons type short names (``import medialit.timeline``, ``medialit.report.find_missing``).
# Each short name is the layered module itself, registered under a second name
# the way ``os.path`` is ``posixpath``: one module object, so nothing is copied.
# ``medialit.plots`` and ``medialit.widgets`` are slow to import: their short
# names are the stubs medialit/plots.py and medialit/widgets.py, loaded on first use.
for _module in (article, attribution, hedges, lexicons, names, quotes, _readability_module, report, sources,
                timeline, webpage, highlight, notebook, palette, prediction):
    _sys.modules.setdefault(f"{__name__}.{_module.__name__.rsplit('.', 1)[1]}", _module)
del _module


def __getattr__(name: str):
    """``medialit.plots`` and ``medialit.widgets`` after a plain ``import medialit``: loaded on first use."""
    if name in ("plots", "widgets"):
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# In a notebook, show the kit's own input errors as one line (see medialit/views/notebook.py).
notebook.install()

__all__ = [
    "Article", "ArticleError", "InputTypeError", "Attribution", "Block", "Hedge", "Quote", "Source",
    "find_attributions", "find_hedges", "find_quotes", "find_sources",
    "compare", "load_article", "paragraph", "readability", "readability_by_block", "table",
]
