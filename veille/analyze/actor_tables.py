"""Data behind `actors.py`: words for institutions and groups that act in the news, in English and French.

Names that point at a state (countries, capitals, seats of power, demonyms) live in
`veille/analyze/country_tables.py`, read through `veille/analyze/countries.py`.
"""

# Words for institutions and groups that act in the news: kept as actor text even without a name.
AGENT_NOUNS = {
    "en": """government administration regime cabinet ministry minister president premier chancellor king queen
    emir sheikh prince leader leadership official authority police policeman army military force troop soldier
    navy airforce marine militia militiaman rebel insurgent guerrilla militant fighter separatist jihadist
    terrorist gunman attacker parliament congress senate assembly lawmaker legislator deputy court judge
    prosecutor tribunal party opposition union group movement faction coalition alliance bloc organization
    agency council commission committee delegation diplomat ambassador envoy negotiator mediator spokesman
    spokeswoman spokesperson protester demonstrator activist student worker farmer striker refugee civilian
    prisoner detainee villager resident citizen people population community tribe clan settler inspector
    monitor observer peacekeeper contingent newspaper radio media journalist company firm bank side state
    country nation republic kingdom junta intelligence service ministry presidency government-in-exile officer
    adviser advisor expert aide crew guard commander general colonel chief head member representative
    candidate voter follower supporter opponent dissident critic reporter missionary priest cleric bishop
    pilgrim tourist migrant immigrant national youth teenager child children woman women man men family
    miner trader businessman employee hostage captive suspect inmate victim rioter demonstrator ally partner
    neighbor neighbour counterpart crowd mob""",
    "fr": """gouvernement administration régime cabinet ministère ministre président premier chancelier roi reine
    émir cheikh prince dirigeant responsable autorité police policier armée militaire force troupe soldat
    marine milice milicien rebelle insurgé guérilla militant combattant séparatiste djihadiste jihadiste
    terroriste assaillant parlement congrès sénat assemblée député élu tribunal cour juge procureur parti
    opposition syndicat groupe mouvement faction coalition alliance bloc organisation agence conseil
    commission comité délégation diplomate ambassadeur émissaire envoyé négociateur médiateur porte-parole
    manifestant activiste étudiant ouvrier travailleur agriculteur gréviste réfugié civil prisonnier détenu
    habitant citoyen population communauté colon inspecteur observateur casque contingent journal média
    journaliste entreprise société banque camp état pays nation république royaume junte renseignement
    service présidence homologue chef officier conseiller expert garde commandant général membre
    représentant candidat électeur partisan opposant dissident reporter missionnaire prêtre pèlerin touriste
    migrant immigré ressortissant jeune enfant femme homme famille commerçant employé suspect victime allié
    partenaire voisin foule""",
}

# Nouns for a state's armed or governing bodies: "X's forces" / "ses troupes" act for X.
FORCE_NOUNS = {
    "en": "force troop army military soldier navy government authority regime administration",
    "fr": "force troupe armée militaire soldat marine gouvernement autorité régime administration",
}

# Heads that only count or group the actor: "thousands of students", "un groupe de diplomates".
QUANTITY_NOUNS = {
    "en": """group number thousand thousands hundred hundreds dozen dozens score scores ten tens million
    millions couple handful crowd band batch patch majority minority part some most several all many
    contingent wave column convoy team unit""",
    "fr": """groupe nombre millier milliers centaine centaines dizaine dizaines million millions poignée
    douzaine quinzaine vingtaine trentaine quarantaine cinquantaine soixantaine
    bande majorité minorité partie plupart ensemble colonne convoi équipe unité vague""",
}
