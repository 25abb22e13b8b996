"""Cue -> source on general news (session 28, cs55, issue 10): families of cues whose source was the wrong one.

Every sentence here was written for this test.
"""
from support import cues_and_sources


def _cues(text: str) -> dict[str, str | None]:
    """Each cue's source, by cue (a cue written twice: its last source)."""
    return dict(cues_and_sources(text))


def test_a_verb_joined_after_a_passive_with_by_takes_the_clause_subject_not_the_agent():
    found = _cues("Harbour master Ilse Varga accepted most of the faults outlined by the inspectors, but also criticised "
                  "them for a narrow reading of the rules.")
    assert found["outlined"] == "the inspectors"
    assert found["criticised"] == "Ilse Varga"
    # a verb joined to a plain cue still shares that cue's source
    assert _cues("Ilse Varga outlined her plan and vowed to finish it by May.")["vowed"] == "Ilse Varga"


def test_an_irregular_participle_after_had_is_a_verb_whose_subject_a_joined_cue_shares():
    found = _cues("The next day, The Harbour Gazette newspaper reported Tomas Brenn had sworn at two wardens and called "
                  "them \u201cclowns\u201d.")
    assert found["reported"] == "The Harbour Gazette newspaper"
    assert found["called"] == "Tomas Brenn"
    found = _cues("The Harbour Gazette reported Tomas Brenn had spoken to the wardens and accused them of lying.")
    assert found["accused"] == "Tomas Brenn"


def test_a_document_as_source_is_the_body_that_published_it_in_the_sentences_before():
    found = _cues("A report by the Kent Harbour Board criticised the port. The board released an interim summary on "
                  "Friday ahead of its full report. The summary documented dozens of unsafe moorings.")
    assert found["documented"] == "Kent Harbour Board"
    found = _cues("Kent Harbour Board released an interim summary on Friday. The summary documented dozens of unsafe "
                  "moorings.")
    assert found["documented"] == "Kent Harbour Board"
    found = _cues("The Valley Courier has today published a story claiming that the ferry will close. The article "
                  "overstates how far the plan has gone.")
    assert found["overstates"] == "Valley Courier"
    # a document of another kind, or one no body published nearby, stays as written
    assert _cues("The Valley Courier published a survey of readers on Monday. The letter said the ferry would close.")[
        "said"] == "The letter"
    assert _cues("The summary documented dozens of unsafe moorings.")["documented"] == "The summary"


def test_the_two_newspapers_are_the_last_two_papers_named_as_sources():
    found = _cues("The Valley Courier reported the ferry would close, according to the Harbour Gazette. The two "
                  "newspapers said the decision was made in May.")
    assert found["said"] == "Valley Courier and Harbour Gazette"
    # with one paper named, no guess
    assert _cues("The Valley Courier reported the ferry would close. The two newspapers said it was made in May.")[
        "said"] != "Valley Courier"


def test_an_acronym_inside_a_quotation_is_written_as_the_name_the_text_spells_out():
    found = _cues("Doctors of the Valley (DOTV) said its clinic was hit. A statement read: \u201cDOTV demands that an "
                  "inquiry be held.\u201d")
    assert found["demands"] == "Doctors of the Valley"


def test_this_evidence_noun_cut_to_its_noun_still_finds_the_issuer():
    found = _cues("New research led by the Tidewater Institute tracked debris along the coast. With most of the debris "
                  "made of plastic, this research reiterates the need to cut waste.")
    assert found["reiterates"] == "Tidewater Institute"


def test_a_he_after_an_unnamed_office_holder_with_a_capitalised_country_word_is_that_office_holder():
    found = _cues("Ilse Varga, an envoy for the Harbour League, criticised the plan on Monday. \u201cWe have written "
                  "twice,\u201d said the U.S. spokesperson, who asked not to be named. But the league has shown "
                  "\u201cno interest in talks,\u201d he wrote.")
    assert found["wrote"] == "U.S. spokesperson"


def test_the_noun_that_heads_an_x_of_y_name_is_that_body():
    found = _cues("The Institute for Tide Safety said the sea wall was weak. The institute added that its warnings had "
                  "been ignored.")
    assert found["added"] == "Institute for Tide Safety"
    # a name that only holds the word, not as its head before "of"/"for", is not taken
    assert _cues("Kent Institute Press printed the book on Monday. The institute said it would reprint it.")["said"] \
        == "The institute"


def test_a_body_named_between_commas_after_its_description_is_the_source():
    assert _cues("The union representing ferry crews, Seaway, said 40 jobs were at risk.")["said"] == "Seaway"
    assert _cues("The region's biggest teaching union, the Valley Teachers Union, said the plan would fail.")["said"] \
        == "Valley Teachers Union"
    # a person after a description stays the person
    assert _cues("The charity's director, Ilse Varga, said the plan would fail.")["said"] == "Ilse Varga"


def test_a_many_of_whom_aside_is_skipped_to_the_subject():
    assert _cues("Islanders, many of whom rely on the ferry, say they feel ignored.")["say"] == "Islanders"
    assert _cues("The three bus firms, all of which run night services, said fares would rise.")["said"] \
        == "three bus firms"


def test_a_name_after_according_to_a_role_for_a_body_is_the_source():
    assert _cues("According to a spokeswoman for the ferry firm, Lena Ortiz, the boats are checked every week.")[
        "According to"] == "Lena Ortiz"
    # a document before the comma is no role: the name opens the main clause and speaks there
    found = _cues("According to a summary of the case, Jane Doe, an aide, said the plan had failed.")
    assert found["According to"] == "a summary of the case"
    assert found["said"] == "Jane Doe"


def test_the_reports_after_unnamed_media_spoke_are_those_media():
    found = _cues("State media said 300 homes had collapsed. The reports said 2,000 people had been moved.")
    assert found["said"] == "State media"


def test_our_findings_in_a_signed_piece_are_the_writer_s():
    text = ("Why ferry towns are emptying\n\nIlse Varga, Professor of Geography, Rook University\n\n"
            "We surveyed 2,000 islanders last spring. Our findings reveal that most young people plan to leave.")
    assert _cues(text)["reveal"] == "Ilse Varga"
    # unsigned, "our findings" stays as written
    assert _cues("We surveyed 2,000 islanders last spring. Our findings reveal that most young people plan to leave.")[
        "reveal"] == "Our findings"


def test_initials_are_written_as_the_name_the_text_spells_out_whichever_reading_found_them():
    found = _cues("The Rook Maritime Museum (RMM) has threatened to sue. The complaint by the RMM is that its photographs "
                  "were copied.")
    assert found["complaint by"] == "Rook Maritime Museum"
    # not when the name read before the brackets is not what the initials abbreviate, nor a name in mixed case
    assert _cues("The Alliance to Rebuild Our Piers (ARP) held a rally. The complaint by the ARP is that the town "
                 "has let its piers rot.")["complaint by"] == "ARP"
