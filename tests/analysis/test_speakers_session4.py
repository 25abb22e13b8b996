"""Regression tests for issue 10 (session 4): quote -> speaker causes, on sentences written for these tests."""

from medialit import find_attributions
from medialit.analysis.names import names_in

from support import speakers as _speakers


def test_pronoun_goes_to_the_name_that_speaks_not_the_first_name():
    # "Of Roe, Doe said": the first name in the sentence is not its speaker.
    text = ("Of Alan Roe, Senator Maria Doe said the voters would find his plan hard to accept.\n\n"
            "“The numbers simply do not add up,” she said.")
    assert _speakers(text) == ["Maria Doe"]


def test_speaking_mention_wins_over_an_earlier_name_in_the_sentence():
    text = "If the city gives money to Head Start Partners, Tom Vale said, schools would lose out. He frowned."
    names = names_in(text)
    assert names.resolve(text.index("He frowned")).name == "Tom Vale"


def test_transcript_label_in_capitals_is_the_speaker():
    text = ("Part of the radio interview follows.\n\n"
            "“HOST: Will the new bridge open this year?”\n\n"
            "“MAYOR GREEN: It will open in June, on time.”\n\n"
            "“UPDATE: the council met again on Friday.”")
    assert _speakers(text)[:2] == ["HOST", "MAYOR GREEN"]
    assert "UPDATE" not in _speakers(text)  # a heading of the writer's own is no speaker


def test_pronoun_agrees_with_the_gender_the_text_shows():
    # Nothing in the names tells their gender; the text does ("He" after Lund, "Kemp said she ...").
    text = ("Chris Lund spoke first. He called the budget a fair deal. Dana Kemp said she would vote against it.\n\n"
            "Lund had misread the figures by a wide margin.\n\n"
            "“The shortfall is real,” she said.")
    assert _speakers(text) == ["Dana Kemp"]


def test_a_name_that_only_describes_the_next_name_is_not_the_subject():
    text = ("Mayor Ann Lee closed the old bridge in May.\n\n"
            "Lee campaign manager Tom Vale later described the closure as “a necessary pause”.")
    assert _speakers(text) == ["Tom Vale"]
    # a verb after the name is not a description: "Lee thanked Vale"
    names = names_in("Ann Lee thanked Tom Vale for his work.")
    assert not names.describes_next(names.mention_at(0))


def test_a_job_held_for_someone_named_in_the_possessive_is_an_aside():
    text = "“The ferry will run again in spring,” Ann Lee, Mr. Roe's chief of staff, said in an interview."
    assert _speakers(text) == ["Ann Lee"]


def test_a_job_between_the_quote_and_the_name_does_not_break_the_link():
    text = "“We are hiring again,” Harbor Mills' chief human resources officer, Tom Vale, told reporters on Monday."
    assert _speakers(text) == ["Tom Vale"]


def test_a_titled_name_between_the_quote_and_the_verb_keeps_the_cue():
    # "Mr." has a full stop: the name is still only a name, so "added" frames the quotation.
    text = "The plan was announced in May.\n\n“It will take two more years,” Mr. Vale added."
    assert _speakers(text) == ["Vale"]


def test_a_quotation_signed_with_a_dash_and_a_name_is_that_persons():
    text = ("We asked readers, among them Ann Lee, what the new tram means to them.\n"
            "“It cuts my trip to work in half.”\u00a0― Rosa Delgado Perez\n"
            "“I miss the old bus stop.” — Tom Vale\n\n"
            "“Ticket prices must come down.”\n\n- Lee.")
    assert _speakers(text) == ["Rosa Delgado Perez", "Tom Vale", "Ann Lee"]


def test_one_plus_a_noun_is_an_unnamed_speaker():
    text = "At the town meeting, one questioner claimed that the new tram was “a waste of money”."
    assert _speakers(text) == ["one questioner"]


def test_they_goes_to_the_group_that_speaks_not_the_last_group_named():
    text = "Opposition lawmakers said they had written to senior officials about the drought. They warned it would get worse."
    names = names_in(text)
    assert names.resolve(text.index("They warned")).name == "Opposition lawmakers"


def test_a_second_verb_after_and_takes_the_subject_that_opens_the_sentence():
    # "vowed" still belongs to the mayor who opens the sentence. ("outlined" is a cue since session 25, cueg48:
    # PolNeAR train marks 9 of its 16 uses.)
    text = "Mayor Ann Lee outlined her housing plan and vowed to punish “landlords who break the rules.”"
    assert _speakers(text) == ["Ann Lee"]
    assert [(a.cue, a.source) for a in find_attributions(text)] == [("outlined", "Ann Lee"), ("vowed", "Ann Lee")]


def test_an_unresolved_pronoun_keeps_the_speaker_of_the_quotation_before():
    # The quotation before is Ito's, so "He added" is too.
    # Ito is named more than three sentences back (the sentences inside quotation marks count too).
    text = ("“We will open the new school in May,” said Ren Ito. “It is a big day. We waited years. "
            "The town is ready.”\n\nHe added, “The builders are ahead of schedule.”")
    assert _speakers(text) == ["Ren Ito", "Ren Ito", "Ren Ito"]


def test_a_short_description_between_said_and_the_name():
    text = "“The bridge is safe,” said radio host Ann Lee. “Drivers can relax.”"
    assert _speakers(text) == ["Ann Lee", "Ann Lee"]


def test_a_possessive_name_and_a_job_is_an_unnamed_speaker():
    text = "Mayor Ann Lee lost the vote.\n\n“That was unfair,” Lee's former campaign strategist said in an interview."
    assert _speakers(text) == ["Lee's former campaign strategist"]
