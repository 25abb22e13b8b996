"""Session 23 (quote42): families of false direct quotes and wrong speakers found on PolNeAR train.

Every sentence here is invented.
"""

from medialit.analysis.quote_marks import is_title, quote_spans
from support import quotes_and_speakers


# --- titles of programmes and books (quote_marks.is_title) ---------------------------------------


def test_a_show_after_a_network_or_a_day_is_a_title_not_a_quote():
    text = ("Sunday on ZBC’s “Morning Round Table,” Sen. Ann Vale said the bill was “dead on arrival.” "
            "She repeated it on Monday’s “Evening Desk.”")
    assert quotes_and_speakers(text) == [("dead on arrival.", "Ann Vale")]


def test_a_book_after_its_author_and_a_series_before_its_kind_are_titles():
    text = ("“It will pass,” said Tom Reed, the author of “Ledgers and Lies,” who teaches law. "
            "“Harbor Nights,” a police series that ran for ten years, is back.")
    assert quotes_and_speakers(text) == [("It will pass,", "Tom Reed")]


def test_a_slogan_with_its_owner_and_a_titled_sentence_stay_quotes():
    text = "Jo Penn’s “Build It Back Better” slogan is gone. “We Will Win,” Jo Penn said on the show."
    assert [q for q, _ in quotes_and_speakers(text)] == ["Build It Back Better", "We Will Win,"]


def test_is_title_needs_its_maker_broadcast_or_kind_next_to_it():
    for text, want in [("She told ZBC’s “Good Day Today” she would run.", True),
                       ("He spoke on “Face the Town” last week.", True),
                       ("“Harbor Nights,” a drama, ends.", True),
                       ("They chanted “Send Them Home” again.", False),
                       ("Jo Penn’s “Build It Back Better” slogan.", False)]:
        assert is_title(text, quote_spans(text)[0]) is want, text


def test_a_title_after_its_kind_or_told_as_a_programme_is_no_quote():
    text = ("In her memoir, “Long Roads Home,” Ann Vale wrote that she “never once” gave up. "
            "Vale told “Town Hall Tonight” she would run, and told reporters, “We Will Win.”")
    assert [q for q, _ in quotes_and_speakers(text)] == ["never once", "We Will Win."]


# --- "Mr."/"Mrs." with a surname two people share (names._split_by_title_gender) ----------------


def test_a_titled_surname_is_the_one_the_text_shows_of_its_gender():
    text = ("Ann Mercer is running. Her husband, Tom Mercer, spoke first.\n\n"
            "“She will win,” Mr. Mercer said. Mrs. Mercer replied that it was “an honor.”\n\n“It is,” she said.")
    assert quotes_and_speakers(text) == [("She will win,", "Tom Mercer"), ("an honor.", "Ann Mercer"),
                                         ("It is,", "Ann Mercer")]


def test_a_titled_surname_stays_with_the_one_person_of_that_name():
    text = "Jo Mercer runs the mill.\n\n“We hire locally,” Mr. Mercer said."
    assert quotes_and_speakers(text) == [("We hire locally,", "Jo Mercer")]


# --- a first name that is also a grammar word (names._first_name_of_run) ------------------------


def test_will_as_a_first_name_in_mid_sentence():
    text = '"It is a fair price," said Will Darby, a grocer in the town. "It is," Will Darby said again.'
    assert quotes_and_speakers(text) == [("It is a fair price,", "Will Darby"), ("It is,", "Will Darby")]


def test_will_as_a_verb_or_in_a_title_case_line_is_no_name():
    text = 'Voters Will Decide the Bridge\n\nWill Congress act? "No," said Jo Darby.'
    assert quotes_and_speakers(text) == [("No,", "Jo Darby")]


# --- a title or headline credited to its writer (quote_marks.is_credited_title) ------------------


def test_a_headline_or_book_credited_by_its_writer_is_no_quote():
    text = ("BRIDGE WATCH—“Ferry service to end in the spring,” by the Courier’s Ann Vale: “The ferry will stop,” "
            "the operator said.\n\nAccording to “Tides of Kestrel Bay,” by Tom Reed, the port once thrived.")
    assert [q for q, _ in quotes_and_speakers(text)] == ["The ferry will stop,"]


def test_words_called_by_someone_or_said_by_someone_stay_quotes():
    text = "The plan was called “a mess” by Jo Penn, a critic. It was “unprompted, unfair,” by Penn’s account."
    assert [q for q, _ in quotes_and_speakers(text)] == ["a mess", "unprompted, unfair,"]


def test_a_kin_word_before_a_role_gives_the_gender():
    text = ("Senator Ann Mercer and her husband, former Governor Tom Mercer, toured the plant.\n\n"
            "Mrs. Mercer said the plan was “a good start.”\n\n“It went well,” Mr. Mercer said.")
    assert quotes_and_speakers(text) == [("a good start.", "Ann Mercer"), ("It went well,", "Tom Mercer")]


def test_a_relative_named_with_a_role_is_not_the_story_s_bare_surname():
    text = ("Ann Mercer spoke on Monday.\n\nMercer and her husband, former President Tom Mercer, went to the wedding.\n\n"
            "“It was fun,” Mercer said.\n\n“We will see,” she continued.")
    assert quotes_and_speakers(text) == [("It was fun,", "Ann Mercer"), ("We will see,", "Ann Mercer")]
