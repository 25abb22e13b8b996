"""Dated events for the lesson 01 timeline: the record file and the article's own time words."""

from datetime import date
from pathlib import Path

import pytest

from medialit import ArticleError, load_article
from medialit.analysis.timeline import Event, article_events, load_events

ROOT = Path(__file__).resolve().parents[2]
RECORD = ROOT / "seeds" / "putin-istanbul-talks-2025-record.csv"


def test_record_file_loads_with_citations_and_confidence():
    events = load_events(RECORD)
    assert events == sorted(events, key=lambda e: e.date)
    assert all(e.kind == "record" and e.source and e.url.startswith("http") for e in events)
    assert {e.confidence for e in events} <= {"1", "2+"}
    days = {e.date for e in events}
    # The events lesson 01 relies on (context sheet §1.3-§1.8).
    for day in (date(2025, 5, 1), date(2025, 5, 8), date(2025, 5, 10), date(2025, 5, 11), date(2025, 5, 16)):
        assert day in days
    bruce = [e for e in events if "drop of a hat" in e.label]
    assert [e.date for e in bruce] == [date(2025, 5, 1)]


def test_record_header_says_where_it_comes_from():
    header = [l for l in RECORD.read_text(encoding="utf-8").splitlines() if l.startswith("#")]
    assert any("putin-istanbul-talks-2025-context.md" in l for l in header)


def test_load_events_reads_optional_columns_and_sorts(tmp_path):
    f = tmp_path / "ev.csv"
    f.write_text("# a header\ndate,label,kind,source\n2024-03-05,B,record,X\n2024-03-01,A,record,Y\n", encoding="utf-8")
    assert load_events(f) == [Event(date(2024, 3, 1), "A", "Y", "record"), Event(date(2024, 3, 5), "B", "X", "record")]


@pytest.mark.parametrize("content, message", [
    ("date,label,source\n2024-03-05,B,X\n", "missing: kind"),
    ("date,label,kind,source\n5 March,B,record,X\n", "row 1: '5 March' is not a date"),
])
def test_load_events_bad_files_give_one_line_errors(tmp_path, content, message):
    f = tmp_path / "ev.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError, match=message):
        load_events(f)


def test_load_events_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="No events file"):
        load_events(tmp_path / "nope.csv")


def test_article_events_on_the_seed_written_on_sunday_11_may():
    art = load_article(ROOT / "seeds" / "putin-istanbul-talks-2025.txt")
    events = article_events(art.text, date(2025, 5, 11))
    by_day = {e.date: e.label for e in events}
    assert all(e.kind == "article says" for e in events)
    # "a few days ago" is a range that ends before Saturday and never reaches back to 1 May.
    assert by_day[date(2025, 5, 4)] == '"a few days ago" (4 May to 9 May)'
    assert by_day[date(2025, 5, 10)].startswith('"late on Saturday night"')
    assert by_day[date(2025, 5, 11)] == '"on Sunday"'
    assert date(2025, 5, 15) in by_day


def test_article_events_depend_on_the_chosen_day():
    text = "It happened on Saturday."
    assert article_events(text, date(2025, 5, 11))[0].date == date(2025, 5, 10)
    assert article_events(text, date(2025, 5, 10))[0].date == date(2025, 5, 10)
    assert article_events(text, date(2025, 5, 16))[0].date == date(2025, 5, 10)
    assert article_events(text, date(2025, 5, 9))[0].date == date(2025, 5, 3)
    assert article_events("In 2022, nothing.", date(2025, 5, 11)) == []


def test_describe_span_words():
    from medialit.analysis.timeline import describe_span
    assert describe_span((date(2025, 5, 11), date(2025, 5, 11))) == "Sun 11 May 2025"
    assert describe_span((date(2024, 12, 28), date(2025, 1, 2))) == "Sat 28 Dec 2024 to Thu 2 Jan 2025"
    assert describe_span(None).startswith("no single day")
