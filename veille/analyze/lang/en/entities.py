"""English tables for entity mentions: determiners, titles, roles, demonyms as role words.

Country names, capitals and seats of power live in `veille/analyze/country_tables.py`.

Gender hints are weak: "m", "f" or None. All word lookups are on lower-cased text.
"""

from veille.analyze.lang.en.quotes import GIVEN_NAMES_F, GIVEN_NAMES_M

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
               "in", "at", "on", "for", "by", "from", "to", "of", "with", "and"}
ELISIONS: tuple[str, ...] = ()
DETERMINER_GENDER: dict[str, str] = {}

ARTICLE_NAMES = {
    "the hague", "the bronx", "the oval", "the new york times", "the times",
    "the guardian", "the economist", "the washington post", "the wall street journal", "the independent",
    "the observer", "the telegraph", "the sun", "the atlantic", "the new yorker", "the beatles",
    "the who", "the rolling stones", "los angeles", "las vegas", "el salvador", "la paz",
    "the daily telegraph", "the financial times", "the associated press", "the onion",
}

NAME_PARTICLES = {"de", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "ten", "da", "di", "dos",
                  "das", "del", "della", "bin", "ben", "ibn", "al", "el", "y", "e", "zu", "af", "st", "st.", "d'"}

HONORIFICS = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "messrs": "m",
    "messrs.": "m", "dr": None, "dr.": None, "prof": None, "prof.": None, "professor": None, "sir": "m",
    "dame": "f", "lady": "f", "lord": "m", "rev": None, "rev.": None, "reverend": None, "father": "m",
    "sister": "f", "brother": "m", "sheikh": "m", "mme": "f", "mlle": "f",
    "herr": "m", "frau": "f", "sr.": "m", "jr.": "m",
}

ROLE_NOUNS = {
    "president": None, "vice president": None, "vice-president": None, "prime minister": None,
    "minister": None, "secretary": None, "undersecretary": None, "under secretary": None,
    "spokesman": "m", "spokeswoman": "f", "spokesperson": None, "ambassador": None, "envoy": None,
    "chief": None, "head": None, "director": None, "leader": None, "negotiator": None, "adviser": None,
    "advisor": None, "senator": None, "sen.": None, "representative": None, "rep.": None,
    "congressman": "m", "congresswoman": "f", "governor": None, "gov.": None, "mayor": None,
    "general": None, "gen.": None, "admiral": None, "adm.": None, "colonel": None, "col.": None,
    "commander": None, "captain": None, "capt.": None, "lieutenant": None, "lt.": None, "sergeant": None,
    "sgt.": None, "maj.": None, "marshal": None, "chancellor": None, "king": "m", "queen": "f",
    "prince": "m", "princess": "f", "pope": "m", "emir": "m", "chairman": "m", "chairwoman": "f",
    "chair": None, "ceo": None, "founder": None, "lawyer": None, "attorney": None, "judge": None,
    "justice": None, "prosecutor": None, "official": None, "diplomat": None, "analyst": None,
    "economist": None, "candidate": None, "premier": None, "commissioner": None, "delegate": None,
    "coach": None, "manager": None, "executive": None, "strategist": None, "chief executive": None,
    "counterpart": None, "attorney general": None, "deputy": None, "assistant": None, "speaker": None,
    "bishop": None, "archbishop": None, "cardinal": None, "imam": None, "rabbi": None,
    "pres.": None, "officer": None, "inspector": None, "detective": None, "mediator": None, "spokesmen": None,
}
# Trades that stand before a name like a function ("Virologist Jean-Jacques Muyembe said"): role nouns
# too, so the word is the mention's role, not part of the name. Not the trades that are common surnames
# (Baker, Cook, Hunter, Singer...): those stay names. A word with one of OCCUPATION_SUFFIXES is one too
# ("epidemiologist", "photographer", "psychiatrist"), unless it is a given name.
OCCUPATION_NOUNS = {
    "scientist": None, "researcher": None, "journalist": None, "reporter": None, "activist": None,
    "campaigner": None, "physician": None, "surgeon": None, "nurse": None, "doctor": None, "engineer": None,
    "historian": None, "novelist": None, "author": None, "poet": None, "playwright": None, "filmmaker": None,
    "artist": None, "actor": "m", "actress": "f", "architect": None, "entrepreneur": None, "investor": None,
    "expert": None, "specialist": None, "consultant": None, "academic": None, "scholar": None,
    "epidemiologist": None, "virologist": None, "columnist": None, "economist": None, "chemist": None,
    "physicist": None, "pharmacist": None, "veterinarian": None, "mathematician": None, "statistician": None,
    "politician": None, "technician": None, "musician": None, "pediatrician": None, "paediatrician": None,
}
OCCUPATION_SUFFIXES = ("ologist", "ographer", "iatrist", "ologists", "ographers", "iatrists")
ROLE_MODIFIERS = {
    "vice", "deputy", "assistant", "under", "acting", "former", "ex", "ex-", "first", "chief", "senior",
    "top", "new", "interim", "lead", "co", "associate", "principal", "special", "general", "executive",
    "foreign", "defence", "defense", "finance", "interior", "home", "trade", "prime", "economy", "economic",
    "energy", "health", "justice", "labour", "labor", "agriculture", "commerce", "treasury", "state",
    "national", "security", "intelligence", "military", "army", "navy", "presidential", "white", "house",
    "central", "bank", "party", "opposition", "government", "ministry", "department", "press", "u.s.", "us",
    "u.n.", "un", "eu", "nato", "fed", "federal", "county", "city", "district", "supreme", "court", "retired",
    "regional", "permanent",
}
PORTFOLIO_WORDS = {
    "state", "defense", "defence", "treasury", "interior", "justice", "commerce", "agriculture", "energy",
    "education", "labor", "labour", "transportation", "transport", "health", "homeland", "security", "foreign",
    "affairs", "home", "finance", "trade", "culture", "environment", "economy", "staff", "joint", "chiefs",
    "veterans", "housing", "exchequer", "armed", "forces", "navy", "army", "air", "force",
    "foreign affairs", "fisheries", "fishery", "maritime", "immigration", "tourism", "development",
    "cooperation", "mines", "mining", "oil", "petroleum", "water", "forests", "natural", "resources",
    "infrastructure", "planning", "social", "welfare", "employment", "information", "media", "customs",
    "aviation", "communications", "telecommunications", "technology", "science", "sport", "sports", "youth",
    "women", "equality", "digital", "climate", "industry", "investment", "revenue", "budget",
}
# Kinship nouns heading an apposition ("Kim Yo Jong, the sister of leader Kim Jong Un"): they give
# the gender, not the role noun of their complement.
KINSHIP_GENDER = {"sister": "f", "brother": "m", "daughter": "f", "son": "m", "wife": "f", "husband": "m",
                  "mother": "f", "father": "m", "widow": "f", "widower": "m", "niece": "f", "nephew": "m",
                  "granddaughter": "f", "grandson": "m", "aunt": "f", "uncle": "m"}
ROLE_CONNECTORS = {"of", "for", "the", "and", "on", "to", "at"}
# Words joining items of a list: a role before one item is not the next item's ("President
# Vladimir Putin and Volodymyr Zelenskiy").
COORDINATORS = {"and", "or", "&"}
# English names no origin with a particle ("Zelenskiy of Ukraine" is cut at "of" anyway).
ORIGIN_LINKS: dict[str, bool] = {}
ORIGIN_ARTICLES: set[str] = set()
# Given names (from the quote tables): a name the model typed ORG that opens with one may be a person.
GIVEN_NAMES = GIVEN_NAMES_M | GIVEN_NAMES_F
# Words that end names of organisations and places, never a person's ("Betty Ford Center", "Christian
# Science Monitor"), besides ORG_LAST_WORDS and the FACILITY_HEADS below.
NON_PERSONAL_WORDS = {
    "center", "centre", "clinic", "news", "times", "post", "journal", "monitor", "network", "show", "magazine",
    "media", "press", "campaign", "road", "county", "city", "school", "fund", "trust", "project", "initiative",
    "program", "programme", "prize", "award", "awards", "cup", "trophy", "festival", "hall", "house", "building",
}
# Articles: "the Center" is no surname standing alone.
ARTICLES = {"the", "a", "an"}
# Words after which a capitalised word is a portfolio, never a name ("in charge of Trade").
PORTFOLIO_LEADS = {"charge"}

LOCATIVE_PREPOSITIONS = {"in", "at", "near", "to", "into", "from", "outside", "around", "across", "via", "of",
                         "visited", "visit", "visiting", "arrived", "left", "toured", "flew", "fled", "returned",
                         "through", "towards", "toward", "downtown", "over"}
ACTOR_PREPOSITIONS = {"according", "between", "for", "by", "with", "against"}
POLITICAL_VERBS = {
    "say", "state", "declare", "announce", "deny", "accuse", "denounce", "condemn", "demand", "ask", "refuse",
    "reject", "threaten", "warn", "want", "consider", "respond", "reply", "retaliate", "insist", "hope",
    "propose", "impose", "sanction", "negotiate", "promise", "recognize", "recognise", "acknowledge",
    "support", "back", "call", "urge", "criticize", "criticise", "blame", "accept", "approve", "authorize",
    "ban", "expel", "recall", "summon", "sign", "ratify", "decide", "plan", "fear", "seek", "try", "maintain",
    "confirm", "indicate", "stress", "add", "protest", "welcome", "suspect", "send", "supply", "provide",
    "deploy", "withdraw", "suspend", "cancel", "block", "freeze", "lift", "strengthen", "help", "fund",
    "attack", "strike", "invade", "mobilize", "intensify", "target", "repeat", "push", "press", "oppose",
    "invite", "agree", "argue", "claim", "believe", "expect", "need", "tell", "offer", "pledge",
    "vow", "allege", "dismiss", "signal", "raise", "cut", "boost", "veto", "admit",
}

DEMONYMS = {
    "russian": "RUS", "american": "USA", "u.s.": "USA", "us": "USA", "french": "FRA", "british": "GBR",
    "german": "DEU", "ukrainian": "UKR", "chinese": "CHN", "japanese": "JPN", "italian": "ITA",
    "spanish": "ESP", "iranian": "IRN", "israeli": "ISR", "palestinian": "PSE", "syrian": "SYR",
    "turkish": "TUR", "polish": "POL", "canadian": "CAN", "belgian": "BEL", "swiss": "CHE",
    "belarusian": "BLR", "indian": "IND", "pakistani": "PAK", "saudi": "SAU", "egyptian": "EGY",
    "algerian": "DZA", "moroccan": "MAR", "tunisian": "TUN", "lebanese": "LBN", "iraqi": "IRQ",
    "afghan": "AFG", "north korean": "PRK", "south korean": "KOR", "australian": "AUS", "brazilian": "BRA",
    "mexican": "MEX", "argentine": "ARG", "argentinian": "ARG", "venezuelan": "VEN", "cuban": "CUB",
    "dutch": "NLD", "swedish": "SWE", "norwegian": "NOR", "finnish": "FIN", "danish": "DNK",
    "austrian": "AUT", "greek": "GRC", "romanian": "ROU", "hungarian": "HUN", "czech": "CZE",
    "slovak": "SVK", "serbian": "SRB", "croatian": "HRV", "bulgarian": "BGR", "georgian": "GEO",
    "armenian": "ARM", "azerbaijani": "AZE", "kazakh": "KAZ", "moldovan": "MDA", "lithuanian": "LTU",
    "latvian": "LVA", "estonian": "EST", "irish": "IRL", "portuguese": "PRT", "south african": "ZAF",
    "nigerian": "NGA", "malian": "MLI", "senegalese": "SEN", "qatari": "QAT", "emirati": "ARE",
    "vietnamese": "VNM", "taiwanese": "TWN", "korean": None, "european": None, "u.n.": None, "nato": None,
    "eu": None, "western": None, "arab": None,
    "congolese": None, "kenyan": "KEN", "ethiopian": "ETH", "sudanese": "SDN", "somali": "SOM", "rwandan": "RWA",
    "ugandan": "UGA", "cameroonian": "CMR", "ivorian": "CIV", "ghanaian": "GHA", "gabonese": "GAB",
    "angolan": "AGO", "chadian": "TCD", "nigerien": "NER", "libyan": "LBY", "mauritanian": "MRT",
    "burundian": "BDI", "togolese": "TGO", "beninese": "BEN", "zambian": "ZMB", "zimbabwean": "ZWE",
    "mozambican": "MOZ", "tanzanian": "TZA", "eritrean": "ERI", "jordanian": "JOR", "yemeni": "YEM",
    "omani": "OMN", "kuwaiti": "KWT", "thai": "THA", "indonesian": "IDN", "filipino": "PHL", "malaysian": "MYS",
    "bangladeshi": "BGD", "colombian": "COL", "peruvian": "PER", "chilean": "CHL", "ecuadorian": "ECU",
    "bolivian": "BOL", "haitian": "HTI",
}

ROLE_STOPS = {
    "said", "says", "told", "added", "is", "was", "are", "were", "has", "have", "had", "will", "would", "who",
    "which", "that", "when", "after", "before", "while", "but", "because", "since", "during", "according",
    "he", "she", "they", "it", "did", "does", "do", "can", "could", "should", "may", "might", "warned",
    "stated", "announced", "wrote", "insisted", "argued", "noted", "explained",
}

# English puts the place first ("Los Angeles Lakers"): no linking word makes one name of two.
NAME_LINKS: set[str] = set()
PLURAL_PLACES: set[str] = set()

# Common nouns that make the name right after them an organisation, whatever the model said
# ("the vaccine alliance Gavi", "the charity Oxfam").
ORG_NOUNS_BEFORE = {
    "alliance", "company", "firm", "agency", "charity", "foundation", "coalition", "carmaker", "automaker",
    "lender", "bank", "broadcaster", "newspaper", "militia", "startup", "retailer", "insurer", "conglomerate",
}
ORG_FIRST_WORDS = {
    "fc", "ac", "university", "bank", "ministry", "department", "institute", "college",
    # first words of sports clubs named after their town ("Dynamo Moscow", "Werder Bremen")
    "hc", "hk", "ksv", "kv", "krc", "vvv", "sv", "vfb", "vfl", "tsv", "fk", "nk", "sk", "bk", "cd", "ud", "rc",
    "ajax", "werder", "eintracht", "dukla", "dynamo", "dinamo", "sporting", "racing", "olympique", "olympiakos",
    "real", "atletico", "inter", "borussia", "bayer", "fortuna", "hertha", "rapid", "spartak", "lokomotiv",
    "zenit", "shakhtar", "steaua", "partizan", "slavia", "sparta", "standard", "slovan", "torpedo", "dnipro",
    "legia", "ferencvaros", "honved", "benfica", "juventus",
}
ORG_LAST_WORDS = {
    "fc", "club", "party", "bank", "university", "institute", "foundation", "association", "federation",
    "committee", "commission", "council", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "co", "co.", "plc",
    "company", "group", "agency", "ministry", "department", "army", "church", "airlines", "airways",
    "organisation", "organization", "society", "board", "court", "exchange", "fund", "trust", "bancorp",
    "holdings", "corporation", "industries", "motors", "laboratories", "systems", "newsroom",
}
NAME_ABBREVIATIONS = {"jr", "sr", "bros", "inc", "corp", "co", "ltd", "st", "mt", "ft", "dr"}

# English capitalises the generic head of a name: lower-case words opening a span are dropped.
NAME_HEADS: set[str] = set()

COMPASS_POINTS: set[str] = set()  # English puts them first ("South Asia"): the model keeps them
PLACE_ADJECTIVES: set[str] = set()
EMPIRE_WORDS: set[str] = set()

COMMON_ACRONYMS = {"dvd", "cd", "cd-rom", "lp", "ep", "gps", "dna", "rna", "hiv", "gdp", "vat", "sms",
                   "usb", "hd", "mp3", "ok", "ceo", "cfo", "ipo", "suv", "ufo", "aids", "atm", "faq"}

# Generic heads of names of buildings and sites, and their shared alias key (the French table maps its
# words to the same keys): "Dolmabahce Palace", "Palace of Westminster", "University of Oxford".
FACILITY_HEADS = {
    "palace": "palace", "airport": "airport", "university": "university", "square": "square", "bridge": "bridge",
    "cathedral": "cathedral", "stadium": "stadium", "hospital": "hospital", "museum": "museum", "castle": "castle",
    "basilica": "basilica", "mosque": "mosque", "church": "church", "station": "station", "tower": "tower",
    "park": "park", "lake": "lake", "dam": "dam", "prison": "prison", "temple": "temple", "abbey": "abbey",
    "monastery": "monastery", "theatre": "theatre", "theater": "theatre", "canal": "canal", "strait": "strait",
    "gulf": "gulf", "bay": "bay", "mount": "mount", "street": "street", "avenue": "avenue",
    "boulevard": "boulevard", "cemetery": "cemetery", "garden": "garden", "gardens": "gardens",
}
FACILITY_LINKS = {"of", "the"}  # "Palace of Westminster", "Strait of Hormuz"

# Administrative divisions: a name before one ("Congo's central Kasai province", "in Sinaloa state") or
# after one and its link ("the province of Kasai") is a place, whatever the model said.
ADMIN_HEADS = {
    "province", "provinces", "region", "state", "district", "county", "prefecture", "governorate", "oblast",
    "municipality", "canton", "emirate", "borough", "parish", "subdistrict", "township",
    "voivodeship", "raion", "krai", "okrug", "wilaya",
}
ADMIN_LINKS = {"of"}
# Endings of nationality words the model types MISC: "the Kurdish region" names no place "Kurdish".
DEMONYM_ENDINGS = ("ish", "ese", "ian", "ean", "ic")
ADMIN_HEAD_AFTER = True  # English names the division before its head ("Kasai province")
# Diseases and their agents are no persons nor places: a mention of one is MISC ("the Ebola outbreak",
# "beaten Ebola"); so is a name next to a DISEASE_HEADS word ("the Nipah virus", "Lassa fever"), unless a
# known place.
DISEASE_NAMES = {
    "ebola", "covid", "covid-19", "coronavirus", "sars", "sars-cov-2", "mers", "mpox", "monkeypox", "cholera",
    "malaria", "measles", "polio", "poliomyelitis", "h5n1", "h1n1", "h7n9", "zika", "dengue", "aids", "hiv",
    "tuberculosis", "typhoid", "yellow fever", "bird flu", "avian flu", "avian influenza", "swine flu",
    "influenza", "anthrax", "smallpox", "chikungunya", "nipah", "hantavirus", "rabies", "meningitis",
    "diphtheria", "leprosy", "bse", "west nile virus", "marburg virus", "lassa fever", "omicron",
}
DISEASE_HEADS = {"virus", "fever"}
# Finite verbs as written after a subject, besides the forms VERB_INFLECTIONS makes of POLITICAL_VERBS:
# a given name alone before one stands for its person ("Tedros called on donors").
FINITE_VERBS = {
    "said", "says", "told", "tells", "is", "was", "has", "had", "will", "would", "can", "could", "should",
    "must", "did", "does", "wrote", "spoke", "met", "went", "came", "made", "took", "gave", "won", "lost",
    "became", "began", "sought", "thought", "knew", "saw", "held", "led", "brought", "kept", "chose", "flew",
    "stood", "sent", "spent", "paid", "struck",
}
VERB_INFLECTIONS = (("", "s"), ("", "es"), ("", "ed"), ("e", "ed"), ("y", "ied"), ("y", "ies"))
PLACE_HEADS: set[str] = set()  # English capitalises them ("Lake Geneva"): the model keeps them
EVENT_WORDS: set[str] = set()
# Surnames written like a pronoun ("spokeswoman He Yongqian", "Vice-Premier He Lifeng"): the model
# leaves them out of the name, or takes the given name for something else.
PRONOUN_SURNAMES = {"He"}
