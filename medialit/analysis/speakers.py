"""Whose words a quotation is: each quotation linked to the reporting cue that frames it.

The third step of ``attribution``. A quotation goes with a cue in the same
sentence and clause ("“No,” she said"); a quotation with no cue of its own
continues the speaker of the quotation before it in the paragraph, or else
belongs to the person who is the subject of the sentence. A source the text
does not name gives its phrase ("a senior official"), not None: a learner
sees who the text says spoke; only an agentless cue ("It is said") gives None.

>>> SpeakerReader('“No,” said Dr. Ann Lee.').speakers()
[('Ann Lee', 'said')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .cues import Cue
from .lexicons import word_list
from .quote_marks import is_term, speaker_label
from .subjects import SubjectReader
from .wordlists import (BE_FORMS, CALENDAR_WORDS, CLAUSE_JOINERS, HAVE_FORMS, MODALS_AND_NOT, STOP_WORDS,
                        SUBJECT_PRONOUNS, VERB_GAP_WORDS)


# How far a cue may stand after the quotation it follows: room for a name with a long comma aside
# ("“...,” Jane Doe, director of ... and a professor at ..., said"); ``_only_source_between``
# still turns away a clause of the writer's own.
_QUOTE_TO_CUE = 250
# Where the source comes from or works, between the source and its verb: "Jane Doe of the Kent Club", "Doe from Acme"
_AFFILIATION_RE = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+(?:(?:of|for|and|the)\s+)*)*[A-Z][\w.'’&-]*\s*")


# ": Jane Doe on ...", right after a headline's quotation (``_headline_name_on``).
_NAME_ON_RE = re.compile(r":[ \t]+([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}) on\b")
# A dash after a quotation, on its line or opening the next paragraph, before a signature: "” ― Jane Doe".
_SIGNATURE_RE = re.compile(r"[.,]?[^\S\n]*(?:\n\s*)?[—―–-][^\S\n]*")


# A relative clause, as in ", which was reported by", ", who told", or with no comma after a described
# source: "said Jane Doe, a delegate and Roe supporter who has accused ..." (the clause describes Doe).
_RELATIVE_RE = re.compile(r"(?:,\s+|\s)(?:which|who|whom|whose|where)\b")
# A clause of time or reason after a comma ("..., Doe told the Post, after Roe stated an interest"): it too
# tells the circumstances, not a new speaker. Must not: take one with no comma before it ("said that
# when Roe ...": what was said).
# "told a crowd that the campaign estimated at 3,000": "that" after a noun opens a relative clause; right after
# the verb ("said that Roe claimed") it opens what was said, which this does not catch.
_NOUN_THAT_RE = re.compile(r"^\s*\S.*\s[a-z]+\s+that\s")
_CIRCUMSTANCE_RE = re.compile(r",\s+(?:after|before|when|while|as|since|because|though|although|even as)\s")


# Words that open a short tail after "Doe said": when, where or how ("on Tuesday", "in a letter", "later").
_TAIL_STARTS = frozenset("on in at to during after before from via with over through later earlier last this "
                         "yesterday today tonight afterward afterwards".split())


# Words that open a clause of the writer's own after a quotation: "“...,” when Doe blasted him" (the cue
# is Doe's, the quotation someone else's). Not "as": "“...,” as Doe said" is Doe's.
_SUBORDINATORS = frozenset("when after before if unless until since whether".split())


# How far back an unresolved "he"/"she" may take the speaker of the quotation before it.
_PRONOUN_REACH = 600


# Words that open a phrase of time, place or manner before a sentence's subject: "In a 2013 memo, the
# agency ...", "Meanwhile, the campaign ...". The phrase runs to the first comma.
# A paragraph that opens with a short role in lower case and a comma before the person's name ("Another expert,
# Bo Kim ...", "A local historian, Ann Lee, ..."): the name is the paragraph's subject (real30; a wire story's
# expert, then her quotation as a paragraph of its own). Must not: take a capitalised word in the role ("A
# spokesman for Acme, Jo Doe," is read as before).
_ROLE_FIRST_RE = re.compile(r"(?:Another|One|A|An|The)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+")
_OPENER_WORDS = frozenset("in on at after before during following since with under amid as when while despite "
                          "meanwhile then but and still however later earlier last yesterday today".split())

# A time phrase that opens a sentence without a comma ("Ten years ago", "Last week"): ``_time_phrase_length``.
_TIME_ENDS = frozenset("ago later earlier".split())
_TIME_NOUNS = frozenset("week weekend month year decade spring summer autumn winter night term season".split())

# Words that open a noun phrase which can be a sentence's subject ("The statement", "Several groups").
_SUBJECT_DETERMINERS = frozenset("the a an his her their its one some many most several both all two three "
                                 "four five other another each".split())

# Words that end a subject and start its verb phrase ("The committee also noted", "The piece was").
_VERB_STARTS = VERB_GAP_WORDS | frozenset("says said".split())

# Irregular past tenses that end a sentence's opening subject as "-ed" does ("The campaign told reporters",
# "Her aide wrote in an email"). Left out: forms that are as often nouns or adjectives (read, cut, set,
# left, lost, shot, fell, rose, bit), which must not cut a subject short ("The left wing").
_IRREGULAR_PAST = frozenset("""told wrote spoke thought felt went took gave made came became began brought bought
sought taught fought caught knew grew threw drew heard meant sent spent kept held built led met paid stood
understood sat ran won got struck chose swore forgot hung stuck saw""".split())

# Lower-case words a title before a name may hold: "former South Carolina Gov. and Party Chairman Jane Doe".
_TITLE_JOINERS = frozenset("former state and of the".split())
_ADDRESS_TITLE_RE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.? (?=[A-Z])")  # a form of address before a surname

# Common adjectives that cannot end a subject: "The new" (plans), "the former" (aide).
_PLAIN_ADJECTIVES = frozenset("new old former latest top first last other same big small whole full recent".split())

# Words that open a clause or an infinitive inside what looked like a subject ("Contrary to his claim that ...").
_CLAUSE_OPENERS = frozenset("that which who whom whose to if because than whether".split())

# Prepositions not in STOP_WORDS that may open a sentence ("Besides the mayor, ...").
_PREPOSITION_OPENERS = frozenset("besides beside given including excluding toward towards amid amidst".split())

# Prepositions before a name that is no sentence's subject: "Preceded by Roe, Doe ...", "With Roe gone, ..."
_AGENT_PREPOSITIONS = frozenset("by with to for of from about against".split())

# Pronouns for no one in particular: "Nothing really “changed”" names no speaker.
_NO_ONE_WORDS = frozenset("nothing something everything anything".split())
# Nouns for a written text a quotation can be taken from: "From the report: “...”", "From Doe’s post: “...”".
_TEXT_NOUNS = frozenset(word_list("document noun") + word_list("written text") + word_list("spoken text"))
# "From the report:", "From Doe’s Facebook post:": the whole stretch before the quotation, up to a colon.
_FROM_TEXT_RE = re.compile(r"From ((?:[\w’'.-]+ ){0,5}?[\w’'-]+):\s*$")
# "X quoted Jo Penn as saying: “...”", "Jo Penn was quoted by X as saying: “...”": what comes between a quoting
# verb and its quotation (``SpeakerReader._quoted_as_saying``); group 1 is the person quoted or "by" and the one quoting.
# "“...” This was the message from Jo Penn ...", "“...” — that was the verdict of Jo Penn, ...": a sentence right
# after a quotation that names whose words they were (real-news-13: a press release opens this way). The nouns are
# what a person says; "view of many farmers" names nobody and is left alone.
_NAMED_AFTER_RE = re.compile(r"[\s”\"’'.,!?]*(?:[—―–-]+\s*)?(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch)\s+(?:was|were|is|are)\s+"
                             r"the\s+(?:[a-z]+\s+)?(?:message|verdict|words|view|warning|assessment|conclusion|reaction|"
                             r"response|answer|reply|plea|advice|judgement|judgment|opinion)\s+(?:of|from)\s+")
_AS_SAYING_RE = re.compile(r"\s+([^\n\ue000]{0,80}?)\s*\bas saying\s*[:,]?\s*")
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$")

# A verb phrase that opens with these tells a state or a possibility, not what its subject did.
# Cues that report a view several people share, never words: a quotation after "agreed on" is the words of
# whoever reports the agreement ("a diplomat said they had agreed on “about 90 percent” of the text").
_SHARED_VIEW_CUES = frozenset({"agreed on"})
# Cues that frame only a quotation before them ("“It was a long year,” Doe shared."): after the verb a quotation is
# what was shared, often someone else's words ("shared “almost all the same views”"), so no quote after it is theirs.
_QUOTE_BEFORE_ONLY = frozenset({"shared"})
# "The story, first reported by the Post, “is false,” Doe said": a reporting participle in an aside between commas
# tells who first reported the thing named before it; the quotation after the aside is the closing cue's (session 26).
_FIRST_REPORTED_RE = re.compile(r",\s*(?:first|originally|initially)\s+reported$", re.I)
_STATE_WORDS = BE_FORMS | HAVE_FORMS | MODALS_AND_NOT | frozenset("do does did".split())
# Unions the reader's tests ask about, made once here (a union written in a test is made at every call).
_JOINERS_GAP_WORDS_OR_A = _TITLE_JOINERS | VERB_GAP_WORDS | {"a", "an"}
_JOINERS_OR_SUBORDINATORS = CLAUSE_JOINERS | _SUBORDINATORS
_SUBJECT_PRONOUNS_OR_IT = SUBJECT_PRONOUNS | {"it"}
_STOP_OR_NO_ONE_WORDS = STOP_WORDS | _NO_ONE_WORDS
_DETERMINERS_OR_LINKS = _SUBJECT_DETERMINERS | {"that", "on", "to", "about", "for"}


_REQUOTE_REACH = 40  # how many quotations back words quoted again are looked for


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # (the regex engine's \w on a str)


def _has_whole_word(text: str, word: str) -> bool:
    r"""``re.search(r"\b" + re.escape(word) + r"\b", text) is not None``, without a pattern made for each name:
    compiling one costs more than a whole quotation's search, and every text brings names of its own."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i > 0 and _is_word_char(text[i - 1])) != _is_word_char(word[0]) \
                and (j < len(text) and _is_word_char(text[j])) != _is_word_char(word[-1]):
            return True
        i = text.find(word, i + 1)
    return False


def _folded(words: str) -> str:
    """``words`` in lower case, words split from punctuation, for comparing quotations by whole words."""
    return " ".join(re.findall(r"[\w'’-]+", words.lower()))


def _title_like(words: str) -> bool:
    """Do all the longer words start with a capital, as in a title or a name ("Broad City", "Bernie or Bust")?"""
    return all(w[:1].isupper() for w in words.split() if len(w) > 3)


_DESCRIPTION_OPENING_RE = re.compile(r",\s+(?:the|an?)\s")  # ", the chef who ...": an aside after a source (``_only_source_between``)

class SpeakerReader(SubjectReader):
    """Links each quotation to the cue that frames it, and so to its speaker (the third step)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        # "when asked whether ..." is the question put: no quotation is its answer's words, and it stands between none
        # (the answer's speaker is the main clause's: "she told CNN when asked ..."); ``attribution`` still lists it
        self.question_cues = [c for c in self.cues if self._when_asked(c)]
        if self.question_cues:
            self.cues = [c for c in self.cues if c not in self.question_cues]
        self.links = self._link_quotes()
        self._phrase_speakers: set[int] = set()  # quotes whose speaker is only a sentence's opening phrase
        self.cues = [c for c in self.cues if c.row["frame"] != "quote" or c.direct]
        self._cue_starts_final = [c.start for c in self.cues]
        self._quote_starts = [q.start for q in self.quotes]

    def _link_quotes(self) -> dict[int, Cue]:
        """Which cue each quote belongs to, by index into ``self.quotes``; sets ``cue.direct``."""
        links: dict[int, Cue] = {}
        qstarts = self._quote_starts_all = [q.start for q in self.quotes]
        quoting_cues = [c for c in self.cues if c.row["cue"] not in _SHARED_VIEW_CUES]
        cue_starts = sorted(c.start for c in quoting_cues)
        for c in quoting_cues:
            if c.row["kind"] == "dash":  # "“...” ― Jane Doe": the quotation the dash follows
                self._link(links, bisect_left(qstarts, c.start) - 1, c)
                continue
            s_start, s_end = self._sentence(c.start)
            k = bisect_right(cue_starts, c.start)
            nxt = cue_starts[k] if k < len(cue_starts) and cue_starts[k] < s_end else None
            # Quotes after the cue, up to the next cue: "she said, “back down.”"
            i = bisect_left(qstarts, c.end)
            after = c.row["cue"] not in _QUOTE_BEFORE_ONLY and not (
                c.row["cue"] == "reported" and _FIRST_REPORTED_RE.search(self.masked, max(0, c.start - 16), c.end))
            while after and i < len(self.quotes) and self.quotes[i].start < s_end and (nxt is None or self.quotes[i].start < nxt):
                self._link(links, i, c)
                i += 1
            # A colon that ends the sentence, and a quote right after: "She described the night:"
            if after and i < len(self.quotes) and self.quotes[i].start - s_end < 20 and self.masked[s_start:s_end].rstrip().endswith(":") \
                    and self.masked[s_end:self.quotes[i].start].strip() == "":
                self._link(links, i, c)
            # A quote just before the cue: "“We will not,” she said". A quote ending in a full
            # stop is a finished sentence, so a cue after it starts a new one; so does a full
            # stop after the closing mark ("called it ‘a disaster’. It is believed ...").
            j = bisect_left(qstarts, c.start) - 1
            if j >= 0 and 0 <= c.start - self.quotes[j].end < _QUOTE_TO_CUE:
                q = self.quotes[j]
                between_cues = bisect_left(cue_starts, c.start) - bisect_left(cue_starts, q.end)
                # A question or an exclamation inside the marks does not end the writer's sentence:
                # "“Who knows?” Doe asked" (the sentence splitter may still cut after "?”").
                # A closing inner mark does not hide the end: "“... ‘What can I do?’” Doe said".
                inner = self.text[q.inner_start:q.inner_end].rstrip("’'\"”")
                same_sentence = self.names.sentence_of(q.end - 1) == c.sentence or inner.endswith(("?", "!"))
                ended = inner.endswith(".")
                if "\n" not in self.text[q.end:c.start] and between_cues == 0 \
                        and ((not ended and same_sentence) or (ended and self._bare_cue_sentence(q.end, c))) \
                        and self._only_source_between(q.end, c):
                    before = links.get(j)
                    self._link(links, j, c)
                    if self._inverted_right_after(q.end, c) or self._source_and_verb_right_after(q.end, c, before, j):
                        links[j] = c  # "Polls show that “...,” said Jane Doe": Doe is quoted, whatever cue came before
                    self._link_earlier_in_sentence(links, j, c, cue_starts)
        for c in quoting_cues:
            self._link_before_closing_cue(links, c, qstarts, cue_starts)
        return links

    def _link_before_closing_cue(self, links: dict[int, Cue], cue: Cue, qstarts: list[int], cue_starts: list[int]) -> None:
        """ "So are a “small handful” of the firms that back the event, Doe said.", "..., said Jane Doe, a
        planner.", "“If ...” by the allies, Doe said, “we would ...”", "... a “walk-in” at 200 schools,
        according to the organisers.": a cue set off by a comma after the quotations of its sentence
        reports them, so those with no cue of their own are its source's. Must not: take a quotation with
        a cue between it and this one ("Roe called it “a disaster,” Doe said"), one before a dash or a
        semicolon, or one in another paragraph."""
        participle = self.text[cue.start:cue.end].split()[0].lower().endswith("ing")
        if not (cue.row["kind"] == "prep" or (cue.row["kind"] == "verb" and not participle)):
            return  # "according to X" is a cue of this kind; "..., saying" is not
        s_start, _ = self._sentence(cue.start)
        comma = self.masked.rfind(",", s_start, cue.start)
        if comma < 0 or any(ch in self.masked[comma:cue.start] for ch in "\ue000\n;"):
            return
        between = self._toks(comma + 1, cue.start)  # the source and its title: ", Acme chief Jane Doe has said"
        in_source = cue.s_start is not None and cue.s_end is not None
        # Words that qualify a role before it are the title's too: ", party spokesman Jo Doe said", ", DFA
        # spokesman ...". Not a stop word ("they need to win, ..." has no role after it anyway).
        role_at = max((n for n, k in enumerate(between) if self._role_word(k)), default=-1)
        outside = [k for k in between if not (in_source and cue.s_start <= self.tok_starts[k] < cue.s_end)]
        if len(outside) > 6 or not all(
                self.tok_caps[k] or self._role_word(k) or self._word(k) in _JOINERS_GAP_WORDS_OR_A
                or (n < role_at and self._word(k) not in STOP_WORDS)
                or (in_source and cue.s_start <= self.tok_starts[k] < cue.s_end) for n, k in enumerate(between)):
            return
        k = bisect_left(qstarts, comma) - 1
        # (a quotation of several sentences may open before the sentence the splitter gives the cue:
        # "“Money is short. They have no choice” but to advertise, says Doe": it ends inside that sentence)
        while k >= 0 and self.quotes[k].end > s_start and self.quotes[k].end <= comma \
                and self._free_to_link(links, k, comma, cue, cue_starts):
            self._link(links, k, cue)
            k -= 1

    def _free_to_link(self, links: dict[int, Cue], k: int, upto: int, cue: Cue, cue_starts: list[int]) -> bool:
        """May quotation ``k`` take a cue found later in its sentence? Only with no cue of its own, no
        other cue between, and no line break, dash or semicolon up to ``upto`` (an aside: "Doe -- “A” --")."""
        gap = self.text[self.quotes[k].end:upto]
        return k not in links and not any(ch in gap for ch in "\n—–;") and "--" not in gap \
            and bisect_left(cue_starts, cue.start) == bisect_left(cue_starts, self.quotes[k].end)

    def _link_earlier_in_sentence(self, links: dict[int, Cue], j: int, cue: Cue, cue_starts: list[int]) -> None:
        """ "They chanted “A,” “B” and “C,” said Doe.": a cue that closes its sentence after quotation ``j``
        is also the cue of the quotations before ``j`` in the same sentence that have no cue of their own.
        Must not: take a quotation with a cue between it and this one ("“A,” Roe said, and “B,” said Doe"),
        nor reach into another sentence or paragraph or across a dash or a semicolon (an aside: "Doe --
        “A” -- and Roe"), nor work for a cue with more quoted after it."""
        _, s_end = self._sentence(cue.start)
        if bisect_left(self._quote_starts_all, s_end) != bisect_left(self._quote_starts_all, cue.end):
            return  # a quotation after the cue in its sentence: not a closing cue
        k = j - 1
        while k >= 0 and self.names.sentence_of(self.quotes[k].end - 1) == cue.sentence \
                and self._free_to_link(links, k, cue.start, cue, cue_starts):
            self._link(links, k, cue)
            k -= 1

    def _bare_cue_sentence(self, quote_end: int, cue: Cue) -> bool:
        """ "“We will win.” Doe said on Tuesday.": a full stop inside the marks, then a sentence that is
        only the source, the verb and a short tail of when or where, and quotes nothing: the writer's
        slip for a comma, so the quotation is that source's. Must not: take a sentence that reports
        more ("“We will win.” Doe said the team would fight.") or a refusal ("Acme did not respond.")."""
        _, s_end = self._sentence(cue.start)
        tail = self.masked[cue.end:s_end].strip()
        verb = self.text[cue.start:cue.end].lower().split()
        if cue.s_start is None or cue.s_start < quote_end or not tail.endswith(".") or "\n" in self.text[cue.end:s_end] \
                or len(verb) > 2 or any(w in ("not", "never") or w.endswith("n't") for w in verb):
            return False  # "... did not immediately respond.": a refusal, not the speaker of the quote
        words = tail.rstrip(".").lower().split()
        return (not words or (len(words) <= 5 and (words[0] in _TAIL_STARTS or words[0] in CALENDAR_WORDS))) \
            and bisect_left(self._quote_starts_all, s_end) == bisect_left(self._quote_starts_all, cue.end)

    def _participle_of(self, cue: Cue | None, other: Cue) -> bool:
        """ "“...,” Doe said, adding that ...", "said Doe, speaking to reporters": is ``other`` a participle
        clause of ``cue``'s sentence with the same source, so Doe is still the one speaking after it?
        Must not: take a finite verb ("Doe said, and Roe added") or a participle with a source of its own."""
        return cue is not None and other.start > cue.end and other.sentence == cue.sentence \
            and cue.s_start is not None and (other.s_start, other.s_end) == (cue.s_start, cue.s_end) \
            and self.text[other.start:other.end].split()[0].lower().endswith("ing") \
            and self.masked[cue.end:other.start].count(",") >= 1

    def _inverted_right_after(self, quote_end: int, cue: Cue) -> bool:
        """Is the cue a verb right after the quotation's closing mark with its named source after it ("...
        ''grabbed ahold of the city,'' said Jane Doe")? It tells who is quoted, even when the quotation ends a
        clause another cue opened ("Polls show that ''...''", "Roe said he ''...''"). Must not: take a verb
        with its source before it ("“...,” she said") or a source that names no one."""
        gap = self.text[quote_end - 3:cue.start]  # from the quotation's last word: ",” said", ",'' said", "?” asked"
        return cue.row["kind"] == "verb" and cue.kind == "named person" and cue.s_start is not None \
            and cue.s_start > cue.end and not self.masked[quote_end:cue.start].strip(" ,\ue000'\"”’") \
            and any(mark in gap for mark in ",?!")  # (not a term in marks: "a “showbiz” feel, leaving Doe")

    def _source_and_verb_right_after(self, quote_end: int, cue: Cue, before: Cue | None, i: int) -> bool:
        """ "But the union has shown “no sign it wants to talk,” he wrote.": a source and its speech verb right after
        the closing mark, a comma, "?" or "!" before it, tell who is quoted, even when the quotation ends a clause
        another cue opened (the verb of the writer's clause, "has shown", is no speech). Must not: take a cue with
        more words between the mark and the source ("“...” for action, Doe said")."""
        if cue.row["kind"] != "verb" or cue.s_start is None or cue.s_end is None or not quote_end <= cue.s_start < cue.s_end <= cue.start \
                or before is None or before.row["frame"] != "clause" or self._quote_is_object(before, i) \
                or "\n" in self.text[self.quotes[i].start:quote_end]:
            return False  # (a quotation over paragraphs is the words of the cue that opened it: "As X reported:")
        gap = self.text[quote_end - 3:cue.s_start]
        return not self.masked[quote_end:cue.s_start].strip(" ,\ue000'\"”’") and not self.masked[cue.s_end:cue.start].strip() \
            and any(mark in gap for mark in ",?!")

    def _only_source_between(self, quote_end: int, cue: Cue) -> bool:
        """Between a quote and a later cue, only the source and a few words ("“...,” Jane Doe,
        the mayor, said"), not a clause of its own ("“...” for action, but warned")."""
        # Capitalised words are the source's title or office ("White House Press Secretary Jane Doe");
        # words between commas right after the source describe it ("Jane Doe, an oversight panel member, said").
        aside_end = -1
        if cue.s_end is not None:
            gap = self.masked[cue.s_end:cue.start].strip()
            # (Or with no comma to close it, when a description opens it: "“...,” Jane Doe, the chef who founded
            # Doe's Kitchen tweeted": the cue's source was read across it, so the quotation is hers too; bugs49.)
            if gap.startswith(",") and (gap.endswith(",") or gap.count(",") == 1 and _DESCRIPTION_OPENING_RE.match(gap)) \
                    and len(gap) < 120 and not any(ch in gap for ch in ";:\ue000\n"):
                aside_end = cue.start
            elif _AFFILIATION_RE.fullmatch(self.masked, cue.s_end, cue.start):
                aside_end = cue.start  # "“...,” Jane Doe of the Kent Club said": where she works describes her
        # A job before the source, between commas: "“...,” Acme's chief executive, Jane Doe, told".
        job_start = cue.s_start if cue.s_start is not None else -1
        if cue.s_start is not None:
            before = self.masked[quote_end:cue.s_start].strip()
            ks = self._toks(quote_end, cue.s_start)
            if before.endswith(",") and len(ks) <= 6 and any(self._role_word(k) for k in ks) \
                    and not any(ch in before for ch in ";:\ue000\n") and CLAUSE_JOINERS.isdisjoint(map(self.tok_lower.__getitem__, ks)):
                job_start = quote_end
            else:
                job_start = self._title_before(ks, job_start)
        others = [k for k in self._toks(quote_end, cue.start)
                  if (cue.s_start is None or not cue.s_start <= self.tok_starts[k] < cue.s_end)
                  and not (self.tok_caps[k] and cue.s_start is not None and self.tok_starts[k] < cue.s_start)
                  and not (job_start <= self.tok_starts[k] < (cue.s_start or 0))
                  and not (cue.s_end is not None and cue.s_end <= self.tok_starts[k] < aside_end)]
        return len(others) <= 3 and _JOINERS_OR_SUBORDINATORS.isdisjoint(map(self.tok_lower.__getitem__, others))

    def _title_before(self, ks: list[int], s_start: int) -> int:
        """Where a title of lower-case words ending in a role noun starts, right before a source ("“...,” former
        policy planning director Jo Doe wrote"): its words are the source's, not a clause of the writer's.
        Gives ``s_start`` when there is none. Must not: take a stop word ("“...” for the director Doe"
        stays as it was) or more than five words."""
        if not ks or not self._role_word(ks[-1]):
            return s_start
        n = len(ks) - 1
        while n > 0 and len(ks) - n < 5 and self._word(ks[n - 1]) not in STOP_WORDS:
            n -= 1
        return self.tok_starts[ks[n]]

    def _link(self, links: dict[int, Cue], i: int, cue: Cue) -> None:
        if i in self.labels:
            return  # a label in quotation marks (so-called “reform”) is nobody's speech
        cue.direct = True
        old = links.get(i)
        if old is None or (old.kind not in ("named person", "named group") and cue.kind in ("named person", "named group")
                           and not self._quote_is_object(old, i)):
            links[i] = cue

    def _quote_is_object(self, cue: Cue, i: int) -> bool:
        """Is quotation ``i`` what the cue before it names, right after it ("what an officer described as “...”",
        "one resident called it “...”")? Then a named cue after the quotation ("“...”, Acme Police reported")
        does not take it from that cue's unnamed source."""
        gap = self.masked[cue.end:self.quotes[i].start].split()
        return cue.end <= self.quotes[i].start and len(gap) <= 2 and all(w in ("as", "it", "them", "him", "her") for w in gap) \
            and (cue.row["frame"] in ("as", "quote") or "as" in gap)  # (not "Candidates who think “...”": a view the speaker quotes)

    def speakers(self) -> list[tuple[str | None, str | None]]:
        """(speaker, cue) for every quote, in order."""
        out: list[tuple[str | None, str | None]] = []
        for i, q in enumerate(self.quotes):
            label = speaker_label(self.text, q.inner_start, q.inner_end)
            if label is not None:
                out.append((label, None))  # a transcript line, “DOE: We will ...”: the label is the speaker
                continue
            cue = self.links.get(i)
            # "From Doe’s Facebook post: “...”" ("post" may be read as a cue); a cue after the quotation still rules
            quoted_text = self._from_text(q) if cue is None or cue.end <= q.start else None
            if quoted_text is not None:
                out.append((quoted_text, None))
                continue
            if cue is not None:
                cue = self._reporting_frame(cue, q) or cue
                quoted = self._quoted_as_saying(cue, q)
                if quoted is not None:
                    out.append((quoted, self.text[cue.start:cue.end]))
                    continue
                # An unnamed source keeps its phrase ("a senior official"): a learner sees who the text
                # says spoke, even when it names no one. Only an agentless cue ("It is said") gives None.
                speaker = self._speaker_of(cue)
                if speaker is None and cue.source is not None and cue.source.lower() in ("he", "she") and out \
                        and out[-1][0] is not None and q.start - self.quotes[i - 1].end < _PRONOUN_REACH \
                        and getattr(self.names.asker_replied_to(q.start), "name", None) != out[-1][0]:
                    # "“...,” she said" with no person the pronoun fits nearby: the one quoted just before
                    # (the pronoun's person is usually the last speaker), unless that one asked what this answers
                    speaker = out[-1][0]
                elif speaker is not None and out and out[-1][0] not in (None, speaker) and self._quote_names(q, speaker) \
                        and not self._quote_names(q, out[-1][0]) and q.start - self.quotes[i - 1].end < _PRONOUN_REACH \
                        and self.text[cue.s_start:cue.s_end].lower() in ("he", "she") \
                        and self._may_be(out[-1][0], self.text[cue.s_start:cue.s_end].lower(), q.start):
                    # "“I think Roe is causing this,” she said": the pronoun's person is named in the
                    # quotation as someone else; the one quoted just before is still speaking
                    speaker = out[-1][0]
                if speaker is None and cue.kind == "agentless":
                    # "the “two actions” purportedly mentioned": no source, but the words repeat a speaker's
                    speaker = (self._requoted(i, out) or (None, None))[0] or self._teller_of_agentless(cue)
                out.append((speaker, self.text[cue.start:cue.end]))
                continue
            out.append(self._speaker_without_cue(i, out))
        self._headline_requotes(out)
        return out

    def _headline_name_on(self, q) -> str | None:
        """ "‘I never planned to be a baker’: Nadia Farouk on flour and failure": an interview headline gives the
        quotation to the person named right after the colon, before "on". Must not: take a name that is not a
        person's, or one further on ("...: the town where Jo Penn lives"). (news24, session 16)"""
        m = _NAME_ON_RE.match(self.text, q.end)
        if m is None:
            return None
        mention = self.names.mention_at(m.start(1))
        if mention is None or mention.end != m.end(1) or self.names.person(mention).kind != "person":
            return None
        return self.names.person(mention).name

    def _headline_requotes(self, out: list) -> None:
        """ "“We are the last ones left”: the town where the buses stopped" ... "“We are the last ones left who
        remember ...,” she says": a headline's quotation with no speaker whose words (three or more) a later
        quotation with a speaker repeats is that speaker's. Features and profiles open this way. Must not: take
        a shorter phrase (a slogan anyone may use) or a quotation after the first line. (news24, session 16)"""
        lead = len(self.text) - len(self.text.lstrip())
        first_end = self.text.find("\n", lead)
        first_end = len(self.text) if first_end < 0 else first_end
        for i, q in enumerate(self.quotes):
            if q.start >= first_end:
                break  # only on the text's first line: its headline
            if out[i][0] is not None:
                continue
            named = self._headline_name_on(q)
            if named is not None:
                out[i] = (named, None)
                continue
            words = _folded(self.text[q.inner_start:q.inner_end])
            if len(words.split()) < 3:
                continue
            later = next((j for j in range(i + 1, len(self.quotes)) if out[j][0] is not None and f" {words} " in
                          f" {_folded(self.text[self.quotes[j].inner_start:self.quotes[j].inner_end])} "), None)
            if later is not None:
                out[i] = (out[later][0], None)

    def _may_be(self, name: str, pronoun: str, before: int) -> bool:
        """May "he"/"she" be ``name``, by the gender the text gives its last mention before ``before``? (A
        speaker the text does not name as a person, "a neighbour", may be either.)"""
        mentions = [m for m in self.names.mentions_between(0, before) if self.names.person(m).name == name]
        return not mentions or self.names.fits(mentions[-1], pronoun)

    def _quote_names(self, q, name: str) -> bool:
        """Does the quotation name ``name`` by its last word ("Roe" of "Jane Roe")?"""
        return _has_whole_word(self.text[q.inner_start:q.inner_end], name.split()[-1])

    def _reporting_frame(self, cue: Cue, q) -> Cue | None:
        """ "Jane Doe said Roe called on members to be “closely coordinated.”": a cue whose clause is what an
        earlier cue of its sentence reports (that cue's verb, then at most "that" or a day, then this cue's
        subject) and a few words of quotation inside that clause, not after a comma or a colon: the words
        are the reporting source's, who tells what Roe did in them. Gives that earlier cue. Must not: take a
        quotation the inner cue introduces ("Doe said Roe replied: “No.”"), a clause after a comma or a
        joining word ("Doe said, after Roe claimed ...", "while Roe said"), or an earlier cue of no named person."""
        if cue.s_start is None or cue.s_start > cue.start or q.start < cue.end \
                or self.masked[cue.end:q.start].rstrip().endswith((",", ":")) or "\n" in self.text[cue.end:q.start]:
            return None
        earlier = [c for c in self._by_sentence.get(cue.sentence, ()) if c.end <= cue.s_start and c is not cue]
        if not earlier:
            return None
        outer = earlier[-1]
        if outer.row["kind"] != "verb" or outer.kind != "named person" or outer.s_start is None or outer.s_end > outer.start \
                or self.text[outer.start:outer.end].split()[0].lower().endswith("ing"):
            return None
        gap = self.masked[outer.end:cue.s_start]
        ks = self._toks(outer.end, cue.s_start)
        # The inner subject's title may stand before its name: "said that FBI Director Jane Roe had called it".
        while ks and (self.tok_caps[ks[-1]] or self._role_word(ks[-1])) and self._word(ks[-1]) not in STOP_WORDS:
            ks = ks[:-1]
        # "said Wednesday that Roe", or a short tail of when or where first: "said during a rally in Ohio that Roe"
        tail = bool(ks) and self._word(ks[0]) in _TAIL_STARTS and self._word(ks[-1]) == "that" and len(ks) <= 9
        if any(ch in gap for ch in ",;:\n\ue000") or not (tail or all(
                self._word(k) == "that" or self._word(k) in CALENDAR_WORDS for k in ks)):
            return None
        return outer if self._speaker_of(outer) is not None else None

    def _speaker_of(self, cue: Cue) -> str | None:
        """The cue's source as a quotation's speaker; a pronoun the text does not resolve ("he") says
        nothing a learner can use, so it gives None."""
        described = self._described_person(cue)
        if described is not None:
            return described
        if cue.start in self.reported_within:
            # "Roe told the paper that Moss “walked in” and told the police, “...”": the words quoted inside
            # the report are the reporter's, though the verb is Moss's (src18, session 18)
            return self._speaker_of(self.reported_within[cue.start])
        source = cue.refers_to or cue.source
        if source is None or (cue.kind == "unnamed" and source.lower() in _SUBJECT_PRONOUNS_OR_IT):
            return None
        return source

    def _titled_source_of_dropped_cue(self, q) -> tuple[str, str] | None:
        """ "“...,” said Ohio Democratic Party Chairman Jane Doe.", "“...,” Clark County Sheriff Jane Doe said": a
        cue right after the quotation whose source the cue reader left unread (a place opens the title)
        still names its speaker: the person whose name ends that title. Must not: take a title phrase
        with other words in it ("said the talks with Jane Doe"), a name followed by more than an aside
        after a comma, or a cue further on in the sentence."""
        for c in self._by_sentence.get(self.names.sentence_of(q.end), ()):
            if c.ok or c.row["kind"] != "verb" or not 0 <= c.start - q.end < 150 or "\n" in self.text[q.end:c.start]:
                continue
            gap = self.masked[q.end:c.start]
            lead = len(gap) - len(gap.lstrip(" ,\ue000"))
            if gap.strip(" ,\ue000"):  # "“...,” Clark County Sheriff Jane Doe said"
                start, end = q.end + lead, c.start
            else:  # "“...,” said Ohio Party Chairman Jane Doe, a lawyer."
                s_end = self._sentence(c.start)[1]
                comma = self.masked.find(",", c.end, s_end)
                start, end = c.end, comma if comma >= 0 else s_end
            end = start + len(self.text[start:end].rstrip(" .")) if start < end else start
            ks = self._toks(start, end)
            mentions = self.names.mentions_between(start, end)
            if not ks or not mentions or mentions[-1].end != end or mentions[-1].possessive \
                    or self.names.person(mentions[-1]).kind != "person" \
                    or not all(self.tok_caps[k] or self._word(k) in _TITLE_JOINERS for k in ks):
                return None
            return self.names.person(mentions[-1]).name, self.text[c.start:c.end]
        return None

    def _described_person(self, cue: Cue) -> str | None:
        """ "“...,” said Acme campaign spokesman Hal Roe", "said Doe ally Jane Roe": a name that only describes
        a job written without a comma before the person's name (the source read as "Acme" or "Doe") gives
        the person named after the job as the speaker. Must not: take a name followed by its verb or by
        a comma ("said Doe, ally of Roe"), nor a person named in another sentence."""
        if cue.s_start is None or cue.s_end is None:
            return None
        m = self.names.mention_at(cue.s_start)
        if m is None or m.end != cue.s_end or not self.names.describes_next(m):
            return None
        after = self.names.mentions_between(m.end, min(m.end + 80, self._sentence(cue.start)[1]))
        if not after or self.names.person(after[0]).kind != "person" or "," in self.masked[m.end:after[0].start]:
            return None
        return self.names.person(after[0]).name

    def _speaker_without_cue(self, i: int, done: list) -> tuple[str | None, str | None]:
        q = self.quotes[i]
        line_start = self.text.rfind("\n", 0, q.start) + 1
        if i in self.labels:
            return None, None
        titled = self._titled_source_of_dropped_cue(q)
        if titled is not None:
            return titled
        announced = self._announced_by_subject(q) or self._named_after_quote(q)
        if announced is not None:
            return announced, None
        # The quote before it in the same paragraph, with nothing but a full stop between sentences.
        p = i - 1
        while p in self.labels:
            p -= 1  # a label in between (known as “Oaky”) does not break the run of quotes
        if p >= 0 and self.quotes[p].start >= line_start and (self.links.get(p) or done[p][0]) \
                and p not in self._phrase_speakers:  # a guess from a sentence's opening phrase is not carried on
            previous, gap_start = self.links.get(p), self.quotes[p].end
            # (only the cues between the two quotations: the cues are in text order, so bisect finds them)
            between = self.cues[bisect_left(self._cue_starts_final, gap_start):bisect_left(self._cue_starts_final, q.start)]
            if not any(c is not previous and not self._participle_of(previous, c)
                       and not self._in_relative_clause(previous, c) for c in between) \
                    and not self._other_person_leads(q, self.quotes[p].end, done[p][0]):
                return done[p]
        signed = self._signed_by(q)
        if signed is not None:
            return signed, None
        # The person who is the subject of the sentence: "Doe’s plan wants “no talks.”"
        s_start = self._sentence(q.start)[0]
        term = is_term(self.text, q)  # a term in marks keeps the old reading: no phrase makes it speech
        acting = None if term else self._acting_subject(s_start, q.start)
        if acting is not None:
            return acting, None
        subject = self._subject_name(s_start, q.start)
        if subject is not None:
            return subject, None
        carried = self._speaker_carried_over(q, line_start, done)
        if carried[0] is None and not term:
            span = self._opening_subject(s_start, q.start)
            if span is not None:
                self._phrase_speakers.add(i)
                return self.text[span[0]:span[1]], None
        if carried[0] is None:
            return self._requoted(i, done) or carried
        return carried

    def _teller_of_agentless(self, cue) -> str | None:
        """ "In Miami, Mr. Regalado said, Mr. Doe is seen as “a bully”": an agentless cue inside what a named
        source says earlier in the same sentence; the quotation is that source's words (session 19, real31). Must
        not: reach into another sentence, or take an unnamed or agentless cue before it."""
        s_start = self._sentence(cue.start)[0]
        k = bisect_left(self._cue_starts_final, cue.start) - 1
        while k >= 0 and self.cues[k].start >= s_start:
            earlier = self.cues[k]
            if earlier.ok and earlier.end <= cue.start and earlier.kind in ("named person", "named group"):
                return self._speaker_of(earlier)
            k -= 1
        return None

    def _requoted(self, i: int, done: list) -> tuple[str | None, str | None] | None:
        """ "... whether the “two actions” mentioned were the attacks": words of two or more that repeat part
        of an earlier quotation with a speaker are that speaker's, quoted again by the writer. Must not: take
        one word (“disaster” may be anyone's), a quotation with no speaker, or a title or name in marks."""
        q = self.quotes[i]
        words = _folded(self.text[q.inner_start:q.inner_end])
        if len(words.split()) < 2 or _title_like(self.text[q.inner_start:q.inner_end]):
            return None  # a title or a name in marks (“Broad City”) is repeated, not quoted again
        padded = f" {words} "
        for p in range(i - 1, max(-1, i - 1 - _REQUOTE_REACH), -1):  # (the quotations just before: a long text stays linear)
            earlier = self.quotes[p]
            if done[p][0] is not None and padded in f" {_folded(self.text[earlier.inner_start:earlier.inner_end])} ":
                return done[p][0], None  # whole words: “no deal” is not in “no dealing”
        return None

    def _other_person_leads(self, q, after: int, speaker: str | None) -> bool:
        """ "“...,” Doe said. It led the writer Ana Lee to fear a “pact.”": a new sentence before the quotation
        whose subject is a person other than the speaker before no longer goes on with that speaker. Must
        not: take a sentence that began before the quotation before (its speaker is still speaking), a "he"
        that stands for the speaker ("In 2011, he accused Roe of “lies”"), or a plural ("For Americans, “...”")."""
        s_start, _ = self._sentence(q.start)
        if s_start < after or any(self._word(k) in ("he", "she") for k in self._toks(s_start, q.start)[:4]):
            return False  # (an opening "he" the text cannot resolve may still be the speaker)
        acting = None if is_term(self.text, q) else self._acting_subject(s_start, q.start)
        if acting is not None and acting != speaker:
            return True  # "“...,” Doe said. The audience followed him by echoing “too many.”"
        subject = self._subject_name(s_start, q.start)
        first = next((m for m in self.names.mentions_between(s_start, q.start) if self.names.person(m).name == subject), None)
        if subject is None or subject == speaker or first is None \
                or not (self.names.fits(first, "he") or self.names.fits(first, "she")):
            return False
        before = self._toks(s_start, first.start)[-1:]
        if before and self._word(before[0]) in _AGENT_PREPOSITIONS:
            return False  # "Preceded by Roe, Doe said “...”"
        # "Her rival, Tom Roe, is “a coward”": a person described (the verb is "be"), not one who speaks or acts
        return not self._be_after_name(first.end, q.start)

    def _be_after_name(self, end: int, q_start: int) -> bool:
        """Is the first verb after a name (an aside between commas skipped) a form of "be"?"""
        ks = self._toks(end, q_start)
        if ks and self.masked[end:self.tok_starts[ks[0]]].strip() == ",":
            comma = self.masked.find(",", self.tok_ends[ks[0]], q_start)
            ks = self._toks(comma + 1, q_start) if comma >= 0 else ks
        return bool(ks) and self._word(ks[0]) in BE_FORMS

    def _announced_by_subject(self, q) -> str | None:
        """ "“...,” said Roe. Doe resisted: “Governors have no such power.”": a sentence of its own that a
        person's name opens and a colon ends right before the quotation announces that person's words,
        even after someone else's quotation in the paragraph. Must not: take a sentence with a quotation
        before this one in it, a name that is not a person's, a sentence that does not open with the name, or a
        bare label "Doe:" (nothing between the name and the colon)."""
        s_start, _ = self._sentence(q.start)
        lead = self.masked[s_start:q.start]
        if not lead.rstrip().endswith(":") or "\ue000" in lead or "\n" in lead:
            return None
        mentions = self.names.mentions_between(s_start, q.start)
        if not mentions or mentions[0].start != s_start + len(lead) - len(lead.lstrip()) or mentions[0].possessive \
                or self.names.describes_next(mentions[0]) or self.names.person(mentions[0]).kind != "person" \
                or not self._toks(mentions[0].end, q.start):
            return None  # (a bare "Doe:" is a label, left to the rules for labels)
        return self.names.person(mentions[0]).name

    def _named_after_quote(self, q) -> str | None:
        """ "“We will support an extension.” This was the message from Parliament President Jo Penn during ...":
        the sentence right after a quotation with no cue names its speaker (``_NAMED_AFTER_RE``), the first
        person named within a few words. Must not: take an organisation ("the message from the Commission" keeps
        None), a person after a comma or a clause ("the view of many, said Doe"), or a sentence in another paragraph."""
        m = _NAMED_AFTER_RE.match(self.text, q.end)
        if m is None or "\n" in self.text[q.end:m.end()]:
            return None
        for x in self.names.mentions_between(m.end(), min(len(self.text), m.end() + 80)):
            if any(ch in self.text[m.end():x.start] for ch in ",;:\n\u201c\"") or len(self.text[m.end():x.start].split()) > 4:
                return None
            if self.names.person(x).kind == "person" and not x.possessive:
                return self.names.person(x).name
        return None

    def _quoted_as_saying(self, cue: Cue, q) -> str | None:
        """ "The Kent Courier quoted Jo Penn as saying: “...”", "a local official, Jo Penn, was quoted by the Courier
        as saying: “...”": the quotation's words are the person quoted, not the paper that quotes (the cue's
        source). Gives that person's name (session 17, real28). Must not: take anyone when no person is named
        there ("quoted officials as saying" keeps the cue's reading), or a quotation not right after "as saying"."""
        if self.text[cue.start:cue.end].split()[-1].lower() not in ("quoted", "quotes", "quoting") \
                or (m := _AS_SAYING_RE.fullmatch(self.masked, cue.end, q.start)) is None:
            return None
        if _PASSIVE_BEFORE_RE.search(self.text, max(0, cue.start - 30), cue.start):
            if m.group(1) and not m.group(1).startswith("by "):
                return None
            s_start = self._sentence(cue.start)[0]
            mentions = [x for x in self.names.mentions_between(s_start, cue.start) if not x.possessive]
        else:
            mentions = [x for x in self.names.mentions_between(m.start(1), m.end(1)) if not x.possessive]
        # (a name as written: "quoted the president as saying" leaves the role to the cue's reading)
        people = [self.names.person(x) for x in mentions if self.names.person(x).kind == "person"
                  and self.text[x.start].isupper() and self.text[x.start:x.start + 4] not in ("The ", "A ", "An ")]
        return people[-1].name if people else None

    def _from_text(self, q) -> str | None:
        """ "From the report: “...”", "From Doe’s Facebook post: “...”": a sentence that is only "From" and a
        written text before a colon quotes that text; its speaker is the person whose text it is (a name in
        the possessive opening the phrase), else the text itself. Must not: take a phrase that is not a text
        ("From the start: “...”", "From Ohio: “...”"), nor more than a short phrase before the colon."""
        s_start = self._sentence(q.start)[0]
        m = _FROM_TEXT_RE.fullmatch(self.text, s_start, q.start)
        if m is None or "\n" in m.group(0) or m.group(1).split()[-1].lower() not in _TEXT_NOUNS:
            return None
        owner = self.names.mention_at(m.start(1))
        if owner is not None and owner.possessive and self.names.person(owner).kind == "person":
            return self.names.person(owner).name
        return m.group(1)

    def _subject_name(self, s_start: int, end: int) -> str | None:
        """The person who is the subject of the sentence from ``s_start`` up to ``end``: an opening
        "he"/"she", else the first person named, else an organisation or group that opens it."""
        # a place in an opening phrase of place is not the subject: "At the fair in Elk Falls, Doe ..."
        mentions = self._past_opening_phrase(s_start, end, self.names.past_place_opener(s_start, end, self.names.mentions_between(s_start, end)))
        pronoun = self._opening_pronoun(s_start, mentions[0].start if mentions else end)
        if pronoun is not None:
            return pronoun
        for n, m in enumerate(mentions):
            person = self.names.person(m)
            if m.possessive and self._named_after_possessive(m, mentions[n + 1:]):
                continue  # "Doe’s state director, Ann Lee, wrote “...”": Lee, whom the phrase describes
            # An organisation or a named group counts only when it opens the sentence: "The Acme Institute
            # issued a report charging the group with “crimes”" (not "in Ohio", "at Acme", nor after a person).
            opens = n == 0 and self.text[s_start:m.start].strip() in ("", "The", "the") and not m.possessive
            if (person.kind == "person" or (person.kind in ("organisation", "group") and opens)) \
                    and not self.names.in_quote(m.start) and not self.names.describes_next(m):
                return person.name
        return None

    def _named_after_possessive(self, m, later: list) -> bool:
        """ "Doe’s state director, Ann Lee, wrote", "One of Doe’s aides, Ann Lee, said": a person named between
        commas right after a phrase that opens with a name in the possessive is the one that phrase describes,
        so that one, not the possessive's owner, is the sentence's subject. Must not: skip the owner when the
        phrase names no one after it ("Doe’s plan wants “no talks”") or when a verb stands before the next name
        ("Doe’s remarks angered Ann Lee": no comma right before her)."""
        nxt = next((x for x in later if self.names.person(x).kind == "person"), None)
        if nxt is None or nxt.possessive:
            return False
        between = self.masked[m.end:nxt.start]
        return between.rstrip().endswith(",") and between.count(",") == 1 and len(between) < 60 \
            and self.masked[nxt.end:nxt.end + 2].startswith(",") and not any(ch in between for ch in ";:\ue000\n")

    def _past_opening_phrase(self, s_start: int, end: int, mentions: list) -> list:
        """ "Facing doubts about Doe’s appeal, Roe is rolling out a message: “...”", "After Doe’s speech, Roe wrote
        “...”": names in a phrase that opens the sentence with a preposition or an "-ing" word, up to its first
        comma, are not the subject when a person's name opens the rest (one word such as "the" may stand before
        it). Must not: drop the only names, cut at a comma of a subject's aside ("Jane Doe, the mayor, ...": no
        such opening word), or skip "As Doe put it," (an attribution of its own)."""
        ks = self._toks(s_start, end)
        comma = self.masked.find(",", s_start, end)
        first = self._word(ks[0]) if ks else ""
        if comma < 0 or first == "as" or not (first in _OPENER_WORDS or (first.endswith("ing") and len(first) > 4)):
            return mentions  # "As Doe put it, Roe ...": that opening phrase is an attribution of its own
        after = [m for m in mentions if m.start > comma]
        rest = self._toks(comma, end)
        if after and rest and self._word(rest[0]) in _OPENER_WORDS - {"as"} and self.masked.find(",", comma + 1, end) >= 0:
            # a second opening phrase: "In June 2009, after Roe fell ill, Doe emailed her “...”"
            again = self._past_opening_phrase(self.tok_starts[rest[0]], end, after)
            if again is not after:
                return again
        # the subject opens the rest of the sentence: ", President Roe is rolling out"
        if after and self.names.person(after[0]).kind == "person" and not after[0].possessive \
                and len(self._toks(comma, after[0].start)) <= 1:
            return after
        return mentions

    def _acting_subject(self, s_start: int, end: int) -> str | None:
        """ "The town released a statement saying Doe’s comments “are false”", "A staffer emailed Doe the
        list under the subject line “...”": a sentence with no cue whose opening noun phrase does
        something (a verb in "-ed" or "-s", not "is" or "can") speaks the quotation, even when a person
        is named later in the sentence (the object, not the speaker). Must not: take a phrase with a
        proper name in it (then ``_subject_name`` decides) or a copula's subject ("Fundraising was “flat”")."""
        span = self._opening_subject(s_start, end, action_only=True)
        if span is None:
            return None
        mentions = [m for m in self.names.mentions_between(*span) if self.text[m.start].isupper()]
        if mentions and not self._body_of_named(span, mentions):
            return None  # a proper name there: ``_subject_name`` gives it as the text names it
        return self.text[span[0]:span[1]]

    def _body_of_named(self, span: tuple[int, int], mentions: list) -> bool:
        """ "Doe’s campaign shrugged off the remarks, telling reporters “...”", "Roe’s lawyers asked for “...”":
        a subject that is a named person's (or body's) campaign, office or lawyers, the one name opening it
        in the possessive, speaks as itself: the phrase is the speaker, not the person. Must not: take a
        thing of theirs ("Doe’s plan wants “no talks”": the plan is Doe's words) or a phrase with more names."""
        last = self._toks(span[0], span[1])[-1]
        return len(mentions) == 1 and mentions[0].start == span[0] and mentions[0].possessive \
            and self._body_noun(last) and self.tok_starts[last] > mentions[0].end

    def _time_phrase_length(self, ks: list[int]) -> int:
        """How many words of a time phrase open the sentence with no comma after them: "Ten years ago the council
        commissioned ...", "Last week the firm issued ...", "Two days later the mayor ..." (British copy often
        drops the comma). Such words are not the subject. 0 when there is none. (news24, session 16)"""
        words = [self._word(k) for k in ks[:5]]
        for n, w in enumerate(words[1:4], 1):
            if w in _TIME_ENDS:
                return n + 1  # "Ten years ago", "Two days later"
        if len(words) > 2 and words[0] in ("last", "this", "next", "earlier", "later") and \
                (words[1] in _TIME_NOUNS or words[1] in CALENDAR_WORDS):
            return 2  # "Last week", "This month", "Last Tuesday"
        return 0

    def _opening_subject(self, s_start: int, end: int, action_only: bool = False) -> tuple[int, int] | None:
        """ "The statement listed “further measures”", "Protesters chanted “No!”": a quotation
        with no cue and no person as subject belongs to the noun phrase that opens its sentence (after a
        phrase of time or place: "In a 2013 memo, the agency suggested ... “...”"), up to its verb.
        Must not: take a pronoun ("It", "This"), a phrase that runs into the quotation, or a long stretch
        with no verb (more than seven words: not a subject)."""
        ks = self._toks(s_start, end)
        if not ks:
            return None
        first_comma = self.masked.find(",", s_start, end)
        if self._word(ks[0]) in _OPENER_WORDS and first_comma >= 0:
            ks = [k for k in ks if self.tok_starts[k] > first_comma]
        ks = ks[self._time_phrase_length(ks):]
        if len(ks) < 2:
            return None
        opener = self._word(ks[0])
        if not (opener in _SUBJECT_DETERMINERS or (self.tok_words[ks[0]][0].isupper() and opener not in _STOP_OR_NO_ONE_WORDS)) \
                or opener.endswith(("ed", "ing")) or opener in _PREPOSITION_OPENERS or opener in _SUBORDINATORS:
            return None  # "Based on the statement", "Playing the villain", "Besides the mayor", "Unless rivals": no subject
        for n, k in enumerate(ks[1:8], 1):
            gap = self.masked[self.tok_ends[ks[n - 1]]:self.tok_starts[k]]
            if self.tok_possessive[ks[n - 1]]:
                gap = re.sub(r"^['’]s?", "", gap)  # "Doe’s campaign": the possessive ending is no aside
            if gap.strip(" '’-"):
                return None  # an aside or a bracket: the subject's end is not clear
            w = self._word(k)
            if w in _CLAUSE_OPENERS:
                return None  # "Contrary to his claim that people would “...”": a clause, not a subject
            if self.tok_words[k][0].isupper() or self.tok_possessive[k] or (w in STOP_WORDS - _VERB_STARTS and w != "asked"):
                continue  # ("asked" is a grammar word to the name finder, a verb here)
            if w in BE_FORMS or (action_only and w in _STATE_WORDS):
                return None  # "The mill was “a ruin”", "Nothing can “stop” it": a description, no one speaks
            if w.endswith("ed") and self._word(ks[n - 1]) in _SUBJECT_DETERMINERS:
                continue  # "a concerned parent", "The armed men": an adjective after its determiner
            irregular = w in _IRREGULAR_PAST and self._word(ks[n - 1]) not in _SUBJECT_DETERMINERS  # not "The thought"
            if w in _VERB_STARTS or (w.endswith("ed") and len(w) > 3) or irregular or self._verb_in_s(ks, n):
                last = self._word(ks[n - 1])
                if last in STOP_WORDS or last in _PLAIN_ADJECTIVES or last.endswith("ly"):
                    return None  # "The new plans “...”", "A newly released ...": the noun is still to come
                return self.tok_starts[ks[0]], self.tok_ends[ks[n - 1]]
        return None

    def _verb_in_s(self, ks: list[int], n: int) -> bool:
        """Is word ``n`` of ``ks`` a verb in "-s" ("The study finds", "the FBI lists “...”")? Only when
        a determiner, a preposition or the quotation follows it: "presidents introduced" is a plural noun."""
        w = self._word(ks[n])
        if not w.endswith("s") or w.endswith("ss") or len(w) < 4:
            return False
        after = self.masked[self.tok_ends[ks[n]]:self.tok_ends[ks[n]] + 3].strip()
        if after.startswith(("\ue000", ":")):
            return True
        return n + 1 < len(ks) and self._word(ks[n + 1]) in _DETERMINERS_OR_LINKS

    def _opening_pronoun(self, s_start: int, end: int) -> str | None:
        """ "She then turned to the crowd: “...”", "He has called the senator “the next leader”": a
        sentence whose subject is "he"/"she" (within its first four words, before any name) is that
        person's, resolved as the text resolves the pronoun. Must not: take "his"/"her" (a possessive
        is often someone else's), a pronoun inside a quotation, or a pronoun the text cannot resolve."""
        for k in self._toks(s_start, end)[:4]:
            if self._word(k) in ("he", "she") and not self.names.in_quote(self.tok_starts[k]):
                person = self.names.antecedent(self.tok_starts[k])
                return person.name if person is not None and person.kind == "person" else None
        return None

    def _in_relative_clause(self, previous: Cue | None, cue: Cue) -> bool:
        """ "“...,” Doe wrote in the email, which was first reported by the Post. “...”": a cue in a
        relative clause (", which", ", who") of the sentence that named the speaker before does not
        change who is speaking. Must not: skip a cue of a new sentence or a clause of its own."""
        if previous is None or previous.end > cue.start or self.names.sentence_of(previous.start) != cue.sentence:
            return False
        between = self.masked[previous.end:cue.start]
        return "\n" not in between and (_RELATIVE_RE.search(between) is not None or _CIRCUMSTANCE_RE.search(between) is not None
                                        or _NOUN_THAT_RE.search(between) is not None)

    def _in_content_of(self, previous: Cue, cue: Cue) -> bool:
        """ "Doe denies the rebels' claim that they took the town. ¶ “It is a dream.”": a cue whose source stands in what
        an earlier verb of the same sentence reports (its object or clause) is reported, not speaking; the earlier
        cue's source goes on. Must not: take a cue of a new sentence, one after a comma or a joiner (a clause of
        its own: "Doe said no, and Roe claimed ..."), or an earlier cue with no named source."""
        if previous.row["kind"] != "verb" or previous.kind not in ("named person", "named group") or cue.s_start is None \
                or previous.end > cue.s_start or self.names.sentence_of(previous.start) != cue.sentence:
            return False
        between = self.masked[previous.end:cue.s_start]
        return len(between) < 40 and not any(ch in between for ch in ",;:\n\ue000") \
            and CLAUSE_JOINERS.isdisjoint(between.lower().split())

    def _signed_by(self, q) -> str | None:
        """A quotation signed with a dash and a name, as in vox pops and epigraphs: "“...” ― Jane Doe"
        on the same line, or "- Jane Doe" opening the next paragraph. Must not: take a dash that opens
        the writer's own aside ("“...” — a claim that ...": no name right after it)."""
        m = _SIGNATURE_RE.match(self.text, q.end)
        if m is None:
            return None
        line_end = self.text.find("\n", m.end())
        line_end = len(self.text) if line_end < 0 else line_end
        mention = next(iter(self.names.mentions_between(m.end(), line_end)), None)
        # A title before the name is the signer's: "-President Jo Doe, tweeting after the speech"
        if mention is not None and mention.start != m.end() and not all(
                self.tok_caps[k] and self._role_word(k) for k in self._toks(m.end(), mention.start)):
            mention = None
        if mention is None:
            return self._signed_line(m.end(), line_end)
        if self.names.person(mention).kind == "group":
            return None
        return self.names.person(mention).name

    def _signed_line(self, start: int, end: int) -> str | None:
        """ "“...” ¶ - Jo Doe.": a signature line that is a name alone (with no words around it the names do
        not read it as one) is the name of a person the text names elsewhere. Must not: take a line with
        more than the name ("- Read more."), or a name no person of the text bears."""
        words = self.text[start:end].strip().rstrip(".")
        if not 1 < len(words.split()) < 4 or not all(w[:1].isupper() for w in words.split()):
            return None
        return next((self.names.person(x).name for x in self.names.mentions_between(0, len(self.text))
                     if self.names.person(x).name == words and self.names.person(x).kind == "person"), None)

    def _speaker_carried_over(self, q, line_start: int, done: list) -> tuple[str | None, str | None]:
        """A quotation with no cue of its own in its sentence keeps the speaker of what came just before:
        - "Doe said the crowd was huge. “They are angry.”": the last cue earlier in the paragraph, when
          it has a named source and no other quotation or cue stands between;
        - a paragraph that opens with a quotation mark after a paragraph whose last quotation has a
          speaker ("“We will win,” Doe said. ¶ “And we will rebuild.”"): a quotation that runs on.
        Must not: reach past another paragraph of narration, or past a cue with no named source."""
        k = bisect_left(self._cue_starts_final, q.start) - 1
        prev_cue = self.cues[k] if k >= 0 else None
        if prev_cue is not None and prev_cue.start >= line_start:
            # no other quotation between the cue and this one (looked up by bisection: no quadratic work)
            if prev_cue.kind in ("named person", "named group", "unnamed") and self._speaker_of(prev_cue) \
                    and bisect_left(self._quote_starts, q.start) == bisect_left(self._quote_starts, prev_cue.end):
                return self._speaker_of(prev_cue), None
            return None, None
        if self.text[line_start:q.start].strip():
            return None, None  # narration before the quotation in its own paragraph
        prev_end = line_start - 1
        while prev_end > 0 and self.text[prev_end - 1].isspace():
            prev_end -= 1
        prev_start = self.text.rfind("\n", 0, prev_end) + 1
        j = bisect_left(self._quote_starts, q.start) - 1
        if j >= 0 and self.quotes[j].start >= prev_start and done[j][0] is not None:
            k = bisect_left(self._cue_starts_final, self.quotes[j].end)
            later_cues = self.cues[k:bisect_left(self._cue_starts_final, prev_end)]
            own = self.links.get(j)
            # (a later cue of the same speaker keeps the paragraph theirs: "Doe, who calls Roe a “fraud,” said ...")
            if all(c is own or self._participle_of(own, c) or self._speaker_of(c) == done[j][0] for c in later_cues) \
                    and (own is None or own.row["kind"] != "dash"):  # vox pops: one each
                return done[j][0], None  # the paragraph before ends with that speaker's quotation (and its cue)
            return None, None
        if self.text[prev_end - 1] == ":" and bisect_left(self._quote_starts, prev_end) == bisect_left(self._quote_starts, prev_start):
            # "Doe issued the following statement: ¶ “...”": the quotation the paragraph before announces
            # is its subject's. Must not: take a paragraph that holds a quotation (handled above).
            subject = self._subject_name(self._sentence(prev_end - 1)[0], prev_end)
            if subject is not None:
                return subject, None
        return self._speaker_of_paragraph_before(prev_start, prev_end)

    def _speaker_of_paragraph_before(self, prev_start: int, prev_end: int) -> tuple[str | None, None]:
        """ "Doe said the city would recover. ¶ “We will rebuild.”": a paragraph that is all quotation,
        after a paragraph with no quotation whose last cue has a named source, goes on with that source.
        A cue in a relative clause of that cue's sentence (", who had assured him") is not the last one.
        Must not: reach past a quotation of someone else (handled above) or take an unnamed source."""
        if bisect_left(self._quote_starts, prev_end) != bisect_left(self._quote_starts, prev_start):
            return None, None  # the paragraph before holds a quotation
        k = bisect_left(self._cue_starts_final, prev_end) - 1
        while k > 0 and self.cues[k - 1].start >= prev_start and (self._in_relative_clause(self.cues[k - 1], self.cues[k])
                                                                   or self._in_content_of(self.cues[k - 1], self.cues[k])):
            k -= 1  # "Doe said he met the makers, who had assured him ...": Doe is still the one speaking
        if k < 0 or self.cues[k].start < prev_start:
            return self._opening_person(prev_start, prev_end) or self._closing_person(prev_start, prev_end), None
        if self.cues[k].kind not in ("named person", "named group"):
            return None, None
        return self._speaker_of(self.cues[k]), None

    def _after_opening_clause(self, start: int, end: int, first: list[int]) -> int:
        """Where the subject starts in a paragraph that opens with a short phrase before a comma: "Asked whether
        she misses the law, Farouk laughs.", "When the talk turns to money, Doe shrugs." (profiles and features set
        up the next paragraph's quotation this way). The phrase opens with a word of time or manner, "asked" or
        "pressed", and holds no full stop; else ``start``. (news24, session 16)"""
        if not first or self.tok_starts[first[0]] != start:
            return start
        word = self._word(first[0])
        if word not in _OPENER_WORDS and word not in ("asked", "pressed", "questioned"):
            return start
        comma = self.masked.find(",", start, min(end, start + 120))
        if comma < 0 or any(ch in self.masked[start:comma] for ch in ".;:!?\ue000"):
            return start
        return comma + 1 + len(self.text[comma + 1:end]) - len(self.text[comma + 1:end].lstrip())

    def _closing_person(self, start: int, end: int) -> str | None:
        """ "Lee’s Garage has four shops in Ohio. Mr. Lee offers free repairs to the jobless. ¶ “We put up a sign.”":
        when a paragraph of narration with no cue does not open with a person, its last sentence may: a feature
        introduces the speaker of the quotation that follows there (session 29, real-news-25). The same tests as
        ``_opening_person``, on the last sentence. Must not: take a last sentence that opens with anything but the
        name ("Her rival, Tom Lee, opened ...", "Lee’s sons run it"), or the paragraph's only sentence (read above)."""
        sents = self.names.sentences
        if not sents:
            return None
        last_start = sents[self.names.sentence_of(max(start, end - 1))][0]
        if last_start <= start or last_start >= end:
            return None
        title = _ADDRESS_TITLE_RE.match(self.text, last_start, end)  # "Mr. Lee offers ...": the name after the title
        return self._opening_person(title.end() if title else last_start, end)

    def _opening_person(self, start: int, end: int) -> str | None:
        """ "Jane Doe has fought the plan for a decade. ¶ “It is a waste of money.”": a paragraph of narration
        with no cue that opens with a person's name or a "he"/"she" the text resolves (its subject) hands
        that person a paragraph that is only a quotation. Must not: take a name that opens a longer phrase
        ("Doe’s plan", "Doe aide Ann Lee"), an organisation, or a paragraph that does not open with the name."""
        first = self._toks(start, end)[:1]
        if first and self.tok_starts[first[0]] == start and self._word(first[0]) in ("he", "she"):
            return self._opening_pronoun(start, self.tok_ends[first[0]])  # "She has fought ...": whom it stands for
        subject = self._after_opening_clause(start, end, first)
        if subject != start:  # "Asked about the law, she laughs.": the pronoun after the phrase
            start, first = subject, self._toks(subject, end)[:1]
            if first and self._word(first[0]) in ("he", "she"):
                return self._opening_pronoun(start, self.tok_ends[first[0]])
        mentions = self.names.mentions_between(start, end)
        if mentions and _ROLE_FIRST_RE.fullmatch(self.text, start, mentions[0].start):
            start = mentions[0].start  # "Another expert, Bo Kim of the Asan Institute, doubts ...": the name after the role
        if not mentions or mentions[0].start != start or mentions[0].possessive or self.names.describes_next(mentions[0]):
            return None
        person = self.names.person(mentions[0])
        return person.name if person.kind == "person" else None
