"""Closed-class English: the small, fixed sets of words every finder leans on.

Grammar words, calendar words, name particles and title abbreviations change
little from one article to the next, so they live here, once, as frozensets.
Vocabulary that grows with the news (roles, source nouns, reporting verbs)
is in the CSV files of ``medialit/data`` instead.

>>> "monday" in CALENDAR_WORDS and "the" in STOP_WORDS
True
>>> sorted(SUBJECT_PRONOUNS), sorted(PERSONAL_PRONOUNS - OBJECT_PRONOUNS)
(['he', 'she', 'they'], ['he', 'i', 'she', 'they', 'we'])
"""

NAME_PARTICLES = frozenset("de la le du des da di del della van von der den ter ten dos das bin ibn al el st".split())

TITLE_ABBREVIATIONS = frozenset("dr mr mrs ms prof sen rep gen gov st jr sr lt col capt rev sgt hon "
                                "maj brig spc pfc pvt cpl cpt det insp supt atty cmdr cdr adm".split())  # the last: army and police ranks

# Capitalised only because they start a sentence, or grammar words: never part of a name.
# The people who speak for a body: one word list for the source reader and the hedge finder.
SPOKESPERSON_NOUNS = frozenset("spokesperson spokesman spokeswoman".split())
SPOKESPERSON_PLURALS = frozenset("spokespeople spokespersons spokesmen spokeswomen".split())

# Relatives: a name right after "her husband," is a relative's (names.py), "Her mother, Janet, said" names the
# mother (subjects.py). One list for both (session 20: names.py had 19 words, subjects.py 27, each lacking some).
KIN_WORDS = frozenset("""husband wife son daughter father mother brother sister widow widower nephew niece cousin uncle
    aunt grandson granddaughter grandfather grandmother mum dad partner fiancee fiancée fiance fiancé girlfriend
    boyfriend stepfather stepmother""".split())

STOP_WORDS = frozenset(
    """the a an this that these those it its he she they we i you his her their our my your
    in on at as after before when while but and or nor however still according despite asked
    for with by from if what how why who whom whose where which neither either both one some
    many most all any each every no not just only even also then now today yesterday tomorrow
    meanwhile last next under over during since until unlike like among between about against
    into onto upon via per than so there here such other another more less few several much
    same whether though although because once instead again yet thus hence indeed perhaps
    is are was were be been has have had do does did will would can could may might must shall
    should to of up out off down nobody somebody everybody anybody everyone someone anyone none""".split()
)

# The days and months in their order (timeline.py reads a date's weekday and month by their place).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")

WEEKDAY_WORDS = frozenset(WEEKDAYS)

CALENDAR_WORDS = WEEKDAY_WORDS | frozenset(MONTHS) | frozenset(("easter", "christmas"))

# After these words a capitalised name is a place: "in Kestrel Point", "near Mill Lane".
PLACE_PREPOSITIONS = frozenset("in at near across outside inside into throughout around towards toward via".split())

# Short words that stay lower case in a Title Case headline; with the prepositions that wire and broadcast
# styles also leave in lower case ("US Denies Sending Spy Planes over Iran", "Talks Collapse amid Row").
SMALL_WORDS = frozenset("a an the and but or nor for of in on at to by with from as via vs "
                        "over into onto upon amid after about near off out up per than".split())

# Closed-class words the attribution reader leans on (medialit/analysis/cues.py, subjects.py, speakers.py).

# Words that may sit between a subject and its verb: "has long maintained", "also said".
VERB_GAP_WORDS = frozenset(
    """has have had also only would will could should may might can did does do is are was were
    not never now already again then later still often long always recently previously once
    first earlier just himself herself themselves itself even further today yesterday tonight""".split()
)

# Past participles that do not end in "-ed", for an aside such as "The report, seen by the BBC, warns" or "The
# group, known as X, said" (subjects.py). Only verbs that news copy puts before "by", "in", "as", "to" ...
IRREGULAR_PARTICIPLES = frozenset(
    """seen written given taken shown known held run built made drawn chosen paid sent brought bought
    found kept led set put won begun sold struck caught spent told heard done hidden driven""".split()
)

# Irregular simple pasts of verbs done to a person ("Doe met Ann Lee", "Doe gave Lee a letter"): between two names they
# are the first one's verb, never a word that describes the second ("Doe aide Ann Lee"). Only forms that are no
# nouns as well ("hit", "cut", "set", "lead" are left out). (bugs53, session 27)
IRREGULAR_PAST_ACTIONS = frozenset(
    """met gave told saw took sent brought bought beat fought caught taught sought drew kept paid won chose
    shot meant threw struck led left""".split()
)

BE_FORMS = frozenset("is are was were be been being".split())

MODALS_AND_NOT = frozenset("can could may might must shall should will would not never".split())

HAVE_FORMS = frozenset("has have had".split())

# English personal pronouns, written once, by case and by person: each finder takes the subset it reads and writes,
# where it takes it, any word its own set adds or leaves out (session 26: five modules had five lists, each a little
# different). Lower case; a finder that reads a source as written ("I", "We") capitalises them itself.
NOMINATIVE_PRONOUNS = frozenset("i we you he she it they".split())  # the subject case: "they said"
OBJECT_PRONOUNS = frozenset("me us you him her it them".split())  # the object case: "told them", "asked him"
PERSONAL_PRONOUNS = NOMINATIVE_PRONOUNS | OBJECT_PRONOUNS
FIRST_PERSON_PRONOUNS = frozenset("i we me us".split())  # the speaker's own: a quotation's "I", a paper's "we"
FIRST_PERSON_SUBJECTS = NOMINATIVE_PRONOUNS & FIRST_PERSON_PRONOUNS  # "I", "we"
# The third person by whom it stands for, with the possessives that point back to them ("his", "hers", "their").
MASCULINE_PRONOUNS = frozenset("he him his".split())
FEMININE_PRONOUNS = frozenset("she her hers".split())
THIRD_PLURAL_PRONOUNS = frozenset("they them their theirs".split())

# The subjects that stand for someone named before ("she said"): he, she, they; not "it", mostly a thing.
SUBJECT_PRONOUNS = NOMINATIVE_PRONOUNS & (MASCULINE_PRONOUNS | FEMININE_PRONOUNS | THIRD_PLURAL_PRONOUNS)
# A subject that is people: "I", "we", "he", "she", "they"; not "it", nor the generic "you".
PERSON_SUBJECTS = FIRST_PERSON_SUBJECTS | SUBJECT_PRONOUNS

# "their report", "his aide": the words that say whose a noun is.
POSSESSIVE_DETERMINERS = frozenset("my your his her its our their".split())

# Words that join a new clause: a cue after them is not the frame of a quote before them.
CLAUSE_JOINERS = frozenset("and but or while whereas though although because so yet".split())

# Speech verbs that may open a sentence before their speaker and a quotation: "Said Lopez, “...”", "Added Ana
# Lopez, the mayor: “...”" (cues.py finds the cue; names.py leaves the verb out of the name).
VERB_FIRST_FORMS = frozenset("said says added adds asked wrote writes explained noted recalled insisted replied".split())
