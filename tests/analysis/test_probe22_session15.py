"""Session 15, probe22: general causes found on invented articles in more shapes (wire story with a chain of
attributions, health-agency figures, regional TV with residents, business wire with unnamed people, sports
transfer). All text here is invented."""

from support import cues_sources_and_kinds as _attr

LEAD = "Rents rose again last year. "


def test_a_participle_between_a_figure_and_a_plural_noun_describes_the_count():
    got = _attr(LEAD + "Data showed 1,212 confirmed cases in 2025, the agency said.")
    assert [c for c, _, _ in got] == ["showed", "said"]
    assert [a[:2] for a in _attr(LEAD + "Three reported deaths were in the north, the agency said.")] == [("said", "the agency")]
    # a figure as the subject of a verb with its object stays a cue
    assert _attr(LEAD + "Two denied the charges, the police said.")[0][:2] == ("denied", "Two")
    assert _attr(LEAD + "Officials reported three confirmed deaths.") == [("reported", "Officials", "unnamed")]


def test_a_name_inside_an_opening_participle_phrase_is_not_the_pronoun_after_it():
    # "Asked about X, he told": he is the one asked, never X
    text = "Coach Ivo Brandt spoke on Monday. Asked about Pavel Sorn on Thursday, he told reporters the deal was close."
    # (session 26, pn50: the opening "Asked about" is itself an agentless cue)
    assert _attr(text) == [("Asked about", None, "agentless"), ("told", "Ivo Brandt", "named person")]
    text = "Coach Ivo Brandt spoke on Monday. Speaking to Pavel Sorn, he said the deal was close."
    assert _attr(text) == [("said", "Ivo Brandt", "named person")]
    # a name that opens the main clause after the phrase stays its subject
    text = "Coach Ivo Brandt spoke on Monday. Asked about his future, Pavel Sorn said he was happy."
    assert _attr(text)[-1][:2] == ("said", "Pavel Sorn")  # (after the opening "Asked about" cue: session 26)


def test_a_headlines_bare_institution_noun_is_the_body_the_story_names():
    text = "Flu cases rise, agency says\n\nFlu cases rose by a third, the Tarn Health Agency said.\n"
    assert [a[:2] for a in _attr(text)] == [("says", "Tarn Health Agency"), ("said", "Tarn Health Agency")]
    # two bodies with that noun: no choice is made
    text = "Flu cases rise, agency says\n\nThe Tarn Health Agency and the Vell Water Agency met.\n"
    assert _attr(text)[0][:2] == ("says", "agency")
    # below the headline the bare noun is left as written
    assert _attr(LEAD + "Flu cases rose, agency says. The Tarn Health Agency met.")[0][:2] == ("says", "agency")


def test_the_person_said_again_is_the_unnamed_person_brought_in_before():
    text = LEAD + "The bid is worth a billion pounds, a person familiar with the deal said. A deal may come this week, the person said."
    assert [a[1] for a in _attr(text)] == ["a person familiar with the deal"] * 2
    # with no unnamed person brought in with "a" before, it stays as written
    assert _attr(LEAD + "A deal may come this week, the person said.")[0][1] == "the person"
