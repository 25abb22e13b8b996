"""Session 8 rules on sources whose title is led by a place, on sentences written for these tests."""

from medialit import find_quotes

from support import attributed_sources as sources


def test_after_the_verb_a_five_word_title_led_by_a_place_gives_the_person():
    # "said former Harlow County Gov. Jo Penn": the place makes the title five words long; the name
    # right after the title word is the source.
    assert sources("“The bridge will open in May,” said former Harlow County Gov. Jo Penn.") == ["Jo Penn"]
    assert sources("The road is closed, said North Alden Party Chairman Ann Roe.") == ["Ann Roe"]
    # five words of role: the title word is the fifth word after the verb
    assert sources("“We will win it,” said North Alden Democratic Party Chairman Ann Roe.") == ["Ann Roe"]
    t = "“We will not wait,” said Harlow Town Press Secretary Tom Hale, a lawyer."
    assert sources(t) == ["Tom Hale"]
    assert [q.speaker for q in find_quotes(t)] == ["Tom Hale"]


def test_a_short_title_still_gives_the_person_and_a_plain_phrase_is_not_skipped():
    assert sources("“The bridge will open in May,” said Harlow Gov. Jo Penn.") == ["Jo Penn"]
    # five plain words and no title before the name: not read as a role
    assert sources("“It will rain,” said on a windy Monday Jo Penn.") != ["Jo Penn"]


def test_a_county_sheriff_is_a_person_with_the_place_and_title_as_role():
    from medialit.analysis.names import find_people
    t = "Harlow County Sheriff Jo Penn said the road would reopen."
    people = [(p.name, p.role, p.kind) for p in find_people(t)]
    assert people == [("Jo Penn", "Harlow County Sheriff", "person")]
    assert sources(t) == ["Jo Penn"]
    assert sources("“The road will reopen,” said Harlow County Sheriff Jo Penn.") == ["Jo Penn"]
