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
from veille.analyze.entity_tables import DocTokens, Tables, doc_tokens, inside
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
    overlaps_taken = overlap_test(sorted((m.start, m.end) for m in mentions))
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
                (in_caps or standalone(toks, i, j)):
            kind = _most_common(known[name])[0] if name in known else "LOC"
            added.append(Mention(text=toks.text[start:end], start=start, end=end, type=kind, canonical=""))
        resume = j
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


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


def standalone(toks: DocTokens, i: int, j: int) -> bool:
    """The match is not a piece of a longer capitalised name ("Petofi" in "Petofi Printing House")."""
    words, sent_starts = toks.words, toks.sent_starts
    if j < len(words) and words[j][:1].isupper() and not sent_starts[j]:
        return False
    if i > 0 and words[i - 1][:1].isupper() and not sent_starts[i] and not toks.puncts[i - 1]:
        return False
    return True


def overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
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
