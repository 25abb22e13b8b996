"""Session 10 (spk13): speaker rules found by reading PolNeAR train speaker errors.

Every sentence here is invented for these tests."""

from medialit import find_attributions, find_quotes

from support import speakers as _speakers


# A "not" of the sentence before a quotation does not negate the verb after it.

def test_not_before_quotation_does_not_negate_inverted_verb():
    text = "Some members did not. “The plan was rushed,” said Nora Quill."
    assert _speakers(text) == ["Nora Quill"]
    assert [(a.cue, a.source) for a in find_attributions(text)] == [("said", "Nora Quill")]


def test_not_right_before_verb_still_negates():
    # since session 19 (cue32) the negated speech verb is a cue of its own, the negation in its span
    assert [a.cue for a in find_attributions("Officials did not say how much the bridge would cost.")] == ["did not say"]
    # an aside between "not" and the verb: the verb is not read as negated, and "say" with no subject is no cue
    assert find_attributions("Nora Quill did not, however, say when the bridge would open.") == []


# A cue in a clause of time after a comma does not take over the next quotation.

def test_clause_of_time_does_not_break_run_of_quotes():
    text = ("“The lease cannot be ended,” Acme spokesman Ray Dunmore told the Ledger, after Mayor Ivy Lark "
            "stated a wish to end it. “The contract is binding.”")
    assert _speakers(text) == ["Ray Dunmore", "Ray Dunmore"]


def test_new_sentence_cue_still_breaks_run():
    text = "“The lease stands,” Ray Dunmore said. Ivy Lark stated a wish to end it. “It is binding.”"
    assert _speakers(text)[0] == "Ray Dunmore"
    assert _speakers(text)[1] != "Ray Dunmore"


# A name that only describes a job before another person's name is not the speaker.

def test_ally_between_names_describes_next_person():
    text = "Ivy Lark lost the vote. “She will be back,” said Lark ally Tobias Wren."
    assert _speakers(text) == ["Tobias Wren"]


def test_no_break_space_inside_job_before_name():
    text = "Ivy Lark lost the vote. “She will be back,” said Lark voter\xa0Tobias Wren."
    assert _speakers(text) == ["Tobias Wren"]


def test_adverb_before_verb_is_not_a_job():
    text = "“We will be back,” Ivy Lark quietly said."
    assert _speakers(text) == ["Ivy Lark"]


def test_capitalised_title_between_job_and_name():
    text = ("Ivy Lark spoke first. And Lark campaign Chairman Tobias Wren, an old friend, offered a slogan "
            "when I asked him about it. ¶\n\n“We fight for every town,” he said.").replace(" ¶", "")
    assert _speakers(text) == ["Tobias Wren"]


# Papers that print quotation marks as two apostrophes: a sentence may open with them.

def test_sentence_opens_with_two_apostrophes():
    from medialit.analysis.text import sentence_spans
    t = "Ivy Lark argued for a new name. ''It had to be short,'' recalled Tobias Wren, a friend."
    assert [t[a:b] for a, b in sentence_spans(t)] == [
        "Ivy Lark argued for a new name.", "''It had to be short,'' recalled Tobias Wren, a friend."]
    assert _speakers(t) == ["Tobias Wren"]


def test_three_apostrophes_close_nested_then_outer_quotation():
    t = "Tobias Wren told of the talks. ''I said, 'There is no deal,''' he recalled. ''She said, 'Then we wait.'.''"
    quotes = find_quotes(t)
    assert [q.text for q in quotes] == ["I said, 'There is no deal,'", "She said, 'Then we wait.'."]
    assert [q.speaker for q in quotes] == ["Tobias Wren", "Tobias Wren"]


def test_three_apostrophes_opening_a_word_stay_as_before():
    assert [q.text for q in find_quotes("''It is fine,'' she said.")] == ["It is fine,"]


# A source and its aside between a quotation and a clause verb ("wrote in ...").

def test_source_with_aside_after_quotation_takes_wrote_in():
    t = ("Mill towns worry. “Planners must listen,” Ada Brill, a local blogger, wrote in River Notes. "
         "“Jobs matter more than targets.”")
    assert _speakers(t) == ["Ada Brill", "Ada Brill"]
    assert [(a.cue, a.source) for a in find_attributions(t)] == [("wrote in", "Ada Brill")]


# An office whose holder is named right after it is no mention of another holder of that job.

def test_office_named_after_is_not_another_minister():
    t = ("Rosa Imbert, a former foreign minister, spoke first. "
         "The minister of trade, Mr. Anton Keel, argues there is no hurry. “We must not overreact,” he said.")
    assert _speakers(t) == ["Anton Keel"]


# An inverted cue right after the closing mark ("...,” said Jane Doe") tells who is quoted.

def test_inverted_cue_after_quotation_wins_over_earlier_cue():
    t = "Support is unclear. Surveys show that “the public is not at ease with it,” said Ada Brill, an editor."
    assert _speakers(t) == ["Ada Brill"]
    t = "When Roe said he would not run, he “caught the mood of the town,” said Tobias Wren, a teacher."
    assert _speakers(t) == ["Tobias Wren"]


def test_term_in_marks_before_a_participle_keeps_its_reading():
    t = "Ivy Lark is promising a “showbiz” feel, leaving Port Alden excited."
    assert _speakers(t) != ["Port Alden"]


# A sentence that opens with a description and a name, then an aside, then the verb.

def test_described_name_before_aside_is_the_subject():
    t = "The novelist Jane Quill, one of the signers, said the plan was cruel."
    assert [(a.cue, a.source) for a in find_attributions(t)] == [("said", "Jane Quill")]
    t = "The prize-winning novelist Jane Quill, one of the signers, told an audience that it was “cruel.”"
    assert [(a.cue, a.source) for a in find_attributions(t)] == [("told", "Jane Quill")]


def test_verb_between_job_and_name_is_no_description():
    t = "The mayor thanked Jane Quill, one of the signers, said Roe."
    assert all(a.source != "Jane Quill" for a in find_attributions(t))


# A full name the text gives a person is that person where one mention was read as an organisation.

def test_person_name_read_once_as_organisation_is_the_person():
    from medialit.analysis.names import names_in
    t = ("Nora Quill runs a bakery in Elk Falls. Nora Quill said sales were up. Reporters then asked the firm, "
         "Nora Quill, about the loan.")
    n = names_in(t)
    assert [n.person(m).kind for m in n.mentions_between(0, len(t)) if t[m.start:m.end] == "Nora Quill"] == ["person"] * 3


def test_organisation_named_as_often_as_a_person_stays():
    from medialit.analysis.names import names_in
    t = "Reporters asked the firm, Nora Quill, about the loan. Nora Quill said it was paid."
    n = names_in(t)
    kinds = [n.person(m).kind for m in n.mentions_between(0, len(t)) if t[m.start:m.end] == "Nora Quill"]
    assert kinds[0] == "organisation"


# A name with a verb after it inside a "that" clause is not the sentence's speaker for a later "he".

def test_name_in_that_clause_is_not_the_speaker_for_he():
    t = ("Tobias Wren, alleging that Mayor Ivo Lark wanted to close the port, said he would sue the town, "
         "which he says is “broke.”")
    assert _speakers(t) == ["Tobias Wren"]


def test_name_speaking_after_an_opening_phrase_still_wins():
    t = "If the port closes, Ivo Lark said, he would leave, calling it “a disgrace.”"
    assert _speakers(t) == ["Ivo Lark"]


# Verbs of manner of speaking, cues only next to a quotation.

def test_manner_verbs_next_to_a_quotation_are_cues():
    t = "“If they meant it, they would vote,” Ada Brill fumed on Monday. “That would show good faith.”"
    assert _speakers(t) == ["Ada Brill", "Ada Brill"]
    t = "“This is wonderful!” beamed Tobias Wren, a delegate from Elk Falls."
    assert _speakers(t) == ["Tobias Wren"]
    t = "“Analysts said no,” remembered Ivo Lark, a former spokesman."
    assert _speakers(t) == ["Ivo Lark"]


def test_manner_verbs_without_a_quotation_are_not_cues():
    assert find_attributions("The town proclaimed a holiday. The sun beamed.") == []
    # Session 35 (real73): "remembered" with an object is a memory told, so a cue (PolNeAR marks most such uses).
    assert [a.cue for a in find_attributions("Ivo Lark remembered the day well.")] == ["remembered"]


def test_relative_that_clause_does_not_break_run_of_quotes():
    text = ("“Labels are for soup cans,” the former mayor told a crowd that the campaign estimated at 3,000 people. "
            "“The job needs sound judgment.”")
    assert _speakers(text)[0] == _speakers(text)[1] == "the former mayor"


# Legislative and city-council offices before a name.

def test_whip_and_alderman_are_offices_before_a_name():
    t = "The vote is close. “I do not know what it will take,” said Senate Minority Whip Ada Brill in an interview."
    assert _speakers(t) == ["Ada Brill"]
    t = "The mood is sour. “People are angry,” said Elk Falls Alderman Tobias C. Wren, who wants a review."
    assert _speakers(t) == ["Tobias C. Wren"]


# A job word before the head noun of an apposition only describes it.

def test_apposition_with_official_before_agency_is_an_organisation():
    t = ("Mill towns worry. “Some may call it unkind,” Ledgerpress, the official state news agency, wrote. "
         "“But it cannot be ignored.”")
    assert _speakers(t) == ["Ledgerpress", "Ledgerpress"]


def test_apposition_headed_by_a_job_stays_a_person():
    t = "“We will rebuild,” Ada Brill, the leader of the council, said."
    assert _speakers(t) == ["Ada Brill"]
