"""French event vocabulary: which verbs and nouns code which PLOVER type, and the cues of mode.

Same layout as `veille/analyze/lang/en/events.py` (lemmas as spaCy's French lemmatizer gives them).
Pronominal verbs whose sense needs the reflexive are listed in `REFLEXIVE` ("s'entretenir avec").
"""

from veille.analyze.lang.fr.entities import DISEASE_NAMES

VERBS = {
    "AGREE": "accepter ratifier signer conclure promettre convenir consentir offrir proposer garantir "
    "réconcilier",
    "CONSULT": "rencontrer visiter négocier discuter consulter téléphoner dialoguer recevoir accueillir "
    "réunir",
    "SUPPORT": "saluer féliciter louer soutenir appuyer défendre remercier approuver reconnaître encourager "
    "pardonner applaudir",
    "COOPERATE": "coopérer collaborer coordonner allier",
    "AID": "aider assister secourir fournir livrer financer prêter accorder octroyer verser héberger "
    "donner",
    "CONCEDE": "céder concéder libérer relâcher gracier amnistier assouplir alléger lever autoriser permettre "
    "excuser restituer",
    "RETREAT": "retirer replier capituler démissionner évacuer désarmer démobiliser abdiquer",
    "DEMAND": "exiger réclamer demander appeler exhorter presser sommer ordonner enjoindre revendiquer "
    "solliciter implorer plaider requérir",
    "DISAPPROVE": "accuser critiquer condamner dénoncer blâmer fustiger déplorer reprocher stigmatiser "
    "incriminer protester vilipender",
    "REJECT": "rejeter refuser décliner repousser écarter opposer exclure récuser violer bafouer défier",
    "THREATEN": "menacer avertir",
    "PROTEST": "manifester défiler rassembler bloquer",
    "SANCTION": "sanctionner expulser suspendre rompre geler boycotter interdire embargo",
    "MOBILIZE": "mobiliser déployer masser amasser stationner dépêcher renforcer positionner concentrer "
    "acheminer",
    "COERCE": "arrêter interpeller détenir emprisonner incarcérer kidnapper séquestrer saisir confisquer "
    "déporter démolir raser détruire censurer pirater réprimer disperser inculper écrouer perquisitionner "
    "enlever",
    "ASSAULT": "attaquer agresser tuer assassiner abattre blesser torturer poignarder décapiter massacrer "
    "exécuter lyncher frapper",
    "FIGHT": "combattre affronter battre bombarder pilonner envahir occuper capturer conquérir assiéger "
    "encercler tirer riposter",
    "INVESTIGATE": "enquêter examiner inspecter interroger auditionner investiguer",
}

# Pronominal senses: (lemma with "se") -> type, checked before VERBS.
REFLEXIVE = {
    "entretenir": "CONSULT", "rendre": "RETREAT", "retirer": "RETREAT", "réunir": "CONSULT",
    "affronter": "FIGHT", "battre": "FIGHT", "rassembler": "PROTEST", "opposer": "REJECT",
    "engager": "AGREE", "excuser": "CONCEDE", "allier": "COOPERATE", "accorder": "AGREE", "entendre": "AGREE",
}
# "se rendre à Moscou" is a visit, "se rendre" alone a surrender.
REFLEXIVE_WITH_PLACE = {"rendre": "CONSULT"}

NOUNS = {
    "AGREE": "accord traité pacte cessez-le-feu trêve armistice engagement promesse offre compromis "
    "mémorandum",
    "CONSULT": "pourparlers pourparler entretien rencontre réunion sommet visite négociation consultation "
    "discussion dialogue conférence médiation",
    "SUPPORT": "soutien appui éloge reconnaissance",
    "COOPERATE": "coopération collaboration partenariat",
    "AID": "aide assistance secours don subvention prêt financement asile",
    "CONCEDE": "concession excuse libération amnistie grâce assouplissement levée",
    "RETREAT": "retrait repli reddition démission évacuation désarmement démobilisation",
    "DEMAND": "exigence revendication demande appel requête",
    "DISAPPROVE": "critique condamnation accusation plainte dénonciation reproche",
    "REJECT": "rejet refus veto",
    "THREATEN": "menace ultimatum avertissement",
    "PROTEST": "manifestation rassemblement marche émeute grève protestation sit-in blocage",
    "SANCTION": "sanction embargo expulsion suspension boycott gel rupture",
    "MOBILIZE": "déploiement mobilisation renfort concentration exercice manœuvre patrouille alerte",
    "COERCE": "arrestation détention interpellation couvre-feu répression rafle saisie confiscation "
    "démolition censure perquisition enlèvement",
    "ASSAULT": "attaque attentat assassinat meurtre massacre agression torture fusillade exécution",
    "FIGHT": "combat affrontement bataille offensive invasion guerre bombardement frappe pilonnage incursion "
    "occupation tir blocus",
    "INVESTIGATE": "enquête investigation inspection audition interrogatoire",
}

NOUN_MODIFIERS = {
    ("grève", "faim"): "PROTEST", ("frappe", "aérien"): "FIGHT", ("attaque", "aérien"): "FIGHT",
    ("exercice", "conjoint"): "COOPERATE", ("manœuvre", "conjoint"): "COOPERATE",
    ("protestation", "officiel"): "DISAPPROVE", ("protestation", "diplomatique"): "DISAPPROVE",
    ("attentat", "suicide"): "ASSAULT", ("loi", "martial"): "COERCE", ("action", "militaire"): "FIGHT",
    ("intervention", "militaire"): "FIGHT", ("opération", "militaire"): "FIGHT",
    ("conférence", "presse"): None, ("point", "presse"): None,
}

OBJECT_CLASSES = {
    "TROOPS": "troupe soldat force armée militaire réserviste renfort char navire bâtiment avion missile "
    "arme bataillon brigade division unité homme marin parachutiste policier gendarme",
    "PERSONNEL": "ambassadeur diplomate inspecteur observateur mission personnel envoyé délégation "
    "casque consul",
    "SANCTIONS": "sanction embargo tarif droit pénalité",
    "RESTRICTIONS": "restriction couvre-feu interdiction état siège confinement loi contrôle",
    "BLOCKADE": "blocus siège",
    "AID": "aide assistance secours vivre nourriture médicament subvention prêt fonds argent euro dollar "
    "asile soutien livraison",
    "RELATIONS": "relation lien contact coopération pourparlers négociation dialogue médiation vol",
    "DEMANDS": "exigence revendication demande appel condition ultimatum requête",
    "PROPOSALS": "proposition offre plan invitation initiative résolution idée projet",
    "PRISONERS": "prisonnier otage détenu captif",
    "FIRE": "feu tir roquette missile obus",
    "INFORMATION": "renseignement information donnée preuve",
    "BORDERS": "frontière pont passage",
    "PLACES": "ville village territoire région localité position base aéroport colline quartier port",
    "ALERT": "alerte",
    "PARTIES": "parti journal candidat opposition manifestation rassemblement réunion publication site",
    "ROADS": "route autoroute rue circulation transport accès voie",
    "ACCUSATIONS": "accusation allégation information",
    "REFUGEES": "réfugié migrant demandeur exilé déplacé rescapé",
}

COMBOS = {
    ("imposer", "SANCTIONS"): "SANCTION", ("imposer", "RESTRICTIONS"): "COERCE",
    ("imposer", "BLOCKADE"): "FIGHT", ("durcir", "SANCTIONS"): "SANCTION",
    ("lever", "SANCTIONS"): "CONCEDE", ("lever", "RESTRICTIONS"): "CONCEDE", ("lever", "BLOCKADE"): "RETREAT",
    ("alléger", "SANCTIONS"): "CONCEDE", ("alléger", "RESTRICTIONS"): "CONCEDE",
    ("assouplir", "RESTRICTIONS"): "CONCEDE", ("retirer", "TROOPS"): "RETREAT",
    ("retirer", "PERSONNEL"): "SANCTION", ("retirer", "AID"): "SANCTION", ("rappeler", "PERSONNEL"): "SANCTION",
    ("expulser", "PERSONNEL"): "SANCTION", ("déployer", "TROOPS"): "MOBILIZE", ("envoyer", "TROOPS"): "MOBILIZE",
    ("dépêcher", "TROOPS"): "MOBILIZE", ("masser", "TROOPS"): "MOBILIZE", ("acheminer", "TROOPS"): "MOBILIZE",
    ("augmenter", "TROOPS"): "MOBILIZE", ("réduire", "TROOPS"): "RETREAT", ("envoyer", "AID"): "AID",
    ("acheminer", "AID"): "AID", ("accueillir", "REFUGEES"): "AID", ("recevoir", "REFUGEES"): "AID", ("réduire", "AID"): "SANCTION", ("mettre", "ALERT"): "MOBILIZE",
    ("placer", "ALERT"): "MOBILIZE", ("suspendre", "AID"): "SANCTION", ("suspendre", "RELATIONS"): "SANCTION",
    ("couper", "AID"): "SANCTION", ("couper", "RELATIONS"): "SANCTION", ("rompre", "RELATIONS"): "SANCTION",
    ("geler", "RELATIONS"): "SANCTION", ("geler", "AID"): "SANCTION", ("geler", "avoir"): "SANCTION",
    ("annuler", "RELATIONS"): "SANCTION", ("annuler", "visite"): "SANCTION", ("fermer", "ambassade"): "SANCTION",
    ("fermer", "BORDERS"): "SANCTION", ("fermer", "PARTIES"): "COERCE", ("ouvrir", "BORDERS"): "AID",
    ("rouvrir", "BORDERS"): "AID", ("interdire", "PARTIES"): "COERCE", ("établir", "RELATIONS"): "SUPPORT",
    ("rétablir", "RELATIONS"): "SUPPORT", ("normaliser", "RELATIONS"): "SUPPORT",
    ("détenir", "PRISONERS"): "COERCE", ("prendre", "PRISONERS"): "COERCE", ("libérer", "PRISONERS"): "CONCEDE",
    ("échanger", "PRISONERS"): "CONCEDE", ("ouvrir", "FIRE"): "FIGHT", ("tirer", "FIRE"): "FIGHT",
    ("lancer", "FIRE"): "FIGHT", ("partager", "INFORMATION"): "COOPERATE",
    ("échanger", "INFORMATION"): "COOPERATE", ("accepter", "DEMANDS"): "CONCEDE",
    ("accepter", "PROPOSALS"): "AGREE", ("déclarer", "cessez-le-feu"): "RETREAT",
    ("déclarer", "trêve"): "RETREAT", ("déclarer", "guerre"): "FIGHT", ("décréter", "RESTRICTIONS"): "COERCE",
    ("violer", "cessez-le-feu"): "FIGHT", ("violer", "trêve"): "FIGHT", ("bloquer", "AID"): "SANCTION",
    ("bloquer", "PROPOSALS"): "REJECT", ("bloquer", "ROADS"): "PROTEST", ("saisir", "PLACES"): "FIGHT",
    ("prendre", "PLACES"): "FIGHT", ("prendre", "contrôle"): "FIGHT", ("reprendre", "PLACES"): "FIGHT",
    ("déposer", "plainte"): "DISAPPROVE", ("porter", "plainte"): "DISAPPROVE",
    ("démentir", "ACCUSATIONS"): "REJECT", ("rejeter", "ACCUSATIONS"): "REJECT",
    ("convoquer", "PERSONNEL"): "DISAPPROVE", ("appeler", "réserviste"): "MOBILIZE",
    ("rappeler", "réserviste"): "MOBILIZE", ("appeler", "réserve"): "MOBILIZE", ("donner", "AID"): "AID", ("cesser", "travail"): "PROTEST",
    ("suspendre", "médiation"): "SANCTION", ("entrer", "PLACES"): "FIGHT", ("entrer", "territoire"): "FIGHT",
}

# Verbs that are events only without an object or with someone as object. Hosting: "a reçu le
# président", not "a reçu des soins" or "avait reçu des signaux"; shooting: "ont tiré sur la foule",
# not "tirer des conclusions" (its weapons come through COMBOS: "tirer des roquettes").
SOMEONE_VERBS = {"recevoir", "accueillir", "tirer"}
# Verbes de parole qui ne sont une consultation qu'avec un interlocuteur (« a parlé avec Biden ») ; avec
# un sujet de conversation et personne à qui parler (« parler d'une rencontre »), c'est un propos sur ce sujet ;
# l'acte dont on parle (« parle de retirer ses troupes ») n'est qu'envisagé.
TOPIC_VERBS = {"parler"}
TOPIC_PREPS = ("de", "d'", "d’", "sur")
# Verbs of questioning that, as a participle opening the sentence, are a journalist's question:
# "Interrogé jeudi, Dmitri Peskov a…" is no investigation; "Interrogé par la police, le suspect…" is.
QUESTION_VERBS = {"interroger", "questionner"}
CANCEL_VERBS = set("annuler reporter suspendre interrompre rompre geler ajourner abandonner".split())

LIGHT_VERBS = set(
    """tenir lancer organiser mener conduire commencer entamer poursuivre reprendre achever ouvrir déposer
    émettre faire prendre conclure signer annoncer ordonner déclarer entreprendre engager intensifier
    décréter imposer donner fournir renouveler mettre procéder effectuer observer décider adopter
    approuver diriger prolonger réimposer""".split()
)
# Verbs whose subject takes part in the event their object names ("Hunt quittera le sommet", "a
# participé aux pourparlers" is a preposition and needs none).
PARTICIPANT_VERBS = set("assister rejoindre quitter accueillir présider coprésider boycotter".split())

CONTROL = {
    "menacer": "threaten", "avertir": "threaten", "prévenir": "threaten", "mettre_en_garde": "threaten",
    "refuser": "refuse", "décliner": "refuse", "échouer": "refuse", "rejeter": "refuse", "exclure": "refuse",
    "promettre": "intent", "engager": "intent", "proposer": "intent", "offrir": "intent",
    "accepter": "intent", "convenir": "intent", "consentir": "intent", "jurer": "intent",
    "exiger": "demand", "réclamer": "demand", "demander": "demand", "appeler": "demand",
    "exhorter": "demand", "presser": "demand", "sommer": "demand", "ordonner": "demand",
    "enjoindre": "demand", "inviter": "demand", "insister": "demand",
    "prévoir": "plan", "envisager": "plan", "compter": "plan", "projeter": "plan", "aller": "plan",
    "vouloir": "plan", "chercher": "plan", "tenter": "plan", "essayer": "plan", "souhaiter": "plan",
    "pouvoir": "plan", "entendre": "plan",
    "préparer": "prepare", "apprêter": "prepare",
    "décider": "pass", "continuer": "pass", "commencer": "pass", "reprendre": "pass", "poursuivre": "pass",
    "achever": "pass", "voter": "pass",
    "autoriser": "allow", "permettre": "allow", "laisser": "allow",
    "démentir": "deny", "nier": "deny", "réfuter": "deny", "contester": "deny",
    "devoir": "must", "falloir": "must",
}
CONTROL_ADJECTIVES = {
    "prêt": "intent", "disposé": "intent", "déterminé": "intent", "résolu": "intent", "décidé": "intent",
    "réticent": "refuse", "susceptible": "plan",
}
OBJECT_CONTROL = set("appeler exhorter presser sommer ordonner enjoindre inviter demander autoriser permettre "
                     "laisser forcer obliger contraindre aider encourager menacer avertir".split())

REPORTING = set(
    """dire déclarer annoncer affirmer indiquer préciser ajouter estimer souligner expliquer assurer
    confirmer rappeler juger considérer écrire répondre reconnaître admettre avancer insister répéter
    réaffirmer signaler conclure raconter rapporter faire_savoir""".split()
)
DECISION_REPORTING = {"annoncer"}

DENIAL = {"démentir", "nier", "réfuter", "contester", "rejeter"}
DENIAL_ALWAYS = {"démentir", "nier", "réfuter"}

NEGATION = {"ne", "n'", "n’", "jamais", "nullement", "aucun", "aucune", "nul", "nulle"}
# « sans donner de détails » : l'acte n'a pas lieu
WITHOUT = {"sans"}
FUTURE_AUX: set[str] = set()  # French future is a tense: read from morphology (and `aller` + infinitive)
HYPOTHETICAL_AUX: set[str] = set()  # French conditional is a mood: read from morphology
OBLIGATION = {"devoir", "falloir"}
DEMONSTRATIVES = {"ce", "c'", "c’", "cela", "ça", "ceci"}
# "a laissé entendre que…": an infinitive of these after "laisser" makes a hint, not a permission.
HINTS = {"entendre", "croire", "penser", "supposer", "planer", "paraître", "transparaître", "deviner"}
CONDITION_MARKS = {"si", "s'"}
# Mots qui renvoient un événement à plus tard : « a jugé prématuré de parler d'une rencontre », « trop
# tôt pour parler d'un accord ». Ce qu'ils gouvernent n'a pas eu lieu : mode hypothetical.
PREMATURE = ("prématuré", "prématurée", "prématurés", "prématurées", "trop tôt")
UNLESS_CUES = ("à moins", "sauf si", "faute de", "sinon")
# Infinitif de but : ce à quoi l'acte doit servir n'a pas eu lieu (« réclame 25 millions de dollars pour
# financer la riposte », « afin d'attaquer ») : mode hypothetical, sauf quand l'acte l'exprime
# (« ont manifesté pour réclamer leur libération »). « pour avoir attaqué » (infinitif passé) donne une
# cause, pas un but.
PURPOSE_MARKS = ("pour", "afin")
NOT_PURPOSE_HEADS: set[str] = set()  # "le premier à reconnaître" takes "à", not "pour"
# Words that attribute a claim: with them, the conditional reports what is said, without vouching for
# it ("selon l'ONU, 8.000 personnes seraient détenues"); it is not a commitment under a condition.
HEARSAY_CUES = ("selon", "d'après", "d’après", "de source", "de sources")

PRONOUNS = {"il", "elle", "ils", "elles", "on", "lui", "eux", "celui-ci", "celle-ci", "ceux-ci"}
POSSESSIVE_PRONOUNS = {"son", "sa", "ses", "leur", "leurs"}
# Dans une citation directe, « nous » ou « je » est le locuteur de la citation.
FIRST_PERSON = {"nous", "je", "j'", "j’"}
FIRST_PERSON_POSSESSIVES = {"notre", "nos", "mon", "ma", "mes"}  # a quote's "notre engagement" is its speaker's
RELATIVE_PRONOUNS = {"qui", "que", "qu'", "lequel", "laquelle", "lesquels", "lesquelles"}

TARGET_PREPS = ("contre", "sur", "avec", "à", "envers", "vers", "auprès", "entre", "près", "de", "en", "dans",
                "pour")
AGENT_PREPS = ("par",)
OWNER_PREPS = ("de", "du", "des", "par", "en", "dans")
# Prépositions de lieu (« au », « aux » y sont lues « à ») : un lieu après elles dit où, pas à qui
# (« les discussions au palais de Dolmabahçe ») ; un État reste une partie.
LOCATIVE_PREPS = ("à", "en", "dans")
PREP_EVENT_NOUNS = {("sous", "enquête"): "INVESTIGATE", ("en", "garde à vue"): "COERCE",
                    ("en", "grève"): "PROTEST", ("en", "détention"): "COERCE"}
SPAN_NOUNS = set("jour jours semaine semaines mois série vague année années".split())
EVENT_HEADS = set("effort tentative campagne opération processus programme projet mesure paquet train série "
                  "volet".split())

# Natural hazards: what they do ("un séisme a frappé le sud du Pérou") is no event between political
# actors.
HAZARDS = set("""séisme tremblement secousse réplique tsunami ouragan typhon cyclone tempête tornade inondation
crue glissement avalanche éruption volcan incendie canicule sécheresse""".split())
# Maladies, leurs agents et leurs flambées : pas plus une partie. « Nous avons vaincu Ebola », « combattre
# l'épidémie » ne sont ni une agression ni un combat ; « Ebola a tué 2 000 personnes » n'a pas d'acteur.
# The names are the entity tables' (one word each); the nouns and short names here are the events' own.
DISEASES = set("""maladie épidémie pandémie flambée infection virus bactérie pathogène fièvre peste hépatite
marburg lassa""".split()) | {name for name in DISEASE_NAMES if " " not in name}

# Time words: never an actor, even when tagged as a proper noun ("lundi").
TIME_WORDS = set(
    """lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
août septembre octobre novembre décembre aujourd'hui hier demain soir matin week-end semaine mois année an
jour nuit fois""".split()
)

IRREGULAR_FORMS = {
    "prendre": "pris prise prises prennent", "reprendre": "repris reprise reprennent",
    "tenir": "tint tenu tenue tiennent", "recevoir": "reçu reçue reçoit reçoivent", "battre": "battu bat bats",
    "rompre": "rompu", "conquérir": "conquis conquiert conquièrent", "détruire": "détruit détruite",
    "promettre": "promis promet", "permettre": "permis permet", "mettre": "mis mise met",
    "dire": "dit dite disent", "faire": "fait", "exclure": "exclu", "aller": "va vont ira iront",
    "tuer": "tue tué tuent tuant tua tuèrent tuait tuaient tuera tueront tuerait", "abattre": "abat abattu",
    "offrir": "offert offerte offrit offrirent", "reconnaître": "reconnu reconnaît reconnaissent reconnaissant",
}
WEAK_FORMS = set(
    """aide appel appels demande demandes accord marche guerre force forces garde mesure mesures soutien
    visite tir tirs""".split()
)

# Obligation words: "X said Y must ..." is a demand, so these sentences are worth parsing.
OBLIGATION_FORMS = set("doit doivent devrait devraient devra devront faut faudrait".split())

# What may follow a table word's stem in an inflected form (the stem drops -er/-ir/-re, -enir, or a final
# -e/-s of a noun; see event_lexicon._french_stem); "-" is the bare stem. The parse-or-not test accepts a
# word only when its ending is one of these, so "saison" is not read as a form of "saisir", nor "dont" of
# "donner". Spelling changes of -er verbs get their own stems: -ger keeps an e before a and o
# ("mangeons"), -cer takes a ç ("menaça"), and before a mute e -eler/-eter double the consonant
# ("appelle"), -yer turns y to i ("appuient"), e and é turn to è ("lève", "cède").
INFLECTION_ENDINGS = {
    "er": """er e es ent ons ez ais ait aient ions iez ai as a âmes âtes èrent erai eras era erons erez eront
    erais erait erions eriez eraient asse asses ât assions assiez assent é ée és ées ant""",
    "er_hard": "a ai ais ait aient ant ons âmes âtes asse ât",  # after ge, ç
    "er_mute_e": "e es ent era erai eras erons erez eront erais erait erions eriez eraient",
    "ir": """ir is it issons issez issent issais issait issions issiez issaient îmes îtes irent irai iras ira
    irons irez iront irais irait irions iriez iraient isse isses ît i ie ies issant
    - s t e es ent ons ez ais ait aient ions iez ant u ue us ues
    era erai eras erons erez eront erais erait erions eriez eraient""",
    "re": """re - s t e es ent ons ez ais ait aient ions iez is it îmes îtes irent rai ras ra rons rez ront
    rais rait raient rions riez u ue us ues ant isse isses ît issent i ie ies te tes ts
    sons sez sent sais sait saient sions siez sant se ses sis sit sirent sîmes sîtes""",
    "enir": """enir iens ient enons enez iennent enu enue enus enues enant enait enais enaient enions eniez
    iendra iendrai iendras iendrons iendrez iendront iendrait iendrais iendraient iendrions iendriez int ins
    inrent ienne iennes""",
    "noun": "- s x e es",  # after the word as written
    "form": "t rent",  # after the stem of a listed form: past historic ("permit", "reçurent")
}
