"""Session 18, cue18: attribution cue shapes of general news (BBC, Guardian, local papers, AP, Reuters) that the
finders missed or read wrongly. All text here is invented for these tests."""
import pytest

from support import cues_and_sources as _cues


@pytest.mark.parametrize("text, cue", [
    ("“I know we can win this,” the coach said.", "know"),
    ("“We knew that the bridge was unsafe,” Ann Hale said.", "knew"),
    ("“We all know what happened that night,” said Tom Reed.", "know"),
])
def test_what_a_speaker_says_they_know_inside_their_quotation_is_their_view(text, cue):
    found = dict(_cues(text))
    assert cue in found and found[cue] == found["said"], _cues(text)


@pytest.mark.parametrize("text", [
    "“I know him well,” the coach said.",
    "“I don't know,” Ann Hale said.",
    "“We knew them from school,” said Tom Reed.",
])
def test_knowing_a_person_or_not_knowing_is_no_view(text):
    assert [c for c, _ in _cues(text)] == ["said"], _cues(text)


@pytest.mark.parametrize("text, source", [
    ("The court heard Price approached the victim from behind.", "The court"),
    ("The inquest heard the driver suffered a heart attack at the wheel.", "The inquest"),
    ("The jury heard how the pair had planned the raid for weeks.", "The jury"),
])
def test_what_a_court_heard_without_that_is_a_cue(text, source):
    assert ("heard", source) in _cues(text), _cues(text)


@pytest.mark.parametrize("text", [
    "The court heard evidence from the victim's mother.",
    "The court heard from three witnesses on Tuesday.",
])
def test_a_court_hearing_someone_gives_no_clause(text):
    assert _cues(text) == [], _cues(text)


@pytest.mark.parametrize("text, source", [
    ("Witnesses described seeing a man running from the shop.", "Witnesses"),
    ("Residents in Mill Lane described hearing shouting late on Friday.", "Residents in Mill Lane"),
])
def test_describing_what_one_heard_or_saw_is_a_cue_of_the_group(text, source):
    assert ("described", source) in _cues(text), _cues(text)


def test_describing_a_thing_is_a_cue_since_session_23():
    # Session 18 left "described the scene" out (an object only); session 23 (cue42) reads it as an account given:
    # PolNeAR train marks 19 of the 23 it adds, and the general-news golds mark "participants described experiences".
    assert [c for c, _ in _cues("She described the scene.")] == ["described"]
    assert _cues("The scene described in the report was grim.") == []


@pytest.mark.parametrize("text, cue, source", [
    ("A statement from the family read: “He was a kind and gentle man.”", "read", "the family"),
    ("A statement on behalf of the family read: “We are heartbroken.”", "read", "the family"),
    ("A statement from the family said he had been a keen cyclist.", "said", "the family"),
    ("A statement issued by the club said the player would miss the final.", "said", "the club"),
    ("A statement released by police on Monday said a man had been arrested.", "said", "police"),
    ("A statement issued on behalf of the school said pupils would be sent home.", "said", "the school"),
    ("In a statement on Tuesday the council said the road would reopen.", "said", "the council"),
    ("In a statement, the council said the road would reopen.", "said", "the council"),
])
def test_a_statement_as_subject_gives_its_sender_as_the_source(text, cue, source):
    assert (cue, source) in _cues(text), _cues(text)


@pytest.mark.parametrize("text", [
    "She read the letter from her son.",
    "She shared a message from her adviser, Ann Lee, that read: “We are right.”",
])
def test_someone_reading_or_a_sender_in_an_aside_gives_no_statement_cue(text):
    assert [c for c, _ in _cues(text)] == [], _cues(text)


def test_a_statement_about_a_topic_keeps_the_statement():
    assert _cues("A statement on the closures said the branches would shut.") == [
        ("said", "A statement on the closures")]


@pytest.mark.parametrize("text, source", [
    ("The manager criticised by fans after the match said he would not resign.", "The manager criticised by fans after the match"),
    ("The man arrested after the attack said he was innocent.", "The man arrested after the attack"),
    ("A woman injured in the crash before dawn told reporters she was lucky.", "A woman injured in the crash before dawn"),
])
def test_after_or_before_inside_a_participle_phrase_opens_no_clause(text, source):
    said = [s for c, s in _cues(text) if c in ("said", "told")]
    assert said == [source], _cues(text)


def test_after_with_its_own_subject_still_opens_a_clause():
    assert ("said", "officials") in _cues("Prices rose after officials said the plan would go ahead.")


@pytest.mark.parametrize("text, cue, source", [
    ("However the news agency NORA reported that five people had died.", "reported", "the news agency NORA"),
    ("However the Danish broadcaster DRN said the road was closed.", "said", "the Danish broadcaster DRN"),
    ("However the Danish news agency NORA, quoting a police source, reports the two men were held.", "reports",
     "the Danish news agency NORA"),
    ("However, the agency reported that five people had died.", "reported", "the agency"),
])
def test_a_linking_adverb_without_a_comma_does_not_hide_the_subject(text, cue, source):
    assert (cue, source) in _cues(text), _cues(text)


@pytest.mark.parametrize("text, outer, inner", [
    ("Ann Hale in Geneva reports UNHCR says most of the new arrivals are children.", "Ann Hale", "UNHCR"),
    ("Tom Reed in Nairobi reports the Red Cross says the camp is full.", "Tom Reed", "Red Cross"),
])
def test_a_correspondents_hand_over_is_not_the_source_of_the_words_it_wraps(text, outer, inner):
    found = _cues(text)
    assert ("reports", outer) in found and ("says", inner) in found, found


def test_a_noun_phrase_inside_what_was_said_is_no_source_of_its_own():
    found = _cues("Lee said the nonstop demands of the job were hard.")
    assert found == [("said", "Lee")], found


def test_a_columns_title_before_a_colon_is_no_cue():
    text = ("Signal Report: Bloggers held in three countries\n\n"
            "The Open Web Forum's Signal Report offers a weekly look at internet rights around the world.")
    assert _cues(text) == [], _cues(text)


@pytest.mark.parametrize("text", [
    "Poll: Doe and Roe tied in Ohio\n\nThe two are level, the survey of 800 voters shows.",
    "Acme Poll: Voters back the plan\n\nThe Acme Poll was carried out by telephone.",
])
def test_a_finding_label_stays_a_cue(text):
    assert ":" in [c for c, _ in _cues(text)], _cues(text)


def test_a_view_in_a_quotation_that_runs_on_into_the_next_paragraph_is_the_speakers():
    text = "“It was a tense game,” Cobb said.\n\n“We knew they were going to come out hard.”"
    assert ("knew", "Cobb") in _cues(text), _cues(text)


@pytest.mark.parametrize("text", [
    "“It was a tense game,” Cobb said. Lee was less sure.\n\n“I think we were lucky.”",
    "“It was a tense game,” Cobb said.\n\nLee was less sure. “I think we were lucky.”",
])
def test_a_view_after_someone_else_comes_in_is_not_carried_over(text):
    assert [c for c, _ in _cues(text)] == ["said"], _cues(text)


@pytest.mark.parametrize("text, cue, source", [
    ("A tribute from his family read: “He lit up every room.”", "read", "his family"),
    ("An email from the campaign said the rally was cancelled.", "said", "the campaign"),
])
def test_a_tribute_or_an_email_from_someone_gives_its_sender(text, cue, source):
    assert (cue, source) in _cues(text), _cues(text)
