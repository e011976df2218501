"""French knowledge for quote detection and speaker attribution (used by analyze/quotes.py).

Everything here is data: reporting verbs by lemma with their inflected forms (compound tenses are
found by the auxiliary before the participle: `a déclaré`, `a-t-il déclaré`), `selon`/`d'après`
cues, pronouns with gender/number, titles and role words with a gender hint, and the small words
that may sit between a speaker and the reporting verb.
"""

from __future__ import annotations

import re

# Irregular verbs: lemma -> inflected forms (present 3sg/3pl, imparfait, passé simple, futur,
# participles). Participles in every gender/number.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "dire": ("dit", "dite", "dits", "disent", "disait", "disaient", "dira", "diront", "dirait", "dirent", "disant", "dire"),
    "prévenir": ("prévient", "préviennent", "prévenait", "prévenu", "prévenue", "prévenus", "prévint", "préviendra", "prévenant", "prévenir"),
    "écrire": ("écrit", "écrite", "écrivent", "écrivait", "écrivit", "écrira", "écrivant"),
    "reconnaître": ("reconnaît", "reconnait", "reconnaissent", "reconnaissait", "reconnu", "reconnue", "reconnut", "reconnaissant"),
    "admettre": ("admet", "admettent", "admettait", "admis", "admise", "admit", "admettant"),
    "promettre": ("promet", "promettent", "promettait", "promis", "promise", "promit", "promettant"),
    "poursuivre": ("poursuit", "poursuivent", "poursuivait", "poursuivi", "poursuivit", "poursuivant"),
    "conclure": ("conclut", "concluent", "concluait", "conclu", "conclue", "conclura", "concluant"),
    "répondre": ("répond", "répondent", "répondait", "répondu", "répondit", "répondra", "répondant"),
    "soutenir": ("soutient", "soutiennent", "soutenait", "soutenu", "soutenue", "soutint", "soutenant"),
    "maintenir": ("maintient", "maintiennent", "maintenait", "maintenu", "maintint"),
    "croire": ("croit", "croient", "croyait", "cru", "crut", "croyant"),
    "prédire": ("prédit", "prédisent", "prédisait", "prédisant"),
    "redire": ("redit", "redisent", "redisait", "redisant"),
    "décrire": ("décrit", "décrivent", "décrivait", "décrivant"),
    "prévoir": ("prévoit", "prévoient", "prévoyait", "prévu", "prévit", "prévoyant"),
    "plaindre": ("plaint", "plaignent", "plaignait", "plaignant"),
    "craindre": ("craint", "craignent", "craignait", "craignant"),
    "convenir": ("convient", "conviennent", "convenait", "convenu", "convint", "convenant"),
    "dénoncer": ("dénonce", "dénoncent", "dénonçait", "dénoncé", "dénoncée", "dénonça", "dénonçant"),
    "lancer": ("lance", "lancent", "lançait", "lancé", "lancée", "lança", "lançant"),
    "annoncer": ("annonce", "annoncent", "annonçait", "annoncé", "annoncée", "annonça", "annoncera", "annonçant"),
    "avancer": ("avance", "avancent", "avançait", "avancé", "avança", "avançant"),
    "menacer": ("menace", "menacent", "menaçait", "menacé", "menaça", "menaçant"),
    "renchérir": ("renchérit", "renchérissent", "renchérissait", "renchéri", "renchérissant"),
    "avertir": ("avertit", "avertissent", "avertissait", "averti", "avertie", "avertissant"),
    "réagir": ("réagit", "réagissent", "réagissait", "réagi", "réagissant"),
    "exiger": ("exige", "exigent", "exigeait", "exigé", "exigea", "exigeant"),
    "juger": ("juge", "jugent", "jugeait", "jugé", "jugea", "jugeant"),
    "interroger": ("interrogé", "interrogée", "interrogés", "interrogées"),
    "démentir": ("dément", "démentent", "démentait", "démenti", "démentie", "démentit", "démentant"),
    "réjouir": ("réjouit", "réjouissent", "réjouissait", "réjoui", "réjouie", "réjouis", "réjouissant"),
}

# Regular -er verbs: forms built by `_er_forms`.
_REGULAR_ER = (
    "déclarer affirmer estimer ajouter souligner expliquer indiquer assurer préciser rappeler noter "
    "insister considérer confier raconter nier accuser marteler tweeter déplorer regretter "
    "constater observer réclamer demander exhorter appeler plaider confirmer commenter résumer relever "
    "signaler espérer penser répliquer rétorquer ironiser conseiller détailler argumenter proclamer "
    "certifier témoigner souhaiter jurer nuancer trancher glisser lâcher objecter "
    "préconiser réaffirmer réitérer répéter évoquer critiquer fustiger saluer prôner "
    "reprocher alerter féliciter tempérer concéder protester indigner étonner inquiéter"
).split()


# A past participle after a preposition is an adjective ("des faits allégués" aside), not a cue.
PREPOSITIONS = frozenset(
    "de du des sur pour avec par dans contre entre comme vers chez sans sous envers malgré parmi depuis derrière".split()
)
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
# French verbs after a preposition are infinitives ("pour annoncer que"): still cues.
BARE_FORMS_AFTER_PREPOSITION_ARE_NOUNS = False

# A word after one of these is a noun ("the states", "les dires"), never a reporting verb. Elided
# "d'" too: an infinitive after it is no listed form, so "son niveau d'alerte" names no cue.
NOUN_DETERMINERS = frozenset({"le", "la", "les", "un", "une", "des", "du", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "l'", "l’", "d'", "d’"})
# Quantifiers sujets à eux seuls : « les deux ont affirmé » (une forme passée après eux est un verbe).
STANDALONE_QUANTIFIERS = frozenset({"deux", "trois", "plusieurs", "certains", "certaines", "tous", "toutes"})
PAST_ENDINGS = ("é", "ée", "és", "ées", "it", "irent", "èrent")


def _er_forms(lemma: str) -> tuple[str, ...]:
    lemma = lemma.split("'")[-1]
    stem = lemma[:-2]
    grave = re.sub(r"é([^aeiouyéè]+)$", r"è\1", stem)  # répéter -> répète
    extra = (grave + "e", grave + "ent") if grave != stem else ()
    return extra + (
        stem + "e", stem + "ent", stem + "ait", stem + "aient", stem + "é", stem + "ée", stem + "és",
        stem + "ées", stem + "a", stem + "èrent", stem + "era", stem + "eront", stem + "erait",
        stem + "ant",
    )


REPORTING_VERBS: dict[str, tuple[str, ...]] = {
    **{lemma.split("'")[-1]: _er_forms(lemma) for lemma in _REGULAR_ER},
    **_IRREGULAR,
}

# Two-word reporting verbs: a form of the first word, then the second ("a fait savoir que", "a
# laissé entendre que").
PARTICLE_VERBS: dict[str, tuple[tuple[str, ...], str]] = {
    "faire savoir": (("fait", "font", "faisait", "faisaient", "fit", "fera", "feront", "ferait", "faisant"), "savoir"),
    "laisser entendre": (("laisse", "laissent", "laissait", "laissé", "laissa", "laissera", "laissant"), "entendre"),
}

# `tell`-like verbs whose addressee may stand before the content ("a déclaré à la presse que").
TELL_LEMMAS = frozenset({"dire", "déclarer", "confier", "assurer", "expliquer", "répondre", "indiquer", "préciser", "écrire",
                         "affirmer", "annoncer", "confirmer", "raconter", "rappeler", "révéler", "souligner", "avouer",
                         "faire savoir"})

# Verbs that are cues only with a complement clause, a quote or an adjacent speaker.
WEAK_LEMMAS = frozenset(
    {
        "ajouter", "noter", "observer", "constater", "relever", "appeler", "demander", "lancer",
        "avancer", "poursuivre", "prévoir", "considérer", "juger", "penser", "croire", "espérer",
        "souhaiter", "craindre", "saluer", "évoquer", "critiquer", "menacer", "promettre",
        "réclamer", "signaler", "glisser", "lâcher", "conclure", "interroger", "réagir", "détailler",
        "répéter", "raconter", "commenter", "reconnaître", "admettre", "dénoncer", "accuser",
    }
)

# Cues naming their source after them: "selon X", "d'après X".
ACCORDING_TO = ("selon", "d'après", "d’après", "aux dires de", "de l'avis de", "de l’avis de")
# The same, only when they open a sentence and a name or role follows: "Pour l'ONG Climate Action
# Network, l'accord reste insuffisant" ("Pour protester, …" names nobody).
OPENING_ACCORDING = frozenset({"pour"})
# A relative after the cue: the antecedent speaks ("citant un rapport du BRGM selon lequel « … »").
ACCORDING_RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "qui"})
# A reflexive clitic before a cue belongs to it: "…», s'est félicitée la ministre".
REFLEXIVE_CLITICS = frozenset({"s'", "s’", "se"})

COMPLEMENTIZERS = frozenset({"que", "qu'", "qu’"})
# Reported content after the verb needs "que" or ":" in French: "a exigé des garanties" names
# what was demanded, it reports no statement.
UNMARKED_CONTENT = False

# Addressees after a `tell` verb ("a déclaré à la presse", "a confié aux journalistes").
ADDRESSEES = frozenset({"à", "au", "aux"})
# An addressee in French comes after "à", and "que" marks the content: no outlet words needed.
OUTLET_WORDS: frozenset[str] = frozenset()

# Auxiliaries of compound tenses; the participle follows, maybe after adverbs.
AUXILIARIES = frozenset({"a", "ont", "ai", "avons", "avez", "avait", "avaient", "aurait", "auraient", "aura", "auront", "eut", "est", "s'est", "s’est"})

# Inverted subject clitics glued to the verb: "a-t-il déclaré", "ajoute-t-elle", "dit-il".
INVERTED_CLITICS: dict[str, tuple[str | None, str]] = {
    "il": ("m", "sg"), "elle": ("f", "sg"), "ils": ("m", "pl"), "elles": ("f", "pl"), "on": (None, "sg"),
}

ADVERBS = frozenset(
    {
        "aussi", "également", "encore", "déjà", "ensuite", "alors", "enfin", "pourtant", "toutefois",
        "cependant", "notamment", "ainsi", "même", "plus", "tard", "récemment", "auparavant", "jamais",
        "toujours", "souvent", "publiquement", "clairement", "fermement", "par", "ailleurs", "pour",
        "sa", "son", "leur", "part", "en", "outre", "de", "nouveau", "aussitôt", "immédiatement",
        "dans", "la", "foulée", "ne", "pas", "n'", "n’", "seulement", "simplement", "uniquement",
        "finalement", "officiellement",
        "lui", "eux",  # emphatic pronouns: "a lui estimé", "ont eux aussi dénoncé"
    }
)

# Emphatic pronouns, skipped like adverbs before a verb ("a lui estimé") but not after a preposition,
# where they end a partitive subject ("l'un d'eux a estimé").
EMPHATIC_PRONOUNS = frozenset({"lui", "eux", "elle", "elles"})
PARTITIVE_PREPOSITIONS = frozenset({"de", "d'", "d’", "parmi", "entre"})

# Negations and infinitive markers between a subject and its verb ("did not mention", "eager to show").
NEGATIONS = frozenset({"ne", "pas", "n'", "n’", "jamais"})
# Mots introduisant un participe adverbial dont le sujet est celui de la principale (« en ajoutant »).
PARTICIPLE_LEADS = frozenset({"en", "tout"})
# What opens an absolute clause whose subject speaks through a participle: "…, le vice-ministre
# Sergueï Riabkov jugeant qu'elle offrait…".
ABSOLUTE_LEADS = frozenset({","})
# Pronoms relatifs sujets renvoyant au locuteur nommé juste avant (« X, qui a déclaré »).
RELATIVE_PRONOUNS = frozenset({"qui"})
# "son homologue", "his counterpart": a description of someone other than the person named before.
POSSESSIVE_DETERMINERS = frozenset({"son", "sa", "ses", "leur", "leurs"})
# "Son homologue, lui, a jugé…": a subject set off from its verb by an emphatic pronoun between commas.
EMPHATIC_PRONOUNS: frozenset[str] = frozenset({"lui", "elle", "eux", "elles"})
# "où l'attendait la ministre, X": after these words a verb can come before its subject, which is then
# a subject the pronouns that follow may refer to; OBJECT_CLITICS may come between.
RELATIVE_INVERSION = frozenset({"où", "que", "qu'", "qu’"})
OBJECT_CLITICS = frozenset({"le", "la", "les", "l'", "l’", "lui", "leur", "y", "en", "se", "s'", "s’"})
# Verbes conjugués pour « …, » VERBE Nom : terminaisons et formes courantes.
IRREGULAR_PAST = frozenset("fait dit lance tranche glisse ironise sourit soupire rit".split())
FINITE_ENDINGS = ("e", "it", "a")
# An infinitive right after a reporting verb is what the subject says of itself ("a affirmé avoir
# reçu…", "ont annoncé être prêts à…"); words with these endings that are not infinitives.
INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
NOT_INFINITIVES = frozenset("hier soir leur leurs notre votre autre entre contre encore premier dernier".split())
INFINITIVE_MARKERS = frozenset({})
OBJECT_PRONOUNS: dict[str, tuple[str | None, str]] = {}
CONTROL_WORDS = frozenset({"refusé", "voulu", "tenu", "préféré", "cherché"})

# Time words that may follow the verb before the content ("a déclaré lundi que").
TIME_ADVERBS = frozenset(
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
        "aujourd’hui", "soir", "matin", "après-midi", "dernier", "dernière", "récemment", "encore",
        "aussi", "également", "déjà", "ensuite", "alors",
    }
)
# A setting phrase ("lors d'une conférence de presse", "dans un communiqué") ends on one of these.
SETTING_NOUNS = frozenset(
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "semaine", "mois",
        "année", "soir", "matin", "conférence", "presse", "communiqué", "entretien", "interview",
        "discours", "déclaration", "tweet", "message", "lettre", "meeting", "réunion", "twitter",
        "facebook", "télévision", "radio", "émission", "vidéo", "point", "séance", "audition",
        "débat", "visite", "rencontre", "sommet",
    }
)
# What follows "X said," when it sets the scene rather than reports ("…, the military said, hours
# before the envoy arrived"): the content is then the clause before the speaker.
SETTING_AFTER_CUE = r"(?:(?:un|une|deux|trois|quatre|quelques|plusieurs|\d+|juste|peu|peu de temps|minutes?|heures?|jours?|semaines?|mois)\s+)*(?:avant|après|alors que|tandis que|pendant que|lors)\b"
SETTING_PREPOSITIONS = frozenset({"dans", "lors", "au", "en", "sur", "devant", "pendant"})

# Conjunctions joining a second verb to the same subject ("X est arrivé et a déclaré").
CONJUNCTIONS = frozenset({"et", "mais", "puis", "ou"})
# Capitalised words with these endings are verbs or participles, not names NER missed.
# Ending of the present participle: after "X said on Thursday," a "rejetant" clause is no reported content.
PRESENT_PARTICIPLE = "ant"
VERB_ENDINGS = ("ant", "ait", "aient")

# Words opening an adverbial phrase before the subject ("On Tuesday, X said"): the subject follows its comma.
OPENING_WORDS = frozenset("à a alors après au aux avant avec comme dans depuis devant en face interrogé interrogée lors lorsqu lorsque malgré pendant pour quand sans selon si sur tandis".split())

CLAUSE_STARTS = frozenset(
    {
        "que", "qu'", "qu’", "et", "mais", "alors", "quand", "lorsque", "lorsqu'", "lorsqu’", "tandis",
        "qui", "car", "si", "puisque", "comme", "où", "dont", "ou", "parce", "bien", "afin",
    }
)

# Subject pronouns: word -> (gender hint, number).
PRONOUNS: dict[str, tuple[str | None, str]] = {
    "il": ("m", "sg"),
    "elle": ("f", "sg"),
    "ils": ("m", "pl"),
    "elles": ("f", "pl"),
    "on": (None, "sg"),
    "je": (None, "sg"),
    "j'": (None, "sg"),
    "j’": (None, "sg"),
    "nous": (None, "pl"),
    "vous": (None, "pl"),
    "celui-ci": ("m", "sg"),
    "celle-ci": ("f", "sg"),
}
# Pronoms toniques après « selon » / « d'après » (« selon lui ») : le locuteur nommé avant.
# Heads of a phrase that names a company by its owner ("le groupe de Mark Zuckerberg"): the company
# speaks, and it is the organisation named last before.
ORGANISATION_NOUNS = frozenset({"groupe", "société", "entreprise", "firme", "compagnie", "constructeur", "géant", "banque", "plateforme"})
# Documents a source issues: after "according to", the issuer named in the next words speaks
# ("selon un bilan provisoire de l'Institut…").
DOCUMENT_NOUNS = frozenset({"bilan", "rapport", "communiqué", "décompte", "étude", "sondage", "estimation", "estimations", "chiffres", "données", "relevé"})
ACCORDING_PRONOUNS: dict[str, tuple[str | None, str]] = {
    "lui": ("m", "sg"), "elle": ("f", "sg"), "eux": ("m", "pl"), "elles": ("f", "pl"),
}
# Pronouns whose gender marks the person they refer to, for gender hints.
PRONOUN_GENDER = {"il": "m", "lui-même": "m", "elle": "f", "elle-même": "f"}
# Première personne hors citation : l’auteur de l’article raconte (« ai-je répondu »).
NARRATOR_PRONOUNS = frozenset({"je", "j'", "j’"})
# Verbes par lesquels l’auteur rapporte les mots d’un autre (« je cite »).
QUOTING_LEMMAS = frozenset({"citer"})
UNRESOLVABLE_PRONOUNS = frozenset({"on", "je", "j'", "j’", "nous", "vous"})

# Of those, pronouns that stand for a document or an organisation as speaker ("it said", "it reads").
THING_PRONOUNS = frozenset({})

# Titles before a name, with a gender hint.
TITLES: dict[str, str | None] = {
    "m.": "m", "mm.": "m", "monsieur": "m", "mme": "f", "mme.": "f", "madame": "f", "mlle": "f",
    "mademoiselle": "f", "me": None, "maître": None, "dr": None, "docteur": None, "pr": None,
    "professeur": None, "président": "m", "présidente": "f", "ministre": None, "général": "m",
    "générale": "f", "sénateur": "m", "sénatrice": "f", "député": "m", "députée": "f", "maire": None,
    "roi": "m", "reine": "f", "prince": "m", "princesse": "f", "pape": "m", "chancelier": "m",
    "chancelière": "f", "ambassadeur": "m", "ambassadrice": "f", "juge": None, "cardinal": "m",
}

# Role nouns that stand for a named person ("le vice-ministre a ajouté"), gender hint when the
# noun itself carries it (the determiner le/la gives another hint, see DEFINITE).
ROLE_NOUNS: dict[str, str | None] = {
    "ministre": None, "vice-ministre": None, "diplomate": None, "président": "m", "présidente": "f",
    "porte-parole": None, "responsable": None, "dirigeant": "m", "dirigeante": "f", "chef": None,
    "cheffe": "f", "négociateur": "m", "négociatrice": "f", "ambassadeur": "m", "ambassadrice": "f",
    "émissaire": None, "envoyé": "m", "envoyée": "f", "secrétaire": None, "premier": "m",
    "chancelier": "m", "chancelière": "f", "maire": None, "général": "m", "commandant": "m",
    "juge": None, "procureur": "m", "procureure": "f", "avocat": "m", "avocate": "f", "directeur": "m",
    "directrice": "f", "patron": "m", "patronne": "f", "sénateur": "m", "sénatrice": "f",
    "député": "m", "députée": "f", "candidat": "m", "candidate": "f", "élu": "m", "élue": "f",
    "expert": "m", "experte": "f", "analyste": None, "économiste": None,
    "chercheur": "m", "chercheuse": "f", "professeur": None, "militant": "m", "militante": "f",
    "homme": "m", "femme": "f", "conseiller": "m", "conseillère": "f",
    "haut": None, "fonctionnaire": None, "officiel": "m", "roi": "m", "reine": "f", "pape": "m",
    "souverain": "m", "souveraine": "f", "premier ministre": None, "chef d'état": None,
    "commissaire": None, "représentant": "m", "représentante": "f", "gouverneur": "m", "gouverneure": "f",
    "médiateur": "m", "médiatrice": "f", "rapporteur": "m", "rapporteuse": "f", "syndicaliste": None,
    "homologue": None, "coordinateur": "m", "coordinatrice": "f", "administrateur": "m",
    "administratrice": "f", "inspecteur": "m", "inspectrice": "f", "observateur": "m", "observatrice": "f",
}

# Offices written in several ways: a description in one wording finds the person named with another
# ("le chef de la diplomatie iranienne" is the "ministre iranien des Affaires étrangères" named
# before). Lower case, without accents; a word may stand between two of a phrase's words
# ("ministre iranien des affaires etrangeres"), and a phrase must match whole words ("vice-ministre"
# is not "ministre").
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "foreign minister": ("ministre des affaires etrangeres", "chef de la diplomatie", "diplomate en chef",
                         "chef de la diplomatie", "ministre de l'europe et des affaires etrangeres",
                         "secretaire d'etat americain", "secretaire d'etat des etats-unis"),
    "defence minister": ("ministre de la defense", "ministre des armees"),
    "head of government": ("premier ministre", "premiere ministre", "chef du gouvernement",
                           "cheffe du gouvernement"),
    "head of state": ("president", "presidente", "chef de l'etat", "cheffe de l'etat"),
}

# Heads of a named body: "le directeur général de l'OMS" and "le chef de l'OMS" hold one office.
ORGANISATION_HEADS = (r"(?:chef|cheffe|patron|patronne|dirigeant|dirigeante|directeur|directrice|président|présidente"
                      r"|secrétaire)(?: général| générale| exécutif| exécutive)?")
ORGANISATION_OF = r"(?:de l'|de l’|du |de la |des )"

# Determiners: definite ones make a role noun anaphoric; their gender is a hint.
DEFINITE: dict[str, str | None] = {"le": "m", "la": "f", "l'": None, "l’": None, "ce": "m", "cette": "f", "cet": "m"}
# Prepositions that open the office of a role noun: "le porte-parole de la présidence", "le chef du
# gouvernement". The whole phrase is then a role, like "le ministre allemand".
ROLE_COMPLEMENTS = frozenset({"de", "du", "des", "d'", "d’"})
# A relational adjective may follow the role noun: "le responsable syndical", "le chef rebelle".
ROLE_ADJECTIVE_AFTER = True
# Roles that take their office from another person's ("son homologue"): they name none of their own.
RELATIONAL_ROLES = frozenset({"homologue", "homologues", "successeur", "prédécesseur", "predecesseur"})
INDEFINITE = frozenset({"un", "une", "des", "plusieurs", "deux", "trois", "certains", "certaines"})

SPEAKER_DETERMINERS = frozenset({"le", "la", "l'", "l’", "les", "un", "une", "des", "son", "sa", "ses", "leur"})

# Words that mark a closing credit line ("(Reportage X, version française Y, édité par Z)").
CREDIT_MARKERS = ("reportage", "édité par", "edité par", "version française", "rédigé par", "avec la contribution de", "par la rédaction")

MONTHS = frozenset("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# Prénoms courants avec une indication de genre (indice faible, pour classer les antécédents).
GIVEN_NAMES_M = frozenset(
    """
    andrii andriy andriï dmytro ihor kyrylo mykhailo mykhaïlo mykola oleksandr oleksiy petro serhiy taras
    abdel abdelaziz abdelmadjid abdullah abraham adolfo adrien ahmad ahmed akhil alain alberto
    alejandro alexandre alexei alexis ali amine amir anatoly andrei andré andrés angelo antoine
    antonio ariel arnaud arturo ashraf aurélien bashar benjamin benny benoît bernard boris bruno
    carlos cesar charles christophe chuck claude clément cyril cédric damien daniel david denis
    didier dmitri dmitry emmanuel enrique erdogan eric fabien fabrice fernando florian
    francisco franz françois frédéric gabriel gerhard gilles giuseppe grégoire guillaume gérald
    gérard hamid hassan henri hernan hervé hugo hugues ibrahim igor ivan jacques jaime jair javier
    jean jean-baptiste jean-claude jean-louis jean-luc jean-marc jean-marie jean-michel jean-noël
    jean-pierre jean-yves jens joachim jordan jorge joseph josé juan julien jérôme karim kevin
    khalid klaus lars laurent lionel louis loïc luc luis manuel marc marcel marcelo mario
    mathieu matteo maxime mehmet michel miguel mikhail mohamed mohammad mohammed moon muhammad nabil
    narendra nicolas nicolás noël olaf olivier omar oscar pablo pascal patrick paul pedro philippe
    pierre rafael ramón raphaël recep renaud ricardo richard robert roberto roland romain rémi
    samuel sandro serge sergei sergey sergueï shinzo sigmar silvio simon stefan stéphane sultan
    sylvain sébastien tayyip thierry thomas théo ulrich valéry victor viktor vincent vladimir
    volodymyr william wolfgang xavier yair yannick yuri yves édouard éric
    """.split()
)
GIVEN_NAMES_F = frozenset(
    """
    iryna kateryna laetitia lætitia nataliya oksana olena tetiana
    agnès alexandria amélie ana angela angelina anne anne-marie annie aurélie beata brigitte
    béatrice bérangère carole caroline catherine chantal charlotte christine claire claudia clémence
    corinne cristina cécile danielle delphine dilma elisabeth emmanuelle estelle eva
    fabienne fatima florence françoise gabrielle giorgia géraldine hélène ilhan ingrid isabel
    isabelle jacqueline jeanne jennifer joséphine julia julie justine kamala karine kirsten laure
    laurence lucia lucie léa malala manon margrethe marianne marie marina marine marion marlène
    martina martine mathilde mette michèle monique muriel myriam nadia nadine najat natalia nathalie
    nicola nicole noémie océane olga pascale patricia petra rachel rachida roselyne sahra sandrine
    sanna sarah simone simonetta sophia sophie stéphanie svetlana sylvie ségolène séverine tsai
    ursula valérie virginie véronique yaël yoshiko yulia élisabeth élise élodie éléonore émilie
    """.split()
)
