"""Session 15, boost21: boosters and hedges in general news (certainty words, everyday intensifiers,
the writer's own "would"). All text here is invented for these tests."""

from support import lowered_phrases_of_kind as _flags


def test_i_know_with_a_clause_presents_a_point_as_known():
    assert _flags("\u201cI know that the bridge will open on time,\u201d the mayor said.", "booster") == ["i know"]
    assert _flags("I just know the team will bounce back.", "booster") == ["i just know"]
    assert _flags("I know it's a long season.", "booster") == ["i know"]
    assert _flags("The coach knows that the fans are restless.", "booster") == ["knows that"]
    assert _flags("She knows there are risks in the plan.", "booster") == ["knows there"]


def test_knowing_a_person_an_aside_or_a_question_is_no_booster():
    for text in ("As far as I know, the ferry still runs.", "Why do I know? I grew up there.",
                 "I know, I know, it is late.", "I know him from school.", "I know Sam, and he is kind.",
                 "I know the whole family.", "I know what you meant.", "No one knows that yet.",
                 "I don't know the answer.", "You know, the pitch was wet."):
        assert _flags(text, "booster") == [], text


def test_a_relative_aside_does_not_report_the_writers_would():
    # "agreed" sits in the aside about the levy; the "would" is the writer's own forecast
    assert _flags("The levy, which has not yet been agreed, would push bus fares up.", "hedge") == ["would"]
    # a reporting verb before the aside still governs it
    assert "would" not in _flags("Council staff said the levy, which is new, would push fares up.", "hedge")


def test_a_quoted_phrase_between_said_and_would_keeps_it_reported():
    text = ("The union said on Friday, after \u201ca long and frankly exhausting round of talks\u201d at the "
            "depot, that the strike would end.")
    assert "would" not in _flags(text, "hedge")
    # a quotation that ends its own sentence closes the report
    assert "would" in _flags('She said "We are done." A strike would hurt the town.', "hedge")


def test_habitual_would_tells_a_past_routine():
    assert "would" not in _flags("\u201cHe would knock on the door every morning,\u201d a neighbour recalled.", "hedge")
    assert "would" not in _flags("As a trainee she would often sleep at the bakery.", "hedge")
    # a condition, or a yearly sum in a plan, keeps the hypothetical
    assert "would" in _flags("If it rained, the children would stay in every day.", "hedge")
    assert "would" in _flags("The tax would raise two million each year.", "hedge")


def test_quite_simply_presses_the_claim():
    assert _flags("The harbour is, quite simply, the prettiest on the coast.", "booster") == ["quite simply"]
    assert "quite" not in _flags("The harbour is, quite simply, the prettiest on the coast.", "hedge")


def test_too_early_to_say_leaves_the_outcome_open():
    assert _flags("It is too early to say whether the new timetable works.", "hedge") == ["too early to say"]
    assert _flags("Whether the fans return is hard to tell.", "hedge") == ["hard to tell"]


def test_reckon_gives_a_view_but_reckon_with_does_not():
    assert "reckon" in _flags("Pundits in the club bar reckon the derby will be tight.", "hedge")
    assert _flags("The club must reckon with its debts.", "hedge") == []


def test_always_heading_an_instruction_is_advice_not_certainty():
    assert _flags("Always keep your receipt.", "booster") == []
    assert _flags("Pay by card. Always check the date on the box.", "booster") == []
    # a claim about every case stays a booster, also in a quoted fragment
    assert _flags("Prices always rise in August.", "booster") == ["always"]
    assert _flags("His aide said he was \u201calways polite to the staff\u201d.", "booster") == ["always"]


def test_convinced_that_is_a_held_certainty():
    assert _flags("We are convinced that readers will not accept another delay.", "booster") == ["convinced that"]
    assert _flags("The coach came away convinced that the keeper was ready.", "booster") == ["convinced that"]
    for text in ("Fans are not convinced that the manager will stay.",
                 "The board will back it only if it can be convinced that the costs are fair."):
        assert "convinced that" not in _flags(text, "booster"), text


def test_by_any_measure_presses_the_claim():
    assert _flags("The harvest was, by any measure, a record.", "booster") == ["by any measure"]
    assert _flags("By any standard the queue was long.", "booster") == ["by any standard"]


def test_never_once_stresses_a_no():
    assert _flags("It is a target the town has never once met.", "booster") == ["never once"]
    assert _flags("Never once have I heard him complain.", "booster") == ["never once"]


def test_little_doubt_and_rough_ranges():
    assert _flags("There is little doubt that the barrier was built on the cheap.", "booster") == ["little doubt"]
    assert _flags("Repairs will cost somewhere between 20 and 30 million pounds.", "hedge") == ["somewhere between"]
    assert _flags("The truth lies somewhere between the two accounts.", "hedge") == []
    assert _flags("A wetter winter is a distinct possibility.", "hedge") == ["a distinct possibility"]
