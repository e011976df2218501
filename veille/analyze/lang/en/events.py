"""English event vocabulary: which verbs and nouns code which PLOVER type, and the cues of mode.

Lemmas, grouped by the type they code when nothing else decides (written after the CAMEO/PLOVER
codebooks, not after any test sentence). `COMBOS` refines a verb by its object ("impose sanctions"
SANCTION, "impose a curfew" COERCE, "withdraw troops" RETREAT, "withdraw the ambassador" SANCTION).
Multi-word verbs are written with an underscore: `pull_out`, `call_on`.
"""

from veille.analyze.lang.en.entities import DISEASE_NAMES

VERBS = {
    "AGREE": "agree accept ratify sign conclude promise pledge commit undertake settle reconcile guarantee "
    "consent offer",
    "CONSULT": "meet visit host talk negotiate discuss consult confer telephone phone mediate convene "
    "hold_talks",
    "SUPPORT": "praise commend hail welcome endorse back support defend thank congratulate applaud forgive "
    "recognize recognise approve laud salute champion reassure",
    "COOPERATE": "cooperate co-operate collaborate coordinate partner ally",
    "AID": "aid assist help donate provide supply deliver fund finance lend loan rescue shelter airlift "
    "contribute grant",
    "CONCEDE": "concede yield relent apologize apologise release free pardon ease relax allow permit legalize "
    "legalise reinstate compromise back_down give_in hand_over accede",
    "RETREAT": "withdraw retreat surrender resign capitulate demobilize demobilise disarm evacuate disband "
    "abdicate pull_out pull_back step_down stand_down lay_down",
    "DEMAND": "demand urge request insist appeal plead petition exhort press require ask seek order call_on "
    "call_for",
    "DISAPPROVE": "accuse criticize criticise condemn denounce blame deplore censure rebuke reproach chide "
    "complain sue slam lambast decry fault castigate object_to",
    "REJECT": "reject refuse decline dismiss rebuff spurn veto oppose resist renege violate defy snub breach "
    "turn_down rule_out",
    "THREATEN": "threaten menace warn",
    "PROTEST": "protest demonstrate rally march riot picket blockade block",
    "SANCTION": "sanction embargo expel suspend sever boycott downgrade blacklist ban prohibit recall cut_off "
    "break_off fine penalize penalise",
    "MOBILIZE": "mobilize mobilise deploy mass amass station dispatch reinforce muster conscript patrol "
    "build_up call_up",
    "COERCE": "arrest detain jail imprison kidnap abduct seize confiscate deport evict demolish raze destroy "
    "bulldoze censor hack expropriate displace repress suppress harass intimidate disperse sentence convict "
    "prosecute indict raid crack_down round_up shut_down force_out hack_into blow_up",
    "ASSAULT": "attack assault kill murder assassinate bomb wound injure maim beat torture stab behead massacre "
    "slaughter execute lynch rape hijack shoot beat_up explode detonate",
    "FIGHT": "fight clash battle shell bombard invade occupy capture retake recapture overrun storm besiege "
    "ambush strafe fire skirmish shoot_down strike retaliate",
    "INVESTIGATE": "investigate probe examine inspect interrogate question inquire audit look_into",
}

# Event nouns: with a light verb ("held talks", "imposed sanctions") or on their own ("the invasion of").
NOUNS = {
    "AGREE": "agreement accord deal treaty pact truce armistice memorandum promise pledge commitment offer "
    "settlement ceasefire cease-fire",
    "CONSULT": "talk talks meeting summit visit negotiation consultation discussion dialogue conference "
    "mediation",
    "SUPPORT": "praise endorsement support recognition",
    "COOPERATE": "cooperation co-operation collaboration partnership",
    "AID": "aid assistance relief donation grant loan help funding asylum",
    "CONCEDE": "concession apology release amnesty pardon",
    "RETREAT": "withdrawal retreat pullout pull-out surrender resignation evacuation demobilization "
    "disarmament",
    "DEMAND": "demand appeal request plea petition",
    "DISAPPROVE": "criticism condemnation accusation complaint lawsuit denunciation rebuke",
    "REJECT": "rejection refusal veto",
    "THREATEN": "threat ultimatum warning",
    "PROTEST": "protest demonstration rally march riot strike sit-in picket walkout",
    "SANCTION": "sanction embargo expulsion suspension boycott",
    "MOBILIZE": "deployment mobilization mobilisation build-up buildup reinforcement alert patrol exercise "
    "drill maneuver manoeuvre",
    "COERCE": "arrest detention crackdown curfew raid seizure confiscation deportation eviction demolition "
    "censorship kidnapping abduction",
    "ASSAULT": "attack assault bombing killing murder assassination massacre torture shooting stabbing "
    "explosion",
    "FIGHT": "fighting battle clash offensive invasion war shelling bombardment airstrike air-strike "
    "incursion occupation firefight skirmish blockade",
    "INVESTIGATE": "investigation inquiry probe hearing inspection examination interrogation audit",
}

# A modifier that changes an event noun's type: ("strike", "air") is an air strike; None: no event.
NOUN_MODIFIERS = {
    ("strike", "air"): "FIGHT", ("strike", "missile"): "FIGHT", ("strike", "drone"): "FIGHT",
    ("attack", "air"): "FIGHT", ("attack", "missile"): "FIGHT", ("attack", "rocket"): "FIGHT",
    ("attack", "drone"): "FIGHT", ("attack", "artillery"): "FIGHT", ("attack", "predator"): "FIGHT",
    ("protest", "official"): "DISAPPROVE", ("protest", "formal"): "DISAPPROVE",
    ("protest", "diplomatic"): "DISAPPROVE", ("exercise", "joint"): "COOPERATE",
    ("game", "war"): "MOBILIZE", ("game", "joint"): "COOPERATE", ("patrol", "joint"): "COOPERATE",
    ("law", "martial"): "COERCE", ("strike", "hunger"): "PROTEST", ("action", "military"): "FIGHT",
    ("intervention", "military"): "FIGHT", ("operation", "military"): "FIGHT",
    # not events at all
    ("conference", "press"): None, ("conference", "news"): None, ("release", "press"): None,
}

# Object classes used by COMBOS (lemmas).
OBJECT_CLASSES = {
    "TROOPS": "troop soldier force army reservist reinforcement tank warship ship vessel jet aircraft plane "
    "missile weapon battalion brigade division unit marine sailor paratrooper man officer police policeman",
    "PERSONNEL": "inspector worker monitor observer mission ambassador diplomat envoy staff embassy personnel "
    "representative delegation peacekeeper consul",
    "SANCTIONS": "sanction embargo tariff penalty",
    "RESTRICTIONS": "restriction curfew ban emergency siege closure lockdown law control",
    "BLOCKADE": "blockade siege",
    "AID": "aid assistance help food medicine supply grant loan money fund funding dollar euro relief "
    "shipment asylum grain flour support",
    "RELATIONS": "relation tie link contact cooperation talk talks negotiation dialogue mediation "
    "relationship flight",
    "DEMANDS": "demand ultimatum condition call appeal request",
    "PROPOSALS": "proposal offer plan invitation initiative resolution suggestion idea bid deal overture",
    "PRISONERS": "prisoner hostage detainee captive",
    "FIRE": "fire shot round shell rocket missile mortar grenade salvo",
    "INFORMATION": "intelligence information evidence data",
    "BORDERS": "border crossing bridge frontier",
    "PLACES": "town city village territory area region airport base position hill stronghold district "
    "province port",
    "ALERT": "alert",
    "PARTIES": "party newspaper candidate opposition rally protest demonstration meeting publication "
    "station website",
    "ROADS": "road highway street traffic transport access route railway",
    "ACCUSATIONS": "accusation allegation charge claim report",
    "REFUGEES": "refugee migrant seeker asylum-seeker evacuee",
}

# (verb lemma, object class or lemma) -> type; checked before the verb's own type.
COMBOS = {
    ("impose", "SANCTIONS"): "SANCTION", ("impose", "RESTRICTIONS"): "COERCE",
    ("impose", "BLOCKADE"): "FIGHT", ("tighten", "SANCTIONS"): "SANCTION",
    ("tighten", "RESTRICTIONS"): "COERCE", ("lift", "SANCTIONS"): "CONCEDE",
    ("lift", "RESTRICTIONS"): "CONCEDE", ("lift", "BLOCKADE"): "RETREAT", ("ease", "SANCTIONS"): "CONCEDE",
    ("ease", "RESTRICTIONS"): "CONCEDE", ("relax", "RESTRICTIONS"): "CONCEDE",
    ("shorten", "RESTRICTIONS"): "CONCEDE", ("withdraw", "TROOPS"): "RETREAT",
    ("withdraw", "PERSONNEL"): "SANCTION", ("withdraw", "AID"): "SANCTION",
    ("pull_out", "PERSONNEL"): "SANCTION", ("recall", "PERSONNEL"): "SANCTION",
    ("expel", "PERSONNEL"): "SANCTION", ("deploy", "TROOPS"): "MOBILIZE", ("host", "REFUGEES"): "AID", ("shelter", "REFUGEES"): "AID", ("send", "TROOPS"): "MOBILIZE",
    ("dispatch", "TROOPS"): "MOBILIZE", ("move", "TROOPS"): "MOBILIZE", ("station", "TROOPS"): "MOBILIZE",
    ("increase", "TROOPS"): "MOBILIZE", ("reduce", "TROOPS"): "RETREAT", ("send", "AID"): "AID",
    ("dispatch", "AID"): "AID", ("ship", "AID"): "AID", ("increase", "AID"): "AID",
    ("reduce", "AID"): "SANCTION", ("put", "ALERT"): "MOBILIZE", ("place", "ALERT"): "MOBILIZE",
    ("raise", "ALERT"): "MOBILIZE", ("suspend", "AID"): "SANCTION", ("suspend", "RELATIONS"): "SANCTION",
    ("suspend", "publication"): "COERCE", ("cut", "AID"): "SANCTION", ("cut", "RELATIONS"): "SANCTION",
    ("sever", "RELATIONS"): "SANCTION", ("break", "RELATIONS"): "SANCTION",
    ("break_off", "RELATIONS"): "SANCTION", ("end", "RELATIONS"): "SANCTION", ("end", "AID"): "SANCTION",
    ("halt", "RELATIONS"): "SANCTION", ("halt", "AID"): "SANCTION", ("stop", "RELATIONS"): "SANCTION",
    ("stop", "AID"): "SANCTION", ("freeze", "RELATIONS"): "SANCTION", ("freeze", "AID"): "SANCTION",
    ("freeze", "asset"): "SANCTION", ("cancel", "RELATIONS"): "SANCTION", ("cancel", "visit"): "SANCTION",
    ("close", "embassy"): "SANCTION", ("close", "BORDERS"): "SANCTION", ("close", "PARTIES"): "COERCE",
    ("open", "BORDERS"): "AID", ("reopen", "BORDERS"): "AID", ("re-open", "BORDERS"): "AID",
    ("ban", "PARTIES"): "COERCE", ("deny", "entry"): "SANCTION", ("deny", "access"): "SANCTION",
    ("deny", "visa"): "SANCTION", ("deny", "admission"): "SANCTION", ("refuse", "entry"): "SANCTION",
    ("refuse", "admittance"): "REJECT", ("establish", "RELATIONS"): "SUPPORT",
    ("restore", "RELATIONS"): "SUPPORT", ("normalize", "RELATIONS"): "SUPPORT",
    ("resume", "RELATIONS"): "SUPPORT", ("hold", "PRISONERS"): "COERCE", ("take", "PRISONERS"): "COERCE",
    ("release", "PRISONERS"): "CONCEDE", ("exchange", "PRISONERS"): "CONCEDE", ("open", "FIRE"): "FIGHT",
    ("exchange", "FIRE"): "FIGHT", ("fire", "FIRE"): "FIGHT", ("launch", "FIRE"): "FIGHT",
    ("share", "INFORMATION"): "COOPERATE", ("exchange", "INFORMATION"): "COOPERATE",
    ("accept", "DEMANDS"): "CONCEDE", ("accept", "PROPOSALS"): "AGREE", ("meet", "DEMANDS"): "CONCEDE",
    ("declare", "truce"): "RETREAT", ("declare", "ceasefire"): "RETREAT", ("declare", "cease-fire"): "RETREAT",
    ("declare", "war"): "FIGHT", ("declare", "RESTRICTIONS"): "COERCE", ("violate", "ceasefire"): "FIGHT",
    ("violate", "truce"): "FIGHT", ("violate", "cease-fire"): "FIGHT", ("block", "AID"): "SANCTION",
    ("block", "PROPOSALS"): "REJECT", ("block", "ROADS"): "PROTEST", ("seize", "PLACES"): "FIGHT",
    ("capture", "PLACES"): "FIGHT", ("take", "PLACES"): "FIGHT", ("take", "control"): "FIGHT",
    ("gain", "control"): "FIGHT", ("order", "patrol"): "MOBILIZE", ("lodge", "protest"): "DISAPPROVE",
    ("file", "protest"): "DISAPPROVE", ("file", "complaint"): "DISAPPROVE", ("file", "lawsuit"): "DISAPPROVE",
    ("file", "suit"): "DISAPPROVE", ("file", "charge"): "DISAPPROVE", ("lodge", "complaint"): "DISAPPROVE",
    ("summon", "PERSONNEL"): "DISAPPROVE", ("call_up", "TROOPS"): "MOBILIZE",
    ("deny", "ACCUSATIONS"): "REJECT", ("reject", "ACCUSATIONS"): "REJECT",
    ("give", "AID"): "AID", ("provide", "AID"): "AID", ("stop", "work"): "PROTEST",
    ("end", "mediation"): "SANCTION", ("end", "cooperation"): "SANCTION", ("enter", "PLACES"): "FIGHT",
    ("enter", "territory"): "FIGHT",
}

# Verbs that are events only without an object or with someone as object. Hosting: "hosted the
# president", not "hosted a fundraiser for charity".
SOMEONE_VERBS = {"host", "receive"}
# Verbs of talk that are a consultation only with a partner ("talked with Biden", "Russia and Ukraine
# will talk"); with a topic and nobody to talk with ("it was premature to talk about a meeting") they
# are speech about that topic; an act talked of ("talks of recalling US forces") is only considered.
TOPIC_VERBS = {"talk", "speak"}
TOPIC_PREPS = ("about", "of", "over")
# Verbs of questioning that, as a participle opening the sentence, are a journalist's question:
# "Asked about the talks, Peskov said…" is no demand; "Questioned by police, the suspect…" is an inquiry.
QUESTION_VERBS = {"ask", "question"}

# Verbs that call off a cooperative event: "cancelled the talks", "suspended aid" -> SANCTION.
CANCEL_VERBS = set("cancel call_off postpone suspend halt end break_off scrap abandon freeze".split())

# Verbs whose object noun carries the event: "held talks", "launched an investigation".
LIGHT_VERBS = set(
    """hold launch stage mount conduct carry begin start continue resume complete open lodge file issue make
    take reach sign conclude announce order declare undertake initiate pursue wage unleash intensify step
    organize organise call go impose give provide renew hold carry_out step_up put place set adopt approve
    agree extend reimpose lead direct""".split()
)
# Verbs whose subject takes part in the event their object names without carrying it out alone:
# "Hunt will leave the Warsaw summit early", "attended the talks". (A verb of judging or seeing does
# not: "called the strike disproportionate" names the union's strike, not the speaker's.)
PARTICIPANT_VERBS = set("attend join leave quit host chair head convene co-chair boycott".split())

# Verbs (and adjectives) that take another event as complement, and what they do to it.
#   threaten: THREATEN;  refuse: REJECT;  intent: AGREE (cooperation) or THREATEN (conflict);
#   demand: DEMAND, the complement's subject or the verb's object is the target;  plan: mode future;
#   prepare: future, MOBILIZE for armed action;  pass: the complement decides;  allow: CONCEDE;
#   deny: the complement is denied;  must: an obligation, a DEMAND when somebody reports it.
CONTROL = {
    "threaten": "threaten", "warn": "threaten", "menace": "threaten",
    "refuse": "refuse", "decline": "refuse", "fail": "refuse", "reject": "refuse", "balk": "refuse",
    "rule_out": "refuse", "turn_down": "refuse",
    "promise": "intent", "pledge": "intent", "vow": "intent", "swear": "intent", "offer": "intent",
    "agree": "intent", "commit": "intent", "undertake": "intent", "volunteer": "intent", "propose": "intent",
    "guarantee": "intent", "consent": "intent",
    "urge": "demand", "ask": "demand", "call_on": "demand", "call": "demand", "demand": "demand",
    "press": "demand", "order": "demand", "request": "demand", "exhort": "demand", "implore": "demand",
    "appeal": "demand", "instruct": "demand", "insist": "demand",
    "plan": "plan", "intend": "plan", "aim": "plan", "expect": "plan", "want": "plan", "hope": "plan",
    "seek": "plan", "try": "plan", "attempt": "plan", "mean": "plan", "go": "plan",
    "prepare": "prepare",
    "decide": "pass", "continue": "pass", "begin": "pass", "start": "pass", "resume": "pass", "keep": "pass",
    "move": "pass", "vote": "pass", "step_up": "pass",
    "allow": "allow", "permit": "allow", "let": "allow", "enable": "allow",
    "deny": "deny", "refute": "deny",
    "need": "must", "have": "must",
}
CONTROL_ADJECTIVES = {
    "willing": "intent", "ready": "intent", "prepared": "intent", "determined": "intent", "eager": "intent",
    "committed": "intent", "unwilling": "refuse", "reluctant": "refuse", "set": "plan", "likely": "plan",
}
# Control verbs whose object is the target and the doer of the complement: "urged Kiev to ...".
OBJECT_CONTROL = set("urge ask call_on call press order request exhort implore instruct allow permit let "
                     "enable force help invite encourage warn threaten".split())

# Reporting verbs: not events; their content clause is, and its pronouns point at their subject.
REPORTING = set(
    """say tell announce state report claim add declare confirm note indicate write affirm assert stress
    explain conclude reiterate acknowledge admit argue believe think suggest predict reply respond
    testify disclose reveal allege maintain contend hint signal repeat""".split()
)
# Announcing a decision enacts it: "announced a suspension of air links" is the suspension.
DECISION_REPORTING = {"announce"}

DENIAL = {"deny", "refute", "dismiss", "reject"}  # deny/refute always; the others only before a that-clause
DENIAL_ALWAYS = {"deny", "refute"}

NEGATION = {"not", "n't", "never", "no", "nt"}
# "without giving details": the act does not happen
WITHOUT = {"without"}
FUTURE_AUX = {"will", "'ll", "shall", "wo"}
HYPOTHETICAL_AUX = {"would", "'d", "could", "might", "may"}
OBLIGATION = {"must", "should", "ought"}
DEMONSTRATIVES = {"this", "that", "which"}
HINTS: set[str] = set()  # French "laisser entendre"; "let" + infinitive is always a permission
CONDITION_MARKS = {"if", "whether"}
# Words that put an event off as too early: "it was premature to talk about a meeting", "too early to
# say whether talks will resume". What they govern has not happened: mode hypothetical.
PREMATURE = ("premature", "too early", "too soon")
UNLESS_CUES = ("unless", "or else")
# An infinitive of purpose after a clause or a noun: what the act is for has not happened ("is seeking
# $25 million to fund the response", "sent troops in order to attack"): mode hypothetical. Unless the
# act voices it: "marched to demand reforms", "met to discuss trade" (see `event_mode`).
PURPOSE_MARKS = ("to",)
# After these, an infinitive says what was done, not what for: "the first country to recognize Kosovo".
NOT_PURPOSE_HEADS = {"first", "last", "only", "second", "third", "next"}
# English reports hearsay with "reportedly" or "allegedly", not with the conditional: nothing to undo.
HEARSAY_CUES: tuple[str, ...] = ()

PRONOUNS = {"it", "they", "he", "she", "we", "i", "them", "him", "her", "us", "itself", "themselves"}
POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our"}
# Inside a direct quote the speaker says "we" or "I": the event's actor is the quote's speaker.
FIRST_PERSON = {"we", "i", "us"}
FIRST_PERSON_POSSESSIVES = {"our", "my"}  # a quote's "our commitment" is its speaker's
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}

# Prepositions that introduce the target of an event, in order of preference.
TARGET_PREPS = ("against", "on", "upon", "with", "to", "toward", "towards", "into", "from", "between",
                "at", "over", "near", "for", "of", "in")
AGENT_PREPS = ("by",)
# For a non-actor object, where to look for the actor: "Haiti's efforts", "positions of the army".
OWNER_PREPS = ("of", "by", "from", "in")
# Prepositions that say where: a place after them is the event's place, not its target ("talks at
# Dolmabahce Palace"); a state stays a party.
LOCATIVE_PREPS = ("in", "at", "inside", "within")
# Prepositional objects that carry the event: "put under investigation", "placed under arrest".
PREP_EVENT_NOUNS = {("under", "investigation"): "INVESTIGATE", ("under", "arrest"): "COERCE",
                    ("into", "custody"): "COERCE", ("on", "strike"): "PROTEST", ("under", "siege"): "FIGHT",
                    ("by", "phone"): "CONSULT", ("by", "telephone"): "CONSULT", ("over", "phone"): "CONSULT"}
# Heads that stand for a stretch of events: "10 days of war games", "a wave of attacks".
SPAN_NOUNS = set("day days week weeks month months round series wave string spate year years".split())
# Generic heads of an event noun phrase: "a mediation effort", "a bid to".
EVENT_HEADS = set("effort bid campaign operation process program programme move attempt step plan package "
                  "round".split())

# Natural hazards: what they do ("an earthquake struck southern Peru", "the storm killed 12") is no
# event between political actors.
HAZARDS = set("""earthquake quake tremor aftershock tsunami hurricane typhoon cyclone storm tornado flood
flooding landslide mudslide avalanche eruption volcano wildfire drought heatwave blizzard""".split())
# Diseases, their agents and their outbreaks: no party to an event either. "We have beaten Ebola" and
# "fight the epidemic" are no assault and no battle; "declared the outbreak an emergency" imposes nothing
# on anyone; "Ebola has killed 2,000 people" has no political actor.
# The names are the entity tables' (one word each); the nouns and short names here are the events' own.
DISEASES = set("""disease illness epidemic pandemic outbreak infection virus bacterium bacteria pathogen fever
flu hepatitis plague marburg lassa""".split()) | {name for name in DISEASE_NAMES if " " not in name}

# Time words: never an actor, even when tagged as a proper noun ("on Monday").
TIME_WORDS = set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december today yesterday tomorrow tonight weekend week month year morning
evening night day time""".split()
)

# Irregular forms, for the cheap test that picks sentences worth parsing.
IRREGULAR_FORMS = {
    "fight": "fought", "meet": "met", "hold": "held", "give": "gave given", "send": "sent", "shoot": "shot",
    "strike": "struck stricken", "beat": "beaten", "take": "took taken", "break": "broke broken",
    "seek": "sought", "forgive": "forgave forgiven", "lay": "laid", "swear": "swore sworn",
    "withdraw": "withdrew withdrawn", "slay": "slew slain", "say": "said", "tell": "told", "write": "wrote",
    "think": "thought", "freeze": "froze frozen", "lead": "led", "stand": "stood", "cut": "cut",
    "shut": "shut", "set": "set", "put": "put", "let": "let", "build": "built", "go": "went gone",
}
# Surface forms too common to make a sentence worth parsing on their own: they count only with the
# companion word a phrasal verb or a combination needs ("called on", "cut aid"), and still code events
# in a sentence parsed for another word.
WEAK_FORMS = set(
    """back free press fire question order orders march host mass station ally allies partner partners place
    ease shell rally lift end cut object help force forces set stand close move look deal law war aid
    support call calls called means""".split()
)

# Obligation words: "X said Y must ..." is a demand, so these sentences are worth parsing.
OBLIGATION_FORMS = set("must should ought".split())
