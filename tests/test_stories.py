"""Online story clustering: translations meet, unrelated news stays apart, merges keep ids stable."""

import math
from dataclasses import replace

import numpy as np
import pytest

from veille.resolve import story_features as sf
from veille.resolve.stories import StoryClusterer, StoryConfig, StoryItem

FLOOD_FR = (
    "Crues en Bavière : des milliers d'habitants évacués\n"
    "Le Danube a débordé samedi à Ratisbonne, où les pompiers ont évacué plus de 3 000 habitants "
    "après deux jours de pluies torrentielles."
)
FLOOD_EN = (
    "Floods in Bavaria: thousands of residents evacuated\n"
    "The Danube burst its banks in Regensburg on Saturday, where firefighters evacuated more than "
    "3,000 residents after two days of torrential rain."
)
FLOOD_EN_2 = (
    "Danube floods force evacuations in Regensburg\n"
    "More than 3,000 people were evacuated from Regensburg in Bavaria on Saturday as the Danube "
    "overflowed after two days of heavy rain, the fire service said."
)
CHESS = (
    "Norwegian wins rapid chess title in Havana\n"
    "A 19-year-old Norwegian grandmaster won the world rapid chess championship in Havana on "
    "Sunday, beating the defending champion in a tie-break."
)
CHESS_FR = (
    "Échecs : un Norvégien champion du monde de parties rapides à La Havane\n"
    "Un grand maître norvégien de 19 ans a remporté dimanche à La Havane le championnat du monde "
    "d'échecs en parties rapides, en battant le tenant du titre au départage."
)
VOTE = (
    "Lisbon council approves tram extension\n"
    "Lisbon's city council voted on Thursday to extend the number 15 tram line to the new hospital, "
    "with works due to start next spring."
)


def item(id_, text, lang, date, entities=()):
    return StoryItem(id=id_, text=text, language=lang, date=date, precision="day", entities=dict.fromkeys(entities, "X"))


@pytest.fixture(scope="session")
def tiny_set():
    """Six reports on three stories, embedded once for the session (the model loads in a few seconds)."""
    from veille.resolve.embed import embed

    rows = [
        ("flood-fr", FLOOD_FR, "fr", "2024-06-01", ["baviere", "danube", "ratisbonne"], "flood"),
        ("flood-en", FLOOD_EN, "en", "2024-06-01", ["bavaria", "danube", "regensburg"], "flood"),
        ("flood-en-2", FLOOD_EN_2, "en", "2024-06-01", ["regensburg", "danube", "bavaria"], "flood"),
        ("chess-en", CHESS, "en", "2024-12-29", ["havana"], "chess"),
        ("chess-fr", CHESS_FR, "fr", "2024-12-29", ["la havane"], "chess"),
        ("tram-en", VOTE, "en", "2024-03-14", ["lisbon"], "tram"),
    ]
    vectors = embed([r[1] for r in rows])
    items = []
    for (id_, text, lang, date, ents, _), vector in zip(rows, vectors, strict=True):
        it = item(id_, text, lang, date, ents)
        it.vector = vector
        items.append(it)
    return items, {r[0]: r[5] for r in rows}


def partition(clusterer, ids):
    groups = {}
    for i in ids:
        groups.setdefault(clusterer.story_of(i), set()).add(i)
    return sorted(sorted(g) for g in groups.values())


@pytest.mark.slow
def test_a_french_report_and_its_english_translation_join_one_story(tiny_set):
    items, _ = tiny_set
    by_id = {i.id: i for i in items}
    clusterer = StoryClusterer()
    first = clusterer.assign(by_id["flood-fr"])
    assert first == "flood-fr"  # a story is named after its first article
    assert clusterer.assign(by_id["flood-en"]) == first
    assert clusterer.assign(by_id["tram-en"]) != first


@pytest.mark.slow
def test_any_arrival_order_gives_the_same_stories(tiny_set):
    items, gold = tiny_set
    expected = sorted(sorted(i for i in gold if gold[i] == s) for s in set(gold.values()))
    for seed in range(5):
        order = list(items)
        np.random.default_rng(seed).shuffle(order)
        clusterer = StoryClusterer()
        for it in order:
            clusterer.assign(it)
        assert partition(clusterer, gold) == expected, f"order {[i.id for i in order]}"


@pytest.mark.slow
def test_saved_state_loads_and_keeps_assigning_the_same_way(tiny_set, tmp_path):
    items, gold = tiny_set
    clusterer = StoryClusterer()
    for it in items[:-1]:
        clusterer.assign(it)
    clusterer.save(tmp_path)
    again = StoryClusterer.load(tmp_path)
    assert again.article_ids == clusterer.article_ids
    assert [again.story_of(i.id) for i in items[:-1]] == [clusterer.story_of(i.id) for i in items[:-1]]
    assert again.assign(items[-1]) == clusterer.assign(items[-1])


def unit(*components):
    v = np.zeros(512, np.float32)
    for i, x in enumerate(components):
        v[i] = x
    return v / np.linalg.norm(v)


def test_an_article_bridging_two_stories_merges_them_into_the_older_one():
    config = StoryConfig(
        bias=-5.0, w_centroid=5.0, w_nearest_same=5.0, w_nearest_other=5.0, w_words=0.0, w_entities=0.0,
        w_same_language=0.0, w_dated=0.0, w_gap=0.0, merge_logit=0.0, merge_logit_same=0.0,
        merge_cohesion=0.0,
    )  # fmt: skip
    clusterer = StoryClusterer(config)
    older = clusterer.assign(StoryItem("a", "a", language="en", vector=unit(1, 0)))
    newer = clusterer.assign(StoryItem("b", "b", language="en", vector=unit(0, 1)))
    assert older != newer
    bridge = clusterer.assign(StoryItem("ab", "ab", language="en", vector=unit(1, 1)))
    assert bridge == older
    assert clusterer.merged_into == {newer: older}
    assert clusterer.resolve(newer) == older
    assert {clusterer.story_of(i) for i in ("a", "b", "ab")} == {older}
    stories = {s.id: s for s in clusterer.stories()}
    assert sorted(stories[older].articles) == ["a", "ab", "b"]
    assert stories[newer].merged_into == older and stories[newer].articles == []


def test_stories_in_the_same_language_need_more_evidence_to_merge_than_across_languages():
    config = StoryConfig(
        bias=-5.0, w_centroid=5.0, w_nearest_same=5.0, w_nearest_other=5.0, w_words=0.0, w_entities=0.0,
        w_story_entities=0.0, w_same_language=0.0, w_dated=0.0, w_gap=0.0, merge_logit=0.0,
        merge_logit_same=99.0,
    )  # fmt: skip
    merged = {}
    for language in ("en", "fr"):
        clusterer = StoryClusterer(config)
        clusterer.assign(StoryItem("a", "a", language="en", vector=unit(1, 0)))
        clusterer.assign(StoryItem("b", "b", language=language, vector=unit(0, 1)))
        clusterer.assign(StoryItem("ab", "ab", language="en", vector=unit(1, 1)))
        merged[language] = clusterer.story_of("a") == clusterer.story_of("b")
    assert merged == {"en": False, "fr": True}


def test_a_story_in_one_of_another_story_s_languages_needs_the_same_language_bar():
    """A French and English story, and a story of two articles in French or in Spanish. An English
    article joins the first and bridges the second: the French story was already compared with the
    French members article by article, so it needs merge_logit_same; the Spanish one merges at 0."""
    config = StoryConfig(
        bias=-5.0, w_centroid=5.0, w_nearest_same=5.0, w_nearest_other=5.0, w_words=0.0, w_entities=0.0,
        w_story_entities=0.0, w_same_language=0.0, w_dated=0.0, w_gap=0.0, merge_logit=0.0,
        merge_logit_same=99.0, merge_logit_step=99.0, merge_cohesion=0.0,
    )  # fmt: skip
    merged = {}
    for language in ("fr", "es"):
        clusterer = StoryClusterer(config)
        articles = (
            ("a1", "en", unit(1, 0)),
            ("a2", "fr", unit(1, 0.05)),
            ("b1", language, unit(0, 1)),
            ("b2", language, unit(0.05, 1)),
        )
        for name, lang, vector in articles:
            clusterer.assign(StoryItem(name, name, language=lang, vector=vector))
        assert partition(clusterer, ["a1", "a2", "b1", "b2"]) == [["a1", "a2"], ["b1", "b2"]]
        assert clusterer.assign(StoryItem("ab", "ab", language="en", vector=unit(1, 1))) == "a1"
        merged[language] = clusterer.story_of("b1") == "a1"
    assert merged == {"fr": False, "es": True}


def test_tight_stories_in_the_same_language_stay_apart_when_only_a_bridge_links_them():
    """Two stories, each close-knit within itself, far apart across: an article near both would
    merge them on the log-odds alone, but their average link falls short of their own cohesion."""
    config = StoryConfig(
        bias=-5.0, w_centroid=5.0, w_nearest_same=10.0, w_nearest_other=10.0, w_words=0.0,
        w_entities=0.0, w_story_entities=0.0, w_same_language=0.0, w_dated=0.0, w_gap=0.0,
        merge_logit_same=0.0,
    )  # fmt: skip
    merged = {}
    for cohesion in (config.merge_cohesion, 0.0):
        clusterer = StoryClusterer(replace(config, merge_cohesion=cohesion))
        vectors = {"a1": unit(1, 0), "a2": unit(1, 0.05), "b1": unit(0, 1), "b2": unit(0.05, 1)}
        for name, vector in vectors.items():
            clusterer.assign(StoryItem(name, name, language="en", vector=vector))
        assert partition(clusterer, ["a1", "a2", "b1", "b2"]) == [["a1", "a2"], ["b1", "b2"]]
        clusterer.assign(StoryItem("ab", "ab", language="en", vector=unit(1, 1)))
        merged[cohesion] = clusterer.story_of("a1") == clusterer.story_of("b1")
    assert merged == {config.merge_cohesion: False, 0.0: True}
    assert config.merge_cohesion > 0


VECTORS_ONLY = StoryConfig(
    bias=-5.0, w_centroid=10.0, w_nearest_same=0.0, w_nearest_other=0.0, w_words=0.0, w_entities=0.0,
    w_story_entities=0.0, w_same_language=0.0, w_dated=0.0, w_gap=0.0, merge_logit_same=99.0,
    join_cohesion=0.0,
)  # fmt: skip


def test_an_article_far_below_a_tight_story_s_own_cohesion_does_not_join_it_in_its_language():
    """Two near-identical reports; a third matches them on the log-odds (about 1.3) but sits much
    further from them than they sit from each other. In another language it still joins."""
    default = StoryConfig().join_cohesion
    joined = {}
    for cohesion, language in ((default, "en"), (0.0, "en"), (default, "fr")):
        clusterer = StoryClusterer(replace(VECTORS_ONLY, join_cohesion=cohesion))
        clusterer.assign(StoryItem("a1", "a1", language="en", vector=unit(1, 0)))
        clusterer.assign(StoryItem("a2", "a2", language="en", vector=unit(1, 0.05)))
        story = clusterer.assign(StoryItem("p", "p", language=language, vector=unit(1, 1.3)))
        joined[cohesion, language] = story == "a1"
    assert joined == {(default, "en"): False, (0.0, "en"): True, (default, "fr"): True}
    assert default > 0


def test_a_story_of_one_article_rejoins_a_bridged_story_at_the_join_bar():
    """b started alone (log-odds just below 0 with a). A later article joins a and also matches b:
    the story of b alone merges at log-odds above 0, while two articles like b need merge_logit_same."""
    config = replace(VECTORS_ONLY, merge_cohesion=0.0)
    merged = {}
    for others in (["b1"], ["b1", "b2"]):
        clusterer = StoryClusterer(config)
        clusterer.assign(StoryItem("a1", "a1", language="en", vector=unit(1, 0)))
        clusterer.assign(StoryItem("a2", "a2", language="en", vector=unit(1, 0.05)))
        for i, name in enumerate(others):
            vector = unit(0.5, 1 + 0.02 * i)
            assert clusterer.assign(StoryItem(name, name, language="en", vector=vector)) == "b1"
        assert clusterer.assign(StoryItem("ab", "ab", language="en", vector=unit(1, 0.4))) == "a1"
        merged[len(others)] = clusterer.story_of("b1") == "a1"
    assert merged == {1: True, 2: False}


def test_two_stories_of_two_articles_merge_below_the_same_language_bar():
    """a1 and a2 sit too far below the tight story of b1 and b2 to join it (join cohesion 0.85), so
    they form their own story, at log-odds about 2.4 from it. A later article joins a and bridges
    b: two stories of two articles merge above merge_logit_step (2), not only above
    merge_logit_same (3)."""
    merged = {}
    for step in (StoryConfig().merge_logit_step, 3.0):
        config = replace(
            VECTORS_ONLY,
            merge_cohesion=0.0,
            join_cohesion=0.85,
            merge_logit_same=3.0,
            merge_logit_step=step,
        )
        clusterer = StoryClusterer(config)
        vectors = {"b1": (0, 1, 0), "b2": (0, 1, 0.05), "a1": (0.9, 1, 0), "a2": (0.9, 1, 0.1)}
        for name, vector in vectors.items():
            clusterer.assign(StoryItem(name, name, language="en", vector=unit(*vector)))
        assert partition(clusterer, list(vectors)) == [["a1", "a2"], ["b1", "b2"]]
        clusterer.assign(StoryItem("ab", "ab", language="en", vector=unit(0.6, 1, 0.05)))
        assert clusterer.story_of("ab") == clusterer.story_of("a1")
        merged[step] = clusterer.story_of("a1") == "b1"
    assert merged == {2.0: True, 3.0: False}


def joined_by_a_close_call(clusterer):
    """Two close articles, then a third that joins them with log-odds near 1 (a provisional join)."""
    clusterer.assign(StoryItem("a1", "a1", language="en", vector=unit(1, 0)))
    clusterer.assign(StoryItem("a2", "a2", language="en", vector=unit(1, 0.05)))
    assert clusterer.assign(StoryItem("p", "p", language="en", vector=unit(1, 1.3))) == "a1"
    assert list(clusterer.provisional) == [2]


def test_a_close_call_is_undone_when_the_next_article_matches_it_better_than_its_story():
    clusterer = StoryClusterer(VECTORS_ONLY)
    joined_by_a_close_call(clusterer)
    assert clusterer.assign(StoryItem("q", "q", language="en", vector=unit(1, 1.6))) == "p"
    assert clusterer.detaches == [("p", "a1")]
    assert partition(clusterer, ["a1", "a2", "p", "q"]) == [["a1", "a2"], ["p", "q"]]
    assert clusterer.size[clusterer._story_number["a1"]] == 2  # the story it left no longer counts it
    assert not clusterer.provisional


def test_a_close_call_stays_when_later_articles_agree_with_its_story():
    clusterer = StoryClusterer(VECTORS_ONLY)
    joined_by_a_close_call(clusterer)
    for i in range(5):
        assert clusterer.assign(StoryItem(f"b{i}", "b", language="en", vector=unit(1, 0.5))) == "a1"
    assert clusterer.assign(StoryItem("q", "q", language="en", vector=unit(1, 1.6))) != "p"
    assert clusterer.story_of("p") == "a1" and not clusterer.detaches
    assert not clusterer.provisional  # its story grew by five: confirmed


def test_a_close_call_stays_when_the_next_article_belongs_to_another_story():
    """p joined the story of a1 and a2 by a close call. q matches p alone better than p's story, but
    it matches the story of t1 and t2 about as well: q has a home, so it is no sign that p starts a
    new event, and p stays (without the check p would leave for a story of its own)."""
    clusterer = StoryClusterer(VECTORS_ONLY)
    vectors = {"a1": (1, 0, 0), "a2": (1, 0.05, 0), "p": (1, 1.3, 0), "t1": (0, 0, 1), "t2": (0, 0.05, 1)}
    for name, vector in vectors.items():
        clusterer.assign(StoryItem(name, name, language="en", vector=unit(*vector)))
    assert partition(clusterer, list(vectors)) == [["a1", "a2", "p"], ["t1", "t2"]]
    assert list(clusterer.provisional) == [2]
    assert clusterer.assign(StoryItem("q", "q", language="en", vector=unit(0.3, 1, 1))) == "t1"
    assert clusterer.story_of("p") == "a1" and not clusterer.detaches


def test_a_story_of_one_article_is_offered_to_the_story_a_later_article_joins():
    """y shares no name with the story of a1 and a2 and starts alone. x names the story's two names
    and y's: it joins the story and scores just below 0 with y alone. y, compared with the story x
    joined, now finds its name there (log-odds 2) and merges, although x alone would not bridge it."""
    config = StoryConfig(
        bias=-5.0, w_centroid=3.0, w_nearest_same=0.0, w_nearest_other=0.0, w_words=0.0, w_entities=4.0,
        w_story_entities=0.0, w_same_language=0.0, w_dated=0.0, w_gap=0.0,
    )  # fmt: skip
    names = {"a1": ["ka", "kb"], "a2": ["ka", "kb"], "y": ["kc"], "x": ["ka", "kb", "kc"]}
    articles = [
        StoryItem(name, name, language="en", vector=unit(1, 0.01 * i), entities=dict.fromkeys(keys, "X"))
        for i, (name, keys) in enumerate(names.items())
    ]
    merged = {}
    for bar in (config.bridge_logit_single, config.bridge_logit):
        clusterer = StoryClusterer(replace(config, bridge_logit_single=bar))
        for article in articles[:-1]:
            clusterer.assign(article)
        chance = dict(clusterer.score(articles[-1]))["y"]
        assert -2 < math.log(chance / (1 - chance)) < 0
        assert clusterer.assign(articles[-1]) == "a1"
        merged[bar] = clusterer.story_of("y") == "a1"
    assert merged == {config.bridge_logit_single: True, config.bridge_logit: False}


def test_saved_state_keeps_the_close_calls_open(tmp_path):
    clusterer = StoryClusterer(VECTORS_ONLY)
    joined_by_a_close_call(clusterer)
    clusterer.save(tmp_path)
    again = StoryClusterer.load(tmp_path)
    assert list(again.provisional) == [2]
    assert again.assign(StoryItem("q", "q", language="en", vector=unit(1, 1.6))) == "p"
    assert again.detaches == [("p", "a1")]


def test_an_article_seen_twice_keeps_its_story():
    clusterer = StoryClusterer()
    first = clusterer.assign(StoryItem("a", "a", vector=unit(1, 0)))
    assert clusterer.assign(StoryItem("a", "a", vector=unit(0, 1))) == first
    assert len(clusterer) == 1


def test_name_skeletons_meet_across_languages_and_scripts():
    assert {sf.skeleton(w) for w in ("Finlande", "Finland", "Фінляндія", "فنلاند")} == {"fnlnd"}
    assert sf.skeleton("Turquie") == sf.skeleton("Turkey")


def test_dates_become_day_spans_as_wide_as_their_precision():
    assert sf.day_span("2022-01", "month") == (sf.day_span("2022-01-01")[0], sf.day_span("2022-01-31")[1])
    assert sf.day_span(None) is None
    assert sf.day_span("not a date") is None
    lo, hi = sf.day_span(86400.0 * 10)
    assert lo == hi == 10.0


def test_ingest_moves_an_undone_close_call_to_its_own_story_in_the_store(tmp_path):
    from veille.model import Analysis, Article
    from veille.resolve import stage
    from veille.resolve.resolver import Resolver
    from veille.store import open_store

    vectors = {"a1": unit(1, 0), "a2": unit(1, 0.05), "p": unit(1, 1.3), "q": unit(1, 1.6)}
    articles = [Article(i, "test", f"title {i}", i, [i], i, language="en") for i in vectors]
    with open_store(tmp_path / "x.db") as store:
        store.add_articles(articles)
        resolver = Resolver(stories=StoryClusterer(VECTORS_ONLY))
        analyses = [Analysis(a.id, "en", False) for a in articles]
        touched = stage._resolve(store, resolver, articles, analyses, list(vectors.values()))
        assert {a: store.story_of(a) for a in vectors} == {"a1": "a1", "a2": "a1", "p": "p", "q": "p"}
        assert store.get_story("p").title == "title p"
        assert touched == {"a1", "p"}


GENEVA_FR = (
    "Moscou et Washington campent sur leurs positions à Genève\n"
    "La Russie a exclu lundi tout recul sur ses exigences de sécurité, après près de huit heures de discussions "
    "avec les Etats-Unis à Genève sur la crise ukrainienne."
)
GENEVA_FR_2 = (
    "Sécurité en Europe: la Russie rejette les exigences occidentales\n"
    "Le diplomate russe Sergueï Riabkov a rejeté lundi les demandes américaines d'un retrait des troupes massées "
    "près de l'Ukraine, au terme d'une longue réunion à Genève."
)


@pytest.mark.slow
def test_two_reports_of_one_event_meet_in_a_new_store():
    """With one article stored, every shared word would weigh log(1) = 0: a young store counts as
    `idf_min_docs` articles, so two differently written reports of the Geneva talks still meet."""
    from veille.resolve.embed import embed

    vectors = embed([GENEVA_FR, GENEVA_FR_2])

    def assigned(config):
        clusterer = StoryClusterer(config)
        first = item("a", GENEVA_FR, "fr", "2022-01-10", ["russie", "etats-unis", "geneve", "ukraine"])
        second = item("b", GENEVA_FR_2, "fr", "2022-01-10", ["russie", "sergei riabkov", "geneve", "ukraine"])
        first.vector, second.vector = vectors
        clusterer.assign(first)
        return clusterer.assign(second)

    assert assigned(StoryConfig()) == "a"
    assert assigned(StoryConfig(idf_min_docs=0)) == "b"


@pytest.mark.parametrize(
    "sign, other_event",
    [
        ("none", False),
        ("a date six weeks later", True),
        ("other years in the text", True),
        ("a date two days later and the same year", False),
    ],
)
def test_a_confident_join_into_a_small_story_stays_open_when_its_dates_or_years_differ(sign, other_event):
    """p joins the one-article story of a1 with log-odds above `provisional_logit` (about 3.2). When p
    is dated six weeks after a1, or names 2013 where a1 names 2008, the join stays provisional all
    the same, and q, a second report of p's event, takes p out of a1's story."""
    dates = {"a1": "2024-01-01", "p": "2024-01-01", "q": "2024-01-02"}
    bodies = {"a1": "the vote of 2008", "p": "the vote", "q": "the vote"}
    if sign == "a date six weeks later":
        dates.update(p="2024-02-12", q="2024-02-13")
    elif sign == "other years in the text":
        bodies.update(p="the vote of 2013", q="the vote of 2013")
    elif sign == "a date two days later and the same year":
        dates.update(p="2024-01-03", q="2024-01-04")
        bodies.update(p="the vote of 2008", q="the vote of 2008")
    vectors = {"a1": (1, 0), "p": (1, 0.7), "q": (1, 1.5)}
    clusterer = StoryClusterer(VECTORS_ONLY)
    for name, vector in vectors.items():
        clusterer.assign(
            StoryItem(name, name, body=bodies[name], language="en", date=dates[name], precision="day",
                      vector=unit(*vector))
        )  # fmt: skip
        if name == "p":
            assert clusterer.story_of("p") == "a1"
            assert list(clusterer.provisional) == ([1] if other_event else [])
    expected = [["a1"], ["p", "q"]] if other_event else [["a1", "p", "q"]]
    assert partition(clusterer, list(vectors)) == expected


# Two look-alike title fights: the champion's name and the wording are shared, the challenger and the
# city differ. Each fight's reports are close to one another and less close to the other fight's.
FIGHT_A = [
    "Champion Varga keeps his heavyweight belts, beating Okafor on points in Lyon",
    "Okafor loses to Varga in Lyon heavyweight title fight",
    "Heavyweight champion Varga outpoints Okafor in Lyon",
    "Varga defends heavyweight title against Okafor, wins in Lyon",
]
FIGHT_B = [
    "Champion Varga stops Lindqvist in Porto to keep his heavyweight belts",
    "Lindqvist knocked out by Varga in Porto heavyweight title fight",
    "Heavyweight champion Varga beats Lindqvist in Porto",
    "Varga defends heavyweight title against Lindqvist, wins in Porto",
]


FIGHT_ORDER = ("a0", "a1", "b0", "b1", "a2", "b2", "a3", "b3")


def two_fights(config: StoryConfig) -> StoryClusterer:
    """Fight B's first report joins fight A's story of two (a confident join), and B's later reports
    follow it; A and B alternate afterwards."""
    fights = fight_items()
    clusterer = StoryClusterer(config)
    for key in FIGHT_ORDER:
        clusterer.assign(fights[key])
    return clusterer


def fight_items() -> dict[str, StoryItem]:
    rng = np.random.default_rng(7)
    centre_a, centre_b = unit(1.0), unit(0.78, math.sqrt(1 - 0.78**2))

    def near(centre):
        noise = rng.standard_normal(512)
        noise[:2] = 0
        return (centre + 0.3 * noise / np.linalg.norm(noise)).astype(np.float32)

    return {
        f"{name}{i}": StoryItem(id=f"{name}{i}", text=text, language="en", entities=ents, vector=near(centre))
        for name, texts, centre, ents in (
            ("a", FIGHT_A, centre_a, {"varga": "PER", "okafor": "PER", "lyon": "LOC"}),
            ("b", FIGHT_B, centre_b, {"varga": "PER", "lindqvist": "PER", "porto": "LOC"}),
        )
        for i, text in enumerate(texts)
    }


def test_a_story_holding_two_look_alike_events_splits_in_two_as_it_grows():
    clusterer = two_fights(StoryConfig())
    ids = [f"{name}{i}" for name in "ab" for i in range(4)]
    assert partition(clusterer, ids) == [["a0", "a1", "a2", "a3"], ["b0", "b1", "b2", "b3"]]
    # the group with the story's first article keeps its id; the other is named after its earliest
    assert clusterer.story_of("a3") == "a0" and clusterer.story_of("b3") == "b0"
    assert clusterer.splits == [("b0", "a0")]


def test_without_the_split_check_the_look_alike_events_stay_in_one_story():
    clusterer = two_fights(replace(StoryConfig(), split_first=0))
    assert {clusterer.story_of(f"{name}{i}") for name in "ab" for i in range(4)} == {"a0"}


def test_a_story_of_one_event_does_not_split():
    rng = np.random.default_rng(3)
    clusterer = StoryClusterer()
    for i in range(12):
        noise = rng.standard_normal(512)
        vector = (unit(1.0) + 0.3 * noise / np.linalg.norm(noise)).astype(np.float32)
        text = FIGHT_A[i % 4]
        clusterer.assign(StoryItem(id=f"a{i}", text=text, language="en", entities={"varga": "PER"}, vector=vector))
    assert {clusterer.story_of(f"a{i}") for i in range(12)} == {"a0"} and not clusterer.splits


def test_saved_state_after_a_split_loads_and_keeps_splitting_the_same_way(tmp_path):
    clusterer = two_fights(StoryConfig())
    clusterer.save(tmp_path / "state")
    loaded = StoryClusterer.load(tmp_path / "state")
    assert loaded.splits == clusterer.splits
    assert loaded.members(loaded._story_number["b0"]) == clusterer.members(clusterer._story_number["b0"])
    words = [loaded._record(n)[0][0].tolist() for n in range(len(loaded))]
    assert words == [clusterer._record(n)[0][0].tolist() for n in range(len(clusterer))]
    late = StoryItem(id="b4", text=FIGHT_B[0], language="en", vector=clusterer._stored_vectors([6])[0])
    assert loaded.assign(late) == clusterer.assign(late) == "b0"


def test_ingest_moves_the_articles_of_a_split_into_their_own_story_in_the_store(tmp_path):
    from veille.model import Analysis, Article, Mention
    from veille.resolve import stage
    from veille.resolve.resolver import Resolver
    from veille.store import open_store

    items = fight_items()
    articles = [Article(k, "test", items[k].text, items[k].text, [items[k].text], k, language="en") for k in FIGHT_ORDER]
    analyses = [
        Analysis(k, "en", True, entities=[Mention(name.title(), 0, 1, kind, name.title())
                                          for name, kind in items[k].entities.items()])
        for k in FIGHT_ORDER
    ]
    with open_store(tmp_path / "x.db") as store:
        store.add_articles(articles)
        resolver = Resolver()
        touched = stage._resolve(store, resolver, articles, analyses, [items[k].vector for k in FIGHT_ORDER])
        assert resolver.stories.splits == [("b0", "a0")]
        assert {k: store.story_of(k) for k in FIGHT_ORDER} == {k: k[0] + "0" for k in FIGHT_ORDER}
        assert store.get_story("b0").merged_into is None and {"a0", "b0"} <= touched
