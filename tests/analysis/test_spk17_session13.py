"""Session 13 (spk17): quote -> speaker rules, each on invented text."""

from medialit.analysis.names import find_people, names_in

from support import quotes_and_speakers as _speakers


def test_opening_preposition_is_no_part_of_a_name():
    # "Given"/"Absent"/"Outside" open the sentence before a name; they are not its first word
    text = ("Marta Kovac runs the bakery on Elm Road. Outside Fernhill, few people know her bread. "
            "Given Kovac's hours, she sleeps little.")
    names = {p.name for p in find_people(text)}
    assert "Outside Fernhill" not in names and "Given Kovac" not in names
    assert "Marta Kovac" in names


def test_partial_quotation_in_a_reported_clause_is_the_reporters():
    # Doe tells what Roe did; the few quoted words are Doe's account
    text = ("Senator Alan Roe met the committee on Monday. Councillor Jane Doe said Roe called on members "
            "to be “fully united” before the vote.")
    assert _speakers(text) == [("fully united", "Jane Doe")]


def test_quotation_the_inner_cue_introduces_stays_with_its_source():
    # a quotation after a comma or colon is what the inner source said
    text = ("Councillor Jane Doe said Alan Roe replied: “We will not wait.”")
    assert _speakers(text)[0][1] == "Alan Roe"
    text = "Jane Doe said Alan Roe told her, “Start without me.”"
    assert _speakers(text)[0][1] == "Alan Roe"
    # a clause after a joining word is no part of what Doe reports
    text = "Jane Doe said it rained while Alan Roe called the plan “a mess.”"
    assert _speakers(text)[0][1] == "Alan Roe"


def test_name_set_off_after_a_possessive_phrase_is_the_subject():
    # "Roe’s field director, Jane Doe, ..." describes Doe: she wrote, not Roe
    text = "Alan Roe’s state director, Jane Doe, sent the firm a note: “We want to use this soon.”"
    assert _speakers(text)[0][1] == "Jane Doe"


def test_possessive_owner_stays_the_subject_with_no_name_set_off():
    text = "Alan Roe’s plan wants “no talks” with the union."
    assert _speakers(text)[0][1] == "Alan Roe"


def test_reported_clause_after_a_tail_of_when_or_where_and_that():
    # "said during a rally in Kent that Roe ...": the tail tells where Doe said it; the clause is still Doe's report
    text = ("Jane Doe said during a rally in Kent that Alan Roe once described the levy as “the fairest tax” "
            "of all.")
    assert _speakers(text)[0][1] == "Jane Doe"


def test_quotation_paragraph_goes_on_after_more_cues_of_the_same_speaker():
    # the paragraph before ends with cues of the one speaker it quoted: the quotation that follows is hers
    text = ("Ana Lee, who calls the bypass a “swindle,” said she would fight it. Later, she said, the "
            "council will vote on it.\n\n“We will not give up on this valley.”")
    assert _speakers(text)[-1] == ("We will not give up on this valley.", "Ana Lee")


def test_quotation_paragraph_after_another_speakers_cue_is_not_carried():
    text = ("Ana Lee, who calls the bypass a “swindle,” said she would fight it. Tom Roe said the "
            "council will vote on it.\n\n“We will not give up on this valley.”")
    assert _speakers(text)[-1][1] != "Ana Lee"


def test_closing_cue_after_a_quotation_of_several_sentences():
    # the quotation opens before the sentence the cue stands in; its words run on into that sentence
    text = ("Costs rose again this year.\n\n“Clubs are short of money. They have no choice” but to raise "
            "their fees, says Ana Lee, a treasurer in Kent.")
    assert _speakers(text)[0][1] == "Ana Lee"


def test_he_or_she_is_never_a_plural_of_a_party_or_a_people():
    text = ("Rosa Mendel, the county chair, said she had received threats after Ohio Republicans named her. "
            "“I am not afraid of them,” she said.")
    assert _speakers(text)[0][1] == "Rosa Mendel"
    names = names_in(text)
    group = names.mention_at(text.index("Ohio Republicans"))
    assert group is not None and not names.fits(group, "she")


def test_sentence_opened_by_a_name_and_ending_in_a_colon_announces_that_persons_words():
    text = ("The union wants the rule dropped: “it is a disgrace,” said Tom Roe, a union steward. "
            "Ana Lee resisted: “The council has no such power.”")
    assert _speakers(text)[-1] == ("The council has no such power.", "Ana Lee")


def test_new_sentence_with_another_person_as_subject_ends_the_run_of_quotations():
    text = ("“The port will close,” Tom Roe said on Monday. All this has led the writer Ana Lee to fear "
            "a “lost decade” for the town.")
    assert _speakers(text)[-1] == ("lost decade", "Ana Lee")


def test_run_of_quotations_goes_on_past_a_he_or_a_name_after_by():
    text = ("“The port will close,” Tom Roe said on Monday. And in 2019, he all but accused Ana Lee of "
            "“wrecking” the harbour.")
    assert _speakers(text)[-1][1] == "Tom Roe"
    text = ("“The port will close,” Tom Roe said. Introduced by Ana Lee, the mayor, Roe painted a "
            "“grim picture” of the town.")
    assert _speakers(text)[-1][1] == "Tom Roe"


def test_new_sentence_whose_subject_does_something_ends_the_run_of_quotations():
    text = ("Ana Lee closed her speech by saying “Never again.” The crowd in the hall answered her by "
            "softly chanting “never again.”")
    assert _speakers(text)[-1] == ("never again.", "The crowd in the hall")


def test_a_subordinator_opens_no_subject():
    text = ("“It is a huge day,” said Tom Roe, a strategist. Unless rivals drop out soon, the race "
            "looks “over” to him.")
    assert _speakers(text)[-1][1] != "Unless rivals"


def test_reported_clause_whose_subject_has_a_title():
    text = "Jane Doe said Mr. Roe had told the board that he would “never sell” the site."
    assert _speakers(text)[0][1] == "Jane Doe"


def test_two_opening_phrases_before_the_subject():
    text = "In June 2009, after Ann Roe fell ill, Tom Doe emailed her a note: “Get well soon.”"
    assert _speakers(text)[0][1] == "Tom Doe"
    text = "After Ann Roe fell ill, Tom Doe emailed her a note: “Get well soon.”"
    assert _speakers(text)[0][1] == "Tom Doe"


def test_a_party_name_before_a_noun_is_no_one_a_pronoun_stands_for():
    text = ("Roe's chief Democratic rival, Senator Ana Lee of Kent, skipped the dinner. Instead she gave a "
            "speech in which she pledged to be “a friend to every town.”")
    assert _speakers(text)[0][1] == "Ana Lee"
    names = names_in(text)
    party = names.mention_at(text.index("Democratic"))
    assert party is None or not names.fits(party, "she")


def test_pronoun_whose_person_the_quotation_names_goes_to_the_speaker_before():
    # "she" read as Tom Roe (no gender known), but the quotation speaks of Roe: the woman quoted before goes on
    text = ("“Too much noise,” said a neighbour, who asked not to be named, blaming some of it on the builder "
            "Tom Roe. “I know people say Roe will fix it, but I think he is the cause,” she said.")
    assert _speakers(text)[-1][1] == "a neighbour"


def test_his_wife_names_a_woman_whom_she_stands_for():
    text = ("Few people have asked Tom Roe about it. But his wife, Ana, gave a hint in an interview with "
            "the Kent Herald before Londoners voted.\n\n“If he wins, he will keep going,” she said.")
    assert _speakers(text)[-1][1] == "Ana"
