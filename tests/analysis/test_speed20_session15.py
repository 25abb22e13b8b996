"""Session 15 speed work: answers kept per text must be the answers worked out afresh (invented text)."""

from medialit.analysis.names import names_in
from medialit.analysis.subjects import SubjectReader

TEXT = (
    "Mayor Jane Doe of Port Alden, a former teacher, said on Monday that the bridge would reopen. "
    "The council, which met late, agreed, and Doe said she was pleased. "
    "“It is safe,” said Tom Roe, the engineer. Officials at the Harbour Board, part of the ministry, "
    "argue that the repairs, begun in May, took too long, Roe added."
)


def test_mention_at_finds_what_a_walk_over_every_mention_finds():
    n = names_in(TEXT)
    mentions = n._mentions
    for pos in range(len(TEXT)):
        # The nearest mention starting at or before pos that covers it (within 200 characters), as before.
        expected = next((m for m in reversed(mentions) if m.start <= pos < m.end and m.start > pos - 200), None)
        assert n.mention_at(pos) == expected, pos
    assert n.mention_at(TEXT.index("Jane")).start == TEXT.index("Mayor Jane") + len("Mayor ")


def test_kept_sentence_and_cut_answers_match_fresh_ones():
    reader = SubjectReader(TEXT)
    for pos in range(0, len(TEXT), 7):
        first = reader._sentence(pos)
        reader._sentence_at.clear()
        assert reader._sentence(pos) == first
    for cue in reader.cues:
        start = reader._sentence(cue.start)[0]
        assert reader._cut(start, cue.start) == reader._find_cut(start, cue.start)
    said = TEXT.index("said on Monday")
    start = reader._sentence(said)[0]
    assert reader._cut(start, said) == (start, None)  # commas open no clause: the whole opening is the piece
    assert (start, said) in reader._cuts
