"""Regression tests for the cue recall work of issue 10 (session 4), each on text written for it."""

import pytest

from medialit.analysis.attribution import find_attributions

from support import cues_and_sources as cues


# -- stance and refusal verbs now in the lexicon -------------------------------------------------

@pytest.mark.parametrize("text, cue", [
    ("Mayor Ann Lee declined to attend the ceremony.", "declined"),
    ("Mayor Ann Lee refused to apologise for the remark.", "refused"),
    ("Mayor Ann Lee blasted the decision on Monday.", "blasted"),
    ("Mayor Ann Lee assured voters that the bridge was safe.", "assured"),
    ("Mayor Ann Lee labeled the plan a disaster.", "labeled"),
    ("Mayor Ann Lee has long pushed for a new bridge.", "pushed for"),
    ("Mayor Ann Lee remarked on the weather before the vote.", "remarked"),
    ("Judge Ann Lee ordered the release of the files.", "ordered"),
    ("Critics charged that the plan was rushed.", "charged"),
])
def test_stance_and_refusal_verbs_are_cues(text, cue):
    got = cues(text)
    assert [c for c, _ in got] == [cue]
    assert got[0][1] in ("Ann Lee", "Critics")


def test_a_criminal_charge_is_not_a_cue():
    # "charged" needs a that-clause or a quotation: "charged with fraud" is a legal act, not speech.
    assert cues("Jim Doe was charged with fraud last year.") == []


def test_base_forms_of_hope_and_oppose_are_a_persons_stance():
    assert cues("Ann Lee met the voters. They hope the bridge will open soon.") == [("hope", "They")]
    assert [c for c, _ in cues("Ann Lee visited the site. They oppose the plan, she said.")] == ["oppose", "said"]
    # A stance verb needs a person: a noun "hope" or rules that "oppose" something are no one's stance.
    assert cues("The hope is that it opens.") == []
    assert cues("The new rules oppose nothing.") == []


# -- verbs that no longer need a that-clause or a quotation -----------------------------------------

@pytest.mark.parametrize("text, cue", [
    ("Ann Lee promised to cut taxes.", "promised"),
    ("Ann Lee mentioned the bridge twice.", "mentioned"),
    ("Ann Lee quoted the report at length.", "quoted"),
    ("Ann Lee repeated the offer on Monday.", "repeated"),
    ("Ann Lee defended the plan on Monday.", "defended"),
])
def test_speech_verbs_without_a_clause_are_cues(text, cue):
    assert [c for c, _ in cues(text)] == [cue]


def test_verbs_that_keep_their_frames():
    # With no clause, quotation or "as", these are actions or memories, not reports.
    assert cues("Readers wrote in.") == []
    # ("Jane Doe described the night." is a cue since session 23, cue42: an account given, marked in PolNeAR and
    # the general-news golds; the participle after its noun is still none.)
    assert cues("The night described in the memo was cold.") == []
    assert cues("Ann Lee asked the council for more money.") == []
    # "show" is as often a noun (a TV show) or a display ("had shown bad judgment") as evidence.
    assert cues("Ann Lee has shown bad judgment.") == []


# -- cues inside quotations: the quoted speaker's own view ---------------------------------------

def test_a_view_stated_inside_a_quotation_is_the_speakers_cue():
    t = "“I think the ferry will last,” Jane Doe said. “We found that the pumps were old.”"
    got = find_attributions(t)
    assert [(a.cue, a.source, a.direct) for a in got] == [("think", "Jane Doe", True), ("said", "Jane Doe", True)]
    assert got[0].source_start is None  # "I" is the speaker's word, not a new mention of the source
    assert "Inside the quotation" in got[0].why
    t = "“We found that the pumps were old,” Jane Doe said."
    assert cues(t) == [("found", "Jane Doe"), ("said", "Jane Doe")]


def test_only_first_person_views_inside_a_quotation_are_cues():
    # Retold speech and wishes stay the speaker's words; a quotation with no source gives no cue.
    assert cues("“I said no and I want out,” Jane Doe said.") == [("said", "Jane Doe")]
    assert cues("“They think we lost,” Jane Doe said.") == [("said", "Jane Doe")]
    assert cues("The sign read “I think, therefore I am”.") == []


# -- false cues: nouns that look like speech verbs --------------------------------------------------

def test_state_and_claims_as_nouns_are_no_cues():
    assert cues("Ann Lee said the firm broke state law. Voters in swing states turned out.") == [("said", "Ann Lee")]
    assert cues("The checkers rated most Republican claims as false.") == []
    assert cues("Ann Lee claims that the bridge is safe.") == [("claims", "Ann Lee")]
    assert cues("Ann Lee stated that the bridge was safe.") == [("stated", "Ann Lee")]


def test_called_on_is_a_demand():
    assert cues("Senator Ann Lee called on the mayor to resign.") == [("called on", "Ann Lee")]
    # "called" alone still needs a quotation: naming is not speech
    assert cues("His group, called the River Trust, will stay.") == []


@pytest.mark.parametrize("text, cue", [
    ("Ann Lee made it clear that she would not resign.", "made it clear"),
    ("Ann Lee decried the cuts to the library.", "decried"),
    ("Ann Lee reminded voters that the bridge was old.", "reminded"),
    ("Ann Lee contended that the vote was unfair.", "contended"),
    ("Ann Lee pressed for answers, and she pressed that the audit be published.", "pressed"),
])
def test_more_speech_and_stance_verbs(text, cue):
    assert cue in [c for c, _ in cues(text)]


def test_reads_and_pressed_need_a_clause():
    assert cues("Ann Lee reads the paper each morning.") == []
    assert cues("Ann Lee pressed the button.") == []


def test_a_question_put_is_a_cue():
    assert cues("Ann Lee asked whether the bridge was safe.") == [("asked whether", "Ann Lee")]
    assert cues("Ann Lee asked about the cost of the bridge.") == [("asked about", "Ann Lee")]


def test_wrote_needs_no_clause_but_wrote_in_does():
    assert cues("Ann Lee wrote a letter to the council about the bridge.") == [("wrote", "Ann Lee")]
    assert cues("Ann Lee wrote in a letter that the bridge was unsafe.") == [("wrote in", "Ann Lee")]
    assert cues("Readers wrote in.") == []


# -- evidence verbs with a source ------------------------------------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("Polls show Ann Lee ahead in the race.", "show", "Polls"),
    ("One study found taxes would rise.", "found", "One study"),
    ("Other studies have shown the same.", "shown", "Other studies"),
])
def test_evidence_that_shows_or_finds_is_a_source(text, cue, source):
    assert cues(text) == [(cue, source)]


def test_show_and_find_by_a_person_still_need_a_clause():
    assert cues("Ann Lee has shown bad judgment.") == []
    assert cues("Police found the keys.") == []
    assert cues("Police found that the keys were gone.") == [("found", "Police")]
