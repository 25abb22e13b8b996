"""The data files: each has a provenance header and exactly its header's columns on every row."""

from importlib import resources

import pytest

from medialit.analysis.lexicons import TableError, lexicon_header, load_lexicon, read_table

CSV_NAMES = sorted(f.name for f in resources.files("medialit").joinpath("data").iterdir() if f.name.endswith(".csv"))


def test_there_are_data_files():
    assert "blocks.csv" in CSV_NAMES and "reporting_verbs.csv" in CSV_NAMES


@pytest.mark.parametrize("name", CSV_NAMES)
def test_every_data_file_says_where_its_entries_come_from_and_reads_cleanly(name):
    assert len(lexicon_header(name).split()) >= 10
    rows = load_lexicon(name)
    assert rows and all(len(r) == len(rows[0]) for r in rows)


def test_a_row_with_an_unquoted_comma_names_the_file_and_line():
    raw = "# where from\nkind,pattern,why\nboilerplate,a{0,3}b,slogan\n"
    with pytest.raises(TableError, match=r"^x\.csv, line 3: 4 fields, but the header names 3 \(kind, pattern, why\)$"):
        read_table("x.csv", raw)


def test_a_short_row_is_refused_too():
    with pytest.raises(TableError, match="line 2: 1 fields"):
        read_table("x.csv", "word,why\nmay\n")


@pytest.mark.parametrize("name, kind", [("roles.csv", "role"), ("source_nouns.csv", "unnamed")])
def test_every_form_after_a_nouns_first_is_a_plural(name, kind):
    # The finders read forms[1:] as plurals (a group: "the organisers"), so a second spelling of the
    # singular ("organiser" after "organizer") must have a row of its own.
    rows = [r for r in load_lexicon(name) if r["kind"] == kind]
    assert len(rows) > 20
    for row in rows:
        later = row["forms"].lower().split("|")[1:]
        assert all(f.endswith(("s", "men", "people")) for f in later), row["forms"]
