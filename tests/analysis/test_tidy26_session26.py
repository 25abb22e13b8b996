"""Session 26 (tidy26): one list of English pronouns in ``wordlists``, and one reading of a mostly-noun form
("report", "comment") as the verb of a plural subject (``CueReader._verb_of_plural_subject``). Every sentence here
was written for this test."""

import pytest
from support import cue_phrases, cues_and_sources

from medialit.analysis.wordlists import (FEMININE_PRONOUNS, FIRST_PERSON_SUBJECTS, MASCULINE_PRONOUNS,
                                         NOMINATIVE_PRONOUNS, OBJECT_PRONOUNS, PERSON_SUBJECTS, PERSONAL_PRONOUNS,
                                         SUBJECT_PRONOUNS, THIRD_PLURAL_PRONOUNS)


def test_the_pronoun_subsets_are_read_off_one_table():
    assert PERSONAL_PRONOUNS == NOMINATIVE_PRONOUNS | OBJECT_PRONOUNS
    assert NOMINATIVE_PRONOUNS & OBJECT_PRONOUNS == {"you", "it"}
    assert SUBJECT_PRONOUNS == {"he", "she", "they"} and FIRST_PERSON_SUBJECTS == {"i", "we"}
    assert PERSON_SUBJECTS == NOMINATIVE_PRONOUNS - {"you", "it"}
    assert {"his", "hers", "their"} <= MASCULINE_PRONOUNS | FEMININE_PRONOUNS | THIRD_PLURAL_PRONOUNS


# The verb of a plural subject: any mostly-noun form after a relative "that", plain "report" also after a list of
# names or after "which" with no activity after it.
@pytest.mark.parametrize("text, cue, source", [
    ("Few papers that report the mayor will quit were sent a letter.", "report", "Few papers"),
    ("Local officials that comment often were thanked.", "comment", "Local officials"),
    ("Few papers which report the mayor will quit were sent a letter.", "report", "Few papers"),
    ("The Herald and the Star report the harbour will close.", "report", "The Herald and the Star"),
])
def test_report_after_a_plural_subject_or_a_relative_that_is_a_verb(text, cue, source):
    assert (cue, source) in cues_and_sources(text)


@pytest.mark.parametrize("text", [
    "Few papers which report on crime were sent a letter.",  # "which": an activity after "report"
    "Few papers which comment on crime were sent a letter.",  # "which": only "report" is read so
    "The Herald and the Star report, filed on Friday, ran long.",  # a comma after the list's "report"
    "He says that report was wrong.",  # "that" after a verb: a demonstrative
    "The bus that report crews used broke down.",  # no plural noun before "that"
])
def test_a_noun_after_that_or_which_stays_a_noun(text):
    assert "report" not in cue_phrases(text) and "comment" not in cue_phrases(text)
