"""Cue sources on general news (session 30, cs60, issue 10).

Every sentence here was written for this test.
"""
from support import cue_texts_and_sources, listed_sources

from medialit.analysis.name_words import initials_spelled_out, spelled_out_from, spelled_out_names


def _sources(text: str) -> list[str]:
    """The names of the article's listed sources."""
    return [name for name, _ in listed_sources(text)]


def test_a_view_echoed_or_cited_by_someone_is_theirs_not_the_nouns():
    # a reduced passive ("which was ... by") of a verb of voicing or citing: the source is the agent after "by"
    assert cue_texts_and_sources("Fishermen shared a worry echoed by the harbour master on Friday.") == [
        ("echoed", "the harbour master")]
    assert ("cited", "the mayor") in cue_texts_and_sources(
        "Residents questioned the figures cited by the mayor on Monday.")
    # an owner's word or "everyone" may open the agent, whose phrase ends before the sentence's own verb
    assert ("cited", "her campaign") in cue_texts_and_sources(
        "She may have been wrong, and an article cited by her campaign quoted two farmers.")
    assert ("echoed", "everyone I met") in cue_texts_and_sources(
        "The tax is a poor idea, said Jo Reed (a view echoed by everyone I met).")
    assert ("endorsed", "the crowd at the rally") in cue_texts_and_sources(
        "He waved the flags away, a gesture endorsed by the crowd at the rally.")
    # set off by commas after a short subject, the participle is no finite verb either
    assert cue_texts_and_sources("The claim, repeated by the ferry company, was false.") == [
        ("repeated", "the ferry company")]


def test_a_finite_verb_or_a_means_after_by_keeps_its_subject():
    # "by" with a means, a margin or a doing is no agent; nor is a short subject with no comma before the verb
    assert cue_texts_and_sources("The ferry company repeated by letter that the route would close.") == [
        ("repeated", "The ferry company")]
    assert cue_texts_and_sources("Jo Reed echoed by saying the route must stay open.")[0][1] == "Jo Reed"
    assert cue_texts_and_sources("The union cited by way of example the night shift.")[0][1] == "The union"


def test_initials_with_small_letters_are_written_as_their_name():
    text = ("The review was carried out by BrightwaterCoopers LLP (BwC) over the winter. "
            "In June BwC informed the council that the review was late.")
    assert ("informed", "BrightwaterCoopers LLP") in cue_texts_and_sources(text)
    assert initials_spelled_out(text, "BwC") == "BrightwaterCoopers LLP"
    # a short name that is a word of its own, not initials, stays as written
    text = "The Harbour Road Transit Authority (Hartrans) runs the buses. Hartrans said fares would rise."
    assert initials_spelled_out(text, "Hartrans") is None
    assert ("said", "Hartrans") in cue_texts_and_sources(text)


def test_a_name_that_lists_its_fields_with_a_comma_is_spelled_out_whole():
    text = ("New research led by the Institute for Rivers, Lakes and Wetland Studies (Irlws) maps the floods. "
            "With rain rising each year, this research reiterates the need for new defences.")
    full = "Institute for Rivers, Lakes and Wetland Studies"
    assert spelled_out_names(text) == {"Irlws": full}
    assert spelled_out_from(text, "Institute for Rivers") == full
    assert ("reiterates", full) in cue_texts_and_sources(text)
    # one source, not the name with its initials in brackets beside the name alone
    assert _sources(text) == [full + " (Irlws)"]
    # a list of bodies before a short name that spells its own initials keeps the short name
    assert spelled_out_names("Oxfam, Save the Children (STC) and others said so.") == {"STC": "Save the Children"}


def test_a_number_written_with_a_comma_does_not_cut_the_agent():
    # the comma of "4,000" is no break in the phrase after "by" (it was cut to "the")
    assert cue_texts_and_sources("The plan was endorsed by the 4,000 farmers at the meeting.") == [
        ("endorsed", "the 4,000 farmers at the meeting")]


def test_a_headlines_to_before_its_verb_is_no_word_of_the_source():
    # "X to" + verb in a headline or a bullet: X will do it; "to" is no part of the source
    assert cue_texts_and_sources("Harbour Minister to announce new ferry timetable\n\nThe timetable starts in May.") == [
        ("announce", "Harbour Minister")]
    assert cue_texts_and_sources("Ferry Fares\n\n• Council to set out how fares will change\n\nFares rise in May.") == [
        ("set out how", "Council")]
