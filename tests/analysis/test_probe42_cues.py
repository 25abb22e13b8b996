"""probe42, session 23 (issue 10, cause 7): cue phrases in other wording. All text here is invented."""

from support import cue_texts_and_sources

LEAD = "The deal is done. "


def test_as_reported_by_with_an_adverb_of_time_between():
    assert cue_texts_and_sources(LEAD + "As first reported by the Courier, the club will be sold.") == [
        ("As first reported by", "Courier")]
    assert cue_texts_and_sources(LEAD + "The club will be sold, as previously reported by the Courier on Monday.") == [
        ("as previously reported by", "Courier")]
    # the plain form is as before
    assert cue_texts_and_sources(LEAD + "As reported by the Courier, the club will be sold.") == [("As reported by", "Courier")]
