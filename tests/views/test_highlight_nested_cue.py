"""The attribution highlighter shows a cue nested inside the quotation that holds it (issue 10)."""

import re

from medialit.views.widgets import attribution_highlighter


def test_a_cue_inside_a_quotation_is_marked_inside_the_quote_and_escaped():
    text = "“I think <b>the</b> ferry will last,” Jane Doe said."
    html = attribution_highlighter(text).output_html.value
    body = html[html.index("“"):]  # the article, after the summary
    opened = re.findall(r'<mark class="ml-mark [^"]*" data-label="([^"]*)"|</mark>', body)
    # quote opens, the cue opens and closes inside it, then the quote closes
    assert opened[:4] == ["quote", "cue", "", ""]
    assert "&lt;b&gt;the&lt;/b&gt;" in body and "<b>the</b>" not in body
    cue = body.index('data-label="cue"')
    assert body.index("think", cue) < body.index("</mark>", cue)
    counts = {}
    for speech in ("all", "direct", "indirect"):
        view = attribution_highlighter(text)
        view.controls["speech"].value = speech
        counts[speech] = len(re.findall(r'<mark [^>]*data-label="cue"', view.output_html.value))
    # "think" (quoted words) and "said" are both direct speech: both shown with quotes, none without
    assert counts["all"] == counts["direct"] > 0 and counts["indirect"] == 0
