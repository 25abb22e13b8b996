"""Session 17, cue26: cue forms in general news (sport, crime, weather, business, local papers) used in a sense
that gives no one's words, and the cues of that news PolNeAR's political copy lacks. All text here is invented
for these tests."""
import pytest

from medialit import find_attributions


def _cues(text):
    return [a.cue.lower() for a in find_attributions(text)]


@pytest.mark.parametrize("text", [
    "Everything went according to plan on the night.",
    "The launch went ahead according to schedule.",
    "The 72-year-old was admitted to hospital with breathing problems.",
    "She was admitted to the Royal Infirmary's intensive care unit on Sunday.",
    "He was admitted to the bar in 1995.",
    "The teenager was reported missing on Friday evening.",
    "The incident was reported to police at 10pm.",
    "She reported the theft to the police the next morning.",
    "He was stressed out after the exam.",
    "Only time will tell whether the gamble pays off.",
    "She insists on walking to work every day, rain or shine.",
    "The town is a market town noted for its cheese.",
    "The visitors claimed a 2-1 victory over their rivals.",
    "United claimed their first win of the season.",
    "Rovers claimed a point at Millbrook.",
    "The home side claimed all three points.",
    "The visitors claimed a share of the spoils.",
    "She claimed pole position for Sunday's race.",
    "A yellow weather warning is in place until midnight.",
    "The flood warnings were lifted on Tuesday.",
    "Reuters reporting by Ann Lee; writing by Al Roe; editing by Sam Hart",
    "Reporting by Ann Lee and Al Roe in Paris",
])
def test_general_news_senses_that_give_no_words_are_no_cues(text):
    assert _cues(text) == [], _cues(text)


def test_a_barristers_side_between_commas_is_no_cue_but_the_verb_after_it_is():
    assert _cues("Mr Jones, defending, said his client was of previous good character.") == ["said"]


@pytest.mark.parametrize("text, cue", [
    ("Officials said the launch had gone according to the plan published in May.", "said"),
    ("The plan was carried out according to the council, which said it had no choice.", "according to"),
    ("He admitted to the newspaper that he had lied.", "admitted"),
    ("She reported to police that she had seen a man running from the scene.", "reported"),
    ("Witnesses reported seeing a flash before the explosion.", "reported"),
    ("The minister insisted on Tuesday that the plan would go ahead.", "insisted"),
    ("She noted for the record that the vote was close.", "noted"),
    ("The candidate claimed victory shortly after midnight.", "claimed"),
    ("The mayor stressed that the road would reopen.", "stressed"),
    ("Doctors are warning that the wait for beds is getting longer.", "warning"),
    ("The paper, according to reporting by The Times, was never sent.", "according to"),
])
def test_the_same_forms_still_report_words(text, cue):
    assert cue in _cues(text), _cues(text)


@pytest.mark.parametrize("text", [
    "Wildlife in the estuary is threatened by the new road.",
    "The shopkeeper was threatened with a knife.",
    "Heavy rain threatened to spoil the day.",
    "He was dismissed from his job in 2019.",
    "The visitors were dismissed for 120 in their first innings.",
    "The champions defended their title with a win in Paris.",
    "She hails from Leeds.",
    "He hailed a taxi outside the station.",
    "The hotel boasts a spa and two pools.",
    "The votes were recounted after a close result.",
    "He repeated the feat a year later.",
    "The cartoon character is voiced by a famous actor.",
    "The sound echoed through the valley.",
    "City confirmed their place in the final with a 2-0 win.",
    "Leicester confirmed promotion on Saturday.",
])
def test_acts_and_states_in_sport_crime_and_features_are_no_cues(text):
    assert _cues(text) == [], _cues(text)


@pytest.mark.parametrize("text, cue", [
    ("The landlord threatened to sue the council.", "threatened"),
    ("The minister dismissed the report as nonsense.", "dismissed"),
    ("The mayor defended her record on housing.", "defended"),
    ("Critics hailed the plan as a breakthrough.", "hailed"),
    ("The chairman boasted that sales had doubled.", "boasted"),
    ("She recounted the day the mine closed.", "recounted"),
    ("He repeated his claim that the vote was rigged.", "repeated"),
    ("Residents voiced anger at the decision.", "voiced"),
    ("Her words echoed those of the prime minister.", "echoed"),
    ("The club confirmed the signing of the midfielder.", "confirmed"),
])
def test_the_same_verbs_still_report_words(text, cue):
    assert cue in _cues(text), _cues(text)


@pytest.mark.parametrize("text, cue, source", [
    ("The Gazette understands the head teacher will step down in July.", "understands", "Gazette"),
    ("Metro Radio understands that the talks have stalled.", "understands", "Metro Radio"),
    ("Campaigners have hit out at the decision to close the library.", "hit out at", "Campaigners"),
])
def test_general_news_cues_that_political_copy_lacks(text, cue, source):
    found = [(a.cue, a.source) for a in find_attributions(text)]
    assert (cue, source) in found, found


def test_understanding_how_a_matter_stands_is_no_cue():
    assert "understands" not in _cues("The coach says he understands how hard the season has been.")
    assert "understands" not in _cues("She understands the rules of the game.")


@pytest.mark.parametrize("text, source", [
    ("The Herald reports that the bridge will close for a month.", "Herald"),
    ("The bridge will close for a month, the Gazette reports.", "Gazette"),
    ("The council reports that the bridge will close for a month.", "The council"),
])
def test_an_outlet_or_body_that_reports_is_a_source_not_a_group_of_reports(text, source):
    found = [(a.cue, a.source) for a in find_attributions(text)]
    assert ("reports", source) in found, found


def test_reports_as_a_noun_stay_a_group_and_a_sign_off_is_no_cue():
    assert [(a.cue, a.source) for a in find_attributions("Media reports say the bridge will close.")] == [("say", "Media reports")]
    assert _cues("Reports of a gas leak led to the evacuation of the street.") == []
    assert _cues("Ann Lee reports from the scene.") == []
    assert _cues("Fire crews worked through the night.\n\nAnn Lee reports.") == []


@pytest.mark.parametrize("text, source", [
    ("The report states that the ward was short of nurses.", "The report"),
    ("The letter states: \"We can no longer keep the hall open.\"", "The letter"),
])
def test_a_text_that_states_is_a_cue(text, source):
    found = [(a.cue, a.source) for a in find_attributions(text)]
    assert ("states", source) in found, found


@pytest.mark.parametrize("text", [
    "Voters in states that border the sea were hit hardest.",
    "Four states that voted for the bill later changed course.",
    "Member states agreed the budget on Friday.",
])
def test_states_the_noun_is_no_cue(text):
    assert "states" not in _cues(text)


@pytest.mark.parametrize("text", [
    "When he was refused, he pulled out a knife.",
    "The planning application was refused by the council in May.",
    "Their requests for a meeting were denied.",
])
def test_a_request_turned_down_is_no_cue(text):
    assert _cues(text) == [], _cues(text)


def test_a_claim_denied_is_still_a_cue():
    assert "denied" in _cues("The claim was denied by the firm.")


@pytest.mark.parametrize("text", [
    "The drug showed promise in early trials.",
    "The new vaccine holds great promise.",
])
def test_promise_the_noun_after_showing_or_holding_is_no_cue(text):
    assert _cues(text) == [], _cues(text)


def test_a_promise_made_is_still_a_cue():
    assert "promises" in _cues("The mayor promises to fix the road by June.")


@pytest.mark.parametrize("text", [
    "Most analysts expected that rates would rise.",
    "The manager expected his players to win the league.",
])
def test_expected_with_what_was_expected_is_a_cue(text):
    assert "expected" in _cues(text), _cues(text)


@pytest.mark.parametrize("text", [
    "Profits were lower than expected.",
    "The result was as expected.",
    "The expected rise in prices did not come.",
])
def test_expected_with_nothing_expected_is_no_cue(text):
    assert "expected" not in _cues(text), _cues(text)


@pytest.mark.parametrize("text, cue", [
    ("She is adamant that the shop will stay open.", "is adamant"),
    ("Residents are convinced the plant is to blame.", "are convinced"),
])
def test_feature_and_local_paper_cues(text, cue):
    assert cue in _cues(text), _cues(text)


@pytest.mark.parametrize("text", [
    "Police are confident of making an arrest soon.",
    "I am satisfied with the result.",
])
def test_a_smile_or_a_mood_without_words_is_no_cue(text):
    assert _cues(text) == [], _cues(text)


@pytest.mark.parametrize("text", [
    "Having said that, the food was excellent.",
    "As they say, every cloud has a silver lining.",
    "Truth be told, the club has been poorly run for years.",
])
def test_the_writers_idioms_with_say_and_tell_are_no_cues(text):
    assert _cues(text) == [], _cues(text)


@pytest.mark.parametrize("text, cue", [
    ("Having said that he would resign, the chairman left the room.", "said"),
    ("He said something about the money.", "said"),
    ("It said that profits had fallen.", "said"),
])
def test_say_with_a_speaker_is_still_a_cue(text, cue):
    assert cue in _cues(text), _cues(text)
