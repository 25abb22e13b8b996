"""Loading an article: block labels on the seed and other articles, and every kind of bad input."""

import json
from pathlib import Path

import pytest

import medialit
from medialit import ArticleError, load_article

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "putin-istanbul-talks-2025.txt"
ANNOTATION = json.loads((ROOT / "tests" / "data" / "seed-annotation.json").read_text(encoding="utf-8"))
ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))


def test_seed_blocks_match_the_human_reading(seed):
    got = {b.line: b.kind for b in seed.blocks}
    expected = {b["line"]: b["kind"] for b in ANNOTATION["blocks"]}
    assert got == expected


def test_block_spans_slice_back_and_are_ordered(seed):
    assert [b.start for b in seed.blocks] == sorted(b.start for b in seed.blocks)
    for b in seed.blocks:
        assert seed.text[b.start:b.end] == b.text
        assert seed.text.split("\n")[b.line - 1].strip() == b.text.strip() or b.kind == "empty"


def test_seed_title_credits_and_body(seed):
    assert seed.title == "Putin Asks for Direct Talks With Ukraine in Istanbul, Turkey"
    credits = [b.credit for b in seed.blocks_of("caption")]
    assert credits == ["Gavriil Grigorov, Sputnik via AMNA", "EPA/LUDOVIC MARIN / POOL MAXPPP OUT via AMNA"]
    for b in seed.blocks_of("caption"):
        assert b.text.endswith(b.credit) and seed.text[b.credit_start:b.end] == b.credit
    assert "All Rights Reserved" not in seed.body and "Credit:" not in seed.body
    assert seed.body.startswith("Russian President Vladimir Putin proposed")
    assert len(seed.blocks_of("body")) == 12


def test_seed_text_is_unchanged(seed):
    assert seed.text == SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_other_articles_have_a_headline_and_a_body(path):
    art = load_article(path)
    assert art.blocks[0].kind == "headline" and art.title == art.blocks[0].text
    body = art.blocks_of("body")
    assert len(body) >= 4
    assert all(len(b.text.split()) > 6 for b in body), "a body paragraph was labelled as something else"


def test_other_articles_exist():
    assert len(ARTICLES) >= 3


def test_text_or_path_or_bytes_give_the_same_article(seed):
    assert load_article(str(SEED)).blocks == seed.blocks
    assert load_article(SEED.read_text(encoding="utf-8")).blocks == seed.blocks
    assert load_article(SEED.read_bytes()).blocks == seed.blocks


def test_windows_line_endings_are_normalised(seed):
    crlf = SEED.read_text(encoding="utf-8").replace("\n", "\r\n")
    art = load_article(crlf)
    assert "\r" not in art.text and [b.kind for b in art.blocks] == [b.kind for b in seed.blocks]


def test_text_without_paragraph_breaks_is_one_body_block():
    text = "Officials said the bridge would reopen. " * 40
    art = load_article(text)
    assert [b.kind for b in art.blocks] == ["body"] and art.body == text.strip()


def test_control_characters_do_not_break_loading():
    art = load_article("Headline\n\nA body\x07 line with a bell\x0b and a form feed\x0c, officials said.")
    assert art.blocks_of("body")


@pytest.mark.parametrize("bad, message", [
    ("", "empty"), ("   \n\t \n", "empty"), ("\u00a0\n\u00a0", "empty"),
])
def test_empty_text_is_a_clear_error(bad, message):
    with pytest.raises(ArticleError, match=message):
        load_article(bad)


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["a list"], {"a": 1}])
def test_wrong_types_are_a_clear_type_error(bad):
    with pytest.raises(TypeError, match="path or the article's text"):
        load_article(bad)


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(ArticleError, match="No file at"):
        load_article(tmp_path / "nowhere.txt")
    with pytest.raises(ArticleError, match="No file at"):
        load_article("my-article.txt")


def test_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ArticleError, match="folder"):
        load_article(tmp_path)


def test_binary_file_is_a_clear_error(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ArticleError, match="binary"):
        load_article(path)


def test_latin1_file_is_read(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Caf\xe9 Talks\n\nThe caf\xe9 reopened, the owner said.".encode("cp1252"))
    assert load_article(path).title == "Café Talks"


def test_five_megabytes_is_a_clear_error():
    with pytest.raises(ArticleError, match="characters long"):
        load_article("word " * 1_000_000)


def test_html_source_is_a_clear_error():
    page = "<html><body><h1>Talks</h1><p>The talks resumed.</p><p>More.</p></body></html>"
    with pytest.raises(ArticleError, match="HTML"):
        load_article(page)


def test_a_single_angle_bracket_is_not_html():
    assert load_article("Maths\n\nPupils learned that 3 < 5 and <b> is a tag name.").body


def test_errors_are_one_line():
    for bad in ["", "<p>a</p><p>b</p><div>c</div>", "missing-file.txt"]:
        with pytest.raises(ArticleError) as info:
            load_article(bad)
        assert "\n" not in str(info.value)


def test_article_error_is_a_value_error():
    assert issubclass(medialit.ArticleError, ValueError)


WRAPPED = """City council votes to ban cars from historic centre

The city council voted on Tuesday to close the historic centre to most
private cars from next spring, a move that supporters say will cut
pollution and critics claim will hurt small shops.

The plan, which passed by 31 votes to 18, was championed by deputy mayor
Helen Okafor. "Our streets were built for people, not for traffic jams,"
she said.
"""


def test_hard_wrapped_paragraphs_become_one_block_each():
    art = load_article(WRAPPED)
    assert [b.kind for b in art.blocks] == ["headline", "body", "body"]
    assert len(art.text) == len(WRAPPED), "unwrapping must not move any offset"
    assert art.blocks[2].text.endswith("traffic jams,\" she said.")
    quotes = medialit.find_quotes(art.text)
    assert quotes and quotes[0].speaker == "Helen Okafor"


def test_scraped_one_line_paragraphs_are_not_joined(seed):
    # Lines 33-35 of the seed follow each other with no blank line but are separate paragraphs.
    assert [b.line for b in seed.blocks if b.line in (33, 34, 35)] == [33, 34, 35]


def test_byline_and_date_line_are_not_body():
    art = load_article("Talks Resume\n\nBy Ana Lopez and Tom Berg\n\nPublished 3 May 2024\n\n"
                       "By Saturday the talks had resumed, officials said.\n\n"
                       "By Harriet Cole, Local Government Correspondent")
    assert [b.kind for b in art.blocks] == ["headline", "boilerplate", "boilerplate", "body", "boilerplate"]


def test_short_paragraphs_on_consecutive_lines_stay_apart():
    text = ("Storm Closes Schools\n\nSchools across the county closed on Monday after the storm.\n"
            "The council said buses would run again on Wednesday morning.\n"
            "Parents were asked to check the council website for updates.\n")
    art = load_article(text)
    assert [b.kind for b in art.blocks] == ["headline", "body", "body", "body"]


def test_site_slogans_are_boilerplate():
    art = load_article("Fair Opens\n\nThe county fair opened on Friday, organisers said.\n\n"
                       "Bringing you the valley's news, every day!")
    assert art.blocks[-1].kind == "boilerplate"


def test_opinion_bylines_corrections_and_disclaimers_are_not_body():
    long_correction = ("Correction: An earlier version of this article said the shop was on Kestrel Road and that "
                       "the raid happened on Monday evening. The shop is on Kestrel Street, and the raid was on Tuesday.")
    art = load_article("Buses Face Cuts\n\nOpinion by Jane Roe\n\nThe council wants to cut evening buses, and I think "
                       "that is a mistake.\n\nJane Roe is a retired teacher. The views expressed are her own.\n\n"
                       + long_correction + "\n\nEditor's note: this column was updated on 3 May.")
    assert [b.kind for b in art.blocks] == ["headline", "boilerplate", "body", "boilerplate", "boilerplate", "boilerplate"]
    assert len(long_correction.split()) > 25  # a correction is a note however long it is
    # Words that only look alike stay in the body.
    art = load_article("Storm Hits Town\n\nThe correction of the error took a week, officials said.\n\n"
                       "Analysis of the data by Jane Roe showed that rainfall doubled.")
    assert [b.kind for b in art.blocks] == ["headline", "body", "body"]


def test_a_body_sentence_about_the_latest_news_is_not_boilerplate():
    """Regression: the pattern "latest news" made this body sentence site furniture."""
    art = load_article("Flood Warning\n\nThe latest news from the coast was grim, officials said.\n\n"
                       "Bringing you the latest news and insights, Everyday!")
    assert [b.kind for b in art.blocks if b.text] == ["headline", "body", "boilerplate"]
