"""medialit: a small, readable toolkit for reading the news closely.

Each idea has its own module; every finder takes text and returns frozen
dataclasses with character spans, so you can always see what was found where.

>>> import medialit
>>> art = medialit.load_article("seeds/putin-istanbul-talks-2025.txt")
>>> [b.kind for b in art.blocks[:4]]
['headline', 'image_label', 'caption', 'body']
"""

from ._text import ArticleError, InputTypeError
from .article import Article, Block, load_article
from .attribution import Attribution, find_attributions
from .hedges import Hedge, find_hedges
from .quotes import Quote, find_quotes
from .readability import readability, readability_by_block
from .sources import Source, find_sources

__version__ = "1.0.0"

# In a notebook, show the kit's own input errors as one line (see medialit/notebook.py).
from . import notebook as _notebook  # noqa: E402

_notebook.install()

__all__ = [
    "Article", "ArticleError", "InputTypeError", "Attribution", "Block", "Hedge", "Quote", "Source",
    "find_attributions", "find_hedges", "find_quotes", "find_sources",
    "load_article", "readability", "readability_by_block",
]
