"""Quotes and speakers on French and English snippets written for these tests."""

import pytest

from veille.analyze.quote_spans import find_quote_spans, paragraph_spans
from veille.analyze.quotes import find_quotes
from veille.model import Article, Credit, Mention

_PERSON_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG"}


def _article(text: str, lang: str, credits: tuple[str, ...] = ()) -> Article:
    paras = [text[a:b] for a, b in paragraph_spans(text)]
    return Article(
        id="t", source="test", title="", text=text, paragraphs=paras, content_hash="t", language=lang,
        credits=[Credit(name, "reporting") for name in credits],
    )


def _mentions(doc) -> list[Mention]:
    """Stand-in for analyze/entities.py: raw NER persons and organisations, canonical = text."""
    return [
        Mention(e.text, e.start_char, e.end_char, _PERSON_LABELS[e.label_], e.text)
        for e in doc.ents
        if e.label_ in _PERSON_LABELS
    ]


@pytest.fixture(scope="module")
def quotes_of():
    from veille.analyze.nlp import ner_doc

    def run(text: str, lang: str, credits: tuple[str, ...] = ()):
        doc = ner_doc(text, lang)
        return find_quotes(_article(text, lang, credits), doc, _mentions(doc))

    return run


def _one(quotes, fragment: str):
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quote containing {fragment!r} in {[q.text for q in quotes]}"
    return found[0]


FR = """MOSCOU (Reuters) - Le vice-ministre russe des Affaires étrangères Sergueï Riabkov a déclaré lundi qu'il ne s'attendait pas à une percée lors des discussions avec Washington.

« Nous ne ferons aucune concession sous la pression », a déclaré M. Riabkov aux journalistes à Genève.

« Les discussions seront difficiles, mais nous ne renoncerons pas », a-t-il ajouté.

« Nous écouterons les propositions américaines avec attention.

« Mais nos lignes rouges restent les mêmes », a poursuivi le diplomate.

« Nous verrons bien. »

Le diplomate a prévenu que la Russie pourrait répondre par des moyens militaires.

Selon Wendy Sherman, les États-Unis sont prêts à discuter.

Mme Riabkov a répondu : « Nous garderons notre calme. »

(Reportage Gabrielle Tétrault-Farber, version française Jean Dupont, édité par Marc Leroy)"""

EN = """GENEVA (Reuters) - Deputy Secretary of State Wendy Sherman said on Monday the talks with Russia had been frank and useful.

Sherman told reporters: "We were firm on the principles that matter to us."

"We will not let anyone slam shut the door," she said, adding that Washington had put "serious ideas" on the table.

The diplomat said that NATO's door would stay open.

According to a senior U.S. official, the next round could take place in Brussels.

"There is still a path forward," said Sergei Ryabkov, who called the talks "difficult but useful."

"It is not going to be easy. ‘Patience’ is the word," he said.

(Reporting by Emma Farge; Editing by Alex Richardson)"""


def test_cue_before_a_direct_quote_names_the_speaker(quotes_of):
    q = _one(quotes_of(EN, "en"), "We were firm")
    assert (q.kind, q.speaker) == ("direct", "Wendy Sherman")
    assert q.cue == "told"


def test_cue_after_a_direct_quote_names_the_speaker(quotes_of):
    q = _one(quotes_of(FR, "fr"), "aucune concession")
    assert (q.kind, q.speaker, q.cue) == ("direct", "Sergueï Riabkov", "a déclaré")
    assert FR[q.start : q.end] == q.text and "«" not in q.text


def test_inverted_cue_after_the_quote(quotes_of):
    en = _one(quotes_of(EN, "en"), "still a path forward")
    assert (en.speaker, en.cue) == ("Sergei Ryabkov", "said")
    fr = _one(quotes_of(FR, "fr"), "seront difficiles")
    assert fr.cue == "a-t-il ajouté"


def test_pronoun_goes_to_the_nearest_compatible_name(quotes_of):
    assert _one(quotes_of(FR, "fr"), "seront difficiles").speaker == "Sergueï Riabkov"
    assert _one(quotes_of(EN, "en"), "slam shut").speaker == "Wendy Sherman"
    assert _one(quotes_of(EN, "en"), "not going to be easy").speaker == "Sergei Ryabkov"


def test_title_resolves_to_the_named_person(quotes_of):
    q = _one(quotes_of(FR, "fr"), "répondre par des moyens militaires")
    assert (q.kind, q.speaker) == ("indirect", "Sergueï Riabkov")
    assert FR[q.speaker_start : q.speaker_end] == "Le diplomate"


def test_quote_running_over_paragraphs_is_one_unit(quotes_of):
    q = _one(quotes_of(FR, "fr"), "propositions américaines")
    assert "lignes rouges" in q.text
    assert q.speaker == "Sergueï Riabkov"


def test_bare_quote_in_the_next_paragraph_keeps_the_speaker(quotes_of):
    q = _one(quotes_of(FR, "fr"), "Nous verrons bien")
    assert q.speaker == "Sergueï Riabkov"
    assert q.cue is None


def test_partial_quote_inside_a_sentence(quotes_of):
    quotes = quotes_of(EN, "en")
    q = next(q for q in quotes if q.text == "serious ideas")
    assert q.kind == "partial"
    assert q.speaker == "Wendy Sherman"
    # the clause holding it is reported speech of the same speaker ("she said, adding that…")
    holder = _one([q for q in quotes if q.kind == "indirect"], "serious ideas")
    assert holder.speaker == "Wendy Sherman"


def test_nested_quote_stays_inside_its_outer_quote(quotes_of):
    quotes = quotes_of(EN, "en")
    q = _one(quotes, "Patience")
    assert q.text.startswith("It is not going to be easy") and q.kind == "direct"
    assert not any(other.text == "Patience" for other in quotes)
    spans = find_quote_spans("Il a dit : « Le mot ‹ jamais › revient. »")
    assert len(spans) == 1


def test_reported_speech_with_a_prevenu_que(quotes_of):
    q = _one(quotes_of(FR, "fr"), "la Russie pourrait")
    assert (q.kind, q.cue) == ("indirect", "a prévenu")
    assert q.text == "la Russie pourrait répondre par des moyens militaires"


def test_reported_speech_with_said_that_and_said_on_monday(quotes_of):
    quotes = quotes_of(EN, "en")
    that = _one(quotes, "NATO's door")
    assert (that.kind, that.text, that.speaker) == ("indirect", "NATO's door would stay open", "Wendy Sherman")
    monday = _one(quotes, "frank and useful")
    assert monday.text.startswith("the talks with Russia") and monday.speaker == "Wendy Sherman"


def test_reported_speech_with_according_to_and_selon(quotes_of):
    en = _one(quotes_of(EN, "en"), "next round")
    assert (en.kind, en.cue, en.speaker) == ("indirect", "According to", "a senior U.S. official")
    fr = _one(quotes_of(FR, "fr"), "prêts à discuter")
    assert (fr.kind, fr.cue, fr.speaker) == ("indirect", "Selon", "Wendy Sherman")


def test_credit_line_names_are_never_speakers(quotes_of):
    names = {"Gabrielle Tétrault-Farber", "Jean Dupont", "Marc Leroy", "Emma Farge", "Alex Richardson"}
    for text, lang, credits in (
        (FR, "fr", ("Gabrielle Tétrault-Farber", "Jean Dupont", "Marc Leroy")),
        (EN, "en", ("Emma Farge", "Alex Richardson")),
    ):
        assert not {q.speaker for q in quotes_of(text, lang, credits)} & names
    credit_only = "« C'est fini », a-t-il dit.\n\n(Reportage Jean Dupont, édité par Marc Leroy)"
    assert _one(quotes_of(credit_only, "fr"), "C'est fini").speaker is None


def test_title_with_the_wrong_gender_still_finds_the_person(quotes_of):
    q = _one(quotes_of(FR, "fr"), "garderons notre calme")
    assert q.speaker == "Sergueï Riabkov"
    assert FR[q.speaker_start : q.speaker_end].endswith("Riabkov")


def test_headline_quote_without_cue_gets_no_invented_speaker(quotes_of):
    text = "« Une percée est exclue »\n\nLes discussions reprennent lundi à Genève entre Sergueï Riabkov et Wendy Sherman."
    q = _one(quotes_of(text, "fr"), "percée est exclue")
    assert q.speaker is None


def test_brat_attributions_parse_into_content_and_source():
    from veille.eval.quotes import is_direct, parse_ann

    text = 'Ann Lee said "we will win." Polls show a tie.'
    ann = (
        "T1\tSource 0 7\tAnn Lee\nT2\tCue 8 12\tsaid\nT3\tContent 13 27\t\"we will win.\"\n"
        "T4\tAttribution 8 12\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    )
    (gold,) = parse_ann(ann, text)
    assert gold.source_text == "Ann Lee" and gold.content == [(13, 27)]
    assert is_direct(text, gold.content)


def test_eval_quotes_scores_a_few_polnear_articles(shared_data):
    from veille.eval.quotes import evaluate

    report = evaluate(shared_data / "polnear", "dev", limit=3, mentions="ner")
    assert report.docs == 3 and report.overall.gold > 0
    assert report.overall.found > 0 and report.overall.source_ok > 0


# ---- attribution rules: English, with their French counterparts ----


def test_said_followed_by_an_indefinite_description_names_that_description(quotes_of):
    text = "“If she wins the state, it will be by a very thin margin,” said one district party leader."
    q = _one(quotes_of(text, "en"), "thin margin")
    assert q.speaker == "one district party leader"


def test_descriptor_words_before_the_name_after_a_quote_belong_to_the_speaker(quotes_of):
    text = "“We know how the state is going to vote this time,” campaign senior adviser Paul Manafort conceded in an interview."
    assert _one(quotes_of(text, "en"), "going to vote").speaker == "Paul Manafort"


def test_an_apposition_may_stand_between_the_speaker_and_the_verb(quotes_of):
    after = "“I just don't think she has told us everything,” Cecelia Purner, 67, a retired nurse in Allentown, Pa., said on Monday."
    assert _one(quotes_of(after, "en"), "told us everything").speaker == "Cecelia Purner"
    before = "But Sen. Richard Durbin (D-Ill.), noting the size of the crowd, said, “He has a heck of an email list and he knows it.”"
    assert _one(quotes_of(before, "en"), "heck of an email list").speaker == "Richard Durbin"


def test_french_apposition_between_the_speaker_and_the_verb(quotes_of):
    text = "Dmitri Peskov, le porte-parole du Kremlin, a déclaré : « Les discussions n'ont donné aucun résultat concret. »"
    assert _one(quotes_of(text, "fr"), "aucun résultat").speaker == "Dmitri Peskov"


def test_title_after_an_inverted_cue_leads_to_the_name(quotes_of):
    fr = "« Nous ne céderons pas sur ce point essentiel », a déclaré le sénateur Bruno Retailleau mardi à Paris."
    assert _one(quotes_of(fr, "fr"), "ne céderons pas").speaker == "Bruno Retailleau"
    en = "“We will not give an inch on this point,” said Sen. John Cornyn, R-Texas."
    assert _one(quotes_of(en, "en"), "give an inch").speaker == "John Cornyn"


def test_selon_a_role_then_a_name_in_apposition_credits_the_name(quotes_of):
    text = "Selon le porte-parole du Kremlin, Dmitri Peskov, les discussions avec Washington n'ont donné aucun résultat concret."
    q = _one(quotes_of(text, "fr"), "discussions avec Washington")
    assert q.speaker == "Dmitri Peskov" and q.kind == "indirect"
    assert "Peskov" not in q.text


def test_pronoun_goes_to_the_latest_subject_not_to_the_nearest_name(quotes_of):
    en = (
        "Boston Mayor Marty Walsh had long been courted by both campaigns.\n\n"
        "Walsh, a former labor leader, had close ties to Vice President Joe Biden. But on Sunday he finally "
        "endorsed Hillary Clinton.\n\n“We need someone who is battle tested and who fights hard,” he said."
    )
    assert _one(quotes_of(en, "en"), "battle tested").speaker == "Marty Walsh"
    fr = (
        "Mme Sophie Martin a présidé la réunion lundi. Le ministre Paul Durand était absent.\n\n"
        "Elle a ensuite reçu les syndicats.\n\n« Nous avancerons ensemble sur ce dossier difficile », a-t-elle dit."
    )
    assert _one(quotes_of(fr, "fr"), "avancerons ensemble").speaker == "Sophie Martin"


def test_a_quote_signed_with_a_dash_belongs_to_the_signer(quotes_of):
    en = "\"Big companies like these pay zero taxes in this country.\"\n\n- Bernie Sanders.\n\nThe claim is disputed."
    assert _one(quotes_of(en, "en"), "pay zero taxes").speaker == "Bernie Sanders"
    fr = "« Il faut tenir bon face aux pressions de toutes parts. »\n\n— Emmanuel Macron."
    assert _one(quotes_of(fr, "fr"), "tenir bon").speaker == "Emmanuel Macron"


def test_doubled_apostrophes_and_mixed_marks_still_make_one_quote(quotes_of):
    text = (
        "“We will keep fighting for every vote in this state,\" Sanders said.\n\n"
        "''Part of my job is to say: 'Hey, this guy is for real,''' Mr. English said."
    )
    quotes = quotes_of(text, "en")
    assert _one(quotes, "every vote").speaker == "Sanders"
    assert _one(quotes, "Part of my job").speaker == "English"


def test_it_said_goes_to_the_newspaper_or_document_that_spoke_before(quotes_of):
    text = (
        "The Washington Post reported on Monday that the senator would run again. "
        "It added that a formal announcement could come within weeks."
    )
    q = _one(quotes_of(text, "en"), "formal announcement")
    assert q.speaker == "The Washington Post"
    note = "''Mark, you are a total loser and your book is terrible!'' the note says."
    assert _one(quotes_of(note, "en"), "total loser").speaker == "the note"


def test_the_subject_of_a_verb_group_before_an_infinitive_cue_speaks(quotes_of):
    text = "Democratic voters are slightly more likely to say that Clinton represents their views on the issues."
    assert _one(quotes_of(text, "en"), "represents their views").speaker == "Democratic voters"
    text = "The results will almost certainly force Sen. Bernie Sanders to acknowledge that his path is closing."
    assert _one(quotes_of(text, "en"), "path is closing").speaker == "Bernie Sanders"


def test_a_quote_woven_into_a_sentence_without_a_cue_goes_to_its_subject(quotes_of):
    en = "Senator Elizabeth Warren landed a sharp dig at “the man who took all that Wall Street money last year.”"
    assert _one(quotes_of(en, "en"), "Wall Street money").speaker == "Elizabeth Warren"
    fr = "Marine Le Pen s'en est prise à « une dérive autoritaire inacceptable du gouvernement actuel » lors de son meeting."
    assert _one(quotes_of(fr, "fr"), "dérive autoritaire").speaker == "Marine Le Pen"


def test_a_bare_quote_opening_a_paragraph_continues_the_last_attribution(quotes_of):
    en = (
        "Arturo Sarukhan said Mexico must rebut the claims. The new strategy is a \"very welcome tack,\" he said.\n\n"
        "\"There is a clear need for the government to push back against these falsehoods.\""
    )
    assert _one(quotes_of(en, "en"), "clear need").speaker == "Arturo Sarukhan"
    fr = (
        "Le maire Jean Dupont a jugé la mesure « très bienvenue ».\n\n"
        "« Il faut maintenant agir vite pour les habitants du quartier. »"
    )
    assert _one(quotes_of(fr, "fr"), "agir vite").speaker == "Jean Dupont"


def test_particle_verbs_and_doubled_consonants_are_reporting_cues(quotes_of):
    text = (
        "Asked whether the campaign should apologize, Mr. Smith shot back: “That would be good for everyone.”\n\n"
        "“If you ask one more mean question, I may have to leave the stage,” Cruz quipped."
    )
    quotes = quotes_of(text, "en")
    assert _one(quotes, "good for everyone").speaker == "Smith"
    assert _one(quotes, "leave the stage").speaker == "Cruz"


def test_a_bare_quote_after_a_sentence_about_a_person_is_theirs(quotes_of):
    en = "Mr. Hannity is unapologetic about his aim. ''I'm not hiding the fact that I want him to be the next president.''"
    assert _one(quotes_of(en, "en"), "not hiding the fact").speaker == "Hannity"
    fr = "M. Jean Dupont ne décolère pas depuis lundi. « Nous irons jusqu'au bout de cette affaire devant la justice. »"
    assert _one(quotes_of(fr, "fr"), "jusqu'au bout").speaker == "Jean Dupont"


def test_the_name_set_off_by_commas_after_a_title_is_the_speaker(quotes_of):
    fr = quotes_of(
        "Le vice-ministre russe des Affaires étrangères, Sergueï Riabkov, a déclaré lundi qu'il ne "
        "s'attendait pas à une percée.",
        "fr",
    )
    assert (_one(fr, "percée").kind, _one(fr, "percée").speaker) == ("indirect", "Sergueï Riabkov")
    en = quotes_of("The deputy foreign minister, Sergei Ryabkov, said on Monday that he expected no breakthrough.", "en")
    assert _one(en, "breakthrough").speaker == "Sergei Ryabkov"
