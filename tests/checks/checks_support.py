"""Small helpers the lesson checkers' tests share (each test_checks_lesson0N.py wrote them out again).

pytest puts this folder on the import path (the test folders have no __init__.py), so a test file imports them with
`from checks_support import ...`. Not a test file: pytest collects nothing from it.
"""

import tempfile


def fresh(check):
    """A new checker of the same lesson with no saved answers: a checker restores saved answers for ``...`` (see
    views/store.py)."""
    return type(check)(check.article, folder=tempfile.mkdtemp())
