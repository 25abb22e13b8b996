"""review21 (session 15): mends found reading the rules merged after review20, on invented sentences."""
import medialit

from support import cues_and_sources as _sources


def _phrases(text):
    return [h.phrase.lower() for h in medialit.find_hedges(text)]


def test_knows_that_thing_is_no_booster():
    assert _phrases("She knows that area well, the guide said.") == []
    assert _phrases("I know that song by heart.") == []
    assert _phrases("I know that feeling.") == []
    assert "i know" in _phrases("I know that flying is a skill.")
    assert "knows that" in _phrases("She knows that the plan will fail.")
    assert "i know" in _phrases("I know that Sam left early.")


def test_a_little_question_is_no_booster():
    assert _phrases("Can I ask a little question about the bill?") == []
    assert "little doubt" in _phrases("There is little doubt that the plan failed.")


def test_hard_to_say_a_word_is_no_hedge():
    assert _phrases("It is hard to say no to a child who asks for help.") == []
    assert "difficult to say" not in _phrases("It was difficult to say goodbye to the team.")
    assert "hard to say" in _phrases("It is hard to say what went wrong.")
    assert "too early to say" in _phrases("It is too early to say whether the plan will work.")


def test_comes_to_my_mind_is_no_hedge():
    assert _phrases("What comes to my mind is the old bakery.") == []
    assert _phrases("The smell of bread brings to my mind the old bakery.") == []
    assert "to my mind" in _phrases("To my mind, the plan fails.")


def test_the_woman_who_is_picked_out_is_not_the_one_brought_in():
    text = "A local woman found the dog. The woman who owns it said she was grateful."
    assert _sources(text) == [("said", "The woman")]
    text = "A local woman raised the alarm. The woman, who was not named, said she heard a bang."
    assert _sources(text) == [("said", "A local woman")]
    text = "A retired postman found the bag. The man said he called police at once."
    assert _sources(text) == [("said", "A retired postman")]


def test_a_count_in_a_count_with_a_plural_noun_is_the_subject():
    text = "Nearly three in five voters said the economy was their top issue."
    assert _sources(text) == [("said", "Nearly three in five voters")]
    text = "Police said that one in four drivers said they had been stopped."
    assert _sources(text) == [("said", "Police"), ("said", "one in four drivers")]
