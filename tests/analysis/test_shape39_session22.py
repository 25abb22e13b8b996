"""Session 22 (shape39): typographic shapes that web pages and wire copy bring, read inside the patterns.

No-break, narrow and thin spaces (names read their gaps as plain spaces, from the caller's own word index)
and wire datelines (a place line, in no sentence). Every sentence here is invented.
"""

from hypothesis import given, settings
from hypothesis import strategies as st
from support import cues_and_sources, quotes_and_speakers, shape_figures, speakers

from medialit import find_attributions, find_hedges, find_quotes
from medialit.analysis.names import find_people
from medialit.analysis.text import odd_spaces_plain, sentence_spans


# --- no-break, narrow and thin spaces -------------------------------------------------------------


def test_odd_spaces_plain_keeps_the_length_and_returns_a_plain_text_itself():
    text = "Mr\u00a0Doe met Dr\u202fRoe at 9\u2009am."
    assert odd_spaces_plain(text) == "Mr Doe met Dr Roe at 9 am."
    plain = "Mr Doe met Dr Roe."
    assert odd_spaces_plain(plain) is plain


def test_a_name_with_a_no_break_space_inside_is_one_name():
    for space in ("\u00a0", "\u202f", "\u2009"):
        text = f"Ferry service resumes\n\nThe ferry to Ardmore sailed again on Monday. \u201cWe missed it,\u201d said Ella{space}Brannock, who runs the shop."
        assert quotes_and_speakers(text) == [("We missed it,", "Ella Brannock")], space
        assert [p.name for p in find_people(text)] == ["Ella Brannock"], space


def test_a_body_and_a_particle_name_across_no_break_spaces():
    text = ("Sentence raised\n\nA man who defrauded a charity was jailed at St\u00a0Albans Crown Court, which heard he took "
            "savings from six families. The court heard the money was never found.")
    assert ("heard", "St Albans Crown Court") in cues_and_sources(text)
    text = "Rally held\n\nThe rally was led by Marta de\u00a0Vos. \u201cWe will be back,\u201d de\u00a0Vos said."
    assert quotes_and_speakers(text) == [("We will be back,", "Marta de Vos")]


def test_no_break_spaces_read_as_the_plain_ones():
    plain = ("New pool opens\n\nCouncillor Ann Fairlie said on Monday that the pool would open in June. "
             "\u201cIt has taken 12 years,\u201d Ms Fairlie said. Mr Tom Oduya, a swimmer, said he was pleased.")
    odd = plain.replace("Ann Fairlie", "Ann\u00a0Fairlie").replace("Ms Fairlie", "Ms\u00a0Fairlie") \
        .replace("Mr Tom", "Mr\u202fTom").replace("12 years", "12\u00a0years")
    assert speakers(odd) == speakers(plain) == ["Ann Fairlie"]  # (the quotation's words are the caller's, no-break space kept)
    assert cues_and_sources(odd) == cues_and_sources(plain)


# --- wire datelines ---------------------------------------------------------------------------------


_DATELINES = ("LONDON (Reuters) - ", "WASHINGTON (AP) \u2014 ", "WASHINGTON, May 3 (AP) \u2014 ", "KYIV, Ukraine \u2014 ",
              "PURCHASE, N.Y., April 1 (UPI) \u2014 ", "DES MOINES - ", "GENEVA (AFP) \u2013 ", "NEW YORK\u2014",
              "HEMPSTEAD, N.Y. \u2015 ")


def test_a_dateline_is_in_no_sentence_and_the_lede_opens_after_it():
    for line in _DATELINES:
        text = f"Study on sleep\n\n{line}Results of a new study of night nurses suggest that short naps help."
        spans = sentence_spans(text)
        assert [text[a:b] for a, b in spans][1] == "Results of a new study of night nurses suggest that short naps help.", line
        assert cues_and_sources(text) == [("suggest", "Results of a new study of night nurses")], line


def test_what_is_no_dateline_stays_in_its_sentence():
    for text in ("COVID-19 cases rose again in the county last week.", "US-China talks resumed on Monday.",
                 "Washington said on Monday it would reply.", "Ms Doe \u2014 a teacher \u2014 said she would stay.",
                 "THE MAYOR WILL NOT STAND AGAIN \u2014 the mayor said so on Monday."):
        assert [text[a:b] for a, b in sentence_spans(text)] == [text], text


def test_a_wire_ledes_unnamed_source_named_in_the_next_sentence_after_a_dateline():
    body = ("A senior health official has warned that the winter will be hard, saying beds are short. "
            "Speaking to a committee on Tuesday, the Chief Medical Officer, Dr. Hana Velic, said three wards were closed.")
    plain = "Hospitals brace for winter\n\n" + body
    dated = "Hospitals brace for winter\n\nWASHINGTON (AP) \u2014 " + body
    assert cues_and_sources(dated) == cues_and_sources(plain)
    assert ("saying", "Hana Velic") in cues_and_sources(dated)


def test_a_bodys_initials_after_a_datelines_agency():
    text = "Rebels reject letter\n\nLISBON (AP) \u2014 NRF spokesmen dismissed the letter as \u201cfake\u201d on Monday."
    assert quotes_and_speakers(text) == [("fake", "NRF spokesmen")]


# --- shapes and spans -------------------------------------------------------------------------------


_STORY = ("Harbour plan approved\n\n"
          "Councillors in Port Ellery approved a plan on Tuesday to rebuild the harbour wall, which storms breached "
          "in 2021, and the work could start next spring.\n\n"
          "\u201cThis is a very good day for the town,\u201d said Councillor Mara Quist, who chairs the harbour board.\n\n"
          "Fishermen said they had waited too long. Mr Len Adebayo, who fishes from the harbour, said the wall "
          "was clearly unsafe.\n\n"
          "\u201cWe may lose another season,\u201d Adebayo said.\n")


def test_scores_under_space_and_dateline_shapes_equal_the_untransformed_ones():
    plain, shaped = shape_figures(_STORY, ("nbsp", "narrow-spaces", "dateline-reuters", "dateline-ap",
                                           "dateline-ap-date", "dateline-place"))
    assert all(value == 1.0 for value, _ in plain.values()), plain
    for name, figures in shaped.items():
        assert figures == plain, name


_PIECES = st.sampled_from(["Jo", "Doe", "Mr", "St", "said", "\u201c", "\u201d", '"', ".", ",", "\u2014", "-", "(AP)",
                           "LONDON", "KYIV,", "Ukraine", "\n", "\n\n", " ", "\u00a0", "\u202f", "\u2009", "It", "may"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_spans_slice_the_callers_text_with_odd_spaces_and_datelines(pieces):
    text = "".join(pieces)
    for q in find_quotes(text):
        assert text[q.start:q.end] == q.text
    for a in find_attributions(text):
        assert text[a.start:a.end] == a.cue
    for h in find_hedges(text):
        assert text[h.start:h.end] == h.phrase
    for s, e in sentence_spans(text):
        assert 0 <= s < e <= len(text) and text[s:e].strip() == text[s:e]


# --- titles, headings and terms in double marks; guillemets and low marks --------------------------


_BRITISH = ("Library hours cut\n\nNew opening times follow a review shown on the local series \u201cTown Hall Tonight\u201d\n\n"
            "The library will close on Mondays from June, the council said. \u2018We had no choice,\u2019 said Councillor "
            "Ruth Amadi.\n\n\u2018The budget has been cut by a third,\u2019 she said at a meeting on Monday.\n\n"
            "Readers said the \u201cquiet room\u201d upstairs would stay open. \u2018It is a blow,\u2019 said Dev Sarin, "
            "who uses it daily.\n")


def test_a_title_and_a_term_in_double_marks_in_a_single_marked_text_are_no_quotes():
    assert quotes_and_speakers(_BRITISH) == [("We had no choice,", "Ruth Amadi"),
                                             ("The budget has been cut by a third,", "Ruth Amadi"),
                                             ("It is a blow,", "Dev Sarin")]


def test_double_marks_with_a_cue_in_a_single_marked_text_are_still_quotes():
    text = _BRITISH.replace("Readers said the \u201cquiet room\u201d upstairs would stay open.",
                            "\u201cKeep it open,\u201d said Ana Ortiz, a reader.")
    assert ("Keep it open,", "Ana Ortiz") in quotes_and_speakers(text)


def test_a_term_before_a_no_break_space_is_the_writers():
    text = "Bridge opens\n\nThe \u201cgreen corridor\u201d\u00a0opened on Monday. Jo Doe said it was good.\n"
    assert quotes_and_speakers(text) == []


def test_a_sentence_ends_before_a_guillemet_or_a_low_mark():
    for text in ("Bridge opens\n\nThe \u00ab\u00a0green corridor\u00a0\u00bb opened. \u00ab\u00a0We are ready\u00a0\u00bb, said Jo Doe.\n",
                 "Bridge opens\n\nThe \u00abgreen corridor\u00bb opened. \u00abWe are ready\u00bb, said Jo Doe.\n",
                 "Bridge opens\n\nThe \u201egreen corridor\u201c opened. \u201eWe are ready\u201c, said Jo Doe.\n"):
        assert [s for _, s in quotes_and_speakers(text)] == [None, "Jo Doe"] or \
            quotes_and_speakers(text)[-1][1] == "Jo Doe" and len(quotes_and_speakers(text)) == 1, text
        assert len(sentence_spans(text)) == 3, text
