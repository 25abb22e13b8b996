"""Session 21 (shape36): the finders read the typographic and layout shapes real news arrives in.

Each rule came from ``bench/shapes.py`` (the dev sets re-scored under shapes that keep the meaning);
every sentence here is invented.
"""

import pytest
from support import cues_and_sources, quotes_and_speakers, shape_figures

from medialit import find_attributions, find_quotes, find_sources, load_article
from medialit.analysis.text import check_text, plain_spaces


# --- Windows line ends, indents (text.plain_spaces) ----------------------------------


def test_spans_still_index_the_callers_text():
    text = "Council backs the plan, says Jo Doe\r\n\r\n    \u201cIt is done,\u201d Jo Doe said.\r\n"
    assert len(check_text(text)) == len(text)
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["It is done,"]


def test_a_headline_cue_before_a_windows_line_end():
    lf = "New bridge to open in May, says Jo Doe\n\nThe bridge will open in May, the council said."
    assert cues_and_sources(lf.replace("\n", "\r\n")) == cues_and_sources(lf) == [("says", "Jo Doe"), ("said", "the council")]


def test_indents_move_behind_the_line_before_and_nothing_else_moves():
    assert plain_spaces("Doe said.\n\n    Next one.\n  \nLast.") == "Doe said.    \n\nNext one.  \n\nLast."
    assert plain_spaces("No indent here.\nNor here.") == "No indent here.\nNor here."


def test_a_list_of_officials_at_an_indented_paragraphs_start():
    body = ("Two men were sentenced today for a fraud at the port of Halvern.\n\n"
            "Assistant Attorney General Jo Doe of the Trade Division, U.S. Attorney Ann Roe for the Northern "
            "District and Special Agent Bo Lee of the Port Police made the announcement.")
    plain = "Port fraud sentences\n\n" + body
    indented = "Port fraud sentences\n\n    " + body.replace("\n\n", "\n\n    ")
    names = {s.name for s in find_sources(load_article(plain))}
    assert all(any(n.endswith(who) for n in names) for who in ("Jo Doe", "Ann Roe", "Bo Lee")), names
    assert {s.name for s in find_sources(load_article(indented))} == names


# --- headlines and single marks (quote_marks) ----------------------------------------------------


def test_a_headline_single_quote_with_one_newline_between_paragraphs():
    para = ("Mayor Ann Lee told a meeting of the council on Tuesday evening that the libraries would stay open "
            "for at least another year.")
    blank = "Mayor ‘will not close a single library this year’\n\n" + para
    single = "Mayor ‘will not close a single library this year’\n" + para
    assert [q.text for q in find_quotes(single)] == [q.text for q in find_quotes(blank)] \
        == ["will not close a single library this year"]


def test_a_hard_wrapped_first_line_is_no_headline():
    text = "The council said the ‘plan for all the towns’ was\nfinal, and the mayor agreed. “We agree,” she told\nthe meeting."
    assert [q.text for q in find_quotes(text)] == ["We agree,"]


def test_a_body_that_quotes_in_single_marks_under_a_double_marked_headline():
    text = ("“I never meant to run a shop”: Nadia Kerr on bread and luck\n\n"
            "Kerr opened the bakery in 2015. ‘I had a bad year, basically. I needed something to do.’\n\n"
            "‘The first loaf was awful,’ she says. Her father was ‘horrified, honestly’.")
    found = [q.text for q in find_quotes(text)]
    assert "The first loaf was awful," in found and "horrified, honestly" in found


def test_a_double_marked_heading_line_does_not_decide_the_body_marks():
    text = ("Port row deepens\n\nThe minister called the report ‘a disgrace’ and ‘paid for by our rivals.’\n\n"
            "“Cold feet”\n\nThe port’s owners said little.")
    found = [q.text for q in find_quotes(text)]
    assert "a disgrace" in found and "paid for by our rivals." in found


def test_a_one_word_name_in_a_double_marked_headline_of_a_single_marked_text():
    text = ("Hackers “Zenith” blamed for outage\n\nThe firm said the group was to blame. ‘We are certain of it,’ "
            "said Jo Doe, its director. ‘They left a note.’")
    assert "Zenith" not in [q.text for q in find_quotes(text)]


def test_a_charge_list_in_single_marks_is_no_ones_words():
    text = ("The writer was arrested on charges of ‘insulting the flag,’ ‘public disorder,’ and ‘spreading lies.’ "
            "‘I did nothing wrong,’ he said.")
    assert [q.text for q in find_quotes(text)] == ["I did nothing wrong,"]
    assert [q.text for q in find_quotes("He was charged with “fraud.” “I did nothing,” he said.")] == ["I did nothing,"]


# --- the names after the verb (subjects) ------------------


def test_a_postposed_name_with_its_role_is_the_source():
    text = ("Jo Doe, 25, of Acton, was charged today with arson, announced Ann Roe, Acting U.S. Attorney; "
            "and Bo Lee, Chief of the Acton Police.")
    assert cues_and_sources(text) == [("announced", "Ann Roe")]
    assert cues_and_sources("Jo Doe was fined, said Ann Roe, the district's attorney.") == [("said", "Ann Roe")]


def test_after_the_name_a_clause_goes_on():
    # "and the mayor agreed": no role, so the verb keeps its subject before it
    assert cues_and_sources("The fund, its board said, was closed, said Ann Roe, and the mayor agreed.")[-1][1] != "Ann"


# --- dashes (subjects) -----------------------------------------------------------------------------


@pytest.mark.parametrize("aside", ["\u2014five of them Democrats\u2014", " \u2014 five of them Democrats \u2014 ",
                                   " - five of them Democrats - ", " -- five of them Democrats -- "])
def test_an_aside_between_dashes_of_any_setting(aside):
    text = f"Seven senators{aside}said the tariff would hurt farmers."
    assert cues_and_sources(text) == [("said", "Seven senators")]


# --- the shapes keep every score (bench/shapes.py, on a small invented text) -------------------------

_STORY = ("Council ‘will not back down’ over library closures, says leader\n\n"
          "Plans to close four libraries will go ahead, the leader of Marston Council, Ann Lee, said on Monday.\n\n"
          "“We have no choice. The budget is simply gone,” Lee told reporters. Residents say the closures may hurt "
          "older readers.\n\n"
          "Tom Harris\u2014who chairs the Friends of Marston Libraries\u2014said the decision was clearly wrong.\n\n"
          "“It will probably cost more in the long run,” Harris said.\n")


def test_scores_under_shapes_equal_the_untransformed_ones():
    from medialit import find_hedges
    assert any(h.kind == "booster" for h in find_hedges(_STORY))
    plain, shaped = shape_figures(_STORY, ("crlf", "indented", "single-newline", "dash-spaced", "dash-tight",
                                           "british-quotes"))
    assert all(value == 1.0 for value, _ in plain.values()), plain
    for name, figures in shaped.items():
        assert figures == plain, name


def test_a_span_across_a_windows_line_end_or_an_indent_keeps_the_callers_own_characters():
    # The finders read a plain copy (plain_spaces); the words they hand back must be cut from the caller's text,
    # or text[start:end] == phrase fails (hypothesis found '"0\n a”' in session 21).
    from medialit.analysis.attribution import find_attributions
    from medialit.analysis.hedges import find_hedges
    from medialit.analysis.quotes import find_quotes
    for text in ('"0\n a”', 'Jo Doe said it may\r\n rain. “It is about\r\n  ten,” she said.',
                 'Officials said\r\nit could\n   perhaps close.'):
        quotes, hedges, cues = find_quotes(text), find_hedges(text), find_attributions(text)
        assert all(text[q.start:q.end] == q.text for q in quotes)
        assert all(text[h.start:h.end] == h.phrase for h in hedges)
        assert all(text[a.start:a.end] == a.cue for a in cues)
    assert [q.text for q in find_quotes('"0\n a”')] == ["0\n a"]
    assert "It is about\r\n  ten," in [q.text for q in find_quotes('Jo Doe said it may\r\n rain. “It is about\r\n  ten,” she said.')]
