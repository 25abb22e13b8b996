"""Session 8 rules on how a source's name is cut out of the text, on sentences written for these tests."""

from medialit import find_quotes

from support import attributed_sources as sources, speakers


def test_after_the_verb_a_name_that_describes_the_next_one_is_not_the_source():
    # "said Lee campaign manager Tom Hale": the manager speaks, not the candidate named as his employer.
    t = "Ann Lee spoke at the fair. “We will win in May,” said Lee campaign manager Tom Hale."
    assert speakers(t) == ["Tom Hale"]
    assert sources(t) == ["Tom Hale"]
    t = "Ann Lee spoke at the fair. “We will win in May,” tweeted Ann Lee spokesman Tom Hale."
    assert speakers(t) == ["Tom Hale"]


def test_after_the_verb_a_name_alone_is_still_the_source():
    t = "Ann Lee spoke at the fair. “We will win in May,” said Lee."
    assert speakers(t) == ["Ann Lee"]


def test_a_clause_opener_ends_the_source_phrase_after_the_verb():
    # "after the meeting" says when, "if asked" on what terms: neither belongs to who spoke.
    assert sources("“The plan will fail,” said a senior official after the meeting.") == ["a senior official"]
    assert sources("“The plan will fail,” said the union leader if asked.") == ["the union leader"]
    assert sources("“The plan will fail,” said the union leader before the vote.") == ["the union leader"]


def test_campaign_jobs_before_a_name_are_roles():
    from medialit.analysis.names import find_people
    people = find_people("Republican strategist Tom Hale spoke. House Speaker Ann Vale and pollster Ben Oduya agreed.")
    assert [(p.name, p.role) for p in people] == [
        ("Tom Hale", "Republican strategist"), ("Ann Vale", "House Speaker"), ("Ben Oduya", "pollster")]


def test_a_campaign_job_brought_in_unnamed_is_not_the_person_named_nearby():
    t = ("Mia Holt and her husband were greeted by an organizer at the office. "
         "“You will be good at this,” the organizer told them.")
    assert sources(t) == ["the organizer"]
    assert speakers(t) == ["the organizer"]


def test_a_name_with_and_without_its_middle_initial_is_one_person_shown_with_the_full_stop():
    from medialit.analysis.names import find_people
    t = "Tom Q. Hale said the road would close. Later, Tom Hale said it again, and Hale left."
    assert [(p.name, len(p.mentions)) for p in find_people(t)] == [("Tom Q. Hale", 3)]


def test_an_initial_does_not_join_two_different_first_names():
    from medialit.analysis.names import find_people
    t = "Tom Q. Hale said the road would close. Ann Hale said it would not."
    assert [p.name for p in find_people(t)] == ["Tom Q. Hale", "Ann Hale"]


def test_a_word_that_opens_the_sentence_is_not_part_of_the_name_after_it():
    from medialit.analysis.names import find_people
    t = "Besides Hale, Ann Lee said the road would close. Hale agreed."
    assert [p.name for p in find_people(t)] == ["Ann Lee", "Hale"]


def test_a_job_written_capitalised_before_a_name_is_its_role():
    from medialit.analysis.names import find_people
    t = "Billionaire Tom Hale spoke. Actress Mia Holt and Adm. Jo Banda agreed. “We are ready,” Admiral Banda said."
    assert [(p.name, p.role) for p in find_people(t)] == [
        ("Tom Hale", "Billionaire"), ("Mia Holt", "Actress"), ("Jo Banda", "Admiral")]
    assert speakers(t) == ["Jo Banda"]


def test_jr_keeps_its_full_stop_in_the_name_shown():
    from medialit.analysis.names import find_people
    assert [p.name for p in find_people("Tom B. Hale Jr. said the road would close.")] == ["Tom B. Hale Jr."]


def test_after_the_verb_an_owner_before_a_name_is_not_the_source():
    # "said Coastal Review's Tom Hale": Hale speaks; the paper he writes for only describes him.
    t = "Ann Vale spoke on Monday. “We need a plan,” said Coastal Review’s Tom Hale."
    assert sources(t) == ["Tom Hale"]
    t = "Ann Vale spoke on Monday. “It is ready,” said Vale’s spokesman Tom Hale."
    assert speakers(t) == ["Tom Hale"]


def test_after_the_verb_an_owner_with_no_name_after_it_keeps_the_phrase():
    t = "Ann Vale spoke on Monday. “It is ready,” said Vale’s spokesman."
    assert sources(t) == ["Vale’s spokesman"]


def test_name_then_description_then_a_second_name_gives_the_first():
    # "Kent Courier" only says which paper Hale edits; Hale said it.
    t = "Tom Hale, editor of the county’s weekly paper, Kent Courier, said the dam had failed."
    assert sources(t) == ["Tom Hale"]


def test_a_name_after_an_opening_preposition_is_not_taken_for_the_subject():
    t = "At Hill Farm, where a round costs a lot, Tom Hale, the club’s president, suggested that it was fine."
    assert sources(t) == ["Tom Hale"]
    t = "In Kent, Acme Corp said the dam had failed."
    assert sources(t) == ["Acme Corp"]


def test_a_place_joined_to_a_describing_word_is_not_part_of_the_name():
    from medialit.analysis.names import find_people
    assert [p.name for p in find_people("Kent-based Tom Hale said the road was shut.")] == ["Tom Hale"]
    t = "Ann Vale ran again. “It is over,” said Tom Hale, a Kent-area Vale volunteer who was elected."
    assert [p.name for p in find_people(t)] == ["Ann Vale", "Tom Hale"]
    assert [p.name for p in find_people("Ann Mark-Viverito said the road was shut.")] == ["Ann Mark-Viverito"]


def test_a_nickname_inside_a_quotation_is_not_the_name_shown():
    from medialit.analysis.names import find_people
    t = "Ann Vale spoke in Kent. “Crooked Ann Vale is spending a fortune,” Tom Hale wrote. Vale said she would win."
    assert [p.name for p in find_people(t)] == ["Ann Vale", "Tom Hale"]


def test_a_name_given_only_inside_a_quotation_is_still_shown():
    from medialit.analysis.names import find_people
    assert [p.name for p in find_people("“We all love Ann Vale,” Tom Hale said.")] == ["Ann Vale", "Tom Hale"]


def test_a_party_label_before_a_name_is_not_part_of_it():
    from medialit.analysis.names import find_people
    t = "Republican Tom Hale spoke first. Democrat Ann J. Vale said she would win."
    assert [p.name for p in find_people(t)] == ["Tom Hale", "Ann J. Vale"]


def test_a_party_label_that_starts_an_organisation_name_stays():
    from medialit.analysis.names import find_people
    t = "The Republican Study Committee met. The Conservative Political Action Conference said it would meet."
    assert [p.name for p in find_people(t)] == ["Republican Study Committee", "Conservative Political Action Conference"]


def test_a_capitalised_chief_or_director_of_a_department_is_the_role_before_the_name():
    from medialit.analysis.names import find_people
    t = "White House Chief of Staff Tom Hale spoke. Director of National Intelligence Ann Vale agreed."
    assert [(p.name, p.role) for p in find_people(t)] == [
        ("Tom Hale", "Chief of Staff"), ("Ann Vale", "Director of National Intelligence")]


def test_the_chief_of_a_firm_in_lower_case_leaves_the_firm_whole():
    from medialit.analysis.names import find_people
    t = "The chief of Acme Steel Works said the plant would close."
    assert [(p.name, p.kind) for p in find_people(t)] == [("Acme Steel Works", "organisation")]


def test_a_second_spelling_of_a_role_is_a_singular_not_a_group():
    # roles.csv reads every form after the first as a plural, so "advisor" and "organiser" need rows of
    # their own: as later forms of "adviser"/"organizer" they were read as groups ("organiser" said it).
    from medialit import find_quotes
    for role in ("advisor", "organiser", "adviser", "organizer"):
        quotes = find_quotes(f"“Fair pay for all,” said {role} Mia Holt.")
        assert [q.speaker for q in quotes] == ["Mia Holt"], role
