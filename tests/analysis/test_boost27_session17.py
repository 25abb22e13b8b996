"""Session 17, boost27: hedges and boosters from the real general-news benches (bench/real-news*). All text here is
invented for these tests."""
import pytest

from medialit import find_hedges

from support import lowered_phrases_of_kind as _flags


# --- commit 1: "to the best of our knowledge", ", period.", "talking about" a figure, a turnout, a game's span ----

def test_to_the_best_of_our_knowledge_is_a_hedge():
    assert _flags("To the best of my knowledge the ferry has never sunk.", "hedge") == ["to the best of my knowledge"]
    assert "to our knowledge" in _flags("No one, to our knowledge, has been charged.", "hedge")


@pytest.mark.parametrize("text, found", [
    ("The mill is not closing, period.", ["period"]),
    ("Nobody will be sacked. Period.", ["period"]),
    ("Taxes will not rise, full stop.", ["full stop"]),
    ("The bus came to a full stop.", []),
    ("Rents rose over the period.", []),
    ("A period of calm followed.", []),
])
def test_period_closing_a_statement_is_a_booster(text, found):
    assert _flags(text, "booster") == found


@pytest.mark.parametrize("text, found", [
    ("We're talking about 120 families at the moment.", []),
    ("You are talking about 40 homes.", []),
    ("They spoke about 3,000 jobs.", ["about"]),
    ("About 120 families have left.", ["about"]),
    ("He said about 40 people came.", ["about"]),
])
def test_be_talking_about_names_the_figure(text, found):
    assert _flags(text, "hedge") == found


def test_a_heavy_turnout_is_a_count_not_a_booster():
    assert _flags("The hearing saw a heavy turnout of parents.", "booster") == []
    assert _flags("The army suffered heavy casualties.", "booster") == ["heavy"]


@pytest.mark.parametrize("text, found", [
    ("The visitors led for most of the championship game.", []),
    ("She was injured for most of the 2019 season.", []),
    ("Most of the championship squad were students.", ["most of the"]),
    ("Most of the time the ferry runs late.", ["most of the"]),
])
def test_most_of_a_named_game_or_season_is_a_span_of_time(text, found):
    assert _flags(text, "hedge") == found


# --- commit 2: an organisation's initials opening a source name whose spokesmen speak ---------------------------

@pytest.mark.parametrize("text, vague", [
    ("But NATO spokesmen in Brussels tell reporters there is no plan.", False),
    ("Meanwhile RSPB wardens said the nests were safe.", False),
    ("Meanwhile US officials said the talks had failed.", True),
    ("Meanwhile UK officials said the wards were full.", True),
])
def test_initials_opening_a_source_name_its_organisation(text, vague):
    assert any(h.category == "vague attribution" for h in find_hedges(text)) == vague


# --- commit 3: an attempted crime is an offence, not an effort left in doubt --------------------------------------

@pytest.mark.parametrize("text, found", [
    ("She was convicted of attempting to murder her neighbour.", []),
    ("The pair admitted conspiring and attempting to smuggle cocaine.", []),
    ("Two men tried to break into the chemist overnight.", []),
    ("Talks tried to break the deadlock.", ["tried to"]),
    ("Rescuers tried to reach the village.", ["tried to"]),
])
def test_an_attempted_crime_is_no_hedge(text, found):
    assert _flags(text, "hedge") == found


# --- commit 4: "some of this/that", an inverted "..., suggests a study" -----------------------------------------

@pytest.mark.parametrize("text, found", [
    ("The charity is trying to lift some of this burden.", ["some"]),
    ("Some of that is down to the weather.", ["some"]),
    ("Some of the harshest winters came later.", ["some"]),  # session 24 (boost45): flagged, the reading left open
])
def test_some_of_this_or_that_is_an_untold_share(text, found):
    assert _flags(text, "hedge") == found


@pytest.mark.parametrize("text, found", [
    ("Night shifts raise the risk of falls, suggests a study by nurses in Leeds.", ["suggests"]),
    ("Ferries are getting later, suggest new figures from the port.", ["suggest"]),
    ("The mayor suggested a study of the bridge.", []),
])
def test_an_inverted_suggests_with_a_study_after_it_is_a_hedge(text, found):
    assert _flags(text, "hedge") == found
