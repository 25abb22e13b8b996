"""timeline.resolve: what a time word means once the reader picks the day the article was written."""

from datetime import date

import pytest

from medialit.analysis.timeline import (TimeExpression, describe_span, find_time_expressions, long_date, resolve,
                                        short_date)

WEDNESDAY = date(2024, 3, 6)


def span(phrase, written_on=WEDNESDAY):
    (expr,) = find_time_expressions(phrase)
    assert expr.phrase == phrase
    return resolve(expr, written_on)


@pytest.mark.parametrize("phrase, earliest, latest", [
    # Regression: "earlier this month" gave 9 Aug 2023 to 6 Jan 2024.
    ("earlier this month", date(2024, 3, 1), date(2024, 3, 6)),
    # Regression: the count was ignored ("two weeks ago" gave two to seven weeks ago).
    ("two weeks ago", date(2024, 2, 19), date(2024, 2, 25)),
    ("three days ago", date(2024, 3, 3), date(2024, 3, 3)),
    ("a couple of days ago", date(2024, 3, 4), date(2024, 3, 4)),
    ("five months ago", date(2023, 10, 1), date(2023, 10, 31)),
    # Regression: "this week" gave the last seven days; a week runs Monday to Sunday.
    ("this week", date(2024, 3, 4), date(2024, 3, 10)),
    ("earlier this week", date(2024, 3, 4), date(2024, 3, 6)),
    ("last week", date(2024, 2, 26), date(2024, 3, 3)),
    ("a few days ago", date(2024, 2, 28), date(2024, 3, 4)),
    ("several weeks ago", date(2024, 1, 17), date(2024, 2, 21)),
    ("yesterday", date(2024, 3, 5), date(2024, 3, 5)),
    ("tonight", WEDNESDAY, WEDNESDAY),
])
def test_relative_phrases_on_wednesday_6_march_2024(phrase, earliest, latest):
    assert span(phrase) == (earliest, latest)


def test_a_month_count_lands_on_the_last_day_of_a_short_month():
    assert span("a few months ago", date(2024, 5, 31)) == (date(2023, 10, 31), date(2024, 3, 31))


def test_weekdays_look_back_unless_the_phrase_says_next():
    assert span("on Monday") == (date(2024, 3, 4),) * 2
    assert span("next Monday") == (date(2024, 3, 11),) * 2
    assert span("last Wednesday") == (date(2024, 2, 28),) * 2


def test_a_bare_year_gives_no_day_and_an_impossible_date_gives_none():
    assert span("in 2021") is None
    assert resolve(TimeExpression("31 February", 0, 11, "absolute"), WEDNESDAY) is None


def test_dates_are_written_without_the_computers_language(monkeypatch):
    import locale

    try:
        locale.setlocale(locale.LC_TIME, "de_DE.UTF-8")
    except locale.Error:
        pass  # the names below come from the kit's own table either way
    try:
        assert short_date(WEDNESDAY) == "6 Mar 2024" and long_date(WEDNESDAY) == "6 March 2024"
        assert describe_span(span("this week")) == "Mon 4 Mar to Sun 10 Mar 2024"
    finally:
        locale.setlocale(locale.LC_TIME, "C")
