"""Session 22 (speed39e): byte-identical short cuts in the hedge finder.

Each test checks a short cut against what it replaced (a phrase pattern, a full scan), on sentences
written for it and on arbitrary text, so speed never changes a result.
"""

from itertools import islice

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import hedges
from medialit.analysis.text import nonblank_lines, word_spans

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

# Phrases' words and the words that may run on from them: an apostrophe ("to's"), a longer word ("because"
# after "is": a phrase's second word is a whole word, so "be" no longer stands for every word it begins).
PHRASE_PIECES = ["it", "is", "has", "will", "been", "being", "be", "be's", "because", "widely", "believed",
                 "believed's", "according", "to", "to's", "in", "some", "cases", "cases'", "may", "there", "are",
                 "fears", "said", "said've", "U.S.", "\u2019s", "-", "\u2010", "\n", "\u00a0", ",", "\u00e9t\u00e9"]
phrase_texts = st.one_of(st.lists(st.sampled_from(PHRASE_PIECES), max_size=40).map(" ".join),
                         st.lists(st.sampled_from(PHRASE_PIECES + [" "]), max_size=40).map("".join))


def _starts_that_match(text: str) -> list[int]:
    """The words at which some lexicon phrase's pattern matches: what ``_phrase_starts`` must keep."""
    words = word_spans(text)
    lexicon = hedges._lexicon()
    return [i for i, (s, e) in enumerate(words) if text[s:e].lower() in lexicon
            and any(entry.pattern.match(text, s) for entry in lexicon[text[s:e].lower()])]


def _phrase_starts(text: str) -> list[int]:
    words = word_spans(text)
    return hedges._phrase_starts(text, [s for s, _ in words], [e for _, e in words], [text[s:e].lower() for s, e in words])


@SETTINGS
@given(phrase_texts)
def test_the_exact_next_word_test_keeps_every_word_a_phrase_starts_at(text):
    assert set(_starts_that_match(text)) <= set(_phrase_starts(text))


def test_a_phrase_that_ends_at_an_apostrophe_is_still_tried():
    # "according to" matches in "according to's" (its end test forbids a letter, digit or hyphen, not "'")
    assert _starts_that_match("It was according to's word.") == [2]
    assert 2 in _phrase_starts("It was according to's word.")
    assert [h.phrase for h in hedges._scan("It was according to's word.")] == ["according to"]


def test_be_forms_are_written_out_as_whole_words():
    second = hedges._second_words()
    assert {"be", "been", "being", "widely", "believed"} <= second["is"]
    assert "because" not in second["is"]
    # "is because" starts no phrase, "is being" may ("is being seen as")
    assert _phrase_starts("The mill is because of rain.") == []
    assert _phrase_starts("The hall is being seen as new.")[:1] == [2]


def _in_headline_reading_every_time(text: str, pos: int) -> bool:
    """``hedges._in_headline`` as it was, reading the text's opening lines at each call."""
    line_start = text.rfind("\n", 0, pos) + 1
    second = next(islice(nonblank_lines(text), 1, 2), None)
    if second is not None and line_start > second[0]:
        return False
    line_end = text.find("\n", pos)
    if line_end < 0 or len(text[line_start:line_end].split(None, hedges._HEADLINE_WORDS)) > hedges._HEADLINE_WORDS:
        return False
    below = nonblank_lines(text, line_end, line_end + 3000)
    return next(below, None) is not None and next(below, None) is not None


HEADLINE_TEXTS = ["Officials Say Dam Is Safe\n\nResidents doubt it.\nThe river rose.\nOfficials said so.",
                  "\n  \nExperts warn of floods\nA standfirst, short.\n\nThe rain fell.\nIt stopped.",
                  "One line only, officials say.", "Headline\nStory.", "", "\n\n\n",
                  "A headline\r\nA standfirst\r\nThe story.\r\nMore story.\r\n"]


def test_the_second_line_read_once_gives_the_headline_reading_of_every_call():
    for _ in range(2):  # the second time round from the stored second lines
        for text in HEADLINE_TEXTS:
            for pos in range(len(text) + 1):
                assert hedges._in_headline(text, pos) == _in_headline_reading_every_time(text, pos), (text, pos)


@SETTINGS
@given(st.text(alphabet="Ab. \n\t\r\u00a0", max_size=60))
def test_the_second_line_read_once_on_arbitrary_text(text):
    for pos in range(len(text) + 1):
        assert hedges._in_headline(text, pos) == _in_headline_reading_every_time(text, pos)


def _why_by_full_scan(phrase: str, category: str, default: str) -> str:
    """What ``_from_attributions`` read before: the first flag of the category in a full scan of the phrase."""
    return next((h.why for h in hedges._scan(phrase) if h.category == category), default)


SOURCE_PHRASES = ["sources said", "a source said", "Clinton supporters", "lawmakers said", "people accused",
                  "according to show insiders", "Several experts cautioned", "Few people", "Many lawmakers say",
                  "is expected to", "It is believed", "has been mentioned", "It\u2019s understood", "it's said",
                  "officials, said", "Officials", "unnamed diplomats", "There are fears", "rumours suggest", ""]
SOURCE_PIECES = ["sources", "said", "officials", "lawmakers", "it", "is", "it's", "believed", "expected", "to",
                 "people", "many", "some", "there", "are", "fears", "according", "unnamed", "widely", "Doe", ",", "."]


def test_a_source_without_a_starting_word_of_its_category_gets_the_default_why():
    for phrase in SOURCE_PHRASES:
        for category in ("vague attribution", "agentless attribution"):
            assert hedges._lexicon_why(phrase, category, "default") == _why_by_full_scan(phrase, category, "default")
    assert hedges._lexicon_why("lawmakers said", "vague attribution", "default") == "default"
    assert hedges._lexicon_why("sources said", "vague attribution", "default").startswith("Sources who are not named")


@SETTINGS
@given(st.lists(st.sampled_from(SOURCE_PIECES), min_size=1, max_size=6).map(" ".join),
       st.sampled_from(["vague attribution", "agentless attribution"]))
def test_the_why_read_only_where_the_category_can_start_is_the_full_scan_why(phrase, category):
    assert hedges._lexicon_why(phrase, category, "default") == _why_by_full_scan(phrase, category, "default")
