"""Session 29 (sp57): the names reader's per-word tables, made with less work and the same results.

The names reader's ``lower_words`` (the words the text writes in lower case) is made from the words' lower-case
forms, which the readers after it look up anyway, not from the words themselves. It must hold exactly the words
written in lower case (texts written for these tests).
"""

import random

from medialit.analysis.names import Names


def test_lower_words_are_the_words_written_in_lower_case():
    text = ("Doe said the plan was late. The WHO said so; Ann Lee’s aides and ΟΔΟΣ officials said the Plan was late. "
            "İstanbul’s ǅemal and ℂity Hall met ﬁne ºne ʰigh Σίσυφος.")
    names = Names(text)
    assert names.lower_words == {w for w in names.tok_words if w.islower()}
    assert "plan" in names.lower_words and "doe" not in names.lower_words and "who" not in names.lower_words


def test_lower_words_on_many_jumbled_strings():
    # Capitals that lower case changes and ones it leaves alone ("ℂ"), title case ("ǅ"), sigma, dotted capital I.
    rnd = random.Random(29)
    alphabet = "aZbY. ’s-ÉéΣσςİıǅℂϒ\u2019x"
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        names = Names(text)
        assert names.lower_words == {w for w in names.tok_words if w.islower()}, repr(text)
