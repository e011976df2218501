"""French number formats and quantity vocabulary for `veille.analyze.figures`."""

# Digits: groups of three separated by a space (normal, no-break U+00A0, narrow U+202F, thin
# U+2009) or a dot; decimal comma. A dot before one or two digits is a decimal point ("1.5").
GROUP_SEPARATORS = " \u00a0\u202f\u2009."
DECIMAL_MARK = ","

NUMBER_WORDS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
}  # fmt: skip
# Words for one: a figure on their own only before a scale ("un million"), else articles.
ONE_WORDS = {"un", "une"}
# Joiners inside a written number: "vingt et un", "soixante-dix", "deux cents".
NUMBER_JOINERS = ["-", " ", " et "]

# Multipliers after a number. Those in CURRENCY_ONLY_SCALES count only in money ("3 M€").
SCALES = {
    "mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
    "billion": 1e12, "billions": 1e12, "mds": 1e9, "Mds": 1e9, "Md": 1e9, "Mrd": 1e9, "M": 1e6, "k": 1e3,
}  # fmt: skip
CURRENCY_ONLY_SCALES = {"M", "k", "Md", "Mds", "Mrd"}

# Nouns for an approximate number: "une centaine de soldats".
APPROX_NOUNS = {
    "une dizaine": 10, "une douzaine": 12, "une quinzaine": 15, "une vingtaine": 20, "une trentaine": 30,
    "une quarantaine": 40, "une cinquantaine": 50, "une soixantaine": 60, "une centaine": 100,
    "un millier": 1000,
}  # fmt: skip
# Vague plurals: (lowest, highest) plausible value. "des milliers de manifestants".
VAGUE = {
    "des dizaines": (20, 100), "plusieurs dizaines": (20, 100), "quelques dizaines": (20, 100),
    "des centaines": (200, 1000), "plusieurs centaines": (200, 1000), "quelques centaines": (200, 1000),
    "des milliers": (2000, 10000), "plusieurs milliers": (2000, 10000), "quelques milliers": (2000, 10000),
    "des dizaines de milliers": (20000, 100000), "plusieurs dizaines de milliers": (20000, 100000),
    "des centaines de milliers": (200000, 1000000), "plusieurs centaines de milliers": (200000, 1000000),
    "des millions": (2e6, 1e7), "plusieurs millions": (2e6, 1e7), "des milliards": (2e9, 1e10),
    "plusieurs milliards": (2e9, 1e10),
}  # fmt: skip

# Words before a number that make it an estimate or a bound.
APPROX_CUES = [
    "près de", "près d'", "environ", "quelque", "presque", "autour de", "aux alentours de", "approximativement",
    "plus de", "plus d'", "moins de", "moins d'", "au moins", "au plus", "jusqu'à", "quasiment", "pas moins de",
    "pas moins d'", "un peu plus de", "un peu plus d'", "un peu moins de", "un peu moins d'", "au bas mot",
    "plus ou moins", "grosso modo",
]  # fmt: skip
RANGE_OPENERS = {"entre": "et", "de": "à", "d'": "à"}  # opener -> the connector it needs
RANGE_CONNECTORS = ["-", "–", "—", "à", "et"]  # "et" only after "entre"

PERCENT = ["%", "pour cent", "pourcent", "p. cent"]
PERCENTAGE_POINTS = ["points de pourcentage", "point de pourcentage"]

# Currencies: symbols before or after the number, and words after it (optionally after "de").
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "CHF": "CHF",
                    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "C$": "CAD", "A$": "AUD"}  # fmt: skip
CURRENCY_WORDS = {
    "dollars américains": "USD", "dollars canadiens": "CAD", "dollars australiens": "AUD",
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "livres sterling": "GBP",
    "yuans": "CNY", "yuan": "CNY", "yens": "JPY", "yen": "JPY", "roubles": "RUB", "rouble": "RUB",
    "francs suisses": "CHF", "francs CFA": "XOF", "hryvnias": "UAH", "roupies": "INR", "wons": "KRW",
}  # fmt: skip

# Measurement units: surface form -> canonical unit. Matched case-sensitively, longest first.
UNITS = {
    "km/h": "km/h", "km²": "km2", "km2": "km2", "kilomètres carrés": "km2", "m²": "m2", "mètres carrés": "m2",
    "km": "km", "kilomètres": "km", "kilomètre": "km", "m": "m", "mètres": "m", "mètre": "m",
    "cm": "cm", "centimètres": "cm", "mm": "mm", "millimètres": "mm",
    "milles nautiques": "nmi", "miles": "mi", "mile": "mi",
    "kg": "kg", "kilos": "kg", "kilogrammes": "kg", "g": "g", "grammes": "g", "t": "t", "tonnes": "t",
    "tonne": "t", "ha": "ha", "hectares": "ha", "hectare": "ha", "l": "l", "litres": "l", "litre": "l",
    "barils": "bbl", "baril": "bbl", "°C": "°C", "degrés": "°C", "degré": "°C",
    "MW": "MW", "mégawatts": "MW", "GW": "GW", "gigawatts": "GW", "kWh": "kWh", "TWh": "TWh",
    "h": "h", "heures": "h", "heure": "h", "min": "min", "minutes": "min", "minute": "min",
    "secondes": "s", "seconde": "s", "jours": "day", "jour": "day", "semaines": "week", "semaine": "week",
    "mois": "month", "ans": "year", "an": "year", "années": "year", "année": "year", "siècles": "century",
    "magnitude": "magnitude",
}  # fmt: skip
# A bare number after a toll and its verb counts the dead: "le bilan s'élève à 31".
TOLL_NOUNS = ["bilan humain", "bilan des morts", "bilan des victimes", "nombre de morts"]  # a bare "bilan" may count anything
TOLL_VERBS = ["s'élève", "s’élève", "est passé", "est monté", "passe", "atteint", "grimpe", "alourdi", "est de", "était de"]
TOLL_COUNTS = "morts"
# Units written before the number: "un séisme de magnitude 6,8".
UNITS_BEFORE = {"magnitude": "magnitude"}

# Words that cannot be the counted noun: articles, prepositions, pronouns, auxiliaries...
STOPWORDS = set("""
le la les l un une des du de d au aux à a ont est sont été être avoir avait avaient était étaient
sera seront serait fait et ou mais ni car en dans par pour sur sous avec sans entre vers chez contre
depuis pendant selon après avant durant dès jusqu qui que qu quoi dont où ce cet cette ces son sa ses
leur leurs notre nos votre vos mon ma mes il elle ils elles on nous vous je tu se s y ne n pas plus
moins très aussi comme si lors tous toutes tout toute autres même mêmes déjà encore environ près
fois plusieurs quelques chacun chacune ici là alors ainsi puis
""".split())  # fmt: skip
# Endings of French plural nouns: a counted noun must have one (when the value is 2 or more).
PLURAL_ENDINGS = "sxz"
# Adjectives that go before the noun: skipped to reach the counted noun.
PREMODIFIERS = set("""
autres nouveaux nouvelles nouveau nouvelle jeunes anciens anciennes ancien premiers premières derniers
dernières petits petites grands grandes gros grosses vieux vieilles principaux principales bons
bonnes mauvais vrais hauts hautes
""".split())  # fmt: skip
# Words between a number and "de" + the counted noun: "estiment à 100 000 le nombre de soldats".
COUNT_LEADS = ["le nombre", "le nombre total"]
# Nouns after a number that make it something other than a quantity.
NOT_COUNTS = {"fois", "tiers", "quarts", "moitié", "cinquièmes"}
# Nouns before a number that make it an identifier ("la résolution 2231", "l'article 5").
IDENTIFIER_NOUNS = {"n°", "no.", "#"} | set("""
article articles résolution numéro n° no nº chapitre page pages vol ligne route autoroute salle
paragraphe alinéa section chambre point phase niveau catégorie groupe pavillon porte terminal tome
étape saison épisode division ligue formule classe type modèle version stade degré zone quai voie
tranche rang kilomètre
""".split())  # fmt: skip
