"""The source inventory: the seed's sources as a careful reader lists them, credits read hop by hop,
and other articles."""

import json
from pathlib import Path

import pytest

from medialit import ArticleError, find_sources, load_article
from medialit.checks import same_name
from medialit.analysis.sources import read_credit

ROOT = Path(__file__).resolve().parents[2]
ANNOTATION = json.loads((ROOT / "tests" / "data" / "seed-annotation.json").read_text(encoding="utf-8"))
ARTICLES = ROOT / "tests" / "data" / "articles"
# The seed is read exactly as the reference reading says: no known misses (add a commented list here if one appears).


@pytest.fixture(scope="module")
def sources(seed):
    return find_sources(seed)


def _find(sources, name):
    return [s for s in sources if same_name(s.name, name)]


def test_recall_of_the_annotated_sources_with_their_kinds(sources):
    wanted = ANNOTATION["sources"]
    hits = [w for w in wanted if any(s.kind == w["kind"] for s in _find(sources, w["name"]))]
    missed = [w["name"] for w in wanted if w not in hits]
    assert missed == []


def test_quoted_flags_match_the_annotation(sources):
    for w in ANNOTATION["sources"]:
        if "quoted" in w:
            found = _find(sources, w["name"])
            assert found and found[0].quoted == w["quoted"], w["name"]


def test_people_only_mentioned_are_not_sources(sources):
    for name in ANNOTATION["mentioned_not_sources"]:
        assert not [s for s in _find(sources, name) if s.kind == "named person"], name


def test_roles_are_the_texts_own_words(seed, sources):
    roles = {s.name: s.role for s in sources if s.kind == "named person"}
    assert roles["Vladimir Putin"] == "Russian President"
    assert roles["Tammy Bruce"] == "State Department spokesperson"
    assert roles["Friedrich Merz"] == "German Chancellor"
    for role in filter(None, roles.values()):
        assert role in seed.text


def test_mentions_are_real_spans_in_order(seed, sources):
    for s in sources:
        assert s.mentions, s.name
        assert list(s.mentions) == sorted(s.mentions)
        for start, end in s.mentions:
            assert 0 <= start < end <= len(seed.text)
    zel = _find(sources, "Volodymyr Zelenskyy")[0]
    spelled = {seed.text[a:b] for a, b in zel.mentions}
    assert any("Zelensky" in m and "Zelenskyy" not in m for m in spelled), "the caption's spelling counts too"
    assert [seed.text[a:b] for a, b in _find(sources, "Ludovic Marin")[0].mentions] == ["LUDOVIC MARIN"]


def test_sources_are_ordered_by_first_mention(sources):
    firsts = [s.mentions[0][0] for s in sources]
    assert firsts == sorted(firsts)


def test_agentless_and_unnamed_sources(sources):
    kinds = {s.name: s.kind for s in sources}
    assert kinds["It is noted"] == "agentless"
    assert kinds["Ukrainian officials"] == "unnamed" and kinds["reports"] == "unnamed"


@pytest.mark.parametrize("credit, expected", [
    ("Gavriil Grigorov, Sputnik via AMNA",
     [("Gavriil Grigorov", "photographer"), ("Sputnik", "agency"), ("AMNA", "channel")]),
    ("EPA/LUDOVIC MARIN / POOL MAXPPP OUT via AMNA",
     [("EPA", "agency"), ("Ludovic Marin", "photographer"), ("POOL", "pool"),
      ("MAXPPP OUT", "restriction"), ("AMNA", "channel")]),
    ("(AP Photo/Jane Doe)", [("AP", "agency"), ("Jane Doe", "photographer")]),
    ("Photo by Jane Doe/AFP via Getty Images",
     [("Jane Doe", "photographer"), ("AFP", "agency"), ("Getty Images", "channel")]),
    ("Reuters/Ana Lopez", [("Reuters", "agency"), ("Ana Lopez", "photographer")]),
    ("Jane Doe for The Daily Herald", [("Jane Doe", "photographer"), ("The Daily Herald", "agency")]),
    # A local paper's name is not a photographer's.
    ("Ellie Barnes/Millbrook Gazette", [("Ellie Barnes", "photographer"), ("Millbrook Gazette", "agency")]),
    ("Tom Berg/Eastfield Chronicle", [("Tom Berg", "photographer"), ("Eastfield Chronicle", "agency")]),
])
def test_credits_are_read_hop_by_hop(credit, expected):
    parts = read_credit(credit)
    assert [(p.text, p.role) for p in parts] == expected
    assert all(p.meaning for p in parts)


def test_the_restriction_names_what_it_excludes():
    part = [p for p in read_credit("EPA/JANE DOE / POOL MAXPPP OUT via AMNA") if p.role == "restriction"][0]
    assert '"MAXPPP OUT"' in part.meaning


@pytest.mark.parametrize("name", ["anonymous-sources", "council-budget-many-quotes",
                                  "flood-straight-quotes", "hedged-science"])
def test_other_articles_sources_cover_their_attributions(name):
    art = load_article(ARTICLES / f"{name}.txt")
    expected = json.loads((ARTICLES / f"{name}.expected.json").read_text(encoding="utf-8"))
    sources = find_sources(art)
    wanted = {(a["source"] or "", a["source_kind"]) for a in expected["attributions"] if a["source"]}
    named = [w for w in wanted if w[1] == "named person"]
    found = [w for w in named if any(s.kind == "named person" and same_name(s.name, w[0]) for s in sources)]
    assert len(found) >= 0.9 * len(named), set(named) - set(found)
    if any(k == "unnamed" for _, k in wanted):
        assert any(s.kind == "unnamed" for s in sources)


def test_anonymous_article_is_mostly_unnamed_sources():
    sources = find_sources(load_article(ARTICLES / "anonymous-sources.txt"))
    kinds = [s.kind for s in sources if s.kind in ("named person", "unnamed", "agentless")]
    assert kinds.count("unnamed") + kinds.count("agentless") > kinds.count("named person")


def test_find_sources_needs_an_article():
    with pytest.raises(TypeError, match="load_article"):
        find_sources("just a string")


def test_article_without_sources_gives_an_empty_inventory():
    assert find_sources(load_article("Quiet Day\n\nNothing happened in the town today.")) == []
