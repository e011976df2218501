"""Names that point at a state, in English and French: the one table behind `countries.py`.

Country names themselves come from pycountry (English, plus French through its gettext catalogue);
these tables add what pycountry lacks: short and usual names, capitals used as metonyms ("Washington"),
seats of power ("le Kremlin"), and demonyms ("Russian", "russe"). One line per country:
`ISO3: English forms | French forms`, forms separated by commas. French demonyms are given in the
masculine singular; `countries.py` derives the feminine and plural forms.
"""

# Usual names and abbreviations pycountry does not give (or gives only in an inverted form).
ALIASES = """
USA: United States, United States of America, America | États-Unis, Etats-Unis, Amérique
GBR: Britain, Great Britain, United Kingdom | Grande-Bretagne, Royaume-Uni
RUS: Russia, Russian Federation | Russie, Fédération de Russie
KOR: South Korea, Republic of Korea | Corée du Sud
PRK: North Korea | Corée du Nord
IRN: Iran | Iran
SYR: Syria | Syrie
PSE: Palestine | Palestine
TWN: Taiwan | Taïwan, Taiwan
VNM: Vietnam, Viet Nam | Vietnam, Viêt Nam
CIV: Ivory Coast, Cote d'Ivoire | Côte d'Ivoire, Cote d'Ivoire
CZE: Czech Republic, Czechia | République tchèque, Tchéquie
MKD: Macedonia, North Macedonia | Macédoine, Macédoine du Nord
BOL: Bolivia | Bolivie
VEN: Venezuela | Venezuela, Vénézuela
TZA: Tanzania | Tanzanie
COD: Democratic Republic of Congo, DR Congo, Congo-Kinshasa | RD Congo, République démocratique du Congo, \
Congo-Kinshasa
COG: Congo-Brazzaville, Republic of Congo | Congo-Brazzaville
LAO: Laos | Laos
MDA: Moldova | Moldavie
BIH: Bosnia, Bosnia-Herzegovina | Bosnie
NLD: Holland, the Netherlands | Hollande, Pays-Bas
TUR: Turkey, Turkiye, Türkiye | Turquie
VAT: Vatican, Holy See | Vatican, Saint-Siège
SRB: Serbia | Serbie
MMR: Burma, Myanmar | Birmanie
SWZ: Swaziland | Swaziland
CPV: Cape Verde | Cap-Vert
TLS: East Timor, Timor-Leste | Timor oriental
ARE: United Arab Emirates, Emirates, UAE | Émirats arabes unis, Émirats
KHM: Cambodia | Cambodge
BRN: Brunei | Brunei
FSM: Micronesia | Micronésie
BLR: Belarus, Byelorussia | Biélorussie, Bélarus
CAF: Central African Republic | Centrafrique, République centrafricaine
SAU: Saudi Arabia | Arabie saoudite
UKR: Ukraine | Ukraine
CHN: China | Chine
"""

# Nations of a state, former states and territories: they stand for a state as news actors, but as
# entity mentions they are places (or teams: "Scotland beat Wales"), not country names.
PARTS_AND_FORMER = """
GBR: England, Scotland, Wales | Angleterre, Écosse, Pays de Galles
RUS: Soviet Union, USSR | Union soviétique, URSS
PSE: Palestinian territories, Gaza, Gaza Strip, West Bank, Palestinian Authority | territoires palestiniens, Gaza, \
bande de Gaza, Cisjordanie, Autorité palestinienne
CZE: Czechoslovakia | Tchécoslovaquie
COD: Zaire | Zaïre
SRB: Yugoslavia | Yougoslavie
"""

# Abbreviations matched case-sensitively (so that the pronoun "us" is never the United States).
ABBREVIATIONS = {
    "US": "USA", "U.S.": "USA", "USA": "USA", "U.S.A.": "USA", "UK": "GBR", "U.K.": "GBR",
    "UAE": "ARE", "DRC": "COD", "RDC": "COD", "PRC": "CHN", "DPRK": "PRK", "ROK": "KOR",
    "RPC": "CHN", "URSS": "RUS", "USSR": "RUS",
}

# Capitals used for their governments.
CAPITALS = """
USA: Washington | Washington
RUS: Moscow | Moscou
UKR: Kyiv, Kiev | Kiev, Kyiv, Kiïv
CHN: Beijing, Peking | Pékin, Beijing
GBR: London | Londres
FRA: Paris | Paris
DEU: Berlin, Bonn | Berlin, Bonn
JPN: Tokyo | Tokyo
IRN: Tehran, Teheran | Téhéran
SYR: Damascus | Damas
IRQ: Baghdad | Bagdad
AFG: Kabul | Kaboul
TUR: Ankara | Ankara
SAU: Riyadh | Riyad, Ryad
EGY: Cairo | Le Caire
LBN: Beirut | Beyrouth
JOR: Amman | Amman
PRK: Pyongyang | Pyongyang
KOR: Seoul | Séoul
IND: New Delhi | New Delhi
PAK: Islamabad | Islamabad
ITA: Rome | Rome
ESP: Madrid | Madrid
POL: Warsaw | Varsovie
BLR: Minsk | Minsk
GEO: Tbilisi | Tbilissi, Tbilisi
AZE: Baku | Bakou
ARM: Yerevan | Erevan
ISR: Tel Aviv | Tel-Aviv
BEL: Brussels | Bruxelles
NLD: Amsterdam, The Hague | Amsterdam, La Haye
CHE: Bern, Berne | Berne
AUT: Vienna | Vienne
HUN: Budapest | Budapest
CZE: Prague | Prague
SVK: Bratislava | Bratislava
ROU: Bucharest | Bucarest
BGR: Sofia | Sofia
SRB: Belgrade | Belgrade
HRV: Zagreb | Zagreb
BIH: Sarajevo | Sarajevo
ALB: Tirana | Tirana
GRC: Athens | Athènes
CYP: Nicosia | Nicosie
PRT: Lisbon | Lisbonne
IRL: Dublin | Dublin
DNK: Copenhagen | Copenhague
NOR: Oslo | Oslo
SWE: Stockholm | Stockholm
FIN: Helsinki | Helsinki
EST: Tallinn | Tallinn
LVA: Riga | Riga
LTU: Vilnius | Vilnius
MDA: Chisinau | Chisinau
KAZ: Astana | Astana
UZB: Tashkent | Tachkent
CAN: Ottawa | Ottawa
MEX: Mexico City | Mexico
CUB: Havana | La Havane
VEN: Caracas | Caracas
COL: Bogota | Bogota
BRA: Brasilia | Brasilia
ARG: Buenos Aires | Buenos Aires
CHL: Santiago | Santiago
PER: Lima | Lima
NIC: Managua | Managua
AUS: Canberra | Canberra
NZL: Wellington | Wellington
IDN: Jakarta | Jakarta
PHL: Manila | Manille
THA: Bangkok | Bangkok
VNM: Hanoi | Hanoï
MMR: Naypyidaw, Rangoon, Yangon | Naypyidaw, Rangoun
BGD: Dhaka | Dacca
LKA: Colombo | Colombo
NPL: Kathmandu | Katmandou
TWN: Taipei | Taipei
MNG: Ulaanbaatar | Oulan-Bator
DZA: Algiers | Alger
MAR: Rabat | Rabat
TUN: Tunis | Tunis
LBY: Tripoli | Tripoli
SDN: Khartoum | Khartoum
SSD: Juba | Juba
ETH: Addis Ababa | Addis-Abeba
ERI: Asmara | Asmara
SOM: Mogadishu | Mogadiscio
KEN: Nairobi | Nairobi
UGA: Kampala | Kampala
RWA: Kigali | Kigali
BDI: Bujumbura | Bujumbura
COD: Kinshasa | Kinshasa
COG: Brazzaville | Brazzaville
NGA: Abuja, Lagos | Abuja
GHA: Accra | Accra
CIV: Abidjan, Yamoussoukro | Abidjan, Yamoussoukro
SEN: Dakar | Dakar
MLI: Bamako | Bamako
BFA: Ouagadougou | Ouagadougou
NER: Niamey | Niamey
TCD: N'Djamena | N'Djamena
CMR: Yaounde | Yaoundé
CAF: Bangui | Bangui
GAB: Libreville | Libreville
AGO: Luanda | Luanda
ZWE: Harare | Harare
ZAF: Pretoria | Pretoria
MOZ: Maputo | Maputo
ZMB: Lusaka | Lusaka
MDG: Antananarivo | Antananarivo
YEM: Sanaa | Sanaa
OMN: Muscat | Mascate
QAT: Doha | Doha
KWT: Kuwait City | Koweït City
BHR: Manama | Manama
ARE: Abu Dhabi | Abou Dhabi
HTI: Port-au-Prince | Port-au-Prince
BOL: La Paz | La Paz
ECU: Quito | Quito
"""

# Seats of power named for the government they house: a state whether or not they act.
# Capitals that stand for an international organisation rather than for their own state: the table
# id of the organisation (organisations.json) and the capital's names. "Bruxelles a menacé Pékin" is
# the EU, not Belgium.
ORGANISATION_CAPITALS = """
EU: Brussels | Bruxelles
"""

SEATS = """
USA: White House, Pentagon, State Department, Foggy Bottom | Maison Blanche, Maison-Blanche, Pentagone, \
département d'Etat
RUS: Kremlin | Kremlin
GBR: Downing Street, Whitehall | Downing Street
FRA: Elysee, Élysée, Quai d'Orsay, Matignon | Élysée, Elysée, Quai d'Orsay, Matignon, Bercy
ISR: Knesset | Knesset
CHN: Zhongnanhai | Zhongnanhai
"""

# Demonyms (English: singular adjective or noun; French: masculine singular).
DEMONYMS = """
USA: American | américain
GBR: British, Briton, English, Scottish, Welsh | britannique, anglais, écossais, gallois
RUS: Russian, Soviet | russe, soviétique
UKR: Ukrainian | ukrainien
CHN: Chinese | chinois
FRA: French, Frenchman | français
DEU: German | allemand
JPN: Japanese | japonais
IRN: Iranian | iranien
IRQ: Iraqi | irakien
SYR: Syrian | syrien
AFG: Afghan | afghan
TUR: Turkish, Turk | turc, turque
SAU: Saudi | saoudien
EGY: Egyptian | égyptien
LBN: Lebanese | libanais
JOR: Jordanian | jordanien
ISR: Israeli | israélien
PSE: Palestinian | palestinien
PRK: North Korean | nord-coréen
KOR: South Korean | sud-coréen
IND: Indian | indien
PAK: Pakistani | pakistanais
ITA: Italian | italien
ESP: Spanish, Spaniard | espagnol
POL: Polish | polonais
BLR: Belarusian, Belarussian, Byelorussian | biélorusse, bélarusse
GEO: Georgian | géorgien
AZE: Azerbaijani, Azeri | azerbaïdjanais, azéri
ARM: Armenian | arménien
BEL: Belgian | belge
NLD: Dutch | néerlandais, hollandais
CHE: Swiss | suisse
AUT: Austrian | autrichien
HUN: Hungarian | hongrois
CZE: Czech | tchèque
SVK: Slovak | slovaque
ROU: Romanian, Rumanian | roumain
BGR: Bulgarian | bulgare
SRB: Serbian, Serb, Yugoslav | serbe, yougoslave
HRV: Croatian, Croat | croate
BIH: Bosnian | bosnien, bosniaque
ALB: Albanian | albanais
MKD: Macedonian | macédonien
GRC: Greek | grec, grecque
CYP: Cypriot | chypriote
PRT: Portuguese | portugais
IRL: Irish | irlandais
DNK: Danish, Dane | danois
NOR: Norwegian | norvégien
SWE: Swedish, Swede | suédois
FIN: Finnish, Finn | finlandais
EST: Estonian | estonien
LVA: Latvian | letton
LTU: Lithuanian | lituanien
MDA: Moldovan | moldave
KAZ: Kazakh | kazakh
UZB: Uzbek | ouzbek
CAN: Canadian | canadien
MEX: Mexican | mexicain
CUB: Cuban | cubain
VEN: Venezuelan | vénézuélien
COL: Colombian | colombien
BRA: Brazilian | brésilien
ARG: Argentine, Argentinian | argentin
CHL: Chilean | chilien
PER: Peruvian | péruvien
NIC: Nicaraguan | nicaraguayen
AUS: Australian | australien
NZL: New Zealander | néo-zélandais
IDN: Indonesian | indonésien
PHL: Filipino, Philippine | philippin
THA: Thai | thaïlandais
VNM: Vietnamese | vietnamien
MMR: Burmese | birman
BGD: Bangladeshi | bangladais
LKA: Sri Lankan | sri-lankais
NPL: Nepalese | népalais
TWN: Taiwanese | taïwanais
MNG: Mongolian | mongol
DZA: Algerian | algérien
MAR: Moroccan | marocain
TUN: Tunisian | tunisien
LBY: Libyan | libyen
SDN: Sudanese | soudanais
SSD: South Sudanese | sud-soudanais
ETH: Ethiopian | éthiopien
ERI: Eritrean | érythréen
SOM: Somali | somalien
KEN: Kenyan | kényan
UGA: Ugandan | ougandais
RWA: Rwandan | rwandais
BDI: Burundian | burundais
COD: Congolese | congolais
NGA: Nigerian | nigérian
GHA: Ghanaian | ghanéen
CIV: Ivorian | ivoirien
SEN: Senegalese | sénégalais
MLI: Malian | malien
BFA: Burkinabe | burkinabé
NER: Nigerien | nigérien
TCD: Chadian | tchadien
CMR: Cameroonian | camerounais
GAB: Gabonese | gabonais
AGO: Angolan | angolais
ZWE: Zimbabwean | zimbabwéen
ZAF: South African | sud-africain
MOZ: Mozambican | mozambicain
ZMB: Zambian | zambien
MDG: Malagasy | malgache
YEM: Yemeni | yéménite
OMN: Omani | omanais
QAT: Qatari | qatari
KWT: Kuwaiti | koweïtien
BHR: Bahraini | bahreïni
ARE: Emirati | émirati
HTI: Haitian | haïtien
GMB: Gambian | gambien
MRT: Mauritanian | mauritanien
SLE: Sierra Leonean | sierra-léonais
LBR: Liberian | libérien
GIN: Guinean | guinéen
BEN: Beninese | béninois
TGO: Togolese | togolais
MWI: Malawian | malawite
NAM: Namibian | namibien
BWA: Botswanan | botswanais
FJI: Fijian | fidjien
TLS: Timorese, East Timorese | timorais
KHM: Cambodian | cambodgien
LAO: Laotian, Lao | laotien
MYS: Malaysian | malaisien
SGP: Singaporean | singapourien
TJK: Tajik | tadjik
TKM: Turkmen | turkmène
KGZ: Kyrgyz | kirghiz
SVN: Slovenian, Slovene | slovène
ISL: Icelandic | islandais
LUX: Luxembourgish | luxembourgeois
MLT: Maltese | maltais
ECU: Ecuadorian | équatorien
BOL: Bolivian | bolivien
PRY: Paraguayan | paraguayen
URY: Uruguayan | uruguayen
GTM: Guatemalan | guatémaltèque
HND: Honduran | hondurien
SLV: Salvadoran | salvadorien
PAN: Panamanian | panaméen
CRI: Costa Rican | costaricien
DOM: Dominican | dominicain
JAM: Jamaican | jamaïcain
"""

