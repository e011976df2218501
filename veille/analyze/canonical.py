"""One name, one sense, one canonical form per article.

- Consistent types: every mention of the same name gets the type a clear majority (two to one) of its
  mentions have; a courtesy
  title or a known person's surname makes it a person, a country name makes it a place.
- Missed repeats: a name the model found once is also a mention where it recurs and the model missed it
  (never inside another mention, a credit line, a dateline or a subhead). In ALL-CAPS lines, where the
  model is unreliable, only names found elsewhere in the article (compared case-insensitively) count.
- Person canonical form: `Riabkov`, `M. Riabkov` and `Sergueï Riabkov` all read `Sergueï Riabkov`;
  `Mme Sherman` and `M. Sherman` read `Wendy Sherman` when the full name appears (translations get
  titles wrong, so titles never block a merge). Among compatible full names the longest wins
  (`Wendy R. Sherman`). Different given names are different people (`Joe Biden`, `Hunter Biden`); a bare
  surname shared by several goes to the nearest full name before it (else after it). A lone name that
  ends no full name but opens exactly one is that person: a family name written first (`Cho` for
  `Cho Hyun`) or a given name alone.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

from anyascii import anyascii

from veille.analyze.countries import country_code, known_place
from veille.analyze.entity_tables import DocTokens, Tables, doc_tokens, inside, normalize_apostrophes
from veille.analyze.known_names import organisation_id
from veille.analyze.mentions_clean import capitalised_inside
from veille.model import Mention

_WORD = re.compile(r"[\w][\w.'’\-]*")


@lru_cache(maxsize=1 << 16)
def _key(text: str) -> str:
    return anyascii(" ".join(text.split())).lower().replace("’", "'")


@lru_cache(maxsize=1 << 16)
def _name_tokens(text: str) -> tuple[str, ...]:
    return tuple(_key(t).strip(".") for t in _WORD.findall(text))


def propagate(doc, mentions: list[Mention], blocked: list[tuple[int, int]], caps: list[tuple[int, int]],
              tables: Tables) -> list[Mention]:
    """Add mentions where a name found by the model recurs unnoticed (see module doc)."""
    toks = doc_tokens(doc)
    words, starts = toks.words, toks.starts
    known: dict[tuple[str, ...], dict[str, int]] = defaultdict(dict)  # type counts of each name
    for m in mentions:
        if inside(m.start, m.end, caps) or len(m.text) < 2 or not any(c.isupper() for c in m.text):
            continue
        i, j = toks.char_span(m.start, m.end, expand=True)
        _count(known[tuple(words[i:j])], m.type, 1)
    if not known and not caps:
        return mentions
    first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    first_ci: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name in sorted(known, key=len, reverse=True):
        first[name[0]].append(name)
        first_ci[name[0].lower()].append(name)
    overlaps_taken = _overlap_test(sorted((m.start, m.end) for m in mentions))
    added: list[Mention] = []
    n = len(words)
    # Outside capitals lines, only a token opening a known name can start a match.
    positions = range(n) if caps else [k for k, word in enumerate(words) if word in first]
    resume = 0
    for i in positions:
        if i < resume:
            continue
        in_caps = inside(starts[i], starts[i] + 1, caps)
        candidates = first_ci.get(toks.lowers[i], []) if in_caps else first.get(words[i], [])
        match = None
        for name in candidates:
            j = i + len(name)
            if j > n:
                continue
            if (in_caps and [w.lower() for w in words[i:j]] == [t.lower() for t in name]) or tuple(words[i:j]) == name:
                match = (name, j)
                break
        if match is None and in_caps and words[i].isupper() and len(words[i]) > 2:
            match = _caps_country(toks, i, tables)
        if match is None:
            continue
        name, j = match
        start, end = starts[i], toks.ends[j - 1]
        if not overlaps_taken(start, end) and not inside(start, end, blocked) and \
                (in_caps or _standalone(toks, i, j)):
            kind = _most_common(known[name])[0] if name in known else "LOC"
            added.append(Mention(text=toks.text[start:end], start=start, end=end, type=kind, canonical=""))
        resume = j
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


def named_people(doc, mentions: list[Mention], blocked: list[tuple[int, int]], caps: list[tuple[int, int]],
                 tables: Tables) -> list[Mention]:
    """Persons the model typed as something else or missed when named by their surname alone.

    A name of two to four capitalised words that the model typed ORG or MISC is a person when it opens
    with a known given name (the language's GIVEN_NAMES) and the person shows elsewhere: its last word
    stands alone somewhere else in the text ("Ukraine's Volodymyr Zelenskiy. Zelenskiy urged...") or
    ends a person mention. Words of organisations ("Foundation", "Bank", portfolios, nationalities) and
    a lower-case organisation noun before it ("the charity Oxfam") keep it what it was.

    Then the surname of a person named in full becomes a person mention where it stands alone and the
    model missed it ("Zelenskiy urged"), unless the word is also written in lower case in the text (a
    common word: "Brown", "May"), is a place or is itself a given name. The first name of a full name
    does too where it stands alone before a verb ("Tedros called on donors"; also when the model typed
    it ORG or MISC there), when it opens one person's name only and is no one's surname."""
    toks = doc_tokens(doc)
    words, starts, ends, text = toks.words, toks.starts, toks.ends, toks.text
    covered = _overlap_test(sorted((m.start, m.end) for m in mentions))
    alone: dict[str, list[int]] = {}

    def lone(word: str) -> list[int]:
        """Where `word` stands alone, in no mention and no blocked zone or capitals line."""
        if word not in alone:
            found = []
            at = text.find(word)
            while at >= 0:
                span = toks.char_span(at, at + len(word))
                k = span[0] if span is not None and span[1] - span[0] == 1 else None
                if k is not None and not covered(starts[k], ends[k]) \
                        and not (k > 0 and toks.norms[k - 1] in tables.articles) \
                        and _standalone(toks, k, k + 1) and not _hyphenated(toks, k) \
                        and not inside(starts[k], ends[k], blocked) and not inside(starts[k], ends[k], caps):
                    found.append(k)
                at = text.find(word, at + 1)
            alone[word] = found
        return alone[word]

    def surname_like(word: str) -> bool:
        return len(word) > 2 and word[:1].isupper() and not word.isupper() \
            and not _written_lower(text, word.lower()) and not _not_personal(word, tables) \
            and not known_place(word, tables)

    spans = {id(m): toks.char_span(m.start, m.end, expand=True) for m in mentions}
    person_lasts = {words[span[1] - 1] for m in mentions if m.type == "PER" and (span := spans[id(m)])}
    for m in mentions:
        span = spans[id(m)]
        if m.type not in ("ORG", "MISC") or span is None or not 2 <= span[1] - span[0] <= 4:
            continue
        i, j = span
        if not _given_name_first(toks, i, j, tables) or known_place(m.text, tables):
            continue
        last = words[j - 1]
        if last in person_lasts or (lone(last) and surname_like(last)):
            m.type = "PER"
    added: list[Mention] = []
    seen: set[int] = set()
    fulls: list[tuple[int, int]] = []  # token spans of the full personal names
    for m in mentions:
        span = spans[id(m)]
        if m.type != "PER" or span is None or span[1] - span[0] < 2 or inside(m.start, m.end, caps) \
                or len(words[span[0]].rstrip(".")) < 2 or any(_not_personal(w, tables) for w in words[span[0]:span[1]]):
            continue  # "L. A. County Sheriff": no full personal name
        fulls.append(span)
        last = words[span[1] - 1]
        if not lone(last) or last.lower() in tables.given_names or not surname_like(last):
            continue
        for k in lone(last):
            if k not in seen:
                seen.add(k)
                added.append(Mention(text=last, start=starts[k], end=ends[k], type="PER", canonical=""))
    # The first name of one full name, alone before a verb, is the name the person goes by ("Tedros
    # Adhanom Ghebreyesus ... Tedros called on donors"): when no other person of the article shares it
    # nor has it for surname, and it is capitalised somewhere no sentence starts.
    surnames = {words[span[1] - 1] for m in mentions
                if m.type == "PER" and (span := spans[id(m)]) and span[1] - span[0] >= 2}
    opened: dict[str, set[str]] = {}
    for i, j in fulls:
        opened.setdefault(words[i], set()).add(words[j - 1])
    mistyped = {m.start: m for m in mentions if m.type in ("ORG", "MISC") and " " not in m.text}
    for first, lasts in opened.items():
        if len(lasts) != 1 or first in surnames or "-" in first or not surname_like(first) \
                or not capitalised_inside(toks, first):
            continue
        for k in lone(first):
            if k not in seen and tables.verb_after_name(toks, k + 1):
                seen.add(k)
                added.append(Mention(text=first, start=starts[k], end=ends[k], type="PER", canonical=""))
        for m in mistyped.values():  # the model read it as an organisation ("Kagiso called" typed ORG)
            span = spans[id(m)]
            if m.text == first and span is not None and tables.verb_after_name(toks, span[1]):
                m.type = "PER"
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


def context_kinds(doc, mentions: list[Mention], tables: Tables) -> set[int]:
    """Types the words around a name decide, whatever the model said. Returns the starts of the
    mentions so typed: they weigh like a dateline place in the article's type vote (harmonize_types).

    - A disease or its agent (the language's DISEASE_NAMES: "Ebola", "choléra", "H5N1") is MISC, and so
      is a name next to a DISEASE_HEADS word ("the Nipah virus", "la fièvre de Lassa") that is no known
      place ("the Wuhan virus"); every mention of that name follows ("vaincu Ebola").
    - A name (not a nationality) before an administrative head ("Congo's central Kasai province",
      English: ADMIN_HEAD_AFTER) or after one and its link ("la province du Kasaï", "the province of
      Kasai") is a place. Not an acronym nor a listed organisation ("a NATO state")."""
    toks = doc_tokens(doc)
    diseases: set[str] = set()
    decided: set[int] = set()
    expanded = set()  # an acronym standing for an expansion ("Budapest Stock Exchange (BSE)") is no disease
    for m in mentions:
        key = normalize_apostrophes(" ".join(m.text.split()))
        if m.canonical and normalize_apostrophes(m.canonical) != key:
            expanded.add(normalize_apostrophes(m.canonical))
        if key in tables.diseases:
            diseases.add(key)
            continue
        span = toks.char_span(m.start, m.end, expand=True)
        if span is None or m.title or m.role or span[1] - span[0] > 4:
            continue
        i, j = span
        if m.type != "MISC" and _next_to_head(toks, i, j, tables.disease_heads, tables, phrase_end=False) \
                and not known_place(m.text, tables):
            diseases.add(key)
        elif m.type in ("PER", "ORG", "MISC") and not m.text.isupper() and organisation_id(m.text) is None \
                and not _demonym(m.text, tables) and _next_to_head(toks, i, j, tables.admin_heads, tables):
            m.type = "LOC"
            decided.add(m.start)
    diseases -= expanded
    for m in mentions:
        if diseases and normalize_apostrophes(" ".join(m.text.split())) in diseases:
            m.type = "MISC"
            decided.add(m.start)
    return decided


def _demonym(text: str, tables: Tables) -> bool:
    """A nationality or people, by the table or by its ending ("Kurdish", "Congolese"): "the Kurdish
    region" is no place named Kurdish."""
    low = text.lower()
    return low in tables.demonyms or low.endswith(tables.demonym_endings)


def _next_to_head(toks: DocTokens, i: int, j: int, heads: set[str], tables: Tables, phrase_end: bool = True) -> bool:
    """Is the name toks[i:j] headed by a lower-case word of `heads`: after it, its link and maybe an
    article ("province du Kasaï", "région de l'Ituri", "province of Kasai"), or, where the language puts
    the head last, right before it, the head ending the noun phrase when `phrase_end` ("Kasai province,
    …", "Sinaloa state's", not "EU state aid")?"""
    words, norms = toks.words, toks.norms
    k = i - 1
    if k >= 0 and norms[k] in tables.articles and k > 0 and norms[k - 1] in tables.admin_links:
        k -= 1  # "région de l'Ituri"
    if k >= 0 and norms[k] in tables.admin_links:
        k -= 1
    if k >= 0 and words[k].islower() and norms[k] in heads:
        return True
    if not tables.admin_head_after or j >= len(words) or not words[j].islower() or norms[j] not in heads:
        return False
    after = j + 1
    return not phrase_end or after >= len(words) or toks.marks[after] or norms[after] in ("'s", "’s") \
        or words[after].islower() and (norms[after] in tables.determiners or norms[after] in tables.role_stops
                                       or norms[after] in tables.finite_verbs)


def _written_lower(text: str, low: str) -> bool:
    """Is the word `low` written in lower case somewhere in `text` (a common word: "brown", "may")?"""
    at = text.find(low)
    while at >= 0:
        end = at + len(low)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(low, at + 1)
    return False


def _hyphenated(toks: DocTokens, k: int) -> bool:
    """Token k is joined to a neighbour by a hyphen ("pre-Castro", "Castro-era")."""
    words, spaced = toks.words, toks.spaced
    return (k > 0 and words[k - 1] in ("-", "‑") and not spaced[k - 1]) \
        or (k + 1 < len(words) and words[k + 1] in ("-", "‑") and not spaced[k])


def _given_name_first(toks: DocTokens, i: int, j: int, tables: Tables) -> bool:
    """toks[i:j] reads as a personal name: a known given name, then capitalised words that no
    organisation, portfolio or nationality uses, after no organisation noun."""
    words, lowers = toks.words, toks.lowers
    first = lowers[i]
    if first not in tables.given_names and first.split("-")[0] not in tables.given_names:
        return False
    if i > 0 and (lowers[i - 1] in tables.org_nouns_before or lowers[i - 1] in tables.name_heads):
        return False
    for k in range(i, j):
        word, low = words[k], lowers[k]
        if not word[:1].isupper() or word.isupper() or low in tables.portfolio or low in tables.demonyms \
                or _not_personal(word, tables):
            return False
    return True


def _not_personal(word: str, tables: Tables) -> bool:
    """A word of names of organisations, places or functions, never of a person's name."""
    low = word.lower()
    return low in tables.non_personal or low in tables.facility_heads or low in tables.org_first \
        or low in tables.org_last or tables.role_gender(word)[0]


def _count(counts: dict[str, int], kind: str, weight: int) -> None:
    counts[kind] = counts.get(kind, 0) + weight


def _most_common(counts: dict[str, int]) -> tuple[str, int]:
    """The kind with the most votes, the first counted on a tie (as `Counter.most_common(1)[0]`)."""
    return max(counts.items(), key=itemgetter(1))


def _caps_country(toks: DocTokens, i: int, tables: Tables):
    words = toks.words
    for length in (3, 2, 1):
        j = i + length
        if j > len(words) or not all(words[k].isupper() or toks.puncts[k] for k in range(i, j)):
            continue
        if known_place(toks.span_text(i, j).title(), tables):
            return (tuple(words[i:j]), j)
    return None


def _standalone(toks: DocTokens, i: int, j: int) -> bool:
    """The match is not a piece of a longer capitalised name ("Petofi" in "Petofi Printing House")."""
    words, sent_starts = toks.words, toks.sent_starts
    if j < len(words) and words[j][:1].isupper() and not sent_starts[j]:
        return False
    if i > 0 and words[i - 1][:1].isupper() and not sent_starts[i] and not toks.puncts[i - 1]:
        return False
    return True


def _overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether (start, end) overlaps one of `spans` (sorted; they may overlap each other)."""
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end among spans[:k + 1]

    def overlaps(start: int, end: int) -> bool:
        k = bisect.bisect_left(starts, end) - 1  # spans[:k + 1] start before `end`
        return k >= 0 and reach[k] > start

    return overlaps


def harmonize_types(mentions: list[Mention], tables: Tables, fixed: set[int]) -> None:
    """Same name, same type: a vote over the article (mentions starting at `fixed` keep theirs)."""
    surnames = _surnames(mentions)
    fulls: dict[str, list[tuple[str, ...]]] = defaultdict(list)  # full person names by last word
    for toks in (_name_tokens(m.text) for m in mentions if m.type == "PER"):
        if len(toks) >= 2:
            fulls[toks[-1]].append(toks)
    for m in mentions:
        # Countries and capitals are places (their use for a government is `metonym_of`, not a type).
        if m.type != "LOC" and m.start not in fixed and not m.title and _key(m.text) not in surnames \
                and known_place(m.text, tables):
            m.type = "LOC"
            fixed = fixed | {m.start}
    votes: dict[str, dict[str, int]] = defaultdict(dict)
    for m in mentions:
        weight = 3 if m.start in fixed else 1
        if (m.title or m.role) and m.type == "PER":
            weight += 2
        _count(votes[_key(m.text)], m.type, weight)
    # per name: the type with the most votes (the first listed on a tie), and whether it wins two to one
    majority = {}
    for key, counts in votes.items():
        best, count = _most_common(counts)
        majority[key] = best if count >= 2 * (sum(counts.values()) - count) + 1 else None
    for m in mentions:
        if m.start in fixed:
            continue
        key = _key(m.text)
        if m.type != "PER" and not m.text.isupper() and (key in surnames and " " not in key or _ends_a_full_name(m, fulls)) \
                and not known_place(m.text, tables):
            m.type = "PER"  # a surname (also a particle one: "El Amrani") of a person named in full
            continue
        best = majority[key]
        if best is None:
            continue  # no clear majority: the model's own reading stands
        if m.type != best and (best != "PER" or m.type != "LOC" or not country_code(m.text, tables)):
            m.type = best


def _ends_a_full_name(m: Mention, fulls: dict[str, list[tuple[str, ...]]]) -> bool:
    toks = _name_tokens(m.text)
    return len(toks) >= 2 and any(_suffix(toks, full) for full in fulls.get(toks[-1], ()))


def _surnames(mentions: list[Mention]) -> set[str]:
    """Last names of the article's multi-word person names."""
    out = set()
    for m in mentions:
        if m.type == "PER":
            toks = _name_tokens(m.text)
            if len(toks) >= 2 and len(toks[-1]) > 1:
                out.add(toks[-1])
    return out


def _compatible(given_a: list[str], given_b: list[str]) -> bool:
    """Given names agree: equal, or one an initial of the other, in order; a missing middle name is fine."""
    short, long_ = sorted((given_a, given_b), key=len)
    it = iter(long_)
    for g in short:
        for h in it:
            if g == h or (len(g) == 1 and h.startswith(g)) or (len(h) == 1 and g.startswith(h)):
                break
        else:
            return False
    return True


def person_canonicals(mentions: list[Mention]) -> None:
    """Set `canonical` of person mentions (see module doc)."""
    people = [m for m in mentions if m.type == "PER"]
    fulls = [m for m in people if len(_name_tokens(m.text)) >= 2]
    # Clusters of compatible full names sharing a surname (a multi-word surname is a token suffix).
    clusters: list[list[Mention]] = []
    for m in fulls:
        toks = _name_tokens(m.text)
        for cluster in clusters:
            other = _name_tokens(cluster[0].text)
            if other[-1] == toks[-1] and _compatible(toks[:-1], other[:-1]) and \
                    all(_compatible(toks[:-1], _name_tokens(c.text)[:-1]) for c in cluster):
                cluster.append(m)
                break
        else:
            clusters.append([m])
    best = {}
    for cluster in clusters:
        name = max(cluster, key=lambda c: (len(_name_tokens(c.text)), len(c.text)))
        canonical = " ".join(name.text.split())
        for c in cluster:
            best[id(c)] = canonical
    for m in people:
        if id(m) in best:
            m.canonical = best[id(m)]
            continue
        toks = _name_tokens(m.text)
        owners = [cl for cl in clusters if _suffix(toks, _name_tokens(cl[0].text))]
        if not owners and len(toks) == 1:
            # A family name written first ("Cho" for Cho Hyun, "Lee" for Lee Jae-myung), or a given
            # name alone: the one full name it opens
            owners = [cl for cl in clusters if _name_tokens(cl[0].text)[0] == toks[0]]
            owners = owners if len(owners) == 1 else []
        if not owners:
            m.canonical = " ".join(m.text.split())
            continue
        if len(owners) == 1:
            m.canonical = best[id(owners[0][0])]
            continue
        before = [(c.start, cl) for cl in owners for c in cl if c.start < m.start]
        after = [(c.start, cl) for cl in owners for c in cl if c.start > m.start]
        chosen = max(before, key=lambda x: x[0])[1] if before else min(after, key=lambda x: x[0])[1]
        m.canonical = best[id(chosen[0])]


def _suffix(short: list[str], long_: list[str]) -> bool:
    return 0 < len(short) < len(long_) and long_[-len(short):] == short


def short_organisation_names(mentions: list[Mention]) -> None:
    """An organisation called by the head word of its full name ("l'Agence" after "Agence
    internationale de l'énergie atomique", "the Agency" after "International Atomic Energy Agency")
    takes the full name as canonical form, when one full name of the article has that head. A lone
    word the model read as a person, without a title, that opens one organisation's name ("Meta"
    after "Meta Platforms") is that organisation."""
    full: dict[str, set[str]] = defaultdict(set)
    first: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.text.split()
        if m.type == "ORG" and len(words) >= 2:
            for head in {words[0], words[-1]}:
                if head[:1].isupper() and not head.isupper():
                    full[head.lower()].add(m.canonical)
            first[words[0].lower()].add(m.canonical)
    for m in mentions:
        word = m.text.strip()
        if " " in word or word.isupper():
            continue
        if m.type == "ORG" and len(names := full.get(word.lower(), ())) == 1:
            m.canonical = next(iter(names))
        elif m.type == "PER" and not m.title and len(names := first.get(word.lower(), ())) == 1:
            # "Meta" read as a person after "Meta Platforms": the company by its first word
            m.type, m.canonical = "ORG", next(iter(names))
