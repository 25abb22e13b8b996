"""Show the kit's own input errors as one clear line in a notebook, not a traceback.

A learner who types ``load_article("my-artcle.txt")`` should read what went
wrong and what to do, not forty lines of Python internals. When the kit is
imported inside IPython or Jupyter, ``install()`` asks IPython to show
``ArticleError`` and ``InputTypeError`` (the kit's errors about bad input) as
one line. Every other error keeps its full traceback: those are bugs, and a
teacher or a coder needs the detail.

>>> one_line(ArticleError, ArticleError("The article is empty."))
['ArticleError: The article is empty.']
"""

from __future__ import annotations

from types import TracebackType

from ..analysis.text import ArticleError, InputTypeError

FRIENDLY = (ArticleError, InputTypeError)


def one_line(etype: type, value: BaseException) -> list[str]:
    """The error as the single line a learner sees (``TypeError`` for our type errors)."""
    name = "TypeError" if issubclass(etype, InputTypeError) else etype.__name__
    return [f"{name}: {value}"]


def _handler(shell, etype: type, value: BaseException, tb: TracebackType | None,
             tb_offset: int | None = None) -> list[str]:
    lines = one_line(etype, value)
    # The returned lines are what Jupyter shows as the error output.
    shell._showtraceback(etype, value, lines)
    return lines


def install() -> bool:
    """Register the one-line display in the running IPython, if any; True when installed.

    >>> install()   # outside IPython there is nothing to do
    False
    """
    shell = running_shell()
    if shell is None:
        return False
    shell.set_custom_exc(FRIENDLY, _handler)
    return True


def running_shell():
    """The running IPython shell, or None outside IPython (or without IPython installed).

    >>> running_shell() is None   # a plain Python process
    True
    """
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    return get_ipython()
