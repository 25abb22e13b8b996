"""Lesson 00's figure: how many words each kind of block holds."""

from pathlib import Path

from medialit import load_article
from medialit.analysis.counts import block_mix
from medialit.views.plots import plot_block_mix, takeaway_block_mix

ROOT = Path(__file__).resolve().parents[2]


def test_block_mix_counts_words_per_kind_in_page_order():
    art = load_article("Council Meets\n\nPhoto\nA caption here. Credit: Ann Lee, AP\n\nThe council met on Monday.\n\n© 2020 All rights reserved.")
    mix = block_mix(art)
    assert list(mix) == ["headline", "image_label", "caption", "body", "boilerplate"]
    assert mix["body"] == 5 and mix["headline"] == 2


def test_seed_body_is_most_but_not_all_of_the_page():
    art = load_article(ROOT / "seeds" / "putin-istanbul-talks-2025.txt")
    mix = block_mix(art)
    assert mix["body"] == max(mix.values()) and mix["body"] < sum(mix.values())
    assert mix["caption"] > 0 and mix["image_label"] > 0 and mix["boilerplate"] > 0
    sentence = takeaway_block_mix(art)
    assert sentence.startswith(f"There are {mix['body']} words in the body, out of {sum(mix.values())} on the page")
    assert "photo label" in sentence and "image_label" not in sentence


def test_figure_has_title_labelled_axes_and_one_bar_per_kind():
    art = load_article(ROOT / "seeds" / "putin-istanbul-talks-2025.txt")
    fig = plot_block_mix(art)
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel() == "words" and ax.get_ylabel() == "kind of block"
    assert len(ax.patches) == len(block_mix(art))
    assert "photo label" in [t.get_text() for t in ax.get_yticklabels()]


def test_only_body_gives_a_short_takeaway():
    assert takeaway_block_mix("", data={"body": 10}) == "There are 10 words in the body, out of 10 on the page (100%)."
    assert takeaway_block_mix("", data={}) == "The page has no words."


def test_source_mix_takeaway_counts_names_in_credits_not_photos():
    # Lesson 01: the seed has 2 photos whose credits name 5 photographers and agencies.
    from medialit import find_sources
    from medialit.views.plots import takeaway_source_mix
    art = load_article(ROOT / "seeds" / "putin-istanbul-talks-2025.txt")
    sentence = takeaway_source_mix(find_sources(art))
    assert sentence.endswith("the photo credits name 5 photographers and agencies.")
    assert takeaway_source_mix([], data={"named": 1, "photo credits": 1}).endswith("name 1 photographer or agency.")
