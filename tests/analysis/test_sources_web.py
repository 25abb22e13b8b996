"""Sources on web pages (links as a kind of their own) and issue 9 §6's sources: one outlet named
two ways, a named professor at a university, an organisation with an inner capital; find_missing
reading a page's own metadata first."""

from pathlib import Path

from medialit import find_sources, load_article
from medialit.analysis.report import find_missing
from medialit.analysis.sources import link_hints, link_kind, outlets_named

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"

LEAK = ("Leak Row\n\nThe New York Times reported on Monday that the plan was dropped. According to NYT, "
        "the files were real. The Times reported that aides disagreed. Professor Jane Smith of Valley University "
        "said the files looked genuine. WikiLeaks published the files on Sunday. According to WikiLeaks, more "
        "would follow. WikiLeaks said it would publish more.")


def _by_name(text):
    return {s.name: s for s in find_sources(load_article(text))}


def test_one_outlet_named_three_ways_is_listed_once():
    found = _by_name(LEAK)
    outlets = [n for n in found if outlets_named(n)]
    assert outlets == ["New York Times"]
    spans = found["New York Times"].mentions
    assert [LEAK[a:b] for a, b in spans] == ["New York Times", "NYT", "Times"]


def test_an_ambiguous_short_name_alone_is_not_merged_with_another_paper():
    text = ("Papers Differ\n\nThe Times reported that the plan was dropped. "
            "The Washington Post reported that it was only delayed.")
    names = [s.name for s in find_sources(load_article(text)) if s.kind == "named group"]
    assert len(names) == 2 and "Times" in names


def test_a_professor_of_a_university_is_the_source_not_the_university():
    found = _by_name(LEAK)
    assert found["Jane Smith"].kind == "named person" and found["Jane Smith"].role == "Professor"
    assert found["Jane Smith"].attributions == 1
    assert "Valley University" not in found
    assert all(LEAK[a:b] == "Jane Smith" for a, b in found["Jane Smith"].mentions)


def test_an_organisation_with_an_inner_capital_is_one_named_group():
    wiki = [s for s in find_sources(load_article(LEAK)) if s.name == "WikiLeaks"]
    assert len(wiki) == 1 and wiki[0].kind == "named group" and wiki[0].attributions == 2


def test_a_surname_with_an_inner_capital_stays_a_person():
    found = _by_name("Vote Due\n\nMcDonald said the vote would be close.")
    assert found["McDonald"].kind == "named person"


def test_sources_are_sorted_by_first_mention():
    sources = find_sources(load_article(LEAK))
    starts = [s.mentions[0][0] for s in sources]
    assert starts == sorted(starts)


def test_links_are_sources_of_their_own_kind_one_per_site():
    art = load_article(PAGES / "big-outlet.html")
    links = [s for s in find_sources(art) if s.kind == "link"]
    assert sorted(s.domain for s in links) == ["callowayport.example", "worlddispatch.example"]
    for s in links:
        assert s.name == s.domain
        assert [art.text[a:b] for a, b in s.mentions] == [l.text for l in art.links if l.domain == s.domain]


def test_plain_text_has_no_link_sources():
    assert not [s for s in find_sources(load_article(LEAK)) if s.kind == "link"]


def test_link_kinds():
    own = "https://www.worlddispatch.example/business/today"
    assert link_kind("https://worlddispatch.example/business/2026/may/14/older", own) == "same outlet"
    assert link_kind("https://www.callowayport.example/media/statement-19-may-2026", own) == "document"
    assert link_kind("https://data.example.org/files/report.PDF?x=1") == "document"
    assert link_kind("https://www.health.gov.uk/guidance") == "official site"
    assert link_kind("https://www.valleygazette.example/story") == "another outlet"
    assert link_kind("https://someblog.example/post") == "other page"
    assert link_kind("https://valleygazette.example/a", None, "Valley Gazette") == "same outlet"
    assert set(link_hints()) == {"same outlet", "document", "official site", "another outlet", "other page"}


def test_find_missing_reads_the_page_metadata_first():
    art = load_article(PAGES / "big-outlet.html")
    assert art.meta.author and art.meta.date and art.meta.site_name and art.links
    assert [m.what for m in find_missing(art)] == []


def test_find_missing_on_a_page_without_metadata_still_reads_the_text():
    page = ('<html><body><h1>Bridge Reopens</h1><p>By Ana Lopez</p><p>The old bridge reopened on Monday after '
            'a year of repairs, the council said in a statement that listed every repair made since the floods.'
            '</p></body></html>')
    art = load_article(page)
    assert art.meta.site_name is None and not art.links
    assert "outlet" in [m.what for m in find_missing(art)] and "links" in [m.what for m in find_missing(art)]
