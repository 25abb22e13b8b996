"""Session 24 (spk45): families of wrong and missing speakers found on PolNeAR train (bench/errors.py).

Every sentence here is invented.
"""

from support import quotes_and_speakers


# --- a "whose" clause after the speaker does not hand the next quotation to its noun -------------


def test_a_whose_clause_after_the_speaker_keeps_the_next_quotation_his():
    text = ("“The vote will be close,” said Mr. Ode, whose group has argued for a recount. "
            "“Nobody can call it yet.”")
    assert quotes_and_speakers(text) == [("The vote will be close,", "Ode"), ("Nobody can call it yet.", "Ode")]


def test_a_new_sentence_with_its_own_speaker_still_takes_the_next_quotation():
    text = ("“The vote will be close,” said Mr. Ode. His rival, Ann Fell, disagreed. "
            "“Nobody doubts the result,” Fell said.")
    assert quotes_and_speakers(text)[1] == ("Nobody doubts the result,", "Ann Fell")


# --- a title of lower-case words before the source, after the quotation ---------------------------


def test_a_lower_case_title_before_the_source_after_a_quotation():
    text = "“We will appeal the ruling,” former regional planning director Mia Tovar wrote to the board."
    assert quotes_and_speakers(text) == [("We will appeal the ruling,", "Mia Tovar")]


def test_a_title_after_a_clause_closing_the_sentence():
    text = ("“If the court allows it, the office will review the files” that the group asked for, "
            "county senior trial counsel Rob Engel wrote in a filing.")
    assert quotes_and_speakers(text) == [("If the court allows it, the office will review the files", "Rob Engel")]


def test_qualified_role_before_a_closing_cue_takes_the_partial_quotations():
    text = ("Given the turnout, the endorsement will carry “real weight” and give candidates the "
            "“ground troops” they need, party spokesman Lev Amar said.")
    assert quotes_and_speakers(text) == [("real weight", "Lev Amar"), ("ground troops", "Lev Amar")]


def test_a_clause_of_the_writers_own_before_the_source_is_not_a_title():
    # "told" and "that" make a clause: the quotation is not Amar's words (it stays with its own cue)
    text = "Ivo Renn called the plan “a mistake” and told voters that party spokesman Lev Amar said so."
    assert quotes_and_speakers(text) == [("a mistake", "Ivo Renn")]


# --- a signature line after a quotation paragraph: a title before the name, or the name alone ------


def test_a_signature_line_with_a_title_before_the_name():
    text = ("Ana Voss spoke last.\n\n“Great speech. He is ready.”\n\n"
            "-Governor Tom Reyes, posting after the speech.\n\nThe hall emptied.")
    assert quotes_and_speakers(text) == [("Great speech. He is ready.", "Tom Reyes")]


def test_a_signature_line_that_is_a_name_the_text_gives_elsewhere():
    text = ("Sen. Lou Arden and Ana Voss met voters.\n\n“[Families are] worried about rent.”\n\n"
            "- Lou Arden.\n\nThe claim checks out.")
    assert quotes_and_speakers(text) == [("[Families are] worried about rent.", "Lou Arden")]


def test_a_signature_line_that_is_no_name_of_the_text_gives_no_signer():
    text = "The rally ended.\n\n“We will be back.”\n\n- Read More\n\nThe hall emptied."
    assert quotes_and_speakers(text) == [("We will be back.", None)]


# --- "states" right after a quotation and a short source is the verb ------------------------------


def test_states_after_a_quotation_and_its_source_is_a_cue():
    text = ("“Only she can fix the roads,” a voice-over in the ad states. “She will keep the clinics open.”")
    assert quotes_and_speakers(text) == [("Only she can fix the roads,", "a voice-over in the ad"),
                             ("She will keep the clinics open.", "a voice-over in the ad")]


def test_states_as_the_noun_after_a_quotation_is_no_cue():
    text = "“It is over,” the governors of both states. Voters in 50 states agreed."
    assert quotes_and_speakers(text)[0][1] is None
