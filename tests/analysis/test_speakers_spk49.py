"""Session 25 speaker rules (helper spk49), on sentences written for these tests (no article text)."""

from support import cues_and_sources as _cues, speakers


# A sentence right after a quotation with no cue names whose words they were: "This was the message from X".

def test_this_was_the_message_from_names_the_speaker_and_the_next_paragraph_runs_on():
    t = ("Council talks\n\n"
         "“The council would back a delay to give time for a new vote.” This was the message from Council "
         "Leader Dan Sorel during a visit to Leeds. Leader Sorel restated the position of the council.\n\n"
         "“We agreed on the role our councils play.”\n")
    assert speakers(t) == ["Dan Sorel", "Dan Sorel"]


def test_that_was_the_verdict_of_after_a_dash():
    t = "“This is a scandal” — that was the verdict of Mei Chen, a consumer lawyer at Fairpay."
    assert speakers(t) == ["Mei Chen"]


def test_those_were_the_words_of():
    t = "Farm vote\n\n“Nobody listens to us any more.” Those were the words of Tom Kerr, a farmer, after the vote."
    assert speakers(t) == ["Tom Kerr"]


def test_a_view_of_nobody_named_or_a_name_after_a_comma_gives_no_speaker():
    assert speakers("Farm vote\n\n“Nobody listens to us any more.” That is the view of many farmers in Devon.") == [None]
    assert speakers("Farm vote\n\n“Nobody listens to us.” That is the view of many, as Tom Kerr knows.") == [None]


def test_a_quotation_with_its_own_cue_keeps_it():
    t = "“Nobody listens to us,” Ann Lee said. That was the view of Tom Kerr too."
    assert speakers(t) == ["Ann Lee"]


# "that" after a plural noun opens a relative clause: a mostly-noun form after it ("report", "comment") is its verb,
# as after "who", so a quotation inside that clause is the clause subject's words, not the outer cue's.

def test_sources_that_report_is_a_cue_and_its_quote_goes_to_the_sources():
    t = ('The Daily Ledger is quoting unnamed sources that report the inquiry has named a senior aide as '
         '"a person of interest" in the case.')
    assert speakers(t) == ["unnamed sources"]
    assert ("report", "unnamed sources") in _cues(t)


def test_officials_that_comment_and_papers_that_report():
    assert ("comment", "officials") in [(c, s.split()[-1] if s else s) for c, s in
                                        _cues("Few officials that comment on the case expect a deal soon.")]
    assert ("report", "Local papers") in _cues('Local papers that report the mayor will quit have called him "a spent force".')


def test_that_report_after_a_verb_or_a_joiner_stays_a_noun():
    assert _cues("He says that report was wrong.") == [("says", "He")]
    assert _cues("But that report concerned other staff.") == []
    assert ("report", "Ann Lee") not in _cues('Ann Lee called that report "a smear" on Friday.')
