"""Session 5: the source chosen for a found cue (subjects.py). Every sentence here is invented."""

import pytest

from medialit import find_attributions


def sources(text):
    return {a.cue: (a.source, a.source_kind) for a in find_attributions(text)}


@pytest.mark.parametrize("text", [
    "Jane Doe has praised the new bridge as “a marvel,” saying the town would be proud of it.",
    "Jane Doe called the bridge “a marvel,” telling reporters on Friday that it would open soon.",
])
def test_a_participle_after_a_quotation_takes_the_subject_of_the_sentence(text):
    # After "saying" or "telling" come the words said or the people told, never the source.
    cue = "saying" if "saying" in text else "telling"
    assert sources(text)[cue] == ("Jane Doe", "named person")


@pytest.mark.parametrize("text", [
    "Senator Ann Lee of Ohio, the second Democrat in the Senate, said the bill would pass easily.",
    "Tom Roe, director of the Institute for Harbour Studies at Kestrel University, said the tides were rising.",
    "Mary Okafor, 59, of Ashton, Md., who watched the parade from a bench, said the event was moving.",
])
def test_a_sentence_that_opens_with_a_name_and_asides_before_the_verb_is_that_names(text):
    # "Name, aside, said": the name opens the sentence; what follows "said" is what was said.
    source, kind = sources(text)["said"]
    assert kind == "named person" and source == text.split(",")[0].replace("Senator ", "").replace(" of Ohio", "")


def test_what_follows_said_is_no_source_when_it_is_a_clause():
    # With no name before it, "said the bill would pass" has no source rather than the clause as source.
    found = sources("The second Democrat in the Senate, a careful woman, said the bill would pass easily.")
    assert "the bill would pass easily" not in str(found.get("said"))


def test_an_inverted_source_may_still_carry_a_relative_clause():
    text = "“We read about it in the papers,” said a fisherman in the port who asked not to be named."
    assert sources(text)["said"][0] == "a fisherman in the port"


def test_a_name_inside_the_first_clause_is_not_taken_for_the_speaker():
    # "Jane Doe met Tom Roe, who said": Roe said it (the relative clause), not Doe.
    assert sources("Jane Doe met Tom Roe, who said the plan was dead.")["said"][0] == "Tom Roe"


def test_an_office_is_not_the_holder_it_meets_in_its_own_sentence():
    # "The Mayor met Harbourside's Mayor Ines Varela": two mayors; the first is the one named in the headline.
    text = ("Tom Okafor visits Mayor Ines Varela of Harbourside\n\n"
            "The Mayor met Harbourside's Mayor Ines Varela this evening at the town hall.\n\n"
            "The Mayor confirmed that the ferry link will open again in 2026.")
    assert sources(text)["confirmed"] == ("Tom Okafor", "named person")


def test_an_office_still_resolves_to_its_holder_named_before():
    text = "Mayor Ines Varela opened the bridge on Monday. The Mayor said it was safe."
    assert sources(text)["said"] == ("Ines Varela", "named person")


def test_a_relative_pronoun_is_the_source_span_and_stands_for_the_name_before_it():
    # As with "he said", the span marks the verb's own subject ("who") and the source names its person.
    text = "The award went to Jane Doe, who on Tuesday praised the jury."
    a = next(a for a in find_attributions(text) if a.cue == "praised")
    assert (a.source, text[a.source_start:a.source_end]) == ("Jane Doe", "who")


def test_the_main_verb_after_a_relative_clause_keeps_the_name_as_its_span():
    text = "Jane Doe, who on Tuesday praised the jury, said the prize was deserved."
    a = next(a for a in find_attributions(text) if a.cue == "said")
    assert (a.source, text[a.source_start:a.source_end]) == ("Jane Doe", "Jane Doe")


@pytest.mark.parametrize("text, source", [
    ("The survey, carried out in May by the Harbour Trust, shows that most people swim.", "The survey"),
    ("The review, funded in part by the Kestrel Council, highlights the promise of Tidewatch, a new project.",
     "The review"),
    ("Acme Labs, based in Port Alden, said the test had worked.", "Acme Labs"),
])
def test_an_aside_that_opens_with_a_past_participle_is_skipped(text, source):
    # "The study, funded by X, highlights ...": the study highlights, not what comes after the verb.
    found = [a for a in find_attributions(text) if a.cue in ("shows", "highlights", "said")]
    assert found and found[0].source == source


def test_two_names_joined_by_and_are_the_source_together():
    text = "Mayor Ines Varela and Dr. Tom Okafor visited the dam. Ms. Varela and Dr. Okafor said repairs would start soon."
    assert sources(text)["said"] == ("Ines Varela and Tom Okafor", "named person")


def test_a_name_in_an_earlier_clause_is_not_joined_to_the_subject():
    assert sources("Jane Doe met Tom Lee and Ann Roe said the plan was dead.")["said"][0] == "Ann Roe"


def test_a_participle_after_an_adverb_takes_the_subject_of_the_sentence():
    text = "The mayor complained about the noise on Monday, even suggesting that the fair should move."
    assert sources(text)["suggesting"][0] == "The mayor"


def test_he_with_no_person_in_the_sentences_before_is_the_person_last_quoted():
    text = ("Dr. Tom Okafor, a harbour engineer, said the wall would hold. “It was built for worse,” he said. "
            "The storm came on Monday. Boats stayed in port. Waves broke over the pier. The road was shut. "
            "“We will check every stone,” he said.")
    said = [a for a in find_attributions(text) if a.cue == "said"]
    assert said[-1].source == "Tom Okafor"


def test_he_is_not_given_to_the_last_quoted_person_past_an_unnamed_source():
    text = ("Dr. Tom Okafor said the wall would hold. The storm came on Monday. Boats stayed in port. "
            "A fisherman said the waves were huge. The road was shut. The pier closed. Shops shut early. "
            "“We will check every stone,” he said.")
    said = [a for a in find_attributions(text) if a.cue == "said"]
    assert said[-1].source != "Tom Okafor"


def test_one_reader_of_a_spelled_out_abbreviation_serves_sources_and_attributions():
    from medialit import find_sources, load_article
    from medialit.analysis.name_words import spelled_out_names

    text = ("Doctors of the World (DOTW) sent two nurses to the island on Monday.\n\n"
            "DOTW said the clinic would open within a week.")
    assert spelled_out_names(text) == {"DOTW": "Doctors of the World"}
    assert sources(text)["said"] == ("Doctors of the World", "named group")
    assert "Doctors of the World" in [s.name for s in find_sources(load_article(text))]
