"""Time words: find when an article says things happened, and turn them into dates.

News copy often says "on Saturday" or "a few days ago" instead of a date. That
is fine on the day it is published and unclear a week later, or in another
time zone. ``find_time_expressions`` lists every such phrase; ``resolve``
turns one into a date (or a range of dates) once the reader chooses the day
the article was written, because the article may not say it.

>>> text = "Talks opened on Monday. A few days ago the minister left."
>>> [t.phrase for t in find_time_expressions(text)]
['on Monday', 'A few days ago']
>>> from datetime import date
>>> resolve(find_time_expressions(text)[0], date(2024, 3, 6))   # a Wednesday
(datetime.date(2024, 3, 4), datetime.date(2024, 3, 4))
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from dateutil.relativedelta import relativedelta

from .lexicons import load_lexicon
from .text import ArticleError, check_text
from .wordlists import MONTHS, WEEKDAYS  # (and read from here: timeline.WEEKDAYS, timeline.MONTHS)

_DAY = f"(?:{'|'.join(map(str.title, WEEKDAYS))})"  # "(?:Monday|Tuesday|...|Sunday)"
_MONTH = f"(?:{'|'.join(map(str.title, MONTHS))})"  # "(?:January|...|December)"
_ORD = r"(?:st|nd|rd|th)?"

# Order matters: longer, more specific patterns first. Each row: (kind, pattern).
_PATTERNS = [
    ("absolute", rf"\b\d{{1,2}}{_ORD}\s+{_MONTH}(?:,?\s+\d{{4}})?\b"),
    ("absolute", rf"\b{_MONTH}\s+\d{{1,2}}{_ORD}(?:,?\s+\d{{4}})?\b"),
    ("weekday", rf"\b(?:(?:late|early)\s+)?(?:on\s+)?(?:last\s+|this\s+|next\s+)?{_DAY}(?:\s+(?:night|morning|afternoon|evening))?\b"),
    ("relative", r"\b(?:a\s+few|several|two|three|four|five|a\s+couple\s+of)\s+(?:days|weeks|months)\s+ago\b"),
    ("relative", r"\b(?:yesterday|today|tonight|last\s+night|last\s+week|this\s+week|earlier\s+this\s+(?:week|month))\b"),
    ("year", r"\b(?:in\s+)?(?:19|20)\d{2}\b"),
]
_RE = re.compile("|".join(f"(?P<k{i}>{p})" for i, (_, p) in enumerate(_PATTERNS)), re.I)


@dataclass(frozen=True)
class TimeExpression:
    """A phrase that places an event in time. ``kind``: absolute, weekday, relative or year."""

    phrase: str
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Event:
    """One dated event for a timeline: what the article says, or what the record says.

    >>> Event(date(2024, 3, 4), "Talks open", "the article", "article says").kind
    'article says'
    """

    date: date
    label: str
    source: str
    kind: str
    url: str = ""          # a link to check the event (record files give one)
    confidence: str = ""   # e.g. "2+" = two or more independent sources


def find_time_expressions(text: str) -> list[TimeExpression]:
    """Every phrase in ``text`` that says when something happened, in order.

    >>> [t.kind for t in find_time_expressions("Late on Friday night, in 2021, and on 3 May.")]
    ['weekday', 'year', 'absolute']
    """
    check_text(text)
    found = []
    for m in _RE.finditer(text):
        kind = _PATTERNS[int(m.lastgroup[1:])][0]
        phrase = m.group()
        # "May" alone is a modal verb far more often than a month: the month
        # patterns above always need a day number, so nothing to do here.
        found.append(TimeExpression(phrase, m.start(), m.end(), kind))
    return found


def resolve(expr: TimeExpression, written_on: date) -> tuple[date, date] | None:
    """The earliest and latest date ``expr`` can mean if the article was written on ``written_on``.

    A weekday means the most recent such day on or before ``written_on`` (news
    reports the past) unless the phrase says "next". A relative phrase is read
    from ``relative_dates.csv``: a week is a calendar week, Monday to Sunday
    ("this week"), and a count counts ("two weeks ago"). Returns None for a
    phrase that gives no day (a bare year).

    >>> resolve(TimeExpression("a few days ago", 0, 14, "relative"), date(2024, 3, 10))
    (datetime.date(2024, 3, 3), datetime.date(2024, 3, 8))
    """
    p = expr.phrase.lower()
    if expr.kind == "absolute":
        day = int(re.search(r"\d{1,2}", p).group())
        month = next(i for i, m in enumerate(MONTHS, 1) if m in p)
        year_m = re.search(r"\d{4}", p)
        year = int(year_m.group()) if year_m else written_on.year
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        return d, d
    if expr.kind == "weekday":
        target = next(i for i, w in enumerate(WEEKDAYS) if w in p)
        back = (written_on.weekday() - target) % 7
        if "next" in p:
            d = written_on + timedelta(days=(target - written_on.weekday()) % 7 or 7)
        elif "last" in p:
            d = written_on - timedelta(days=back or 7)
        else:
            d = written_on - timedelta(days=back)
        return d, d
    if expr.kind == "relative":
        return _relative_span(p, written_on)
    return None


# Count words the relative patterns accept ("two weeks ago", "a couple of days ago").
_COUNTS = {"a couple of": 2, "two": 2, "three": 3, "four": 4, "five": 5}
_SHIFT_RE = re.compile(r"^(-?N|-?\d+) (days|weeks|months)(?: then (week|month) (start|end))?$")


@lru_cache(maxsize=1)
def _relative_table() -> dict[str, tuple[str, str]]:
    return {row["phrase"]: (row["earliest"], row["latest"]) for row in load_lexicon("relative_dates.csv")}


def _shifted(rule: str, written_on: date, count: int) -> date:
    """One end of a relative range: ``rule`` is a line of relative_dates.csv (e.g. "-N weeks then week start")."""
    m = _SHIFT_RE.match(rule)
    if m is None:
        raise ValueError(f"relative_dates.csv: cannot read the rule {rule!r}")
    amount, unit, snap_unit, snap_end = m.groups()
    n = -count if amount == "-N" else count if amount == "N" else int(amount)
    d = written_on + relativedelta(**{unit: n})
    if snap_unit == "week":
        d -= timedelta(days=d.weekday())  # back to Monday
        return d + timedelta(days=6) if snap_end == "end" else d
    if snap_unit == "month":
        return d + relativedelta(day=31) if snap_end == "end" else d.replace(day=1)
    return d


def _relative_span(phrase: str, written_on: date) -> tuple[date, date] | None:
    """A relative phrase ("two weeks ago", "this week") as a range, from relative_dates.csv."""
    words = " ".join(phrase.split())
    count = 0
    if words not in _relative_table():
        m = re.match(r"^(a couple of|two|three|four|five|\d+) ", words)
        if m is None:
            return None
        count = int(m.group(1)) if m.group(1).isdigit() else _COUNTS[m.group(1)]
        words = "N " + words[m.end():]
    rules = _relative_table().get(words)
    if rules is None:
        return None
    return _shifted(rules[0], written_on, count), _shifted(rules[1], written_on, count)


def short_date(d: date, year: bool = True) -> str:
    """A date as "6 Mar 2024", from the kit's own month names (never the computer's language).

    >>> short_date(date(2024, 3, 6)), short_date(date(2024, 3, 6), year=False)
    ('6 Mar 2024', '6 Mar')
    """
    out = f"{d.day} {MONTHS[d.month - 1][:3].title()}"
    return f"{out} {d.year}" if year else out


def long_date(d: date) -> str:
    """A date as "6 March 2024", from the kit's own month names.

    >>> long_date(date(2024, 3, 6))
    '6 March 2024'
    """
    return f"{d.day} {MONTHS[d.month - 1].title()} {d.year}"


def describe_span(span: tuple[date, date] | None) -> str:
    """A resolved date or range in words, e.g. for a table of an article's time words.

    >>> describe_span((date(2024, 3, 9), date(2024, 3, 9)))
    'Sat 9 Mar 2024'
    >>> describe_span((date(2024, 3, 3), date(2024, 3, 8)))
    'Sun 3 Mar to Fri 8 Mar 2024'
    >>> describe_span(None)
    'no single day (only a year)'
    """
    if span is None:
        return "no single day (only a year)"

    def day(d: date, year: bool) -> str:
        # Names from our own tables, not strftime, so the output never depends on the computer's language.
        out = f"{WEEKDAYS[d.weekday()][:3].title()} {d.day} {MONTHS[d.month - 1][:3].title()}"
        return f"{out} {d.year}" if year else out

    lo, hi = span
    if lo == hi:
        return day(lo, True)
    return f"{day(lo, lo.year != hi.year)} to {day(hi, True)}"


def article_events(text: str, written_on: date, source: str = "the article") -> list[Event]:
    """The article's own time words as dated events (kind "article says"), for a timeline.

    Each phrase is resolved with ``resolve`` for the chosen ``written_on`` day;
    phrases that land on the same day share one event, labelled with the first
    phrase and how many more; a range ("a few days ago") is placed at its first
    day and its label gives the whole range. Bare years are left out.

    >>> [(e.date.day, e.label) for e in article_events("On Monday talks began. A few days ago, on Monday, a deal.", date(2024, 3, 6))]
    [(28, '"A few days ago" (28 Feb to 4 Mar)'), (4, '"On Monday" (+1 more)')]
    """
    by_day: dict[tuple[date, date], list[str]] = {}
    for expr in find_time_expressions(text):
        span = resolve(expr, written_on)
        if span is not None:
            by_day.setdefault(span, []).append(expr.phrase)
    events = []
    for (lo, hi), phrases in by_day.items():
        label = f'"{phrases[0]}"'
        if lo != hi:
            label += f" ({short_date(lo, year=False)} to {short_date(hi, year=False)})"
        elif len(phrases) > 1:
            label += f" (+{len(phrases) - 1} more)"
        events.append(Event(lo, label, source, "article says"))
    return sorted(events, key=lambda e: e.date)


_EVENT_COLUMNS = ("date", "label", "kind", "source")


def load_events(path: str | Path) -> list[Event]:
    """Read dated events from a CSV file (``#`` lines are its header), sorted by date.

    Columns: date (YYYY-MM-DD), label, kind, source, and optionally url and
    confidence. A missing column or a bad date gives a one-line ArticleError
    that names the row.

    >>> events = load_events("seeds/putin-istanbul-talks-2025-record.csv")
    >>> events[0].kind, events[0].date <= events[-1].date
    ('record', True)
    """
    path = Path(path)
    if not path.is_file():
        raise ArticleError(f"No events file at {str(path)!r}. Check the name and folder.")
    raw = path.read_text(encoding="utf-8-sig")
    body = "\n".join(line for line in raw.splitlines() if not line.lstrip().startswith("#"))
    reader = csv.DictReader(io.StringIO(body))
    missing = [c for c in _EVENT_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ArticleError(f"{path.name} needs the columns {', '.join(_EVENT_COLUMNS)}; missing: {', '.join(missing)}.")
    events = []
    for n, row in enumerate(reader, start=2):
        row = {k: (v or "").strip() for k, v in row.items() if k}
        try:
            day = date.fromisoformat(row["date"])
        except ValueError:
            raise ArticleError(f"{path.name}, data row {n - 1}: {row['date']!r} is not a date like 2024-03-04.") from None
        events.append(Event(day, row["label"], row["source"], row["kind"],
                            row.get("url", ""), row.get("confidence", "")))
    return sorted(events, key=lambda e: e.date)
