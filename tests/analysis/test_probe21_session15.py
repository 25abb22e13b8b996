"""Session 15, probe21: general causes found on invented articles in more shapes (obituary, match report, press
release, Q&A, arts review, schools, crime brief, product launch, planning story). All text here is invented."""
from medialit import find_sources, load_article

from support import cues_sources_and_kinds as _attr

LEAD = "Rents rose again last year. "


def test_a_verb_of_going_on_before_an_ing_cue_is_no_part_of_the_subject():
    # "The porter kept saying": the subject is "The porter", not "The porter kept"
    assert _attr(LEAD + "The porter kept saying that the lift was safe.") == [("saying", "The porter", "unnamed")]
    # nor of the phrase a later pronoun stands for
    got = _attr(LEAD + "The porter kept shouting. He said the lift was safe.")
    assert got == [("said", "The porter", "unnamed")]
    assert _attr(LEAD + "Mayor Ann Vale began asking why the lift was shut.") == [("asking why", "Ann Vale", "named person")]


def test_an_aside_saying_what_someone_is_now_or_was_then_is_skipped():
    got = _attr(LEAD + "Former lodger Rhys Tovey, now a carpenter, recalled being sent home in the snow.")
    assert got == [("recalled", "Rhys Tovey", "named person")]
    assert _attr(LEAD + "Tilly Marr, then a student, said the rent had doubled.") == [("said", "Tilly Marr", "named person")]
    # a sentence that opens with "Now" keeps its subject
    assert _attr(LEAD + "Now Tilly Marr, the new tenant, is claiming the rent is too high.")[0][1] == "Tilly Marr"


def test_a_bare_review_or_analysis_label_is_the_pieces_genre_not_a_source():
    text = "Review: The Long Tide, Quayside Theatre\n\nThe play runs for two hours and the cast is small.\n"
    assert _attr(text) == []
    assert "Review" not in {s.name for s in find_sources(load_article(text))}
    assert _attr("Analysis: Why the bypass vote matters\n\nThe vote is close.\n") == []
    # a poll or a report named as a label is still the source of its finding
    assert _attr("Poll: Vale and Marr level in the ward\n\nThe race is close.\n") == [(":", "Poll", "unnamed")]


def test_a_form_in_s_before_a_plain_reporting_verb_is_a_plural_noun():
    # "The programme notes claim": the notes claim; "notes" is no cue of its own
    assert _attr(LEAD + "The programme notes claim the play is new.") == [("claim", "The programme notes", "unnamed")]
    assert _attr(LEAD + "Tilly Marr notes that the play is new.") == [("notes", "Tilly Marr", "named person")]
    # "says" before a noun stays the cue
    assert _attr(LEAD + "Tilly Marr says report cards are late.") == [("says", "Tilly Marr", "named person")]


def test_feel_before_a_word_of_feeling_is_no_view():
    assert _attr(LEAD + "Tilly Marr said she felt ignored.") == [("said", "Tilly Marr", "named person")]
    assert _attr(LEAD + "Tilly Marr felt very good about the move.") == []
    # a view after "felt" stays a cue
    assert _attr(LEAD + "Tilly Marr felt that the rent was too high.") == [("felt", "Tilly Marr", "named person")]
    assert _attr(LEAD + "Tilly Marr feels the rent is too high.") == [("feels", "Tilly Marr", "named person")]


def test_an_adverb_of_time_opening_a_sentence_is_no_part_of_the_name():
    for adverb in ("Later", "Finally", "Separately", "Afterwards"):
        assert _attr(LEAD + f"{adverb} Tilly Marr said the rent had doubled.") == [("said", "Tilly Marr", "named person")]


def test_filings_are_evidence_that_shows_something():
    assert _attr(LEAD + "New filings show the firm raised two million pounds.") == [("show", "New filings", "unnamed")]
