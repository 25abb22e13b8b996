"""Session 21, link36: cue -> source on general news: role nouns, ages, bodies by acronym and short forms,
and pronouns after them, in the shapes of wire copy and public-body releases. All text here is invented for
these tests."""
import pytest

from medialit.analysis.names import find_people

from support import cues_and_sources, cues_sources_and_kinds, quotes_and_speakers


# --- "The 34-year-old officer said": an age with a noun stands for the person named with it ------------------

@pytest.mark.parametrize("text, name", [
    ("Capt. Daniel Marsh, the company commander, said the unit would return in March. “We want every platoon to "
     "go,” Marsh said.\n\nThe 34-year-old officer said no one had been hurt this year.", "Daniel Marsh"),
    ("Fire chief Rosa Lind told reporters the blaze was out. \"It took all night,\" Lind said.\n\n"
     "The 52-year-old commander said two crews would stay on site.", "Rosa Lind"),
    ("Tomas Reyes, 45, of Dunmore, was cleared on Friday.\n\nThe 45-year-old joiner said he was relieved.",
     "Tomas Reyes"),
])
def test_an_age_with_a_noun_is_the_person_named_with_it(text, name):
    assert cues_and_sources(text)[-1] == ("said", name)


def test_an_age_brought_in_with_a_is_someone_new():
    text = ("Mayor Ann Hale opened the bridge on Monday. A 34-year-old cyclist was the first across.\n\n"
            "The 34-year-old cyclist said it was a good day.")
    assert cues_and_sources(text)[-1][1] != "Ann Hale"


# --- a body named by its initials: "REN said ... The company said", "the weather service IPMA said" -------------

@pytest.mark.parametrize("text, cue, body", [
    ("LISBON (Reuters) - Power was cut to 200,000 homes. \"Crews are out,\" REN said in a statement. "
     "The company said most homes would have power by Wednesday.", "said", "REN"),
    ("The FBI, which led the inquiry, said two officials were under investigation. The bureau declined to name them.",
     "declined", "FBI"),
    ("The weather service IPMA said the storm would move north. The agency warned of more rain.", "warned", "IPMA"),
])
def test_the_noun_of_a_body_named_by_initials_is_that_body(text, cue, body):
    assert cues_and_sources(text)[-1] == (cue, body)


def test_a_body_noun_and_initials_name_the_body():
    assert cues_sources_and_kinds("The state news agency KCNA said the launch had gone well.") == [
        ("said", "The state news agency KCNA", "named group")]


@pytest.mark.parametrize("text", [
    "REN said power was back. Anglers on the coast had caught nothing all week. The mayor praised the crews. "
    "Later the company said the cost would be high.",
    "Anglers said REN had cut power. The firm's rival, Voltra, said the cut was needless. The company said it would help.",
])
def test_a_body_noun_far_from_the_initials_or_after_a_named_body_is_left_alone(text):
    assert cues_and_sources(text)[-1][1] not in ("REN", "Acme Foods")


# --- offices read past a describing word: no guess -----------------------------------------------------------
# (link36's office readings, "The Minister for Agriculture, Tom Reilly," and "the foreign minister said" read as the
# holder, were taken out again in session 21: they lowered PolNeAR dev and train and cost 0.9 % a lesson pass.)

@pytest.mark.parametrize("text, source", [
    # a describing word no one's role holds: no guess at the nearest subject
    ("Ann Lee spoke on Monday. The former governor said the plan was sound.", "The former governor"),
    # an apposition of another name describes that name
    ("Ann Lee, the state governor, spoke. Tom Hale, the former governor of Ohio, said the plan was sound.", "Tom Hale"),
    # an office in capitals inside a clause, before a subject: no apposition ("from the King James Bible, Doe said")
    ("After a reading from the Book of Kings, Ann Lee said the plan was sound.", "Ann Lee"),
])
def test_an_office_read_past_a_word_guesses_no_one(text, source):
    assert cues_and_sources(text)[-1] == ("said", source)


# --- a rank written short or a police rank, and the word a release uses later: "the sergeant", "The officer" -----

@pytest.mark.parametrize("text", [
    "Detective Sergeant Ann Lee, of the Roads Policing Unit, said: \"The driver did not stop.\"\n\n"
    "The officer added that dashcam footage would help.",
    "Sgt. Ann Lee found the van on Monday. Two pilots were with her. The sergeant said it had been stolen.",
    "Lt. Col. Ann Lee inspected the base on Monday. Two pilots were with her. The colonel said the runway was ready.",
])
def test_a_rank_is_read_by_the_word_a_release_uses_for_its_holder(text):
    assert cues_and_sources(text)[-1][1] == "Ann Lee"


def test_a_rank_that_is_also_a_common_word_names_no_one():
    # "Lt. Gen." gives no "general": "the general election" is no mention of the officer
    text = "Lt. Gen. Ann Lee spoke on Monday. The general election was held in May, the paper said."
    lee = next(p for p in find_people(text) if p.name == "Ann Lee")
    assert [text[a:b] for a, b in lee.mentions] == ["Ann Lee"]


# --- a body's initials before its statement or report: "The WHO statement said", "UNICEF's statement said" --------

@pytest.mark.parametrize("text, source", [
    ("On Monday, the Pan-Valley Health Agency (PVHA) said it was aware of the reports.\n\n"
     "The PVHA statement also said: \"We are watching closely.\"", "Pan-Valley Health Agency"),
    ("The IAEA report found traces of uranium at the plant.", "IAEA"),
    ("UNICEF's statement said the schools would reopen.", "UNICEF"),
])
def test_initials_before_a_statement_are_its_issuer(text, source):
    assert cues_sources_and_kinds(text)[-1][1:] == (source, "named group")


def test_a_quotation_from_the_statement_of_initials_is_the_bodys():
    text = ("On Monday, the Pan-Valley Health Agency (PVHA) said it was aware of the reports.\n\n"
            "The PVHA statement also said: \"We are watching closely.\"")
    assert quotes_and_speakers(text) == [("We are watching closely.", "Pan-Valley Health Agency")]


def test_capitals_that_are_no_initials_are_no_issuer():
    assert cues_sources_and_kinds("The BREAKING statement said the road was shut.")[-1][1] == "The BREAKING statement"


# --- "The company's statement said": the body a possessive institution noun stands for ---------------------------

@pytest.mark.parametrize("text, source", [
    ("Acme Foods was fined £2m on Friday. The company's statement said it would appeal.", "Acme Foods"),
    ("Kent Police arrested two men. The force's statement said both had been released.", "Kent Police"),
    ("The council's report found the bridge unsafe.", "The council"),
])
def test_a_body_nouns_statement_is_the_bodys(text, source):
    assert cues_sources_and_kinds(text)[-1][1:] == (source, "named group")


def test_a_persons_statement_stays_as_written():
    assert cues_sources_and_kinds("The man's statement said he was sorry.")[-1][1] == "The man's statement"
