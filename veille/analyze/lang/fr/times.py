"""French time vocabulary for `veille.analyze.times`.

Phrases are written plainly: the finder turns `'` into either apostrophe, spaces into any run of
whitespace and the hyphen of `week-end` into an optional hyphen or space.
"""

# Month names as usually written in lower case; a capitalised month counts only at a sentence
# start, so "la planète Mars" or "Mars 2020" in mid-sentence is not a month.
CAPITALISED_NAMES = False
MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip
# Words before or after a bare month that pick its year (`en août dernier`): -1 the last one
# before the anchor's month, 1 the next one after it, 0 the anchor's year.
MONTH_BEFORE: dict[str, int] = {}
MONTH_AFTER = {"dernier": -1, "prochain": 1}
# Abbreviations only count next to a day number: "sept" alone is the number seven.
MONTH_ABBREVIATIONS = {
    "janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
}  # fmt: skip
# Months that are ordinary words too: bare (no day, no year) only after a strong cue.
AMBIGUOUS_MONTHS = {"mars"}

WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
# Words before (`ce lundi`) or after (`lundi prochain`) a weekday and the occurrence they pick:
# 0 = by tense, past when no cue (a bare weekday); 2 = by tense, the nearest (-3..+3 days) when
# no cue (`ce dimanche` in a Friday headline is the coming Sunday); 1 = the next one after the
# anchor day; -1 = the last one before it.
WEEKDAY_BEFORE = {"ce": 2}
WEEKDAY_AFTER = {"prochain": 1, "dernier": -1, "passé": -1}
# Words before a weekday that make it generic or habitual, no date: "un dimanche", "le lundi".
WEEKDAY_GENERIC = ["un", "chaque", "le", "les", "tous les", "du", "au"]
PARTS_OF_DAY = ["matin", "après-midi", "midi", "soir", "en fin de journée", "en fin d'après-midi",
                "en début de soirée", "dans la soirée", "dans la matinée"]  # fmt: skip
CLOCK_JOINERS = ["à", "vers", "dès"]

# Day words: offset in days from the anchor. Longest phrases win over their prefixes.
DAY_WORDS = {
    "aujourd'hui": 0, "ce matin": 0, "cet après-midi": 0, "ce soir": 0, "ce midi": 0,
    "hier": -1, "hier matin": -1, "hier soir": -1, "hier après-midi": -1, "avant-hier": -2,
    "demain": 1, "demain matin": 1, "demain soir": 1, "après-demain": 2,
}  # fmt: skip

# Phrases relative to the anchor: (unit, offset). Units: day, week, weekend, month, year.
# An offset of None for a weekend means "the nearest weekend by tense".
RELATIVE_PHRASES = {
    "cette semaine": ("week", 0), "la semaine dernière": ("week", -1), "la semaine passée": ("week", -1),
    "la semaine prochaine": ("week", 1),
    "ce week-end": ("weekend", None), "le week-end dernier": ("weekend", -1),
    "le week-end passé": ("weekend", -1), "le week-end prochain": ("weekend", 1),
    "ce mois-ci": ("month", 0), "ce mois": ("month", 0), "le mois dernier": ("month", -1),
    "le mois passé": ("month", -1), "le mois prochain": ("month", 1),
    "cette année": ("year", 0), "l'an dernier": ("year", -1), "l'année dernière": ("year", -1),
    "l'an passé": ("year", -1), "l'année passée": ("year", -1), "l'an prochain": ("year", 1),
    "l'année prochaine": ("year", 1),
}  # fmt: skip

# Phrases relative to an earlier date of the text (`la veille`): (unit, offset). They resolve
# only against the last dated expression of the same paragraph.
BASE_PHRASES = {
    "la veille": ("day", -1), "l'avant-veille": ("day", -2), "le lendemain": ("day", 1),
    "le surlendemain": ("day", 2), "la semaine suivante": ("week", 1), "la semaine précédente": ("week", -1),
    "le mois suivant": ("month", 1), "le mois précédent": ("month", -1), "l'année suivante": ("year", 1),
    "l'année précédente": ("year", -1),
}  # fmt: skip

# Units of counted offsets (`il y a trois jours`, `huit ans après`).
OFFSET_UNITS = {
    "jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
    "an": "year", "ans": "year", "année": "year", "années": "year",
}  # fmt: skip
# Offset frames: `{n}` is a number (digits or words), `{u}` a unit above. The sign says the
# direction; the base says what it counts from: "anchor" (publication), "base" (an earlier date
# of the paragraph) or "object" (the noun phrase that follows, e.g. `huit ans après la guerre`:
# resolvable only when nothing follows the preposition).
OFFSET_FRAMES = [
    ("il y a {n} {u}", -1, "anchor"),
    ("dans {n} {u}", 1, "anchor"),
    ("{n} {u} plus tard", 1, "base"),
    ("{n} {u} plus tôt", -1, "base"),
    ("{n} {u} auparavant", -1, "base"),
    ("{n} {u} après", 1, "object"),
    ("{n} {u} avant", -1, "object"),
]
# Number words usable in offsets besides those of the figures table ("il y a un an").
OFFSET_ONE = ["un", "une"]

# Modifiers kept inside a month or year span (`fin 2021`, `mi-janvier`); precision is unchanged.
PERIOD_MODIFIERS = ["début", "fin", "mi-", "courant", "à la fin", "au début", "à la mi-"]
# Cues that make a bare month or year a date. Strong cues also admit ambiguous months and years
# followed by a noun; weak ones admit a year only when no noun follows (`plus de 2000 soldats`).
STRONG_CUES = ["en", "depuis", "dès", "jusqu'en", "d'ici", "d'ici à", "mois de", "année", "l'année",
               "printemps", "été", "automne", "hiver", "courant", "début", "fin", "mi-"]  # fmt: skip
WEAK_CUES = ["de", "à", "au", "entre", "et", "avant", "après", "pour", "vers", "ou", "depuis le", "jusqu'à"]
# Words before a number that make it a quantity, not a year (`plus de 2000.`, `les 2000`).
YEAR_BLOCKERS = [
    "les",
    "des",
    "ces",
    "plus de",
    "moins de",
    "près de",
    "environ",
    "quelque",
    "sur",
    "à peine",
]
DECADE_WORDS = ["années"]  # `les années 1990`, `années 90`

# Numeric dates: day-month-year order.
DATE_ORDER = "DMY"
DATE_ORDER_STRICT = True

# Clock times: never figures; after a resolved day they make it a datetime. Groups h / min;
# each pattern starts at the hour's digits. Cued patterns count only after a CLOCK_CUES word
# (`à 8 heures` is a time of day, `près de huit heures` a duration).
CLOCK_PATTERNS = [
    r"(?P<h>\d\d?)\s?h\s?(?P<min>[0-5]\d)(?!\d)",
    r"(?P<h>\d\d?):(?P<min>[0-5]\d)(?!\d)",
    r"(?P<h>\d\d)(?P<min>[0-5]\d)\s?(?:GMT|UTC|TU)\b",
]
CLOCK_CUED_PATTERNS = [r"(?P<h>\d\d?)\s?(?:h|heures?)(?:\s?(?P<min>[0-5]\d))?(?![\w])"]
CLOCK_CUES = ["à", "vers", "dès", "jusqu'à", "depuis", "avant", "après", "entre", "et"]

# Tense cues, as regular expressions, for choosing the occurrence of a bare weekday or month.
FUTURE_CUES = [
    r"\b(?:va|vont|vais|allons|allez)\s+(?:\w+\s+)?\w+(?:er|ir|re|oir)\b",
    r"\b(?:doit|doivent|devra|devront|devrait|devraient|prévoit|prévoient|compte|comptent)\b",
    r"\bprévue?s?\b", r"\bprogrammée?s?\b", r"\bbientôt\b", r"\bprochaine?s?\b", r"\bà venir\b",
    r"\b[a-zàâçéèêëîïôûùüÿœ]{2,}(?:rai|ras|ra|rons|rez|ront)\b",
    # the conditional of reported plans ("il se rendrait mercredi"); NOT_FUTURE drops the
    # auxiliaries of reported past facts ("il aurait été tué mercredi")
    r"\b[a-zàâçéèêëîïôûùüÿœ]{2,}(?:rait|raient)\b",
    # the present of scheduling verbs: "les ministres se réunissent mercredi à Bruxelles" is ahead
    r"\bse (?:réunit|réunissent|rend|rendent|poursuit|poursuivent|tient|tiennent)\b",
    r"\b(?:reprend|reprennent|débute|débutent|entame|entament|s['’]ouvre|s['’]ouvrent)\b",
]  # fmt: skip
# Words the future pattern above catches by accident.
NOT_FUTURE = {"front", "affront", "extra", "ultra", "opéra", "caméra", "cobra", "mantra", "intra", "contra",
              "environs", "patrons", "citrons", "marrons", "larrons", "embarras", "tiara", "sierra",
              "aurait", "auraient", "serait", "seraient"}  # fmt: skip
PAST_CUES = [
    r"\b(?:a|ont|avait|avaient|avons|avez|ai|as|est|sont|était|étaient|fut|furent|eut|eurent|été)\b",
    r"\b[a-zàâçéèêëîïôûùüÿœ]{2,}(?:ait|aient|èrent)\b",
    r"\bdernière?s?\b",
    r"\bpassée?s?\b",
    # a past participle right before the date: "la procédure engagée en août", "l'accord signé le 3 mai"
    r"\b[a-zàâçéèêëîïôûùüÿœ]{3,}(?:é|ée|és|ées)(?=\s+(?:en|le|depuis|dès|début|fin|mi)\b)",
]
# Clause boundaries inside a sentence, for tense cues.
CLAUSE_WORDS = [r"\bque\b", r"\bqu['’]", r"\bmais\b", r"\bet\b", r"\bqui\b", r"\blorsque\b", r"\bquand\b"]
