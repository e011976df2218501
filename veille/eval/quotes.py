"""Score quote detection and speaker attribution on PolNeAR (brat attributions, English news).

Data: `DIR/{train,dev}/text/<name>.txt` and `DIR/{train,dev}/attributions/<name>_<annotator>.ann`
with `Source`, `Cue` and `Content` spans tied by `Attribution` events. When an article has
several annotators' files, the first in name order is used.

Criteria (word tokens are `\\w+` runs of the article text):
- Content found: some prediction P covers at least half of the gold content's words and at least
  half of P's words lie inside the gold content. P is one predicted quote, or the union of the
  predicted quotes that share one speaker expression in the same or adjacent paragraphs (the
  parts of `“A,” he said, “B.”`, which PolNeAR annotates as one discontinuous content).
- Source correct (only for found contents whose gold attribution has a Source): the predicted
  speaker is not null and its head word (last name word) is a word of the gold Source text, or the
  gold Source's head word is a word of the predicted speaker. When the gold Source is a bare pronoun
  (he, she, they...), PolNeAR gives no antecedent, so the reference is the nearest preceding gold
  Source of the same article that is not a pronoun and can be its antecedent (annotators' own
  source): for he/she, not a plural ("some Republicans", "X and Y"), not a document or body ("the
  statement", "the news organization"), not of the other gender (Mr./Ms., a gendered noun or a
  common given name, also from a fuller gold Source with the same surname); for they, not a
  single gendered person. When no earlier gold Source can be the antecedent, gold names nobody
  to check against. The predicted speaker must match it
  by the same rule. A relative pronoun ("Stevie Wonder, who joked") refers to the name right before
  it; a first-person pronoun outside a quote (I, we) is the writer, whom gold does not name.
  When gold holds no name to check a resolution against (a description such as "the businessman" or
  "the Texas senator", a first-person narrator, or a pronoun whose reference is a description), the
  prediction is correct only if it was made from the same expression (its speaker span overlaps the
  gold Source span).
- Gold slips: when an attribution's Source is a reporting verb and its Cue a capitalised name
  (`“…,” said Hester` annotated Source="said", Cue="Hester"), the two are swapped back.
- Direct vs reported: a gold content is direct when its text opens and closes with quotation marks
  (or sits right inside them); every other content is reported speech.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from veille.analyze.speakers import fold
from veille.model import Article, Mention, Quote

_WORD = re.compile(r"\w+")
_MARKS = "«»“”„\"‘’'"
PRONOUNS = frozenset(
    "he she they him her them his hers their i we you me us it its who one this that these those".split()
)
_STOP = frozenset("the a an of for and in on at to mr mrs ms dr sen rep gov president s".split())
_FIRST_PERSON = frozenset("i we me us my our".split())
_RELATIVE = frozenset("who which that whom whose".split())
_SINGULAR = frozenset("he she him her his hers".split())
_PLURAL = frozenset("they them their".split())
_DETERMINERS = frozenset("the a an this that his her their its".split())
_QUANTIFIERS = frozenset("some many several most all both few two three four other others".split())
# lower-case heads that name a text or a body, never "he" or "she"
_THING_HEADS = frozenset(
    """statement report tweet tweets post letter poll survey study website site organization
    organisation department campaign committee newspaper paper network memo ad video headline
    message release editorial document book article court agency office group magazine analysis
    transcript email note filing complaint lawsuit ruling order page account feed blog column
    company firm party government administration""".split()
)
_MALE_WORDS = frozenset(
    """mr mr. man father husband son brother spokesman congressman chairman businessman
    king prince uncle grandfather boyfriend""".split()
)
_FEMALE_WORDS = frozenset(
    """mrs ms miss woman mother wife daughter sister spokeswoman congresswoman chairwoman
    businesswoman queen princess aunt grandmother girlfriend widow""".split()
)
# a lower-case word after a capitalised one that shows the capitalised one ends a name
# ("Jason Gilbert of Cheyenne"); other lower-case words make it a modifier ("the Texas senator")
_AFTER_NAME = frozenset("of from who whose which and at in with on for to said says".split())


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    source_text: str = ""
    in_quote: bool = False  # the Source sits inside a direct quote (a speaker's own "I")


@dataclass
class GoldDoc:
    name: str
    text: str
    attributions: list[Gold]


def _spans(field_: str) -> list[tuple[int, int]]:
    out = []
    for part in field_.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def parse_ann(ann: str, text: str) -> list[Gold]:
    """Attributions of one brat .ann file."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            kind, _, offsets = parts[1].partition(" ")
            try:
                spans[parts[0]] = (kind, _spans(offsets))
            except ValueError:
                continue
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            events.append(roles)
    out = []
    for roles in events:
        content: list[tuple[int, int]] = []
        for key in ("Content", "Content2", "Content3"):
            if key in roles and roles[key] in spans:
                content.extend(spans[roles[key]][1])
        if not content:
            continue
        source = spans[roles["Source"]][1] if roles.get("Source") in spans else []
        cue = spans[roles["Cue"]][1] if roles.get("Cue") in spans else []
        if source and cue and _swapped(_joined(text, source), _joined(text, cue)):
            source = cue
        source_text = _joined(text, source)
        out.append(Gold(sorted(content), source, source_text, bool(source) and _inside_quote(text, source[0][0])))
    return out


def _joined(text: str, spans: list[tuple[int, int]]) -> str:
    return " ".join(text[a:b] for a, b in spans)


def _swapped(source_text: str, cue_text: str) -> bool:
    """Source and Cue exchanged by the annotator: a lone reporting verb as Source, a name as Cue."""
    from veille.analyze.quote_cues import lexicon

    word = source_text.strip().lower()
    return word in lexicon("en").forms and cue_text.strip()[:1].isupper()


def _inside_quote(text: str, pos: int) -> bool:
    """Whether pos sits inside a pair of quotation marks of its paragraph."""
    start = text.rfind("\n", 0, pos) + 1
    before = text[start:pos]
    opened = before.count("“") - before.count("”") + before.count("«") - before.count("»")
    return opened > 0 or (before.count('"') % 2 == 1) or (before.count("''") % 2 == 1)


def load_polnear(root: Path, split: str = "dev") -> Iterator[GoldDoc]:
    base = root / split
    anns = sorted((base / "attributions").glob("*.ann"))
    seen: set[str] = set()
    for ann in anns:
        name = ann.stem.rsplit("_", 1)[0]
        if name in seen:
            continue
        txt = base / "text" / f"{name}.txt"
        if not txt.exists():
            continue
        seen.add(name)
        text = txt.read_text(encoding="utf-8")
        yield GoldDoc(name, text, parse_ann(ann.read_text(encoding="utf-8"), text))


def count_docs(root: Path, split: str) -> int:
    return len({p.stem.rsplit("_", 1)[0] for p in (root / split / "attributions").glob("*.ann")})


# ---- matching ----


def _word_ids(text: str, spans: list[tuple[int, int]]) -> set[int]:
    ids: set[int] = set()
    for a, b in spans:
        ids.update(m.start() + a for m in _WORD.finditer(text[a:b]))
    return ids


def is_direct(text: str, spans: list[tuple[int, int]]) -> bool:
    a, b = spans[0][0], spans[-1][1]
    inner = text[a:b].strip()
    opens = inner[:1] in _MARKS or text[max(0, a - 2) : a].strip()[-1:] in _MARKS
    closes = inner.rstrip(".,!?")[-1:] in _MARKS or inner[-1:] in _MARKS or text[b : b + 2].strip()[:1] in _MARKS
    return bool(opens and closes)


def _head(name: str) -> str | None:
    words = [w for w in _WORD.findall(fold(name)) if w not in _STOP]
    return words[-1] if words else None


def names_match(predicted: str | None, gold: str) -> bool:
    if not predicted:
        return False
    pred_words = {w for w in _WORD.findall(fold(predicted)) if w not in _STOP}
    gold_words = {w for w in _WORD.findall(fold(gold)) if w not in _STOP}
    ph, gh = _head(predicted), _head(gold)
    return bool((ph and ph in gold_words) or (gh and gh in pred_words))


def is_pronoun(source_text: str) -> bool:
    words = _WORD.findall(source_text.lower())
    return bool(words) and all(w in PRONOUNS for w in words)


def reference_source(doc: GoldDoc, gold: Gold) -> str | None:
    """The gold Source text to compare against: the Source itself, or for a pronoun its antecedent
    (see the module docstring); None when gold names nobody to check against."""
    if not gold.source:
        return None
    if not is_pronoun(gold.source_text):
        return gold.source_text
    words = _WORD.findall(gold.source_text.lower())
    start = gold.source[0][0]
    if words[0] in _FIRST_PERSON and not gold.in_quote:
        return None  # the writer
    if words[0] in _RELATIVE:
        return _name_before(doc.text, start)
    earlier = sorted(
        (o for o in doc.attributions if o.source and o.source[0][0] < start and not is_pronoun(o.source_text)),
        key=lambda o: o.source[0][0],
        reverse=True,
    )
    for other in earlier:
        if _can_refer(words[0], other.source_text, _fuller_names(doc, other.source_text), doc.text):
            return other.source_text
    return None


def _fuller_names(doc: GoldDoc, source_text: str) -> list[str]:
    """Other gold Sources of the article ending with the same name word ("Obama" and "President
    Barack Obama"): they tell a bare surname's gender."""
    head = _first_phrase(source_text)
    if not head[:1].isupper():
        return []
    return [o.source_text for o in doc.attributions if o.source and _first_phrase(o.source_text) == head]


def _name_before(text: str, pos: int) -> str | None:
    """The capitalised words right before a relative pronoun ("…, Stevie Wonder, who")."""
    words = re.findall(r"[\w.'’-]+", text[max(0, pos - 80) : pos])
    run: list[str] = []
    for w in reversed(words):
        if w[:1].isupper():
            run.append(w)
        elif run:
            break
    return " ".join(reversed(run)) or None


def _gender(source_text: str) -> str | None:
    """m / f from the Source's own phrase (a title, a given name before a surname, a gendered head
    noun: "his wife") or the head of an apposition after it ("Patti Davis, Reagan's daughter");
    relative clauses ("who was estranged from her father") say nothing of it."""
    from veille.analyze.lang.en.quotes import GIVEN_NAMES_F, GIVEN_NAMES_M

    found = set()
    first = [fold(w) for w in re.findall(r"[\w.]+", _split_phrase(source_text))]
    for i, w in enumerate(first):
        if w in ("mr", "mr.") or (w in GIVEN_NAMES_M and i + 1 < len(first)):
            found.add("m")
        elif w in ("mrs", "mrs.", "ms", "ms.", "miss") or (w in GIVEN_NAMES_F and i + 1 < len(first)):
            found.add("f")
    heads = first[-1:]
    rest = source_text.split(",", 2)
    if len(rest) > 1 and not re.match(r"\s*(?:who|which|that)\b", rest[1]):
        heads += [fold(w) for w in _WORD.findall(rest[1])][-1:]
    for w in heads:
        if w in _MALE_WORDS:
            found.add("m")
        elif w in _FEMALE_WORDS:
            found.add("f")
    return found.pop() if len(found) == 1 else None


def _plural(source_text: str, text: str = "") -> bool:
    words = _WORD.findall(source_text)
    lower = [w.lower() for w in words]
    if not words:
        return False
    first = _split_phrase(source_text)
    if lower[0] in _QUANTIFIERS or (" and " in first and sum(w[:1].isupper() for w in _WORD.findall(first)) >= 2):
        return True
    head = _first_phrase(source_text)
    if not head or head[-1:] != "s" or head[-2:] in ("ss", "us", "is"):
        return False
    # a lower-case plural, or a capitalised one the article also writes in lower case ("Delegates")
    return head.islower() or (len(words) == 1 and re.search(rf"\b{re.escape(head.lower())}\b", text) is not None)


def _split_phrase(source_text: str) -> str:
    """The source up to any comma, parenthesis or relative clause."""
    return re.split(r"[,(]|\b(?:who|which|that)\b", source_text, maxsplit=1)[0]


def _first_phrase(source_text: str) -> str:
    """The last word before any comma, parenthesis or relative clause: the head of the source."""
    words = _WORD.findall(_split_phrase(source_text))
    return words[-1] if words else ""


def _can_refer(pronoun: str, source_text: str, namesakes: list[str] | None = None, text: str = "") -> bool:
    """Can this gold Source be the antecedent of the pronoun?"""
    g = _gender(source_text)
    if g is None and namesakes:
        found = {_gender(n) for n in namesakes} - {None}
        g = found.pop() if len(found) == 1 else None
    if pronoun in _SINGULAR:
        if _plural(source_text, text) or _first_phrase(source_text).lower() in _THING_HEADS:
            return False
        want = "f" if pronoun in ("she", "her", "hers") else "m"
        return g is None or g == want
    if pronoun in _PLURAL:
        return g is None or _plural(source_text, text)
    return True


def _overlaps(spans: list[tuple[int, int]], start: int | None, end: int | None) -> bool:
    return start is not None and end is not None and any(a < end and start < b for a, b in spans)


def source_correct(doc: GoldDoc, gold: Gold, pred: Quote) -> bool:
    """See the module docstring: name match against the Source (or a pronoun's antecedent), or the
    same speaker expression when gold gives no name to check the resolution against."""
    if not pred.speaker:
        return False
    ref = reference_source(doc, gold)
    if ref is not None and names_match(pred.speaker, ref):
        return True
    same_expression = _overlaps(gold.source, pred.speaker_start, pred.speaker_end)
    if not is_pronoun(gold.source_text):
        return same_expression and not _is_name(gold.source_text)
    return same_expression and (ref is None or not _is_name(ref))


def _is_name(text: str) -> bool:
    """Does the gold text hold a proper name? A capitalised word past the first that ends a noun
    phrase (before punctuation, the end, or a word like "of"/"who"), unless it only follows a
    determiner ("The Republican"); capitalised modifiers ("the Texas senator") are no names."""
    toks = re.findall(r"[\w'’.-]+|[^\w\s]", text)
    words = [t for t in toks if t[:1].isalnum()]
    if len(words) == 1:
        return words[0][:1].isupper() and not is_pronoun(text)
    for i, t in enumerate(toks):
        if i == 0 or not t[:1].isupper():
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        ends = nxt is None or not nxt[:1].isalnum() or (nxt[:1].islower() and nxt.lower() in _AFTER_NAME)
        if not ends:
            continue
        if toks[i - 1].lower() in _DETERMINERS and (i < 2 or not toks[i - 2][:1].isupper()):
            continue  # "the Republican", "a Democrat"
        return True
    return False


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    with_source: int = 0  # found contents whose gold attribution has a Source
    source_ok: int = 0

    def line(self, label: str) -> str:
        rec = self.found / self.gold if self.gold else 0.0
        acc = self.source_ok / self.with_source if self.with_source else 0.0
        return (
            f"{label:<9} gold {self.gold:5d}  found {self.found:5d} ({rec:.3f})  "
            f"source correct {self.source_ok:5d}/{self.with_source:<5d} ({acc:.3f})"
        )


@dataclass
class Mismatch:
    """One scored gold content whose prediction is missing or names the wrong source."""

    doc: str
    kind: str  # direct | reported
    problem: str  # missed (no prediction found the content) | no_speaker | wrong_speaker
    content: str
    gold_source: str
    reference: str | None  # the gold name checked against (a pronoun's antecedent)
    predicted: str | None
    predicted_span: str | None
    cue: str | None
    context: str


@dataclass
class Report:
    docs: int = 0
    direct: Tally = field(default_factory=Tally)
    reported: Tally = field(default_factory=Tally)
    predicted: int = 0
    predicted_matching: int = 0  # predictions with most of their words inside some gold content
    seconds: float = 0.0
    words: int = 0
    mismatches: list[Mismatch] | None = None  # filled when errors are asked for

    @property
    def overall(self) -> Tally:
        d, r = self.direct, self.reported
        return Tally(d.gold + r.gold, d.found + r.found, d.with_source + r.with_source, d.source_ok + r.source_ok)


def _candidates(text: str, quotes: list[Quote]) -> list[tuple[set[int], Quote]]:
    """Single predictions, plus unions of predictions sharing one speaker expression nearby."""
    singles = [(_word_ids(text, [(q.start, q.end)]), q) for q in quotes]
    groups: dict[tuple[int, int], list[Quote]] = {}
    for q in quotes:
        if q.speaker_start is not None:
            groups.setdefault((q.speaker_start, q.speaker_end), []).append(q)
    out = list(singles)
    for members in groups.values():
        if len(members) > 1:
            members.sort(key=lambda q: q.start)
            chain = [members[0]]
            for q in members[1:]:
                if text.count("\n\n", chain[-1].end, q.start) <= 1:
                    chain.append(q)
                    continue
                if len(chain) > 1:
                    out.append((_word_ids(text, [(c.start, c.end) for c in chain]), chain[0]))
                chain = [q]
            if len(chain) > 1:
                out.append((_word_ids(text, [(c.start, c.end) for c in chain]), chain[0]))
    return out


def score_doc(doc: GoldDoc, quotes: list[Quote], report: Report) -> None:
    text = doc.text
    cands = _candidates(text, quotes)
    gold_ids = [_word_ids(text, g.content) for g in doc.attributions]
    for g, gids in zip(doc.attributions, gold_ids, strict=True):
        if not gids:
            continue
        tally = report.direct if is_direct(text, g.content) else report.reported
        tally.gold += 1
        best, best_f = None, 0.0
        for pids, q in cands:
            inter = len(gids & pids)
            if not inter or inter < 0.5 * len(gids) or inter < 0.5 * len(pids):
                continue
            f = 2 * inter / (len(gids) + len(pids))
            if f > best_f:
                best, best_f = q, f
        kind = "direct" if tally is report.direct else "reported"
        if best is None:
            if report.mismatches is not None:
                report.mismatches.append(_mismatch(doc, g, None, kind, "missed"))
            continue
        tally.found += 1
        if g.source:
            tally.with_source += 1
            if source_correct(doc, g, best):
                tally.source_ok += 1
            elif report.mismatches is not None:
                problem = "no_speaker" if not best.speaker else "wrong_speaker"
                report.mismatches.append(_mismatch(doc, g, best, kind, problem))
    for pids, _q in cands[: len(quotes)]:
        report.predicted += 1
        if pids and any(len(pids & gids) >= 0.5 * len(pids) for gids in gold_ids):
            report.predicted_matching += 1


def _mismatch(doc: GoldDoc, g: Gold, pred: Quote | None, kind: str, problem: str) -> Mismatch:
    text = doc.text
    a, b = g.content[0][0], g.content[-1][1]
    if g.source:
        a, b = min(a, g.source[0][0]), max(b, g.source[-1][1])
    lo = max(0, text.rfind("\n\n", 0, a) + 1, a - 600)
    hi = min(len(text), b + 200)
    span = None
    if pred is not None and pred.speaker_start is not None:
        span = text[pred.speaker_start : pred.speaker_end]
    return Mismatch(
        doc.name, kind, problem, " ".join(text[x:y] for x, y in g.content), g.source_text,
        reference_source(doc, g), pred.speaker if pred else None, span, pred.cue if pred else None,
        " ".join(text[lo:hi].split()),
    )


def write_errors(report: Report, path: Path) -> None:
    """Write the report's mismatches as JSON lines, one per gold content."""
    import json
    from dataclasses import asdict

    with path.open("w", encoding="utf-8") as out:
        for m in report.mismatches or []:
            out.write(json.dumps(asdict(m), ensure_ascii=False) + "\n")


def default_mentions(article: Article, doc, source: str = "auto") -> list[Mention]:
    """Entity mentions: from the entity stage (analyze/entities.py) when present and `source` is
    "auto", else raw NER spans mapped to PER/ORG/LOC/MISC."""
    find_entities = None
    if source == "auto":
        try:
            from veille.analyze.entities import find_entities
        except ImportError:
            pass
    if find_entities is not None:
        return find_entities(article, doc)
    types = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC"}
    return [Mention(e.text, e.start_char, e.end_char, types.get(e.label_, "MISC"), e.text) for e in doc.ents]


def make_article(name: str, text: str) -> Article:
    from veille.analyze.quote_spans import paragraph_spans

    paras = [text[a:b] for a, b in paragraph_spans(text)]
    title = paras[0] if paras else ""
    return Article(name, name, title, text, paras, name, language="en")


def evaluate(
    root: Path,
    split: str = "dev",
    limit: int | None = None,
    on_doc: Callable[[], None] | None = None,
    mentions: str = "auto",
    errors: bool = False,
) -> Report:
    from veille.analyze.nlp import ner_docs
    from veille.analyze.quotes import find_quotes

    docs = list(itertools.islice(load_polnear(root, split), limit or None))
    report = Report(mismatches=[] if errors else None)
    t0 = time.perf_counter()
    for gold, nlp_doc in zip(docs, ner_docs((d.text for d in docs), "en", batch_size=16), strict=True):
        article = make_article(gold.name, gold.text)
        quotes = find_quotes(article, nlp_doc, default_mentions(article, nlp_doc, mentions))
        score_doc(gold, quotes, report)
        report.docs += 1
        report.words += len(gold.text.split())
        if on_doc:
            on_doc()
    report.seconds = time.perf_counter() - t0
    return report


def main(argv: list[str] | None = None) -> None:
    """`python -m veille.eval.quotes DIR [--split S] [--limit N] [--errors FILE]`: the scores, and
    optionally every mismatch (missed content, missing or wrong speaker) with its context."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m veille.eval.quotes", description=main.__doc__)
    parser.add_argument("directory", type=Path, help="PolNeAR folder holding train/ and dev/")
    parser.add_argument("--split", default="dev", choices=("dev", "train"), help="split to score")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--mentions", default="auto", choices=("auto", "ner"), help="where speaker names come from")
    parser.add_argument("--errors", type=Path, default=None, help="write mismatches as JSON lines to this file")
    args = parser.parse_args(argv)
    report = evaluate(args.directory, args.split, args.limit, mentions=args.mentions, errors=args.errors is not None)
    print(f"PolNeAR {args.split}: {report.docs} articles, {report.words} words, {report.seconds:.1f}s")
    for label, tally in (("direct", report.direct), ("reported", report.reported), ("overall", report.overall)):
        print(tally.line(label))
    if args.errors is not None:
        write_errors(report, args.errors)


if __name__ == "__main__":
    main()
