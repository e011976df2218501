"""French tables for entity mentions: determiners, titles, roles, demonyms as role words.

Country names, capitals and seats of power live in `veille/analyze/country_tables.py`.

Gender hints are weak: "m", "f" or None (epicene). All word lookups are on lower-cased text.
"""

from veille.analyze.lang.fr.quotes import GIVEN_NAMES_F, GIVEN_NAMES_M

# Words that open a noun phrase and are never part of a name (unless the name is listed in
# ARTICLE_NAMES). Elided forms are prefixes glued to the next word in text ("l'OTAN").
DETERMINERS = {
    "le", "la", "les", "l'", "l’", "du", "des", "de", "d'", "d’", "au", "aux", "un", "une",
    "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos",
    "à", "en", "par", "pour", "sur", "avec", "chez", "selon", "contre", "vers", "dans", "et",
}
ELISIONS = ("l'", "l’", "d'", "d’", "qu'", "qu’", "jusqu'", "jusqu’", "lorsqu'", "lorsqu’")
DETERMINER_GENDER = {"le": "m", "la": "f", "du": "m", "au": "m", "un": "m", "une": "f", "cette": "f", "ce": "m", "cet": "m"}

# Names whose determiner belongs to the name: kept whole even at the start of a sentence.
ARTICLE_NAMES = {
    "la haye", "le caire", "le havre", "le mans", "la paz", "la havane", "le cap", "la mecque", "la valette",
    "la réunion", "la rochelle", "le touquet", "la défense", "le monde", "le figaro", "le point", "la croix",
    "la poste", "les echos", "les échos", "le parisien", "la tribune", "le temps", "l'express", "l'obs",
    "l'équipe", "l'humanité", "l'oréal", "la voix du nord", "le soir", "la libre belgique", "le devoir",
    "la presse", "le canard enchaîné", "le journal du dimanche", "le pen", "le drian", "la fontaine", "le maire",
    "los angeles", "las vegas", "el salvador", "la villette",
}

# Particles that may sit inside a person's name.
NAME_PARTICLES = {"de", "du", "des", "d'", "d’", "la", "le", "l'", "l’", "no", "van", "von", "der", "den", "ter", "ten", "da", "di",
                  "dos", "das", "del", "della", "bin", "ben", "ibn", "al", "el", "y", "e", "zu", "af", "st"}

# Courtesy titles: never part of a name, only a gender hint.
HONORIFICS = {
    "m.": "m", "m": "m", "mm.": "m", "mm": "m", "mme": "f", "mmes": "f", "mlle": "f", "mlles": "f",
    "madame": "f", "monsieur": "m", "mademoiselle": "f", "me": None, "mes": None, "maître": None,
    "mgr": "m", "monseigneur": "m", "dr": None, "docteur": None, "pr": None, "professeur": None,
    "père": "m", "sœur": "f", "frère": "m", "abbé": "m", "cheikh": "m",
}

# Head nouns of a person's role or function, with a gender hint when the form shows one.
ROLE_NOUNS = {
    "président": "m", "présidente": "f", "ministre": None, "premier ministre": None, "secrétaire": None,
    "porte-parole": None, "ambassadeur": "m", "ambassadrice": "f", "chef": None, "cheffe": "f",
    "directeur": "m", "directrice": "f", "dirigeant": "m", "dirigeante": "f", "responsable": None,
    "négociateur": "m", "négociatrice": "f", "conseiller": "m", "conseillère": "f", "député": "m",
    "députée": "f", "sénateur": "m", "sénatrice": "f", "maire": None, "gouverneur": "m", "gouverneure": "f",
    "général": "m", "générale": "f", "amiral": "m", "colonel": "m", "colonelle": "f", "commandant": "m",
    "capitaine": None, "lieutenant": "m", "sergent": "m", "maréchal": "m", "chancelier": "m", "chancelière": "f",
    "roi": "m", "reine": "f", "prince": "m", "princesse": "f", "pape": "m", "émir": "m", "cheikh": "m",
    "patron": "m", "patronne": "f", "pdg": None, "fondateur": "m", "fondatrice": "f", "avocat": "m",
    "avocate": "f", "bâtonnier": "m", "juge": None, "procureur": "m", "procureure": "f", "émissaire": None,
    "envoyé": "m", "envoyée": "f", "représentant": "m", "représentante": "f", "commissaire": None,
    "haut-commissaire": None, "délégué": "m", "déléguée": "f", "diplomate": None, "analyste": None,
    "économiste": None, "candidat": "m", "candidate": "f", "leader": None, "dirigeants": None,
    "préfet": "m", "préfète": "f", "recteur": "m", "rectrice": "f", "évêque": "m", "archevêque": "m",
    "cardinal": "m", "imam": "m", "rabbin": "m", "entraîneur": "m", "entraîneuse": "f", "sélectionneur": "m",
    "coordinateur": "m", "coordinatrice": "f", "administrateur": "m", "administratrice": "f",
    "homologue": None, "vice-président": "m", "vice-présidente": "f",
    "vice-ministre": None, "sous-secrétaire": None, "secrétaire général": None, "secrétaire générale": "f",
    "garde des sceaux": None, "speaker": None, "président-directeur": "m", "co-président": "m",
    "coprésident": "m", "coprésidente": "f", "chercheur": "m", "chercheuse": "f", "professeure": "f",
    "rapporteur": "m", "rapporteure": "f", "médiateur": "m", "médiatrice": "f", "inspecteur": "m",
    "inspectrice": "f", "officier": "m", "soldat": "m", "ministres": None, "présidents": None,
}
# Trades that stand before a name like a function ("Le virologue Jean-Jacques Muyembe"): role nouns too.
# A word with one of OCCUPATION_SUFFIXES is one too ("épidémiologiste", "cardiologue"), unless it is a
# given name.
OCCUPATION_NOUNS = {
    "scientifique": None, "journaliste": None, "reporter": None, "militant": "m", "militante": "f",
    "médecin": None, "chirurgien": "m", "chirurgienne": "f", "infirmier": "m", "infirmière": "f",
    "ingénieur": "m", "ingénieure": "f", "historien": "m", "historienne": "f", "écrivain": "m", "écrivaine": "f",
    "romancier": "m", "romancière": "f", "poète": None, "cinéaste": None, "réalisateur": "m", "réalisatrice": "f",
    "artiste": None, "acteur": "m", "actrice": "f", "architecte": None, "entrepreneur": "m",
    "entrepreneuse": "f", "expert": "m", "experte": "f", "spécialiste": None, "consultant": "m",
    "consultante": "f", "universitaire": None, "épidémiologiste": None, "virologue": None, "pharmacien": "m",
    "pharmacienne": "f", "vétérinaire": None, "photographe": None, "éditorialiste": None, "chroniqueur": "m",
    "chroniqueuse": "f", "sociologue": None, "politologue": None, "physicien": "m", "physicienne": "f",
    "mathématicien": "m", "mathématicienne": "f", "technicien": "m", "technicienne": "f", "politicien": "m",
    "politicienne": "f", "musicien": "m", "musicienne": "f", "pédiatre": None, "psychiatre": None,
}
OCCUPATION_SUFFIXES = ("ologue", "ologiste", "ologues", "ologistes")
# Words that modify a role noun without being names ("vice-", "ancien", "premier").
ROLE_MODIFIERS = {
    "vice", "vice-", "sous", "ancien", "ancienne", "ex", "ex-", "premier", "première", "haut", "haute",
    "nouveau", "nouvelle", "futur", "future", "actuel", "actuelle", "co", "adjoint", "adjointe", "principal",
    "principale", "chargé", "chargée", "délégué", "déléguée", "général", "générale", "en", "chef", "intérim",
    "par", "ad", "interim", "intérimaire", "d'état", "d’état", "état", "état-major", "major",
    "régional", "régionale", "national", "nationale", "exécutif", "exécutive", "spécial", "spéciale",
    "permanent", "permanente",
}
# Ministries and portfolios that complete a role ("ministre des Affaires étrangères").
PORTFOLIO_WORDS = {
    "affaires", "étrangères", "etrangères", "étrangère", "défense", "intérieur", "justice", "économie", "finances",
    "santé", "culture", "travail", "éducation", "agriculture", "environnement", "armées", "budget",
    "transports", "logement", "état", "etat", "commerce", "industrie", "énergie", "sports", "outre-mer",
    "comptes", "publics", "numérique", "diplomatie", "européennes", "recherche", "enseignement",
    "supérieur", "solidarités", "famille", "jeunesse", "écologie", "transition", "écologique", "relations",
    "internationales", "nationale", "national", "sécurité", "intérieure", "extérieur", "extérieures",
    "sceaux", "conseil", "gouvernement", "parti", "armée", "forces", "renseignement", "renseignements",
    "cabinet", "ministère", "service", "services", "presse", "communication", "banque", "centrale",
    "direction", "bureau", "etat-major", "état-major", "major", "chef", "affaires étrangères",
    "pêche", "pêches", "mer", "alimentation", "immigration", "intégration", "fonction", "publique",
    "territoires", "cohésion", "collectivités", "tourisme", "francophonie", "développement",
    "coopération", "anciens", "combattants", "mémoire", "handicap", "solidarité", "consommation", "mines",
    "hydrocarbures", "pétrole", "eau", "forêts", "ressources", "naturelles", "infrastructures", "équipement",
    "plan", "emploi", "formation", "professionnelle", "information", "médias", "cultes", "habitat",
    "urbanisme", "douanes", "impôts", "marine", "marchande", "aviation", "civile", "technologies",
    "innovation", "sociales", "social", "femmes", "égalité", "climat", "investissement", "industries",
    "trésor", "armement", "anciens combattants", "petites", "entreprises", "patrimoine",
}
# Capitals often lose their accent in French text ("ministre de l'Economie", "de l'Education").
_BARE_CAPITAL = str.maketrans("éèêàâîôûç", "eeeaaiouc")
PORTFOLIO_WORDS |= {w[0].translate(_BARE_CAPITAL) + w[1:] for w in PORTFOLIO_WORDS}
# Surnames written like a pronoun: none in French ("il", "elle").
PRONOUN_SURNAMES: set[str] = set()
# Kinship nouns heading an apposition ("Kim Yo-jong, soeur du dirigeant"): they give the gender, not
# the role noun of their complement.
KINSHIP_GENDER = {"soeur": "f", "sœur": "f", "frère": "m", "fille": "f", "fils": "m", "épouse": "f", "femme": "f",
                  "mari": "m", "mère": "f", "père": "m", "veuve": "f", "veuf": "m", "nièce": "f", "neveu": "m",
                  "cousine": "f", "cousin": "m", "grand-mère": "f", "grand-père": "m", "petite-fille": "f",
                  "petit-fils": "m", "tante": "f", "oncle": "m"}
# Words joining items of a list: a role before one item is not the next item's ("le président
# Vladimir Poutine et Volodymyr Zelensky").
COORDINATORS = {"et", "ou", "&"}
# A person's name followed by one of these and a place: where the person is from, not a particle
# ("Volodymyr Zelenskiy de l'Ukraine"); True for the forms that hold an article ("du Maroc").
ORIGIN_LINKS = {"de": False, "d'": False, "du": True, "des": True}
ORIGIN_ARTICLES = {"la", "le", "les", "l'"}  # (norms: straight apostrophes)
# Given names (from the quote tables): a name the model typed ORG that opens with one may be a person.
GIVEN_NAMES = GIVEN_NAMES_M | GIVEN_NAMES_F
# Words of names of organisations and places, never of a person's, besides ORG_FIRST_WORDS and the
# FACILITY_HEADS below ("Centre Georges Pompidou", "Prix Albert Londres").
NON_PERSONAL_WORDS = {
    "centre", "clinique", "lycée", "collège", "école", "prix", "trophée", "coupe", "festival", "fonds", "projet",
    "programme", "maison", "salle", "journal", "presse", "radio", "télévision", "chaîne", "média", "médias",
}
# Articles: "le Centre" is no surname standing alone.
ARTICLES = {"le", "la", "les", "l'", "un", "une"}
# Connectors allowed inside a role phrase.
ROLE_CONNECTORS = {"de", "des", "du", "d'", "d’", "la", "le", "l'", "l’", "les", "et", "à", "aux", "au", "pour", "chargé"}
# Words after which a capitalised word is a portfolio, never a name ("Mme Diallo, chargée du Commerce").
PORTFOLIO_LEADS = {"chargé", "chargée", "chargés", "chargées"}

# Words before a place name that make it a place or a complement, not an acting government
# ("à Moscou", "le maire de Paris").
LOCATIVE_PREPOSITIONS = {"à", "a", "en", "vers", "depuis", "près", "dans", "sur", "au", "aux", "autour", "via",
                         "de", "d'", "du", "des",
                         "jusqu'à", "jusqu’à", "quitté", "quitter", "rentré", "arrivé", "arrivée", "visite",
                         "venu", "venue", "rendu", "rendue", "gagné"}
# Words before a capital that make it an actor ("selon Moscou", "pour Washington").
ACTOR_PREPOSITIONS = {"selon", "d'après", "d’après", "pour", "par", "entre", "côté"}
# Verbs (lemmas) that only an actor does: a capital as their subject stands for its government.
POLITICAL_VERBS = {
    "dire", "déclarer", "affirmer", "annoncer", "démentir", "nier", "accuser", "dénoncer", "condamner",
    "exiger", "demander", "réclamer", "refuser", "rejeter", "menacer", "avertir", "prévenir", "vouloir",
    "estimer", "juger", "considérer", "répondre", "répliquer", "riposter", "insister", "souhaiter", "proposer",
    "imposer", "sanctionner", "négocier", "promettre", "reconnaître", "assurer", "soutenir", "appeler",
    "exhorter", "critiquer", "reprocher", "accepter", "approuver", "autoriser", "interdire", "expulser",
    "rappeler", "convoquer", "signer", "ratifier", "décider", "envisager", "craindre", "redouter", "espérer",
    "chercher", "tenter", "tenir", "maintenir", "confirmer", "préciser", "indiquer", "souligner", "ajouter",
    "protester", "saluer", "féliciter", "soupçonner", "mettre", "livrer", "fournir", "envoyer",
    "déployer", "retirer", "suspendre", "annuler", "bloquer", "geler", "lever", "renforcer", "aider",
    "financer", "attaquer", "frapper", "bombarder", "envahir", "mobiliser", "intensifier", "cibler", "répéter",
    "martelé", "marteler", "plaider", "appuyer", "opposer", "s'opposer", "inviter", "pousser", "presser",
    "pouvoir", "devoir", "comprendre", "savoir", "attendre", "réagir", "prévoir",
}

# Nationality adjectives and nouns: lower-cased form -> ISO3.
DEMONYMS = {
    "russe": "RUS", "russes": "RUS", "américain": "USA", "américaine": "USA", "américains": "USA",
    "américaines": "USA", "français": "FRA", "française": "FRA", "françaises": "FRA", "britannique": "GBR",
    "britanniques": "GBR", "allemand": "DEU", "allemande": "DEU", "allemands": "DEU", "allemandes": "DEU",
    "ukrainien": "UKR", "ukrainienne": "UKR", "ukrainiens": "UKR", "ukrainiennes": "UKR", "chinois": "CHN",
    "chinoise": "CHN", "chinoises": "CHN", "japonais": "JPN", "japonaise": "JPN", "italien": "ITA",
    "italienne": "ITA", "espagnol": "ESP", "espagnole": "ESP", "iranien": "IRN", "iranienne": "IRN",
    "israélien": "ISR", "israélienne": "ISR", "israéliens": "ISR", "palestinien": "PSE", "palestinienne": "PSE",
    "syrien": "SYR", "syrienne": "SYR", "turc": "TUR", "turque": "TUR", "polonais": "POL", "polonaise": "POL",
    "canadien": "CAN", "canadienne": "CAN", "belge": "BEL", "suisse": "CHE", "biélorusse": "BLR",
    "bélarusse": "BLR", "indien": "IND", "indienne": "IND", "pakistanais": "PAK", "pakistanaise": "PAK",
    "saoudien": "SAU", "saoudienne": "SAU", "égyptien": "EGY", "égyptienne": "EGY", "algérien": "DZA",
    "algérienne": "DZA", "marocain": "MAR", "marocaine": "MAR", "tunisien": "TUN", "tunisienne": "TUN",
    "libanais": "LBN", "libanaise": "LBN", "irakien": "IRQ", "irakienne": "IRQ", "afghan": "AFG",
    "afghane": "AFG", "nord-coréen": "PRK", "nord-coréenne": "PRK", "sud-coréen": "KOR", "sud-coréenne": "KOR",
    "australien": "AUS", "australienne": "AUS", "brésilien": "BRA", "brésilienne": "BRA", "mexicain": "MEX",
    "mexicaine": "MEX", "argentin": "ARG", "argentine": "ARG", "vénézuélien": "VEN", "vénézuélienne": "VEN",
    "cubain": "CUB", "cubaine": "CUB", "néerlandais": "NLD", "néerlandaise": "NLD", "suédois": "SWE",
    "suédoise": "SWE", "norvégien": "NOR", "norvégienne": "NOR", "finlandais": "FIN", "finlandaise": "FIN",
    "danois": "DNK", "danoise": "DNK", "autrichien": "AUT", "autrichienne": "AUT", "grec": "GRC",
    "grecque": "GRC", "roumain": "ROU", "roumaine": "ROU", "hongrois": "HUN", "hongroise": "HUN",
    "tchèque": "CZE", "slovaque": "SVK", "serbe": "SRB", "croate": "HRV", "bulgare": "BGR", "géorgien": "GEO",
    "géorgienne": "GEO", "arménien": "ARM", "arménienne": "ARM", "azerbaïdjanais": "AZE", "kazakh": "KAZ",
    "moldave": "MDA", "lituanien": "LTU", "lituanienne": "LTU", "letton": "LVA", "lettonne": "LVA",
    "estonien": "EST", "estonienne": "EST", "irlandais": "IRL", "irlandaise": "IRL", "portugais": "PRT",
    "portugaise": "PRT", "sud-africain": "ZAF", "sud-africaine": "ZAF", "nigérian": "NGA", "nigériane": "NGA",
    "malien": "MLI", "malienne": "MLI", "sénégalais": "SEN", "sénégalaise": "SEN", "qatari": "QAT",
    "qatarie": "QAT", "émirati": "ARE", "émiratie": "ARE", "émirien": "ARE", "émirienne": "ARE", "vietnamien": "VNM", "vietnamienne": "VNM",
    "taïwanais": "TWN", "taïwanaise": "TWN", "onusien": None, "onusienne": None, "européen": None,
    "européenne": None, "européens": None, "atlantique": None, "otanien": None,
    "congolais": None, "congolaise": None, "kényan": "KEN", "kényane": "KEN", "éthiopien": "ETH",
    "éthiopienne": "ETH", "soudanais": "SDN", "soudanaise": "SDN", "somalien": "SOM", "somalienne": "SOM",
    "rwandais": "RWA", "rwandaise": "RWA", "ougandais": "UGA", "ougandaise": "UGA", "camerounais": "CMR",
    "camerounaise": "CMR", "ivoirien": "CIV", "ivoirienne": "CIV", "burkinabè": "BFA", "ghanéen": "GHA",
    "ghanéenne": "GHA", "gabonais": "GAB", "gabonaise": "GAB", "angolais": "AGO", "angolaise": "AGO",
    "tchadien": "TCD", "tchadienne": "TCD", "nigérien": "NER", "nigérienne": "NER", "libyen": "LBY",
    "libyenne": "LBY", "mauritanien": "MRT", "mauritanienne": "MRT", "burundais": "BDI", "burundaise": "BDI",
    "centrafricain": "CAF", "centrafricaine": "CAF", "togolais": "TGO", "togolaise": "TGO", "béninois": "BEN",
    "béninoise": "BEN", "zambien": "ZMB", "zimbabwéen": "ZWE", "mozambicain": "MOZ", "tanzanien": "TZA",
    "érythréen": "ERI", "jordanien": "JOR", "jordanienne": "JOR", "yéménite": "YEM", "omanais": "OMN",
    "koweïtien": "KWT", "thaïlandais": "THA", "indonésien": "IDN", "indonésienne": "IDN", "philippin": "PHL",
    "philippine": "PHL", "malaisien": "MYS", "bangladais": "BGD", "colombien": "COL", "colombienne": "COL",
    "péruvien": "PER", "péruvienne": "PER", "chilien": "CHL", "chilienne": "CHL", "équatorien": "ECU",
    "bolivien": "BOL", "bolivienne": "BOL", "haïtien": "HTI", "haïtienne": "HTI",
}

# Words that end a function phrase read after a name ("X, porte-parole du Kremlin, a déclaré").
ROLE_STOPS = {
    "a", "ont", "est", "sont", "était", "avait", "aurait", "sera", "va", "qui", "que", "qu'", "qu’", "dont", "où",
    "lors", "après", "avant", "quand", "lorsque", "mais", "car", "donc", "depuis", "pendant", "selon", "se", "s'",
    "s’", "ne", "n'", "n’", "il", "elle", "ils", "elles", "on", "y", "en", "cité", "citée", "interrogé",
    "interrogée", "déclare", "affirme", "estime", "indique", "précise", "explique", "ajoute",
}

# Words joining a name to the place it belongs to, making one name ("Banque centrale de Russie",
# "Canadiens de Montréal", "traité de Lisbonne").
NAME_LINKS = {"de", "d'", "d’", "du"}
# Names that are plural in form but are places or groups of places, never clubs ("Alpes de ...").
PLURAL_PLACES = {"alpes", "pyrénées", "îles", "iles", "antilles", "états", "etats", "jeux", "nations",
                 "affaires", "provinces", "territoires", "émirats", "emirats", "philippines", "comores", "seychelles",
                 "bahamas", "maldives", "açores", "canaries", "baléares", "cyclades", "vosges", "ardennes",
                 "landes", "yvelines", "hauts", "bouches", "champs", "forces", "amis", "droits", "monts", "terres",
                 "basses-terres", "hautes-terres", "clos", "côtes", "marches", "plaines", "lacs", "chutes",
                 "gorges", "las", "los", "les", "des", "saints", "frères", "sœurs", "fils"}

# First words of sports clubs named after their town ("Dynamo Moscou", "Werder Brême").
CLUB_PREFIXES = {
    "hc", "hk", "ksv", "kv", "krc", "vvv", "sv", "vfb", "vfl", "tsv", "fk", "nk", "sk", "bk", "if", "ik", "cd", "ud",
    "rc", "ca", "cs", "csd", "us", "es", "aj", "ajax", "werder", "eintracht", "dukla", "dynamo", "dinamo",
    "sporting", "racing", "olympique", "olympiakos", "real", "atlético", "atletico", "inter", "borussia", "bayer",
    "fortuna", "hertha", "rapid", "spartak", "lokomotiv", "zenit", "shakhtar", "steaua", "partizan",
    "slavia", "sparta", "standard", "girondins", "slovan", "torpedo", "dnipro", "metalist", "legia",
    "wisła", "górnik", "ferencváros", "honvéd", "benfica", "juventus",
}
# First words that make a name an organisation whatever the model said ("Parti socialiste", "FC Nantes").
ORG_FIRST_WORDS = {
    "fc", "ac", "as", "sc", "hc", "cf", "afc", "club", "parti", "banque", "université", "institut", "fondation",
    "association", "comité", "commission", "conseil", "société", "compagnie", "groupe",
    "syndicat", "agence", "organisation", "tribunal", "cour", "assemblée", "sénat", "parlement", "ministère",
    "gouvernement", "armée", "église", "régiment", "éditions", "laboratoire", "entreprise", "orchestre",
} | CLUB_PREFIXES
# Common nouns that make the name right after them an organisation, whatever the model said
# ("l'alliance Gavi", "la firme Huawei").
ORG_NOUNS_BEFORE = {
    "alliance", "groupe", "société", "compagnie", "entreprise", "firme", "agence", "ong", "association",
    "fondation", "coalition", "constructeur", "laboratoire", "banque", "opérateur", "plateforme", "chaîne",
    "quotidien", "hebdomadaire", "milice", "syndicat", "club", "start-up", "assureur", "distributeur",
}
ORG_LAST_WORDS = {"fc", "sa", "sas", "sarl", "inc", "inc.", "ltd", "corp", "corp.", "gmbh", "ag", "plc", "spa",
                  "s.a.", "cie"}
# Abbreviations whose full stop belongs to the name ("Warner Bros.", "Arthur Rankin Jr.").
NAME_ABBREVIATIONS = {"jr", "sr", "bros", "inc", "corp", "co", "ltd", "cie", "st", "ste", "mgr", "dr"}

# Lower-case generic nouns French writes as the head of a name ("océan Indien", "canal de Suez",
# "université de Genève", "traité de Lisbonne"). Any other lower-case words opening a span are a
# description before the name ("pavier de Californie" -> "Californie").
NAME_HEADS = {
    # nature
    "océan", "mer", "golfe", "baie", "île", "îles", "ile", "iles", "mont", "monts", "montagne",
    "montagnes", "massif", "chaîne", "cap", "lac", "lacs", "détroit", "canal", "désert",
    "péninsule", "presqu'île", "isthme", "plaine", "plateau", "val", "col", "forêt", "delta", "estuaire",
    "côte", "pointe", "atoll", "volcan", "glacier", "steppe", "pic", "aiguille", "source", "chute",
    "chutes", "cascade", "falaise", "gorge", "gorges", "dune", "grotte", "barrage", "tunnel", "oasis", "marais",
    # divisions
    "province", "voïvodie", "comté", "état", "royaume", "empire", "république", "principauté",
    "duché", "oblast", "raïon", "canton", "préfecture", "territoire", "gouvernorat",
    "émirat", "sultanat", "arrondissement", "commune", "municipalité", "bande", "voblast", "land", "kraï",
    "wilaya", "oblys", "okrug", "comarque", "județ",
    # places in town
    "rue", "place", "avenue", "boulevard", "quai", "pont", "gare", "aéroport", "port", "parc", "jardin", "square",
    "stade", "circuit", "château", "palais", "cathédrale", "église", "abbaye", "basilique", "mosquée", "musée",
    "hôtel", "tour", "porte", "faubourg", "cité", "camp", "centrale", "base", "cimetière",
    "forteresse", "citadelle", "tombeau", "mausolée", "temple", "sanctuaire", "monastère", "couvent",
    "chapelle", "théâtre", "opéra", "salle", "bibliothèque", "observatoire", "hippodrome", "vélodrome",
    "autodrome", "arène", "arènes", "zoo", "marché", "halle", "pavillon", "villa", "manoir", "domaine", "phare",
    "refuge", "mine", "usine", "campus", "jardins", "parc national", "réserve", "île-de",
    # bodies
    "université", "institut", "ministère", "banque", "parti", "école", "lycée", "collège", "hôpital", "conseil",
    "cour", "tribunal", "assemblée", "commission", "comité", "agence", "office", "compagnie", "société", "groupe",
    "syndicat", "fédération", "confédération", "union", "ligue", "association", "organisation", "armée",
    "ordre", "régiment", "division", "brigade", "gouvernement", "parlement", "sénat", "chambre", "orchestre",
    "chœur", "équipe", "sélection", "club", "académie", "fondation", "conservatoire", "diocèse", "archidiocèse",
    # lower-case heads of a few national bodies (not "département" alone: "département du Var" is "Var")
    "département d'état", "département d'etat", "département de la défense", "département du trésor",
    # events, texts, times
    "guerre", "bataille", "siège", "traité", "accord", "accords", "convention", "pacte", "prix", "coupe",
    "championnat", "tournoi", "jeux", "festival", "révolution", "crise", "affaire", "loi", "opération",
    "conférence", "sommet", "concile", "édit", "déclaration", "rapport", "plan", "charte", "mouvement",
    "dynastie", "ère", "campagne", "procès", "massacre", "génocide", "attentat", "attentats", "manifestation",
    "libération", "occupation", "invasion", "indépendance", "réforme", "insurrection", "soulèvement",
    "premier", "première", "second", "seconde", "deuxième", "troisième", "quatrième", "cinquième",
    "grand", "grande", "petit", "petite", "nouveau", "nouvelle", "saint", "sainte", "haut", "haute", "bas", "basse",
}

# Words after a place that belong to its name: compass points after "du"/"de l'" ("Asie du Sud") and
# geographic adjectives ("Asie centrale", "Amérique latine"); after "Empire", any nationality adjective.
COMPASS_POINTS = {"nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest"}
PLACE_ADJECTIVES = {
    "central", "centrale", "méridional", "méridionale", "septentrional", "septentrionale", "oriental",
    "orientale", "occidental", "occidentale", "latine", "équatoriale", "équatorial", "mineure", "majeure",
    "subsaharienne", "insulaire", "continentale", "continental", "maritime", "maritimes",
}
EMPIRE_WORDS = {"empire", "royaume", "république", "califat", "sultanat", "principauté"}

# Upper-case abbreviations of common nouns, not names ("un DVD", "le PIB").
COMMON_ACRONYMS = {"dvd", "cd", "cd-rom", "lp", "ep", "gps", "adn", "arn", "vih", "pib", "tva", "sms",
                   "usb", "hd", "mp3", "ok", "ko", "btp", "rh", "pme", "tgv", "hlm", "smic", "rsa", "cdi",
                   "cdd", "qcm", "ovni", "sida", "ivg", "pma", "gpa", "ogm", "4x4", "vtt", "suv"}

# Generic heads of names of buildings and sites, with the English word that is their shared alias key:
# "palais de Dolmabahçe" and "Dolmabahce Palace" are one place (veille/resolve/aliases.py, facility_key).
# French puts the head first, with or without a linking word ("place Tiananmen", "pont de Crimée").
FACILITY_HEADS = {
    "palais": "palace", "aéroport": "airport", "université": "university", "place": "square", "pont": "bridge",
    "cathédrale": "cathedral", "stade": "stadium", "hôpital": "hospital", "musée": "museum", "château": "castle",
    "basilique": "basilica", "mosquée": "mosque", "église": "church", "gare": "station", "tour": "tower",
    "parc": "park", "lac": "lake", "barrage": "dam", "prison": "prison", "temple": "temple", "abbaye": "abbey",
    "monastère": "monastery", "théâtre": "theatre", "canal": "canal", "détroit": "strait", "golfe": "gulf",
    "baie": "bay", "mont": "mount", "rue": "street", "avenue": "avenue", "boulevard": "boulevard",
    "cimetière": "cemetery", "jardin": "garden", "jardins": "gardens",
}
# Words between such a head and the name ("place de la Concorde", "détroit d'Ormuz"; alias keys: no
# apostrophes).
FACILITY_LINKS = {"de", "du", "des", "d", "la", "le", "les", "l"}

# Administrative divisions: a name after one and its link ("la province du Kasaï", "la région de Kherson")
# is a place, whatever the model said. French puts the head first.
ADMIN_HEADS = {
    "province", "provinces", "région", "district", "préfecture", "département", "comté", "oblast", "gouvernorat",
    "canton", "commune", "municipalité", "état", "wilaya", "circonscription", "arrondissement",
    "émirat", "voïvodie", "raïon", "kraï", "land", "okrug",
}
ADMIN_LINKS = {"de", "du", "d'", "des"}  # (norms: straight apostrophes)
# Endings of nationality words the model types MISC ("Kurde" aside, French writes them in lower case).
DEMONYM_ENDINGS = ("ais", "aise", "ien", "ienne", "ois", "oise", "ain", "aine")
ADMIN_HEAD_AFTER = False
# Diseases and their agents are no persons nor places: a mention of one is MISC ("l'épidémie d'Ebola",
# "vaincu Ebola"); so is a name after a DISEASE_HEADS word ("le virus Zika", "la fièvre de Lassa"), unless
# a known place.
DISEASE_NAMES = {
    "ebola", "covid", "covid-19", "coronavirus", "sras", "sars-cov-2", "mers", "mpox", "variole du singe",
    "choléra", "paludisme", "malaria", "rougeole", "polio", "poliomyélite", "h5n1", "h1n1", "h7n9", "zika",
    "dengue", "sida", "vih", "tuberculose", "typhoïde", "fièvre jaune", "grippe aviaire", "grippe porcine",
    "grippe", "chikungunya", "nipah", "méningite", "diphtérie", "lèpre", "variole", "esb", "omicron",
    "fièvre de lassa", "virus du nil occidental",
}
DISEASE_HEADS = {"virus", "fièvre"}
# Finite verbs as written after a subject, besides the forms VERB_INFLECTIONS makes of POLITICAL_VERBS:
# a given name alone before one stands for its person ("Tedros a appelé les bailleurs").
FINITE_VERBS = {
    "a", "avait", "aura", "aurait", "est", "était", "sera", "serait", "va", "allait", "ont", "dit", "fait",
    "peut", "doit", "veut", "met", "prend", "vient", "déclare", "affirme", "estime", "indique", "précise",
    "explique", "ajoute", "souligne", "appelle", "rappelle", "se", "s'", "ne", "n'",
}
VERB_INFLECTIONS = (("er", "e"), ("er", "ent"), ("er", "ait"), ("er", "aient"), ("er", "era"), ("ir", "it"),
                    ("ir", "issent"), ("re", "t"))
# Heads that French names of places carry with them ("mer Noire", "lac Léman", "canal de Suez"): when the
# model tagged only "Noire" or "Suez", the head joins the place. Other generic words ("région", "vallée",
# "pays", "fleuve") stay outside: "la région de Kherson" names "Kherson".
PLACE_HEADS = {
    "mer", "lac", "lacs", "baie", "parc", "océan", "golfe", "canal", "château", "massif", "mont", "monts", "col",
    "gare", "comté", "péninsule", "musée", "aéroport", "préfecture", "désert", "détroit", "caldeira", "bois",
    "cathédrale", "boulevard", "avenue", "rue", "place", "gave", "chutes", "palais", "cimetière", "canton",
    "plateau", "cap", "pic", "glacier", "basilique", "abbaye", "église", "pont", "quai",
}

# First words of events named after a place ("Tour de France", "Jeux de Paris"): joined to their place
# they stay MISC; other "X de <ville>" joined names are clubs or bodies (ORG).
EVENT_WORDS = {
    "tour", "coupe", "grand", "jeux", "championnat", "championnats", "trophée", "open", "masters", "rallye",
    "marathon", "festival", "salon", "traité", "accord", "accords", "conférence", "sommet", "concile", "bataille",
    "siège", "guerre", "prix", "biennale", "exposition", "foire", "carnaval", "semaine", "mondial", "mondiaux",
    "six", "trois", "quatre", "boucles", "circuit", "classique", "critérium", "paris", "liège", "gand",
}
