"""English number formats and quantity vocabulary for `veille.analyze.figures`."""

# Digits: comma groups of three ("100,000"), decimal point. No-break and narrow spaces also
# group (SI style); a plain space does not.
GROUP_SEPARATORS = ",\u00a0\u202f\u2009"
DECIMAL_MARK = "."

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000,
}  # fmt: skip
ONE_WORDS = {"one"}
NUMBER_JOINERS = ["-", " ", " and "]

SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6, "mln": 1e6,
    "bln": 1e9, "tn": 1e12, "m": 1e6, "k": 1e3,
}  # fmt: skip
CURRENCY_ONLY_SCALES = {"m", "k"}

APPROX_NOUNS = {"a dozen": 12, "about a dozen": 12, "a hundred": 100, "a thousand": 1000,
                "a million": 1e6, "a billion": 1e9, "half a million": 5e5}  # fmt: skip
VAGUE = {
    "dozens": (24, 120), "scores": (40, 200), "hundreds": (200, 1000), "several hundred": (200, 1000),
    "a few hundred": (200, 1000), "thousands": (2000, 10000), "several thousand": (2000, 10000),
    "a few thousand": (2000, 10000), "tens of thousands": (20000, 100000),
    "hundreds of thousands": (200000, 1000000), "millions": (2e6, 1e7), "billions": (2e9, 1e10),
}  # fmt: skip

APPROX_CUES = [
    "about", "around", "nearly", "almost", "some", "roughly", "approximately", "more than", "over",
    "under", "fewer than", "less than", "at least", "at most", "up to", "as many as", "as much as",
    "an estimated", "upwards of", "close to", "just over", "just under", "well over", "no fewer than",
    "no less than",
]  # fmt: skip
RANGE_OPENERS = {"between": "and", "from": "to"}
RANGE_CONNECTORS = ["-", "–", "—", "to", "and"]  # "and" only after "between"

PERCENT = ["%", "per cent", "percent", "pc"]
PERCENTAGE_POINTS = ["percentage points", "percentage point"]

CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "CHF": "CHF",
                    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "C$": "CAD", "A$": "AUD"}  # fmt: skip
CURRENCY_WORDS = {
    "US dollars": "USD", "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "sterling": "GBP", "yuan": "CNY", "yen": "JPY", "roubles": "RUB",
    "rubles": "RUB", "Swiss francs": "CHF", "hryvnias": "UAH", "rupees": "INR", "won": "KRW",
}  # fmt: skip

UNITS = {
    "km/h": "km/h", "mph": "mph", "km²": "km2", "km2": "km2", "sq km": "km2", "square kilometres": "km2",
    "square kilometers": "km2", "square miles": "mi2", "km": "km", "kilometres": "km", "kilometers": "km",
    "kilometre": "km", "kilometer": "km", "m": "m", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "cm": "cm", "mm": "mm", "nautical miles": "nmi", "miles": "mi", "mile": "mi", "feet": "ft", "ft": "ft",
    "foot": "ft", "kg": "kg", "kilograms": "kg", "kilos": "kg", "tonnes": "t", "tons": "t", "tonne": "t",
    "ton": "t", "lb": "lb", "lbs": "lb", "pounds": "lb", "ha": "ha", "hectares": "ha", "acres": "acre",
    "litres": "l", "liters": "l", "barrels": "bbl", "barrel": "bbl", "bpd": "bbl/d", "°C": "°C", "°F": "°F",
    "degrees": "°", "MW": "MW", "megawatts": "MW", "GW": "GW", "gigawatts": "GW", "kWh": "kWh", "TWh": "TWh",
    "hours": "h", "hour": "h", "hrs": "h", "minutes": "min", "minute": "min", "seconds": "s", "second": "s",
    "days": "day", "day": "day", "weeks": "week", "week": "week", "months": "month", "month": "month",
    "years": "year", "year": "year", "year-old": "year", "years-old": "year", "centuries": "century",
    "magnitude": "magnitude",
}  # fmt: skip
# A bare number after a toll and its verb counts the dead: "the death toll rose to 31".
TOLL_NOUNS = ["death toll", "number of dead", "number of deaths"]  # a bare "toll" may be a fee
TOLL_VERBS = ["rose", "risen", "climbed", "jumped", "increased", "reached", "stood", "stands", "is", "was", "hit"]
TOLL_COUNTS = "dead"
# Units written before the number: "a magnitude 6.8 earthquake".
UNITS_BEFORE = {"magnitude": "magnitude"}

STOPWORDS = set("""
the a an of to in on at by for from with without into onto over under and or but nor as than then
this that these those it its he she they them their his her we our you your i me my is are was were
be been being has have had do does did will would shall should can could may might must not no so if
who whom whose which what where when while there here more less most least also all both each every
other some any such only just about around nearly up down out off per via among between against
during before after since until till times already now still again ago left alone apiece yet
so too each
""".split())  # fmt: skip
PREMODIFIERS = set("""
more other additional new extra young old former armed unarmed foreign local further fresh
separate individual senior junior elderly small large big major key
""".split())  # fmt: skip
# English counted nouns are usually plural; these plurals do not end in -s.
IRREGULAR_PLURALS = {"people", "children", "men", "women", "police", "personnel", "staff", "cattle",
                     "sheep", "fish", "data", "dead", "wounded", "injured", "crew", "livestock"}  # fmt: skip
NOT_COUNTS = {"times", "thirds", "third", "quarters", "half", "halves", "fifths"}
IDENTIFIER_NOUNS = {"n°", "no.", "#"} | set("""
article articles resolution number no nº chapter page pages flight line route highway interstate room
section paragraph item level category phase gate terminal platform volume episode season division
league formula class type model version stage grade zone pier track tranche rank mile exit
""".split())  # fmt: skip
