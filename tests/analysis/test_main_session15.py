"""Session 15 (main engineer): rules added while merging the session's branches.

Every sentence here is invented for these tests."""

from support import cues_and_sources as _cues


def test_a_span_of_time_opening_the_sentence_is_not_what_they_stands_for():
    assert _cues("The council met on Monday. Two weeks later they said the plan was dead.") == [("said", "they")]
    assert _cues("The council met on Monday. Months later they said the plan was dead.") == [("said", "they")]


def test_a_plural_group_opening_the_sentence_still_is():
    assert _cues("Bus drivers walked out on Monday because they said the pay was too low.") == \
        [("said", "Bus drivers")]


def test_no_hedge_lexicon_form_is_listed_twice():
    """Two helpers added the same Hyland-list words in one session; a form listed twice is read twice."""
    from collections import Counter

    from medialit.analysis.lexicons import load_lexicon
    forms = Counter()
    for row in load_lexicon("hedges.csv"):
        for form in [row["phrase"], *filter(None, row["also"].split(";"))]:
            forms[(form.lower(), row["kind"], row["when"])] += 1
    assert [form for form, n in forms.items() if n > 1] == []


def test_the_package_holds_only_code_and_data_files():
    """A merge once left a stale ``subjects.py.orig`` in the package; only code and data belong there."""
    from pathlib import Path

    import medialit
    root = Path(medialit.__file__).parent
    stray = [str(p.relative_to(root)) for p in root.rglob("*")
             if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".py", ".csv", ".json")]
    assert stray == []
