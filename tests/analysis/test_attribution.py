"""find_attributions: cues, sources, kinds, tone, and the reporting-verb lexicon."""

import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from medialit import Attribution, find_attributions, find_quotes
from medialit.analysis.lexicons import lexicon_header, load_lexicon

from support import sources_kinds_and_cues as found

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "seeds" / "putin-istanbul-talks-2025.txt").read_text(encoding="utf-8")
ANNOTATION = json.loads((ROOT / "tests" / "data" / "seed-annotation.json").read_text(encoding="utf-8"))
# The seed is read exactly as the reference reading says: no known misses (add a commented list here if one appears).
KINDS = {"named person", "named group", "unnamed", "agentless"}


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


def norm(s):
    return None if s is None else re.sub(r"^(?:the|a|an) ", "", " ".join(s.lower().replace("’", "'").split()))


def one(text):
    atts = find_attributions(text)
    assert len(atts) == 1, atts
    return atts[0]


# -- the seed ----------------------------------------------------------------------

def _seed_pairs():
    atts = find_attributions(SEED)
    pairs, free = [], list(atts)
    for e in ANNOTATION["attributions"]:
        for a in free:
            if line_of(SEED, a.start) == e["line"] and a.cue.lower() == e["cue"].lower() and norm(a.source) == norm(e["source"]):
                pairs.append((e, a))
                free.remove(a)
                break
    return pairs, free


def test_seed_attributions_recall():
    pairs, _ = _seed_pairs()
    wanted = ANNOTATION["attributions"]
    assert len(wanted) == 22
    missed = [(e["line"], e["cue"]) for e in wanted if e not in [p[0] for p in pairs]]
    assert missed == []


def test_seed_kinds_and_direct_flags():
    pairs, _ = _seed_pairs()
    assert [(e["line"], e["cue"]) for e, a in pairs if a.source_kind != e["source_kind"]] == []
    assert [(e["line"], e["cue"]) for e, a in pairs if a.direct != e["direct"]] == []


def test_seed_has_few_extra_attributions():
    _, extra = _seed_pairs()
    # "suggesting Istanbul" (line 6) is a real suggestion the annotation leaves out; nothing else.
    assert [(line_of(SEED, a.start), a.cue) for a in extra] == [(6, "suggesting")]


def test_seed_non_reporting_uses_are_not_flagged():
    cues = {(line_of(SEED, a.start), a.cue) for a in find_attributions(SEED)}
    assert (25, "declared") not in cues  # "Putin had declared an Easter ceasefire": an act, not speech
    assert (10, "proposed") in cues and not any(c == "proposed" and l == 10 and n > 1 for l, c in cues for n in [0])
    assert all(a.cue != "proposed" or SEED[a.start - 4:a.start] != "the " for a in find_attributions(SEED))


def test_seed_pronoun_sources_resolved():
    by = {(line_of(SEED, a.start), a.cue): a for a in find_attributions(SEED)}
    assert by[(8, "called for")].source == "European leaders"  # "they"
    assert SEED[by[(8, "called for")].source_start:by[(8, "called for")].source_end] == "they"
    assert by[(10, "proposed")].source == "Vladimir Putin"  # "he"
    assert by[(14, "emphasized")].source == "Volodymyr Zelenskyy"  # "He", not "Putin’s"


# -- spans and types ----------------------------------------------------------------

def test_spans_slice_back_and_are_sorted():
    atts = find_attributions(SEED)
    assert [a.start for a in atts] == sorted(a.start for a in atts)
    for a in atts:
        assert isinstance(a, Attribution)
        assert SEED[a.start:a.end] == a.cue
        assert a.source_kind in KINDS and a.verb_tone in ("neutral", "loaded") and a.why
        if a.source_kind == "agentless":
            assert a.source is None and a.source_start is None
        else:
            assert a.source and SEED[a.source_start:a.source_end].strip()
            assert a.source_end <= a.start or a.source_start >= a.end  # the source is not the cue


@pytest.mark.parametrize("bad", [None, b"Jane Doe said so.", 12])
def test_bad_input_is_a_clear_type_error(bad):
    with pytest.raises(TypeError) as err:
        find_attributions(bad)
    assert "\n" not in str(err.value)


def test_empty_and_plain_texts():
    assert find_attributions("") == []
    assert find_attributions("The river rose and the town flooded.") == []


# -- sources ------------------------------------------------------------------------

def test_named_person_with_role_and_surname_later():
    t = "Mayor Ann Lee opened the bridge. Lee said it was safe."
    assert found(t) == [("Ann Lee", "named person", "said")]


def test_unnamed_sources_with_adjectives_and_postmodifiers():
    t = ("Senior officials said the talks had stalled. Recent reports indicated a delay. "
         "Sources familiar with the matter said a deal was close. "
         "A spokesperson for the foreign ministry said only that talks continue.")
    assert found(t) == [("Senior officials", "unnamed", "said"), ("Recent reports", "unnamed", "indicated"),
                        ("Sources familiar with the matter", "unnamed", "said"),
                        ("A spokesperson for the foreign ministry", "unnamed", "said")]


def test_named_group_and_pronoun_they():
    t = "European leaders visited the capital, where they called for a ceasefire and warned of sanctions."
    assert found(t) == [("European leaders", "named group", "called for"), ("European leaders", "named group", "warned")]


def test_organisation_is_a_named_group():
    assert found("The Red Cross said volunteers were coming.") == [("Red Cross", "named group", "said")]


def test_according_to():
    t = "The river peaked at noon, according to the National Weather Service. According to police, two cars were lost."
    assert found(t) == [("National Weather Service", "named group", "according to"), ("police", "unnamed", "According to")]


def test_aside_between_commas_is_skipped():
    t = "Maeve O’Connor, who chairs the Friends of the Library group, said residents felt ignored."
    assert found(t) == [("Maeve O’Connor", "named person", "said")]
    t2 = "One official, speaking on condition of anonymity, said the plan was dead."
    assert found(t2) == [("One official", "unnamed", "said")]


def test_second_verb_and_participle_share_the_subject():
    t = "Chancellor Ivo Marek expressed hope but stressed that the decision rests with them, noting the risks."
    assert found(t) == [("Ivo Marek", "named person", "expressed hope"), ("Ivo Marek", "named person", "stressed"),
                        ("Ivo Marek", "named person", "noting")]


def test_inverted_after_a_quote():
    a = one("“We are ready,” said Dr. Amara Nwosu, a climate scientist.")
    assert (a.source, a.source_kind, a.cue, a.direct) == ("Amara Nwosu", "named person", "said", True)
    b = one("“We read about it in the papers,” said a fisherman who asked not to be named.")
    assert (b.source, b.source_kind) == ("a fisherman", "unnamed")


def test_relative_clause_subject():
    a = [x for x in find_attributions("Trees cool streets, according to a new study that suggests more planting.")]
    assert [(x.source, x.cue) for x in a] == [("a new study", "according to"), ("a new study", "suggests")]


def test_plural_noun_before_the_verb_is_an_unnamed_source():
    assert found("It will probably rain tomorrow, forecasters said.") == [("forecasters", "unnamed", "said")]


@pytest.mark.parametrize("text,expected", [
    ("Some say the earth is flat.", ("Some", "unnamed", "say")),
    ("Jones, 45, said he was tired.", ("Jones", "named person", "said")),
    ('"I am tired," said Jones.', ("Jones", "named person", "said")),
    ('Prime Minister Keir Lane said: "We go on."', ("Keir Lane", "named person", "said")),
    ("A study published in Nature found that sleep matters.", ("A study published in Nature", "unnamed", "found")),
    ("In a statement, the ministry said the border was closed.", ("the ministry", "named group", "said")),
    ("The minister denied the claims.", ("The minister", "named person", "denied")),
    ("A senior minister said the plan was dead. The minister added that talks would go on.",
     ("The minister", "unnamed", "added")),
])
def test_more_source_shapes(text, expected):
    assert found(text)[-1:] == [expected]


def test_inverted_said_with_a_lower_case_role_before_the_name():
    t = "“We came here ready to sign,” said council leader Grace Adeyemi, who chairs the talks."
    a = one(t)
    assert (a.source, a.source_kind, a.cue, a.direct) == ("Grace Adeyemi", "named person", "said", True)
    assert t[a.source_start:a.source_end] == "Grace Adeyemi"
    assert [(q.speaker, q.cue) for q in find_quotes(t)] == [("Grace Adeyemi", "said")]


@pytest.mark.parametrize("text,source", [
    ("Washington said on Tuesday that it supported the talks.", "Washington"),
    ("Beijing, which has lent money for the dam, said it hoped for a deal.", "Beijing"),
    ("The Kremlin said the talks were over.", "Kremlin"),
    ("Downing Street said the fund was under review.", "Downing Street"),
])
def test_seats_of_government_are_named_groups(text, source):
    a = one(text)
    assert (a.source, a.source_kind) == (source, "named group")


def test_a_seat_is_still_a_person_when_the_text_gives_a_first_name():
    t = "Denzel Washington arrived late. Washington said he was tired."
    assert found(t) == [("Denzel Washington", "named person", "said")]


@pytest.mark.parametrize("text,source", [
    ("Rail operator Coastline Trains said all services were cancelled.", "Coastline Trains"),
    ("Its operator, Orsa Hydro, said construction was almost complete.", "Orsa Hydro"),
    ("Norgrid, the regional grid operator, posted on X that power was back.", "Norgrid"),
    ("Historic Piers UK, a charity, estimates that 14 piers are at risk.", "Historic Piers UK"),
    ("Northvale Water today announced a £6m plan.", "Northvale Water"),
    ("The plan has been welcomed by the consumer group WaterWatch North.", "WaterWatch North"),
    ("According to a report in The Times, two bids were turned down.", "The Times"),
])
def test_organisations_by_the_words_around_them(text, source):
    a = one(text)
    assert (a.source, a.source_kind) == (source, "named group")


def test_a_leader_of_the_council_is_a_person_not_the_council():
    t = "“We cannot wait,” said Grace Adeyemi, the leader of the council."
    assert found(t) == [("Grace Adeyemi", "named person", "said")]
    assert found("According to a study by Jane Doe, trees cool streets.") == [("Jane Doe", "named person", "According to")]


@pytest.mark.parametrize("text,source", [
    ("The Prime Minister said on Monday that towns matter.", "The Prime Minister"),
    ("“No,” said the prime minister.", "the prime minister"),
    ("Britain’s foreign minister said talks would resume.", "Britain’s foreign minister"),
    ("According to the mayor, the road is shut.", "the mayor"),
])
def test_an_office_that_names_no_one_is_still_one_person(text, source):
    a = one(text)
    assert (a.source, a.source_kind) == (source, "named person")
    assert text[a.source_start:a.source_end] == source


def test_an_office_quote_has_the_office_as_speaker():
    t = "The Prime Minister said seaside towns were ‘the beating heart of this country’."
    assert [(q.text, q.speaker) for q in find_quotes(t)] == [("the beating heart of this country", "The Prime Minister")]


@pytest.mark.parametrize("text,kind", [
    ("Three piers could close, council leaders have warned.", "unnamed"),
    ("World leaders said nothing.", "unnamed"),
    ("European leaders warned of sanctions.", "named group"),
])
def test_a_group_is_named_only_by_a_proper_word(text, kind):
    assert one(text).source_kind == kind


def test_a_job_title_between_commas_is_skipped():
    t = "Dr Priya Raman, Head of Asset Strategy at Northvale Water, explained how the sensors work: “Each one listens.”"
    a = one(t)
    assert (a.source, a.source_kind, a.cue, a.direct) == ("Priya Raman", "named person", "explained", True)


def test_participle_with_a_colon_and_a_quote():
    t = "Opposition leader Tomasz Weber criticised the response, writing on X: “Three storms and no plan.”"
    by = {a.cue: (a.source, a.direct) for a in find_attributions(t)}
    assert by["writing"] == ("Tomasz Weber", True) and by["criticised"][0] == "Tomasz Weber"


def test_pronoun_after_an_unnamed_speaker_stays_unnamed():
    t = ("Board chair Evelyn Marsh took over last year. The office is reviewing the accounts, a spokeswoman said. "
         "She would not say when the review ends.")
    a = [x for x in find_attributions(t) if x.cue == "would not say"][0]
    # The source is the spokeswoman, still unnamed; the span marks the "She" the text writes.
    assert (a.source, a.source_kind, t[a.source_start:a.source_end]) == ("a spokeswoman", "unnamed", "She")
    t2 = "Board chair Evelyn Marsh took over last year. Officials said the review goes on. She said it would end soon."
    assert found(t2)[-1] == ("Evelyn Marsh", "named person", "said")


def test_participle_takes_the_subject_of_its_sentence():
    t = "Prosecutor Paul Onyango spoke first. He asked for bail of $50,000, arguing that the man had family abroad."
    a = [x for x in find_attributions(t) if x.cue == "arguing"][0]
    assert (a.source, a.source_kind) == ("Paul Onyango", "named person")


def test_the_role_at_the_start_of_a_sentence_is_the_person_who_holds_it():
    t = "He asked Judge Miriam Fenwick to set bail. The judge said the case would return in September."
    assert found(t)[-1] == ("Miriam Fenwick", "named person", "said")


def test_a_plural_noun_capitalised_by_the_sentence_is_unnamed():
    assert found("Prosecutors allege that the contracts were rigged.") == [("Prosecutors", "unnamed", "allege")]


@pytest.mark.parametrize("text,source", [
    ("A neighbour, who asked not to be named, said she heard shouting.", "A neighbour"),
    ("A passer-by told reporters the car was red.", "A passer-by"),
    ("An elderly shopkeeper said the street was quiet.", "An elderly shopkeeper"),
])
def test_a_person_described_but_not_named_is_an_unnamed_source(text, source):
    assert found(text)[0] == (source, "unnamed", found(text)[0][2])
    # ... and "she" after that person is that person, still unnamed.
    t = text + " “I have never seen anything like it,” she said."
    assert found(t)[-1] == (source, "unnamed", "said")


def test_unresolved_pronoun_is_kept_as_written():
    a = one("He said nothing more.")
    assert (a.source, a.source_kind) == ("He", "unnamed")


# -- agentless ------------------------------------------------------------------------

@pytest.mark.parametrize("text,cue", [
    ("It is understood that the deal is close.", "It is understood"),
    ("It was reported last week that the draft collapsed.", "It was reported"),
    ("Both sides, it is believed, accept the idea.", "it is believed"),
    ("The president is said to favour a quick deal.", "is said to"),
    ("Officials are reportedly considering new targets.", "reportedly"),
    ("Residents were told to avoid the roads.", "were told"),
    ("It has been suggested that the vote will be delayed.", "It has been suggested"),
    ("His injuries are not thought to be life-threatening.", "are not thought to"),
    ("Ministers urged to rescue seaside piers", "urged"),
    ("Residents told to leave homes as river rises.", "told"),
    # A reduced passive: "believed" by whom?
    ("A second man, believed to be in his twenties, was still being sought.", "believed to be"),
    ("The painting, thought to have been lost for a century, was found.", "thought to have"),
])
def test_agentless_cues(text, cue):
    a = [x for x in find_attributions(text) if x.source_kind == "agentless"]
    assert [(x.cue, x.source, x.source_start) for x in a] == [(cue, None, None)]


@pytest.mark.parametrize("text,source,cue", [
    ("Nappers had more brain volume, a difference the authors describe as equivalent to six years.", "the authors",
     "describe"),
    ("Jane Doe described the plan as rushed.", "Jane Doe", "described"),
    ("Critics have characterised the deal as a giveaway.", "Critics", "characterised"),
])
def test_described_as_reports_someones_label(text, source, cue):
    assert [(a.source, a.cue) for a in find_attributions(text)] == [(source, cue)]
    # "Jane Doe described the night." is a cue since session 23 (cue42: an account given; PolNeAR and the general-news
    # golds mark "described" with an object); a participle after its noun is still none:
    assert find_attributions("The plan described in the memo failed.") == []


def test_a_subject_before_believed_to_be_makes_it_active():
    assert [a.source_kind for a in find_attributions("It was what they believed to be true.")] != ["agentless"]
    assert [(a.source, a.cue) for a in find_attributions("Jane Doe said to wait.")] == [("Jane Doe", "said")]


def test_participle_after_a_comma_with_a_quote_further_on():
    t = "In 2015, councillors cut the Sunday service, promising to review it “within a year”."
    assert [(a.source, a.source_kind, a.cue, a.direct) for a in find_attributions(t)] == [
        ("councillors", "unnamed", "promising", True)]
    assert [(q.text, q.cue) for q in find_quotes(t)] == [("within a year", "promising")]
    # Only the speaker's own clause: the quotation here is the diplomat's, not the negotiators'.
    t = 'A senior diplomat said negotiators had agreed on "about 90 percent" of a draft.'
    # "agreed on" (session 13) is a cue of the negotiators' shared view, inside what the diplomat said, not of the quotation.
    assert [(a.source, a.cue, a.direct) for a in find_attributions(t)] == [
        ("A senior diplomat", "said", True), ("negotiators", "agreed on", False)]
    assert [(q.text, q.speaker, q.cue) for q in find_quotes(t)] == [("about 90 percent", "A senior diplomat", "said")]
    assert found("She added salt to the “famous” soup.") == []


@pytest.mark.parametrize("text,source,cue", [
    ("Naps may help, according to a study published on Tuesday in the journal Sleep Health Reports.",
     "Sleep Health Reports", "according to"),
    ("A study published on Tuesday in the journal Sleep Health Reports found that naps help.",
     "Sleep Health Reports", "found"),
    ("A study released on Monday by the charity Age Concern found that loneliness rose.", "Age Concern", "found"),
])
def test_a_study_in_a_named_journal_is_the_journals(text, source, cue):
    assert found(text) == [(source, "named group", cue)]
    # Without a name the study stays unnamed.
    assert found("According to a study published last year, naps help.") == [("a study", "unnamed", "According to")]


def test_passive_with_by_names_the_source():
    a = one('The dispute was described as "frozen" by diplomats in January.')
    assert (a.source, a.source_kind, a.cue, a.direct) == ("diplomats", "unnamed", "described", True)


# -- what is not an attribution ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The decision now rests with the council.",
    "They agreed to a 30-day halt to the fighting.",
    "The stated goal of the talks is peace.",
    "Details of the proposed negotiations are unclear.",
    "Doe’s claims were checked by the newspaper.",
    "The State Department issued a travel warning.",
    "Asked whether she expected a challenge, the room fell silent.",
    "The research, published on Wednesday, analysed satellite data.",
    "She added salt to the soup.",
    # A participle after its noun and before the sentence's verb describes the noun.
    "The views expressed are her own.",
    "The figures reported were higher than expected.",
    # A plural noun that looks like a verb, before the sentence's verb.
    "Campaign claims were false.",
    "Fraud reports have doubled this year.",
])
def test_non_reporting_uses(text):
    assert find_attributions(text) == []


@pytest.mark.parametrize("text", [
    # (Since session 19, cue32, a negated speech verb is a cue: "Officials did not say how much" moved to
    # test_cue32_session19.py. A negated "claimed" stays none: the lexicon keeps it for speech and belief verbs.)
    "Jane Doe never claimed that the bridge was safe.",
    # No one as the subject: the writer claims that all agree; nobody is a source.
    "Nobody disputes that the council faces a hard budget.",
    "No one has claimed responsibility for the attack.",
])
def test_a_negated_verb_is_not_an_attribution(text):
    assert find_attributions(text) == []


@pytest.mark.parametrize("text,source,cue", [
    ("Kestranian negotiators declined to comment.", "Kestranian negotiators", "declined to comment"),
    ("The energy minister, Pavel Dorin, did not respond to a request for comment.", "Pavel Dorin",
     "did not respond to a request for comment"),
    ("The interior ministry did not immediately respond.", "The interior ministry", "did not immediately respond"),
    ("A spokesman said trains were delayed but would not say when they would run.", "A spokesman", "would not say"),
    ("A spokeswoman declined to say how many staff would go.", "A spokeswoman", "declined to say"),
    ("The mayor could not be reached for comment.", "The mayor", "could not be reached for comment"),
])
def test_a_refusal_to_answer_is_listed_and_explained(text, source, cue):
    a = [x for x in find_attributions(text) if x.cue == cue]
    assert len(a) == 1, find_attributions(text)
    assert a[0].source == source and a[0].verb_tone == "neutral" and a[0].direct is False
    assert "asked" in a[0].why


# -- direct or not ------------------------------------------------------------------------

def test_direct_only_when_a_quote_goes_with_the_cue():
    t = ("Jane Doe said the plan was ready. “We will not,” she said, “back down.” "
         "According to Doe, at least 600 homes were hit, though she cautioned that the count was “very preliminary.”")
    by = {(a.cue, a.start): a.direct for a in find_attributions(t)}
    assert list(by.values()) == [False, True, False, True]


def test_full_stop_after_the_closing_mark_ends_the_quote_frame():
    for t in ("Residents called it “a disaster”. It is believed that about 40 shops closed.",
              "Jane Doe called the plan ‘a disaster’. It is thought that 40 shops closed."):
        agentless = [a for a in find_attributions(t) if a.source_kind == "agentless"]
        assert len(agentless) == 1 and agentless[0].direct is False


def test_a_quote_belongs_to_its_own_clause():
    t = "Its director, Alan Frost, said customers had waited “far too long” for action, but warned that the firm would be judged."
    by = {a.cue: a.direct for a in find_attributions(t)}
    assert by == {"said": True, "warned": False}


def test_a_long_source_between_quote_and_cue_keeps_it_direct():
    t = "“We are disappointed but not discouraged,” a spokesperson for Valdoria’s water ministry said."
    a = one(t)
    assert (a.source, a.direct) == ("a spokesperson for Valdoria’s water ministry", True)


def test_quote_ending_a_sentence_is_not_linked_to_the_next_sentence():
    t = "Mayor Ann Lee wants a “lasting peace.” She referenced the 2022 talks."
    a = [x for x in find_attributions(t) if x.cue == "referenced"][0]
    assert a.direct is False and a.source == "Ann Lee"


# -- tone and the lexicon -------------------------------------------------------------------

def test_tone_and_why_come_from_the_lexicon():
    t = "Jane Doe said the plan was ready. Critics claimed it was rushed. Doe admitted it was late."
    tones = {a.cue: (a.verb_tone, a.why) for a in find_attributions(t)}
    assert tones["said"][0] == "neutral" and tones["claimed"][0] == "loaded" and tones["admitted"][0] == "loaded"
    rows = {r["cue"]: r for r in load_lexicon("reporting_verbs.csv")}
    assert tones["claimed"][1] == rows["claimed"]["why"]


def test_inflections_and_british_spelling():
    for verb in ("say", "says", "said", "saying"):
        assert [a.cue for a in find_attributions(f"Officials {verb} the road is closed.")] == [verb]
    for verb in ("emphasised", "emphasized", "stressing"):
        assert [a.cue for a in find_attributions(f"Jane Doe is {verb} that the road is closed." if verb.endswith("ing")
                                                   else f"Jane Doe {verb} that the road is closed.")] == [verb]


def test_lexicon_is_complete_and_explained():
    rows = load_lexicon("reporting_verbs.csv")
    # 189 since session 9 (stance12): eight stance verbs of speech PolNeAR marks (attacked, railed against, rebuked ...),
    # each kept because most of what it adds on PolNeAR train is a real cue; see the CSV header.
    # 201 since session 10: "appealed for", "informed" (with a clause), "is considered" and "is recognised as",
    # from outlet-style real texts, and (spk13) eight verbs of manner of speaking (fumed, beamed, remembered ...),
    # cues only next to a quotation.
    # 203 since session 13: "agreed on" (a shared view with no that-clause; PolNeAR train 3 of 4 right) and
    # "worried" with a clause (train 8 of 13, dev 3 of 3).
    # 204 since session 14 (cue19): "sees" as a view, only with "as" after its object (train 21 of 23).
    # 205 since session 15 (cue20): "did not mention", what a speaker left out (train 23 of 25).
    # 206 since session 15 (cue22): "sounded" in its frames of speech ("sounded off", "sounded a note"; train 7 of 7).
    # 207 since session 16 (news24): "heard", only after a court, inquest, jury or tribunal ("The court heard that").
    # 208 since session 17 (src26): "understands", with a clause ("The BBC understands the minister will resign").
    # 209 since session 17 (cue26): "hit out at" (British criticism, none in PolNeAR).
    # 210 since session 17 (cue26): "is convinced" (and adamant, confident, satisfied) with a clause, from feature
    # and local-paper copy.
    # 211 since session 18 (names18): "plans to" (and "planned to", "intends to") with a person or a body as source.
    # 212 since session 18 (real29): "in the words of" (prep, as "according to"), from a whole court report.
    # 213 since session 18 (recall18): "realised" with a clause (PolNeAR train 3 of 6 added gold; real +3).
    # 214 since session 18 (recall18): "encouraged" with an object and "to" (PolNeAR dev 4 of 4, train 6 of 10 added gold).
    # 215 since session 18 (recall18): "disagreed" (PolNeAR dev 1 of 2, train 7 of 14 added gold; real +1).
    # 217 since session 19 (real31): "is concerned" (hopeful, afraid, fearful) with a clause, and the agentless
    # "is seen as", from real-news-6.
    # 219 since session 21 (cue36): the past "agreed to" before a verb (a commitment given; PolNeAR train 17 of 30 added
    # gold, dev 5 of 6) and the agentless "held/deemed/found ... to be" (a judgement, no one named).
    # 220 since session 22 (cue39): "assume" with a clause (PolNeAR train 3 of 8 added gold; real-news-8 +1).
    # 221 since session 23 (cue42): "issued a statement" (released, put out, posted ... a statement, letter, memo;
    # PolNeAR train 19 of 23 added gold, dev 2 of 2).
    # 222 since session 23 (real42): "shared" with a quotation before it ("“...,” Doe shared."; PolNeAR train +1 right,
    # +1 false, speaker unchanged; real-news-10 +1).
    # 224 since session 24 (real45): "made the point" (that; PolNeAR train 2 added, both gold) and "spoke in favour of"
    # (none in PolNeAR), from real-news-13's European and wire texts.
    # 226 since session 25 (cueg48): "outlined" (outlines/outlined/outlining; PolNeAR train 9 of 16 uses gold, dev 1 of 1)
    # and "considers" (train 5 of 8, dev 0 of 2), from general-news misses (real-news-12, real-news-6).
    # 227 since session 26 (real51): the agentless "is/was forecast" (real-news-19's "Heavy rain was forecast").
    # 228 since session 27 (real53): "ruled" with a that-clause (PolNeAR train and dev: 5 of 8 such uses gold).
    # 229 since session 27 (gcue53): "discussed how/why/whether/what/who/where" (an indirect question after it;
    # PolNeAR train 6 of 7 uses gold, dev 1 of 1, general news 1 of 1).
    # 232 since session 27 (rpt54): "documented", "refuted" (with rebuts), "overstates", from real-news-21's report and
    # rebuttal (PolNeAR train and dev: 8 of the 10 cues they add gold).
    # 233 since session 28 (real57): the agentless "believed dead" (believed trapped, feared dead, thought missing), a
    # reduced passive of a belief about the missing or dead, from real-news-23.
    # 234 since session 28 (real56): "pleaded guilty" (pleads/pled/plead; the accused's admission in court, PolNeAR
    # train 6 of 7 finite uses gold), from real-news-22's court report.
    # 235 since session 29 (gcue57): "set out how / why / whether / what / where" (a case set out in words, read as
    # "discussed how"; general news 1 of 1 gold, no PolNeAR use).
    # 236 since session 32 (cue64): "took responsibility" (has taken / accepted full responsibility or accountability;
    # an admission in words, as "pleaded guilty"; general news 2 of 2 gold, no PolNeAR use outside quotations).
    # 237 since session 33 (cue65): "identified himself as" (who someone said they were; general news 1 of 1 gold,
    # PolNeAR train 3 of 5 uses gold; the other two stand inside another cue's reported clause).
    # 238 since session 34 (cue71): "thanked" / "thanking" (gratitude voiced, "person" frame; the blind batches
    # real-news-31 and -32 mark 2 of 2, PolNeAR train and dev 16 of 19).
    # 239 since session 36 (real75): the agentless "is projected to / for" (a forecast or a date with no one named;
    # general news 2 and PolNeAR train 1 missed gold cues, 1 forecast PolNeAR leaves unmarked).
    # 240 since session 36 (miss76): "underscored" ("person" frame: someone stresses a point; PolNeAR train 5 of the
    # 7 cues it adds gold; a thing that "underscores" stays out).
    assert 80 <= len(rows) <= 240
    forms = [f for r in rows for f in r["forms"].split("|")]
    assert len(forms) == len(set(forms)), "a written form belongs to one entry only"
    for r in rows:
        assert r["kind"] in ("verb", "prep", "agentless", "dash", "colon")
        assert r["frame"] in ("any", "clause", "as", "quote", "person")
        assert r["tone"] in ("neutral", "loaded")
        assert 10 <= len(r["why"]) <= 120 and r["cue"] and r["forms"]
    cues = {r["cue"] for r in rows}
    for needed in ("said", "told", "stated", "added", "noted", "proposed", "called for", "urged", "warned", "stressed",
                   "emphasized", "insisted", "claimed", "admitted", "conceded", "alleged", "dismissed", "denied",
                   "confirmed", "acknowledged", "referenced", "expressed", "expressed concern", "maintained", "cited",
                   "according to", "reported", "indicated", "suggested", "argued", "explained", "announced",
                   "revealed", "it is noted", "it is understood", "it is reported", "it is believed", "is said to"):
        assert needed in cues, needed
    assert {r["cue"] for r in rows if r["tone"] == "loaded"} >= {"claimed", "admitted", "insisted", "alleged"}
    header = lexicon_header("reporting_verbs.csv")
    assert "AP Stylebook" in header and "Reuters" in header and "MOS:SAID" in header


def test_source_nouns_lexicon():
    rows = load_lexicon("source_nouns.csv")
    forms = {f for r in rows for f in r["forms"].split("|")}
    assert {"officials", "sources", "reports", "experts", "spokesperson", "diplomats", "analysts", "people"} <= forms
    assert all(r["kind"] in ("unnamed", "institution") and r["why"] for r in rows)


# -- robustness and speed ---------------------------------------------------------------------

SPEECHY = st.lists(st.sampled_from(
    ["Jane Doe ", "said ", "she ", "they ", "officials ", "It is understood ", "according to ", ", ", ". ", "\n",
     "“", "”", '"', "‘", "’s ", "the ", "was ", "by ", "who ", "that ", "claimed ", "European leaders ", "and "]),
    max_size=60).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=300), SPEECHY))
@example("ACCORDING TO:ThE")  # found by a longer run: a source span past the end of the text
def test_never_crashes_and_spans_slice_back(text):
    atts = find_attributions(text)
    assert [a.start for a in atts] == sorted(a.start for a in atts)
    for a in atts:
        assert text[a.start:a.end] == a.cue
        assert a.source_kind in KINDS
        if a.source_start is not None:
            assert 0 <= a.source_start < a.source_end <= len(text)


def test_one_endless_sentence_is_handled():
    # 20,000 words with no full stop: the search around each cue is capped, so this
    # stays linear (the benchmark prints its time; here we check the result).
    text = "Jane Doe said that officials said he claimed “so ” " * 2000
    atts = find_attributions(text)
    assert len(atts) >= 2000 and all(text[a.start:a.end] == a.cue for a in atts)


def test_a_description_after_a_name_is_that_person():
    t = ("Danny Okafor, who came on after the break, scored twice. “I just stayed calm,” said the 19-year-old. "
         "Tom Hargreaves said City would learn. “We are hurting,” the midfielder said.")
    assert [(a.source, a.source_kind) for a in find_attributions(t)] == [
        ("Danny Okafor", "named person"), ("Tom Hargreaves", "named person"), ("Tom Hargreaves", "named person")]
    assert [q.speaker for q in find_quotes(t)] == ["Danny Okafor", "Tom Hargreaves"]


@pytest.mark.parametrize("text,expected", [
    # "it" for a company or a body named just before; "It" as written when none is.
    ("Shares in Harbour Foods fell on Wednesday. It said sales had risen.", [("Harbour Foods", "named group", "said")]),
    ("It said sales had risen.", [("It", "unnamed", "said")]),
    ("Shares in Harbour Foods fell. Profit will be lower than the figure it forecast in January.",
     [("Harbour Foods", "named group", "forecast")]),
    # Forecasts, and who gets the blame.
    ("The company now expects profit to fall.", [("The company", "named group", "expects")]),
    ("Analysts forecast a fall in prices.", [("Analysts", "unnamed", "forecast")]),
    ("The supermarket chain warned that profits would fall, blaming energy bills.",
     [("The supermarket chain", "named group", "warned"), ("The supermarket chain", "named group", "blaming")]),
    # Not a forecast by anyone: a comparison, a schedule, a plural noun, a noun before "said".
    ("Profits were lower than expected.", []),
    ("The report is expected to be published in May.", []),
    ("Profit forecasts were cut.", []),
    ("The weather forecast said rain was coming.", [("The weather forecast", "unnamed", "said")]),
])
def test_business_news_sources(text, expected):
    assert found(text) == expected
