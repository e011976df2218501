"""English knowledge for quote detection and speaker attribution (used by analyze/quotes.py).

Everything here is data: reporting verbs by lemma with their inflected forms, `according to`
cues, pronouns with gender/number, titles and role words with a gender hint, and the small
words that may sit between a speaker and the reporting verb.
"""

from __future__ import annotations

import re

# one-syllable verbs ending consonant-vowel-consonant double their last letter (quip, beg, jab)
_DOUBLES = re.compile(r"^(?:qu|[^aeiou])*[aeiou][^aeiouwxy]$")

# Irregular or spelling-changing verbs: lemma -> every inflected form (base, 3sg, past, participle, -ing).
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "find": ("find", "finds", "found", "finding"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "deny": ("deny", "denies", "denied", "denying"),
    "reply": ("reply", "replies", "replied", "replying"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "worry": ("worry", "worries", "worried", "worrying"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "commit": ("commit", "commits", "committed", "committing"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "foresee": ("foresee", "foresees", "foresaw", "foreseen", "foreseeing"),
    "read": ("read", "reads"),
    "snap": ("snap", "snaps", "snapped", "snapping"),
    "rebut": ("rebut", "rebuts", "rebutted", "rebutting"),
}

# Regular verbs: forms built by `_regular_forms` (+s, +ed, +ing with the usual spelling rules).
_REGULAR = (
    "add announce answer argue assert caution charge claim comment complain concede conclude confirm "
    "contend declare emphasize emphasise estimate explain insist maintain mention note observe "
    "remark report respond reiterate repeat recall stress state suggest warn acknowledge allege "
    "believe urge accuse criticize criticise vow pledge promise threaten predict reckon insist "
    "counter retort scoff quip joke boast lament add explain tweet blog post describe indicate "
    "reveal disclose hint signal recount argue wonder question ask demand declare caution fear "
    "expect hope agree disagree object protest proclaim affirm assure inform remind advise "
    "conclude determine continue call acknowledge quote bark boom shout yell scream exclaim muse "
    "chime snap whisper laugh sigh cry plead beg interject interrupt chant tease mock insist mutter "
    "recount lecture preach vent gush rail thunder remember gloat beam blare fume rage opine concur "
    "reason elaborate clarify summarize summarise reassure bemoan decry denounce condemn blast slam "
    "praise hail tout brag confess crow marvel deadpan sneer huff rant jeer chuckle grumble "
    "acknowledge posit theorize theorise reflect recollect surmise speculate caution quip"
).split()

# Verbs that report speech only with their particle: "shot back", "pointed out", "put it".
PARTICLE_VERBS: dict[str, tuple[tuple[str, ...], str]] = {
    "shoot back": (("shoot", "shoots", "shot", "shooting"), "back"),
    "fire back": (("fire", "fires", "fired", "firing"), "back"),
    "hit back": (("hit", "hits", "hitting"), "back"),
    "write back": (("write", "writes", "wrote", "writing"), "back"),
    "point out": (("point", "points", "pointed", "pointing"), "out"),
    "put it": (("put", "puts", "putting"), "it"),
    "sum up": (("sum", "sums", "summed", "summing"), "up"),
    "weigh in": (("weigh", "weighs", "weighed", "weighing"), "in"),
    "speak out": (("speak", "speaks", "spoke", "speaking"), "out"),
}

# Verbs whose subject is a person telling someone: "told reporters", "informed lawmakers".
TELL_LEMMAS = frozenset({"tell", "inform", "assure", "remind", "advise", "warn"})

# Reporting verbs that usually introduce a quote but can also be ordinary verbs: kept, but only
# counted as cues with a complement clause, a quote, or a speaker adjacent (see analyze/quotes.py).
WEAK_LEMMAS = frozenset(
    {
        "add", "show", "find", "note", "state", "post", "question", "ask", "expect", "hope", "fear",
        "agree", "disagree", "object", "describe", "indicate", "signal", "reveal", "determine",
        "comment", "charge", "recall", "observe", "report", "read", "speak", "repeat", "commit",
        "wonder", "joke", "maintain", "continue", "call", "quote", "laugh", "sigh", "cry", "beg",
        "interrupt", "chant", "tease", "mock", "lecture", "preach", "vent", "rail", "thunder", "boom",
        "snap", "muse", "think", "believe", "worry", "promise", "threaten", "counter",
        "remember", "beam", "blare", "rage", "reason", "reflect", "denounce", "condemn", "blast",
        "slam", "praise", "hail", "tout", "crow", "marvel", "huff", "chuckle", "speculate",
        "put it", "sum up", "weigh in", "speak out", "hit back", "respond", "reply",
    }
)


# A past participle after a preposition is an adjective ("about alleged fraud"), not a cue.
PREPOSITIONS = frozenset("about of for with on in at by from into over under against".split())
PARTICIPLE_ENDINGS = ("ed",)
# After such a preposition every form but the present participle is a noun in English ("in protest
# at", "in response to"; "after saying" stays a cue).
BARE_FORMS_AFTER_PREPOSITION_ARE_NOUNS = True

# A word after one of these is a noun ("the states", "les dires"), never a reporting verb.
NOUN_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "some", "many", "several", "two", "three", "few", "dozen", "whose", "no", "every", "each", "any", "other", "such"})
# Quantifiers that may stand alone as a subject: "the three replied" (a past form after them is a verb).
STANDALONE_QUANTIFIERS = frozenset({"two", "three", "few", "several", "many", "some", "both", "all", "each", "other"})
PAST_ENDINGS = ("ed", "said", "told", "wrote", "spoke")


def _regular_forms(lemma: str) -> tuple[str, ...]:
    if _DOUBLES.match(lemma):  # one short syllable: quip -> quipped, chat -> chatting
        return (lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing")
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


REPORTING_VERBS: dict[str, tuple[str, ...]] = {
    **{lemma: _regular_forms(lemma) for lemma in _REGULAR},
    **_IRREGULAR,
}

# Multi-word cues that name their source after them: "according to X", "in the words of X".
ACCORDING_TO = ("according to", "in the words of", "as quoted by")
# A relative after the cue: the antecedent speaks ("citing a survey according to which …").
ACCORDING_RELATIVES = frozenset({"which", "whom"})

# Words that introduce the reported content right after the verb ("said that ...").
COMPLEMENTIZERS = frozenset({"that"})
# English drops "that": "said the talks had failed".
UNMARKED_CONTENT = True

# Objects of `tell`-like verbs that may stand between the verb and the content.
ADDRESSEES = frozenset(
    {
        "reporters", "journalists", "the press", "lawmakers", "supporters", "the crowd", "crowds",
        "an audience", "the audience", "voters", "the committee", "congress", "parliament",
        "the assembly", "delegates", "students", "listeners", "viewers", "us", "me", "him", "her",
        "them", "the newspaper", "the network", "the agency", "the broadcaster",
    }
)
# Words of an outlet named as the addressee before the content, with no "that": "told public
# broadcaster NOS she was…", "told state television the talks…", "told the daily Le Monde it…".
OUTLET_WORDS = frozenset(
    "broadcaster broadcasters newspaper newspapers network agency radio television tv channel station "
    "daily weekly magazine outlet website media news public state".split()
)

# Subject pronouns: word -> (gender hint, number). Gender None = any.
PRONOUNS: dict[str, tuple[str | None, str]] = {
    "he": ("m", "sg"),
    "she": ("f", "sg"),
    "they": (None, "pl"),
    "i": (None, "sg"),
    "we": (None, "pl"),
    "you": (None, "sg"),
    "it": ("n", "sg"),
}

# Object pronouns that can be the subject of an infinitive ("allowed him to say").
OBJECT_PRONOUNS: dict[str, tuple[str | None, str]] = {"him": ("m", "sg"), "her": ("f", "sg"), "them": (None, "pl")}

# Pronouns after "according to" ("according to him"): the speaker named before.
# Heads of a phrase that names a company by its owner ("le groupe de Mark Zuckerberg"): the company
# speaks, and it is the organisation named last before.
ORGANISATION_NOUNS = frozenset({"company", "group", "firm", "giant", "maker", "carmaker", "bank", "platform", "conglomerate"})
# Documents a source issues: after "according to", the issuer named in the next words speaks
# ("selon un bilan provisoire de l'Institut…").
DOCUMENT_NOUNS = frozenset({"report", "statement", "tally", "count", "survey", "study", "estimate", "estimates", "figures", "data", "poll", "assessment"})
ACCORDING_PRONOUNS: dict[str, tuple[str | None, str]] = {"him": ("m", "sg"), "her": ("f", "sg"), "them": (None, "pl")}

# Pronouns (any case) whose gender marks the person they refer to, for gender hints.
PRONOUN_GENDER = {"he": "m", "himself": "m", "she": "f", "herself": "f"}

# Pronouns that never resolve to a named speaker in the text (first/second person, "it").
# First-person singular subject outside quotes: the writer narrates ("I said, “…”").
NARRATOR_PRONOUNS = frozenset({"i"})
# Verbs by which the writer passes on someone else's words ("and I quote").
QUOTING_LEMMAS = frozenset({"quote"})
UNRESOLVABLE_PRONOUNS = frozenset({"i", "we", "you", "it"})

# Of those, pronouns that stand for a document or an organisation as speaker ("it said", "it reads").
THING_PRONOUNS = frozenset({"it"})

# Titles standing before a name, with a gender hint (None: either).
TITLES: dict[str, str | None] = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "sir": "m", "lady": "f", "lord": "m", "dr": None, "dr.": None, "prof.": None,
    "president": None, "senator": None, "sen.": None, "rep.": None, "gov.": None,
    "governor": None, "minister": None, "prime minister": None, "secretary": None,
    "general": None, "gen.": None, "judge": None, "mayor": None, "king": "m", "queen": "f",
    "prince": "m", "princess": "f", "pope": "m", "chancellor": None, "ambassador": None,
}

# Role nouns that can stand for an already named person ("the diplomat said"), gender hint.
ROLE_NOUNS: dict[str, str | None] = {
    "diplomat": None, "minister": None, "president": None, "spokesman": "m", "spokeswoman": "f",
    "spokesperson": None, "official": None, "senator": None, "governor": None, "lawmaker": None,
    "candidate": None, "nominee": None, "leader": None, "chairman": "m", "chairwoman": "f",
    "chair": None, "chief": None, "executive": None, "ambassador": None, "envoy": None,
    "negotiator": None, "secretary": None, "premier": None, "chancellor": None, "mayor": None,
    "general": None, "commander": None, "judge": None, "prosecutor": None, "lawyer": None,
    "attorney": None, "director": None, "head": None, "businessman": "m", "businesswoman": "f",
    "congressman": "m", "congresswoman": "f", "billionaire": None, "mogul": None, "king": "m",
    "queen": "f", "actor": "m", "actress": "f", "author": None, "analyst": None, "economist": None,
    "professor": None, "expert": None, "founder": None, "democrat": None, "republican": None,
    "activist": None, "woman": "f", "man": "m", "manager": None, "adviser": None, "advisor": None,
    "aide": None, "strategist": None, "pollster": None, "host": None, "anchor": None,
    "commissioner": None, "representative": None, "mediator": None, "rapporteur": None,
    "coordinator": None, "administrator": None, "inspector": None, "observer": None,
}

# Offices written in several ways: a description in one wording finds the person named with another
# ("Iran's top diplomat" is the "foreign minister" named before). Lower case; a word may stand
# between two of a phrase's words ("foreign affairs minister" needs its own entry, but "minister of
# foreign affairs" also matches "minister for foreign affairs").
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "foreign minister": ("foreign minister", "top diplomat", "chief diplomat", "foreign secretary",
                         "minister of foreign affairs", "foreign affairs minister", "secretary of state"),
    "defence minister": ("defence minister", "defense minister", "defence secretary", "defense secretary",
                         "secretary of defense", "minister of defence", "minister of defense"),
    "head of government": ("prime minister", "head of government"),
    "head of state": ("president", "head of state"),
}

# Heads of a named body: "the director-general of the WHO" and "the head of the WHO" hold one office.
ORGANISATION_HEADS = r"(?:head|chief|boss|leader|president|director|secretary)(?:[- ]general)?"
ORGANISATION_OF = r"of (?:the )?"

# Determiners that make a role noun definite (anaphoric) and those that make it a new, unnamed source.
DEFINITE = frozenset({"the", "this", "that"})
# Roles that take their office from another person's ("son homologue"): they name none of their own.
RELATIONAL_ROLES = frozenset({"counterpart", "counterparts", "successor", "predecessor"})
INDEFINITE = frozenset({"a", "an", "one", "another", "some", "two", "three", "several", "many"})

# Auxiliaries and adverbs that may stand between a speaker and the reporting verb ("X has also said").
AUXILIARIES = frozenset(
    {
        "has", "had", "have", "would", "will", "could", "may", "might", "did", "does", "do", "is", "was",
        "are", "were", "be", "been", "should", "can", "must", "shall",
    }
)
ADVERBS = frozenset(
    {
        "also", "later", "then", "previously", "earlier", "repeatedly", "again", "once", "often",
        "recently", "further", "separately", "publicly", "privately", "reportedly", "flatly",
        "simply", "just", "even", "still", "already", "first", "never", "always", "quickly",
        "frequently", "initially", "subsequently", "bluntly", "openly", "angrily", "famously",
        "insistently", "similarly", "likewise", "meanwhile", "however", "too", "twice", "long", "both", "all", "now",
    }
)

# Negations and infinitive markers between a subject and its verb ("did not mention", "eager to show").
NEGATIONS = frozenset({"not", "n't", "never"})
# Emphatic pronouns skipped before a verb, unless a partitive preposition makes them a subject (French).
EMPHATIC_PRONOUNS: frozenset[str] = frozenset()
PARTITIVE_PREPOSITIONS: frozenset[str] = frozenset()
# Adjectives and verbs that govern an infinitive whose subject is the speaker ("was quick to say").
CONTROL_WORDS = frozenset(
    "likely unlikely eager ready quick able unable happy willing reluctant careful sure keen free more less most "
    "very so too on "
    "want wants tried try tries refuse refused refuses decline declined declines seem seems seemed "
    "continue continues continued begin began begins went go goes prompt prompted force forced".split()
)
# Words that lead an adverbial participle whose subject is the main clause's ("by saying").
PARTICIPLE_LEADS = frozenset({"by", "while", "when", "after", "before", "without", "in"})
# What opens an absolute clause whose subject speaks through a participle: "with Deputy Foreign
# Minister Sergei Ryabkov saying it gave…".
ABSOLUTE_LEADS = frozenset({"with"})
# Relative pronouns standing for the speaker named just before ("X, who said").
RELATIVE_PRONOUNS = frozenset({"who"})
# "son homologue", "his counterpart": a description of someone other than the person named before.
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its"})
EMPHATIC_PRONOUNS: frozenset[str] = frozenset()
RELATIVE_INVERSION: frozenset[str] = frozenset()
OBJECT_CLITICS: frozenset[str] = frozenset()
# Finite verbs for `“…,” Name VERBs`: endings, and irregular past forms that are no reporting verbs.
IRREGULAR_PAST = frozenset("sang began went kept felt threw shot put stood sat ran rang got gave took broke drew led meant".split())
FINITE_ENDINGS = ("ed", "s")
INFINITIVE_MARKERS = frozenset({"to"})

# Time words that may follow the verb before the content ("said Monday the ...", "said last week").
TIME_ADVERBS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
        "today", "tonight", "earlier", "later", "last", "this", "week", "month", "year", "night",
        "morning", "evening", "afternoon", "weekend", "recently", "again", "also", "previously",
    }
)
# A setting phrase ("on Monday", "in a statement", "at a news conference") ends on one of these.
SETTING_NOUNS = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month",
        "year", "night", "morning", "evening", "afternoon", "weekend", "statement", "interview",
        "speech", "conference", "briefing", "email", "letter", "tweet", "tweets", "post", "rally",
        "hearing", "debate", "appearance", "call", "show", "program", "programme", "twitter",
        "facebook", "television", "radio", "broadcast", "event", "meeting", "remarks", "address",
        "testimony", "release", "op-ed", "editorial", "video", "message", "podcast", "session",
    }
)
# Prepositions that open the office of a role noun as one role phrase (French "le porte-parole de la
# présidence"). None in English: "the head of X" is read as a plain noun phrase.
ROLE_COMPLEMENTS: frozenset[str] = frozenset()
# Sentence-opening attributions ("Pour X, …" in French): none in English.
OPENING_ACCORDING: frozenset[str] = frozenset()
REFLEXIVE_CLITICS: frozenset[str] = frozenset()
# Adjectives come before the role noun in English ("the union official").
ROLE_ADJECTIVE_AFTER = False
# English reports with "said to be…" as a passive, not with a bare infinitive after the cue.
INFINITIVE_ENDINGS: tuple[str, ...] = ()
NOT_INFINITIVES: frozenset[str] = frozenset()
# What follows "X said," when it sets the scene rather than reports ("…, the military said, hours
# before the envoy arrived"): the content is then the clause before the speaker.
SETTING_AFTER_CUE = r"(?:(?:a|an|one|two|three|four|few|several|some|\d+|just|only|shortly|moments?|minutes?|hours?|days?|weeks?|months?)\s+)*(?:before|after|ahead of|as|while|when|since)\b"
SETTING_PREPOSITIONS = frozenset({"on", "in", "at", "during", "via", "through", "after", "before"})

# Conjunctions joining a second verb to the same subject ("X arrived and told reporters").
CONJUNCTIONS = frozenset({"and", "but", "then", "or"})
# Capitalised words with these endings are verbs or participles, not names NER missed.
# Ending of the present participle: after "X said on Thursday," a "rejecting" clause is no reported content.
PRESENT_PARTICIPLE = "ing"
VERB_ENDINGS = ("ing", "ed")

# Words opening an adverbial phrase before the subject ("On Tuesday, X said"): the subject follows its comma.
OPENING_WORDS = frozenset("of about regarding to against toward towards after although amid among as asked at because before by despite during following for from if in like on once over since speaking though under unlike until when while with without".split())

# Words that start a new clause: the subject of a reporting verb is never found beyond them.
CLAUSE_STARTS = frozenset(
    {
        "that", "and", "but", "while", "when", "as", "because", "which", "who", "whom", "after",
        "before", "if", "although", "though", "where", "so", "since", "or", "whether", "than",
    }
)

# Speaker phrases after a verb can start with these and still be a speaker ("said the minister").
SPEAKER_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})

# Words that mark a closing credit line ("(Reporting by X; Editing by Y)").
CREDIT_MARKERS = ("reporting by", "editing by", "writing by", "additional reporting", "compiled by")

MONTHS = frozenset("january february march april may june july august september october november december".split())
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Common given names with a gender hint (a weak hint: used only to rank pronoun antecedents).
GIVEN_NAMES_M = frozenset(
    """
    andrii andriy andriï dmytro ihor kyrylo mykhailo mykhaïlo mykola oleksandr oleksiy petro serhiy taras
    aaron abdel abdullah abraham adam adolfo ahmad ahmed akhil alan albert alberto alejandro alex
    alexander alexei ali allen amir anatoly andrei andrew andré andrés andy angelo anthony
    antonio ariel arnold art arturo ashraf barack barry bart bashar ben benjamin benny bernard
    bernie bill billy bob bobby boris brad bradley brandon brent bret brett brian bruce calvin
    cameron carl carlos cesar chad charles chris christopher chuck clarence clint cory craig curtis
    cyril dale dan daniel darrell dave david dean dennis derek devin dick dmitri dmitry dominic don
    donald doug duncan dwight earl ed eddie edward elijah elliott emmanuel enrique erdogan eric
    eugene evan fernando francis francisco frank franz fred frederick gary gavin gene george gerald
    gerhard giuseppe glenn gordon grant greg hamid harold harry harvey hassan henry herman hernan
    howard hugo hunter ian ibrahim igor isaac ivan jack jacob jacques jaime jair jake james jared
    jason javier jay jeb jeff jeffrey jens jerry jesse jim jimmy joachim joe joel john johnny jon
    jonathan jordan jorge jose joseph josh joshua josé juan justin karim keith ken kenneth kevin
    khalid kirk klaus kurt kyle lamar lance larry lars lawrence lee leon leonard lewis lindsey
    lloyd lou louis luis luke lyndon manuel marcelo marco marcus mario mark martin marvin matt
    matteo matthew max maxwell mehmet melvin micah michael mick miguel mike mikhail miles mitch mitt
    mohamed mohammad mohammed moon morgan muhammad narendra nathan ned neil newt nick nicolás nigel
    norman olaf oliver omar orrin oscar owen pablo pat patrick paul pedro perry pete peter phil
    preston rafael rahm ralph ramón rand randy ray raymond recep reggie reince rex ricardo rich
    richard rick ricky rob robert roberto rod rodney roger ron ronald ronnie ross roy rudy rush
    russell ryan sam samuel sandro scott sean sergei sergey sheldon sherrod shinzo sid sigmar silvio
    spencer stan stanley stefan stephen steve steven stuart sultan tayyip ted terry theodore thomas
    tim timothy todd tom tony travis trent troy ty tyler ulrich vernon viktor vince vincent vladimir
    volodymyr wade walter warren wayne wesley will william willie wolfgang xi yair yuri zach zachary
    """.split()
)
GIVEN_NAMES_F = frozenset(
    """
    iryna kateryna laetitia lætitia nataliya oksana olena tetiana
    abigail alexandra alexandria alice alison allison alyssa amanda amy ana andrea angela
    angelina ann ann-marie anna anne anne-marie annie april ashley audrey barbara beata beth betsy
    betty beverly bonnie brenda brittany carla carly carol caroline carolyn carrie catherine cathy
    cecilia chelsea cheryl christina christine cindy claire claudia colleen connie courtney cristina
    crystal cynthia dana danielle dawn debbie deborah debra denise diana diane dianne dilma dolores
    donna doris dorothy eileen elaine eleanor elena elise elizabeth ellen elsa emily emma erica erin
    esther eva evelyn faith frances gabrielle gail gina giorgia gloria grace gwen hannah heather
    heidi helen hillary holly hope huma ilhan ingrid irene isabel ivanka jacqueline jamie jane janet
    janice jeanne jenna jennifer jessica jill joan joanne jodi jody joy joyce juanita judith
    judy julia julie june kamala karen kate katherine kathleen kathy katie kay kayla kelly kellyanne
    kirsten kristen kristin kristina laura lauren leah leslie lillian lily linda lisa
    liz lois loretta lori lorraine louise lucia lucy lynn madeleine maggie malala marcia marcy
    margaret margrethe maria marie marilyn marine marsha martha martina mary maureen maxine meg
    megan megyn melania melissa mette mia michele michelle mildred miriam molly monica nadia nadine
    nancy naomi natalia natalie nicola nikki nina nora norma olga olivia pam pamela patricia paula
    peggy penny petra phyllis priscilla rachael rachel rebecca regina renee rhonda rita roberta
    robin rosa rosalind rose ruth sahra sally samantha sandra sanna sara sarah shannon sharon sheila
    shelley sherry shirley simonetta sonia sophia stacey stephanie susan susana suzanne svetlana
    sylvia tammy tara teresa theresa tiffany tina tracy tsai tulsi ursula valerie vanessa vera
    veronica victoria virginia vivian wanda wendy yoshiko yulia yvonne zoe
    """.split()
)
