"""Session 29, real58: causes of errors on the first (unseen) score of bench/real-news-24, pooled with the newest
batches' errors, each held as a family of shapes with the shapes the fix must leave alone. All text here is invented
for these tests."""
import pytest

from medialit.analysis.attribution import find_attributions
from medialit.analysis.hedges import find_hedges
from medialit.analysis.quotes import find_quotes


def _cues(text: str) -> list[tuple[str, str | None]]:
    return [(a.cue, a.source) for a in find_attributions(text)]


def _flags(text: str, kind: str) -> list[str]:
    return [text[h.start:h.end] for h in find_hedges(text) if h.kind == kind]


_BODY = "\n\nThe council met on Monday to talk about the bridge.\n\nIt will meet again in May."


# --- a headline labelled with unnamed sources ("Observers: ...", "Reports: ...") is a vague attribution -------------

@pytest.mark.parametrize("label", ["Observers", "Reports", "Sources", "Analysts", "Officials"])
def test_a_headline_label_of_unnamed_sources_is_a_hedge(label):
    text = f"{label}: Council Set to Close Old Bridge{_BODY}"
    assert label in _flags(text, "hedge")


@pytest.mark.parametrize("text", [
    "Poll: Voters Back New Bridge" + _BODY,  # a single kind of document, as PolNeAR's "Poll:" headlines
    "Study: Old Bridges Rust Faster" + _BODY,
    "Editorial: Save the Old Bridge" + _BODY,  # a kind of text
    "Brazil: Council Closes Old Bridge" + _BODY,  # a place
    "The council met on Monday.\n\nOfficials: none were hurt, and the road stays open.\n\nMore in May.",  # not line 1
])
def test_other_labels_and_later_lines_are_no_hedge(text):
    assert not any(h.category == "vague attribution" for h in find_hedges(text))


def test_a_headline_label_gives_no_cue():
    assert _cues("Observers: Council Set to Close Old Bridge" + _BODY) == []


# --- "his assurance that", "her acknowledgment that": an owned act of speech with its clause is a cue -------------

@pytest.mark.parametrize("text, noun, owner", [
    ("Ann Lee welcomed the mayor's assurance that the pool would reopen in June.", "assurance", "the mayor"),
    ("Tom Hart repeated the board's assurances that no jobs would go.", "assurances", "the board"),
    ("Rita Cole stood by her acknowledgement that the costs had doubled.", "acknowledgement", "Rita Cole"),
    ("Rita Cole stood by her acknowledgment that the costs had doubled.", "acknowledgment", "Rita Cole"),
])
def test_an_owned_assurance_or_acknowledgment_is_a_cue_of_its_owner(text, noun, owner):
    assert (noun, owner) in _cues(text)


@pytest.mark.parametrize("text", [
    "The deal came with a tacit acknowledgment that costs had risen.",  # no owner: whose is unsaid
    "The firm gave diplomatic assurances that the pool would reopen.",  # no owner before the noun
    "The assurances that were given last year came to nothing.",  # a relative clause
])
def test_an_unowned_assurance_or_a_relative_clause_is_no_cue(text):
    assert not any(a.cue.startswith(("assurance", "acknowledg")) for a in find_attributions(text))


# --- "X had given his assurance that ...": the owner is the giver, not the sentence's speaker ----------------------

def test_the_owner_of_a_given_assurance_is_the_one_who_gave_it():
    text = ("Her uncle Fred told the Herald that it was ‘a relief’ that Tom Roe had given his assurance that he "
            "would ‘look into it himself’.")
    assert ("assurance", "Tom Roe") in _cues(text)
    speakers = {text[q.start:q.end].strip("‘’"): q.speaker for q in find_quotes(text)}
    assert speakers["look into it himself"] == "Tom Roe"


@pytest.mark.parametrize("text, owner", [
    ("Ann Lee said Tom Roe made her claim that the pool was safe sound weak.", "Tom Roe"),
    ("Ann Lee said she stood by her claim that the pool was safe.", "Ann Lee"),  # no giving verb: as before
])
def test_the_giver_rule_needs_a_giving_verb_right_before(text, owner):
    assert ("claim", owner) in _cues(text)


# --- "Both news organizations", "the two outlets": the outlets a cue just named, broadcasters as papers are read ----

@pytest.mark.parametrize("text, outlets", [
    ("The Guardian and CNN reported the deal on Monday. Both news organizations said the talks had ended.",
     "Guardian and CNN"),
    ("Reuters and the BBC reported the deal on Monday. The two outlets said the talks had ended.",
     "Reuters and the BBC"),
    ("The Times and the Herald reported the deal on Monday. The two papers said the talks had ended.",
     "The Times and the Herald"),
])
def test_the_outlets_a_cue_named_are_the_source_of_both_or_the_two(text, outlets):
    assert _cues(text)[-1] == ("said", outlets)


@pytest.mark.parametrize("text", [
    "The FBI and the CIA reported the breach on Monday. Both agencies said the talks had ended.",  # no outlets
    "Acme and CNN reported the deal on Monday. Both networks said the talks had ended.",  # Acme is no outlet
])
def test_bodies_that_are_no_outlets_stay_as_written(text):
    assert _cues(text)[-1][1].split()[0] in ("Both", "both")


# --- "several years ago", "several weeks later": a vague time that dates an event is no hedge ---------------------

@pytest.mark.parametrize("text", [
    "The shop closed several years ago, its owner said.",
    "The bridge reopened several weeks later.",
    "The plan was dropped several months before the vote.",
])
def test_several_before_a_dating_time_is_no_hedge(text):
    assert "several" not in [p.lower() for p in _flags(text, "hedge")]


@pytest.mark.parametrize("text", [
    "The bridge stayed shut for several months.",  # a length of time: how long is withheld
    "Several people were hurt in the crash.",
    "The firm cut several hundred jobs last year.",
])
def test_several_as_an_amount_or_a_length_stays_a_hedge(text):
    assert "several" in [p.lower() for p in _flags(text, "hedge")]


# --- "... and that ...": a clause joined to an earlier cue's is not the "that" of a later verb --------------------

@pytest.mark.parametrize("text", [
    "Dr Ann Lee adds that sleep helps maintain memory and that it may lower stress.",
    "Police said a second bag was also found near the station and that the area is closed.",
])
def test_a_joined_that_after_an_earlier_cue_gives_a_later_verb_no_clause(text):
    assert [c for c, _ in _cues(text)] == [_cues(text)[0][0]]


def test_a_cue_that_opens_its_sentence_keeps_its_joined_clauses():
    assert ("think", "Both") in _cues("Both think the mayor did well, but that there is still more to do.")


# --- "Please note:" is a request to the reader, no one's statement -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Below is the full list. Please note: the times are local.",
    "The office is shut on Monday; please call the hotline instead.",
])
def test_a_verb_after_please_is_no_cue(text):
    assert _cues(text) == []


def test_a_cue_later_in_the_sentence_stays():
    assert ("said", "Ann Lee") in _cues("Please tell us what you think, Ann Lee said.")


# --- "Thank you very much": a formula of thanks is no booster --------------------------------------------------------

@pytest.mark.parametrize("text", ["“Thank you very much for coming,” the mayor said.", "Thanks very much, he said."])
def test_very_in_a_formula_of_thanks_is_no_booster(text):
    assert _flags(text, "booster") == []


@pytest.mark.parametrize("text", ["She thanked them very warmly.", "The fair was very much a success."])
def test_very_elsewhere_stays_a_booster(text):
    assert _flags(text, "booster") == ["very"]


# --- "The Times linked ... It said": "it" is the paper that opens the sentence before --------------------------------

@pytest.mark.parametrize("text, paper", [
    ("The Times linked the closure to a row inside the Treasury. It said the plan had failed.", "The Times"),
    ("The Guardian tied the delay to a dispute with the Home Office. It said talks would resume.", "The Guardian"),
])
def test_it_after_a_paper_opening_the_sentence_before_is_that_paper(text, paper):
    assert _cues(text)[-1] == ("said", paper)


@pytest.mark.parametrize("text, source", [
    ("The letter also accuses the mayor. It also accused the council.", "The letter"),  # a thing, as before
    ("The post went viral overnight. It says the mayor lied.", "The post"),  # a lower-case post is no paper
])
def test_other_openers_of_the_sentence_before_stay_as_they_were(text, source):
    assert _cues(text)[-1][1] == source


def test_a_lower_case_post_is_not_read_as_a_paper():
    text = "The post went viral overnight. It says the mayor lied."
    assert [a.source_kind for a in find_attributions(text)][-1] == "unnamed"
