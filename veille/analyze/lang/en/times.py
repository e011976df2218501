"""English time vocabulary for `veille.analyze.times` (same layout as the French table)."""

# Month and weekday names must be capitalised: "may" and "march" in lower case are verbs.
CAPITALISED_NAMES = True
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTH_BEFORE = {"last": -1, "next": 1, "this": 0}
MONTH_AFTER: dict[str, int] = {}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# "May" (Theresa May, "May I") and "March" (a march) are bare months only after a strong cue.
AMBIGUOUS_MONTHS = {"may", "march"}

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY_BEFORE = {"this": 2, "next": 1, "last": -1, "this coming": 1, "this past": -1, "coming": 1}
WEEKDAY_AFTER: dict[str, int] = {}
WEEKDAY_GENERIC = ["a", "every", "each", "any", "the"]
PARTS_OF_DAY = ["morning", "afternoon", "evening", "night", "midday"]
CLOCK_JOINERS = ["at", "around", "from", "by"]

DAY_WORDS = {
    "today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
    "yesterday": -1, "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
    "last night": -1, "the day before yesterday": -2,
    "tomorrow": 1, "tomorrow morning": 1, "tomorrow evening": 1, "the day after tomorrow": 2,
}  # fmt: skip

RELATIVE_PHRASES = {
    "this week": ("week", 0), "earlier this week": ("week", 0), "later this week": ("week", 0),
    "last week": ("week", -1), "next week": ("week", 1),
    "this weekend": ("weekend", None), "over the weekend": ("weekend", None),
    "last weekend": ("weekend", -1), "next weekend": ("weekend", 1),
    "this month": ("month", 0), "earlier this month": ("month", 0), "later this month": ("month", 0),
    "last month": ("month", -1), "next month": ("month", 1),
    "this year": ("year", 0), "earlier this year": ("year", 0), "later this year": ("year", 0),
    "last year": ("year", -1), "next year": ("year", 1),
}  # fmt: skip

BASE_PHRASES = {
    "the day before": ("day", -1), "the previous day": ("day", -1), "the next day": ("day", 1),
    "the following day": ("day", 1), "the following week": ("week", 1), "the previous week": ("week", -1),
    "the following month": ("month", 1), "the previous month": ("month", -1),
    "the following year": ("year", 1), "the previous year": ("year", -1),
}  # fmt: skip

OFFSET_UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
    "year": "year", "years": "year",
}  # fmt: skip
OFFSET_FRAMES = [
    ("{n} {u} ago", -1, "anchor"),
    ("in {n} {u}", 1, "anchor"),
    ("{n} {u} later", 1, "base"),
    ("{n} {u} earlier", -1, "base"),
    ("{n} {u} after", 1, "object"),
    ("{n} {u} before", -1, "object"),
]
OFFSET_ONE = ["a", "an", "one"]

PERIOD_MODIFIERS = ["early", "late", "mid-", "mid", "the end of", "the beginning of", "the start of",
                    "the middle of", "end-"]  # fmt: skip
STRONG_CUES = ["in", "since", "until", "till", "by", "during", "early", "late", "mid-", "mid", "last",
               "next", "this", "end of", "beginning of", "start of", "spring", "summer", "autumn",
               "fall", "winter"]  # fmt: skip
WEAK_CUES = ["from", "to", "and", "or", "between", "before", "after", "through", "of", "for", "the"]
YEAR_BLOCKERS = ["about", "around", "nearly", "almost", "some", "more than", "over", "under", "than",
                 "up to", "at least", "roughly"]  # fmt: skip
DECADE_WORDS: list[str] = []  # English decades are `1990s` / `'90s`

# Numeric dates: month first unless the numbers or the anchor say otherwise.
DATE_ORDER = "MDY"
DATE_ORDER_STRICT = False

CLOCK_PATTERNS = [
    r"(?P<h>\d\d?):(?P<min>[0-5]\d)(?:\s?(?P<ampm>[ap])(?:\.m\.|\.?m\b))?(?!\d)",
    r"(?P<h>\d\d?)\s?(?P<ampm>[ap])(?:\.m\.|\.?m\b)",
    r"(?P<h>\d\d?)\s+o['’]clock\b",
    r"(?P<h>\d\d)(?P<min>[0-5]\d)\s?(?:GMT|UTC|BST|CET|EST|EDT|ET|PT|local time)\b",
]
CLOCK_CUED_PATTERNS: list[str] = []
CLOCK_CUES: list[str] = []

FUTURE_CUES = [
    r"\bwill\b", r"\w['’]ll\b", r"\bshall\b", r"\bgoing to\b", r"\b(?:is|are|was|were) (?:due|set|scheduled|expected|slated|poised) to\b",
    r"\bscheduled\b", r"\bplan(?:s|ning)? to\b", r"\bupcoming\b", r"\bnext\b", r"\bexpected to\b",
    r"\bwould\b(?! have)",
    # the present of scheduling verbs: a report's "envoys meet in Brussels on Wednesday" is ahead
    # (only verbs that are rarely nouns: "head", "visit", "move", "start" are left out)
    r"\b(?:meet|meets|convene|convenes|reconvene|reconvenes|resume|resumes|begin|begins|take place|takes place)\b",
]  # fmt: skip
NOT_FUTURE: set[str] = set()
PAST_CUES = [
    r"\b(?:was|were|had|did|said|told|met|went|came|took|made|gave|held|left|began|fought|won|lost|fled|saw)\b",
    # a participle after "be"/"been" ("would be allowed") is passive voice, not past tense
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b[a-z]{2,}ed\b", r"\bago\b", r"\blast\b",
]  # fmt: skip
CLAUSE_WORDS = [r"\bthat\b", r"\bbut\b", r"\band\b", r"\bwho\b", r"\bwhich\b", r"\bwhen\b", r"\bwhile\b"]
