"""Speaker rules of issue 10, round 2: each test on sentences written for it."""

from medialit.analysis.quotes import find_quotes


def test_transcript_over_several_paragraphs_gives_each_turn_its_own_speaker():
    text = ("The host spoke with the governor. A partial transcript follows:\n\n"
            "“HOST: Will you attend the debate?\n\n"
            "“GOVERNOR: No, I will not be there.\n\n"
            "“But my team will watch it closely.\n\n"
            "“HOST: Thank you, sir.”")
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["HOST", "GOVERNOR", "HOST"]
    assert quotes[1].text.startswith("GOVERNOR:") and "watch it closely" in quotes[1].text


def test_a_heading_label_does_not_split_a_quotation_that_runs_on():
    text = ("“We will rebuild the bridge,” said Mayor Ann Lee.\n\n"
            "“It will take a year.\n\n"
            "“UPDATE: the work starts in May.”")
    quotes = find_quotes(text)
    assert len(quotes) == 2 and quotes[1].speaker == "Ann Lee"


def test_a_title_before_a_job_word_makes_a_surname():
    text = "Mr. King retired on Monday after 40 years. “I have never been bored,” he said."
    assert find_quotes(text)[0].speaker == "King"


def test_a_title_marks_a_one_word_name_as_a_person_but_not_gen_z():
    from medialit.analysis.names import find_people
    people = [(p.name, p.kind) for p in find_people("Gen Z voters met Miss Universe. Mr. Jones retired. Dr Roe left.")]
    assert people == [("Jones", "person"), ("Roe", "person")]


def test_a_title_before_a_job_word_inside_a_quotation_stays_an_address():
    from medialit.analysis.names import find_people
    text = "“Thank you, Mr. President,” Jane Roe said to the president."
    assert [p.name for p in find_people(text)] == ["Jane Roe"]


def test_a_job_word_that_ends_a_plain_name_that_speaks_is_a_surname():
    text = "Turnout fell.\n\n“People stayed home,” said Tom King, a local organiser. “It was cold.”"
    assert [q.speaker for q in find_quotes(text)] == ["Tom King", "Tom King"]


def test_an_office_after_the_is_not_read_as_a_surname():
    from medialit.analysis.names import find_people
    text = "Jane Roe met the press. The Prime Minister said “no.”"
    assert "Prime Minister" not in [p.name for p in find_people(text)]


def test_a_cue_in_a_relative_clause_does_not_break_a_run_of_quotes():
    text = ("“The vote was rigged,” Tom Doe wrote in the email, which was first reported by the Daily Star. "
            "“We will appeal.”")
    assert [q.speaker for q in find_quotes(text)] == ["Tom Doe", "Tom Doe"]


def test_a_quote_ending_in_a_full_stop_before_a_bare_cue_sentence_is_that_sources():
    text = "The vote failed.\n\n“If they were serious, they would talk.” Tom Doe said on Tuesday."
    assert find_quotes(text)[0].speaker == "Tom Doe"


def test_a_quote_ending_in_a_full_stop_before_a_reporting_sentence_is_not_taken():
    text = "The vote failed.\n\n“We will win.” Tom Doe said the team would fight."
    assert find_quotes(text)[0].speaker is None


def test_a_refusal_after_a_quote_ending_in_a_full_stop_does_not_take_it():
    text = "Tom Doe posted: “No plan yet.” The ministry did not immediately respond."
    assert find_quotes(text)[0].speaker == "Tom Doe"


def test_an_organisation_that_opens_the_sentence_speaks_its_partial_quote():
    text = "The Acme Institute issued a report this month charging the militia with “crimes against humanity.”"
    assert find_quotes(text)[0].speaker == "Acme Institute"


def test_a_place_after_a_preposition_does_not_speak_a_partial_quote():
    text = "In Port Alden, the crowd kept chanting “four more years, four more years.”"
    assert find_quotes(text)[0].speaker != "Port Alden"


def test_a_named_group_that_opens_the_sentence_speaks_its_partial_quote():
    text = "Ukrainian officials met in Kyiv to discuss “a just and lasting peace.”"
    assert find_quotes(text)[0].speaker == "Ukrainian officials"
