"""Session 15 (speed21): quicker look-ups in ``names`` must answer as the plain scans they replace."""
from medialit.analysis.names import names_in

TEXT = ("Harbour Board Chair Mira Tallis said on Monday that the pier would reopen. \"It is safe,\" Tallis said.\n"
        "The council leader, Jo Brennan, disagreed. But Brennan's deputy, Sam Oduya, said \"we will wait\" and "
        "He left. In Port Ellery, the mayor was silent. \"The Board,\" Tallis added, \"has checked it.\"")


def test_mentions_between_equals_a_scan_of_all_mentions():
    n = names_in(TEXT)
    for start in range(0, len(TEXT), 7):
        for end in (start, start + 1, start + 40, start + 150, len(TEXT)):
            scan = [m for m in n._mentions if start <= m.start and m.end <= end]
            assert n.mentions_between(start, end) == scan


def test_in_quote_and_in_headline_equal_a_scan_of_the_spans():
    n = names_in(TEXT)
    for pos in range(len(TEXT) + 1):
        assert n.in_quote(pos) == any(q[0] <= pos < q[1] for q in n._quotes)
        assert n.in_headline(pos) == any(s <= pos < e for s, e in n.headlines)


def test_a_lone_capitalised_grammar_word_is_no_run():
    n = names_in(TEXT)
    lone = [r for r in n._runs() if len(r) == 1 and n.tok_lower[r[0]] in ("the", "but", "he", "in", "it")]
    assert lone == []
    assert {p.name for p in n.people} >= {"Mira Tallis", "Jo Brennan", "Sam Oduya"}
