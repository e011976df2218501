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
  (he, she, they...), the reference is the nearest preceding gold Source of the same article that is
  not a pronoun (annotators' own named source): the predicted speaker must match it by the same rule.
  When gold holds no name to check a resolution against (a description such as "the businessman",
  or a pronoun whose reference is such a description), the prediction is correct only if it was
  made from the same expression (its speaker span overlaps the gold Source span).
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


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    source_text: str = ""


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
        source_text = " ".join(text[a:b] for a, b in source)
        out.append(Gold(sorted(content), source, source_text))
    return out


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
    """The gold Source text to compare against: the Source itself, or for a pronoun the nearest
    preceding non-pronoun gold Source of the article."""
    if not gold.source:
        return None
    if not is_pronoun(gold.source_text):
        return gold.source_text
    start = gold.source[0][0]
    best = None
    for other in doc.attributions:
        if other.source and other.source[0][0] < start and not is_pronoun(other.source_text):
            if best is None or other.source[0][0] > best.source[0][0]:
                best = other
    return best.source_text if best else None


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
    """Does the gold text hold a proper name (a capitalised word past its first word)?"""
    words = _WORD.findall(text)
    return any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper() and not is_pronoun(text))


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
