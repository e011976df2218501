"""Score event coding on PLOVER gold sentences (`plover_dev.json`): type, source and target.

Each record is coded with `code_sentence(text, lang)`; its main event (the first) is the prediction.
Records whose gold `event` is empty are predicted but not scored.

- type: accuracy and macro-F1 over the types seen in gold or predictions (a missing event counts as
  the type `None`, which is wrong for every scored record);
- actors, text: a predicted actor matches a gold actor (any of several) when, after normalisation
  (accents folded, lowercase, possessive 's and punctuation dropped, determiners and counting words
  such as "some", "thousands of" removed), one is a contiguous word sequence of the other (a gold text
  with "..." must have each of its parts inside the prediction), or both have the same head noun
  (last word before a preposition, plural folded) and no conflicting country code;
- actors, code: the predicted ISO3 code equals a gold code, over gold actors whose code is a country
  (old CAMEO codes ITL, JAP, VTN... are mapped to ISO; IGO, NGO, IMG... are not scored);
- `actors` (headline) is the mean of source and target text accuracy, over records whose gold gives
  that actor. `strict` also counts a predicted actor where gold has none as an error.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from anyascii import anyascii

from veille.analyze.events import code_sentence, primary_event

# Codes of the CAMEO era that differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO = {"ITL": "ITA", "JAP": "JPN", "VTN": "VNM", "ROM": "ROU", "SER": "SRB", "TAW": "TWN",
                "BHM": "BHS", "DRC": "COD", "UAE": "ARE", "SUD": "SDN", "KSV": "XKX", "GRM": "DEU"}
_FILLER = {"the", "a", "an", "some", "several", "many", "more", "than", "about", "nearly", "up", "to",
           "at", "least", "thousands", "hundreds", "dozens", "tens", "scores", "group", "of", "le", "la",
           "les", "l", "une", "des", "du", "d"}  # not "un": it is also the UN
_PREPS = {"of", "in", "from", "at", "on", "near", "throughout", "based", "operating", "loyal", "fleeing",
          "who", "de", "du", "des", "en", "dans", "a"}


def load(path: Path) -> list[dict]:
    """Records of a PLOVER gold file: a JSON list, or JSON Lines."""
    text = Path(path).read_text(encoding="utf-8")
    stripped = text.lstrip()
    if stripped.startswith("["):
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def gold_actors(value) -> list[tuple[str, str | None]]:
    """(text, code) pairs of a gold `source`/`target` field (list of dicts, dict, string or empty)."""
    if not value:
        return []
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if isinstance(item, dict):
            text = (item.get("actorText") or "").strip()
            code = (item.get("code") or "").strip() or None
            if text or code:
                out.append((text, code))
        elif isinstance(item, str) and item.strip():
            out.append((item.strip(), None))
    return out


def iso(code: str | None) -> str | None:
    """A gold code as ISO3 when it names a country, else None (IGO, NGO, IMG...)."""
    if not code:
        return None
    code = CAMEO_TO_ISO.get(code.upper(), code.upper())
    import pycountry

    return code if len(code) == 3 and pycountry.countries.get(alpha_3=code) else None


def _words(text: str) -> list[str]:
    text = re.sub(r"['’]s\b", "", anyascii(text).lower())
    text = re.sub(r"(?<=\w)\.(?=\w)", "", text)  # U.S. -> us
    return [w for w in re.findall(r"[a-z0-9]+", text) if w not in _FILLER]


def _contains(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return n > 0 and any(big[i : i + n] == small for i in range(len(big) - n + 1))


def _head(words: list[str]) -> str | None:
    head = None
    for w in words:
        if w in _PREPS:
            break
        head = w
    return head.rstrip("s") if head else None


def text_match(pred: str | None, gold: str, pred_code: str | None = None, gold_code: str | None = None) -> bool:
    """The documented actor-text criterion (see the module docstring)."""
    if not pred or not gold:
        return False
    p = _words(pred)
    parts = [_words(part) for part in gold.split("...")]
    parts = [part for part in parts if part]
    if not p or not parts:
        return False
    if all(_contains(p, part) for part in parts):
        return True
    g = [w for part in parts for w in part]
    if _contains(g, p):
        return True
    g_code, p_code = iso(gold_code), pred_code
    conflict = bool(g_code and p_code and g_code != p_code)
    return _head(p) is not None and _head(p) == _head(g) and not conflict


def predict(records: Iterable[dict], on_record: Callable[[], None] | None = None) -> list[dict]:
    """One prediction per record: {id, type, source, target, source_code, target_code, mode, cue}."""
    out = []
    for rec in records:
        lang = rec.get("language") or "en"
        event = primary_event(code_sentence(rec.get("text", ""), lang))
        out.append({
            "id": rec.get("id"),
            "type": event.type if event else None,
            "source": event.source if event else None,
            "target": event.target if event else None,
            "source_code": event.source_code if event else None,
            "target_code": event.target_code if event else None,
            "mode": event.mode if event else None,
            "cue": event.cue if event else None,
        })
        if on_record:
            on_record()
    return out


def _slot(pred_text, pred_code, gold: list[tuple[str, str | None]]) -> tuple[bool | None, bool | None]:
    """(text correct, code correct) for one actor slot; None where gold gives nothing to score."""
    if not gold:
        return None, None
    text_ok = any(text_match(pred_text, t, pred_code, c) for t, c in gold if t)
    codes = {iso(c) for _, c in gold} - {None}
    code_ok = (pred_code in codes) if codes else None
    return text_ok, code_ok


def score(records: list[dict], predictions: list[dict]) -> dict:
    """Type accuracy, macro-F1 and actor accuracies over the records with a gold event."""
    by_id = {p["id"]: p for p in predictions}
    pairs, slots = [], {k: [] for k in ("source", "target", "source_code", "target_code")}
    strict = {"source": [], "target": []}
    for rec in records:
        gold_type = (rec.get("event") or "").strip()
        if not gold_type or rec.get("id") not in by_id:
            continue
        pred = by_id[rec["id"]]
        pairs.append((gold_type, pred["type"]))
        for role in ("source", "target"):
            gold = gold_actors(rec.get(role))
            text_ok, code_ok = _slot(pred[role], pred[role + "_code"], gold)
            if text_ok is not None:
                slots[role].append(text_ok)
            if code_ok is not None:
                slots[role + "_code"].append(code_ok)
            strict[role].append(text_ok if text_ok is not None else pred[role] is None)
    n = len(pairs)
    accuracy = sum(g == p for g, p in pairs) / n if n else 0.0

    def mean(values: list[bool]) -> float:
        return sum(values) / len(values) if values else 0.0

    result = {
        "records": len(records),
        "scored": n,
        "type_accuracy": accuracy,
        "type_macro_f1": macro_f1(pairs),
        "per_type": per_type(pairs),
        "source_text": mean(slots["source"]),
        "target_text": mean(slots["target"]),
        "source_code": mean(slots["source_code"]),
        "target_code": mean(slots["target_code"]),
        "source_strict": mean(strict["source"]),
        "target_strict": mean(strict["target"]),
        "counts": {k: len(v) for k, v in slots.items()},
        "no_event": sum(1 for _, p in pairs if p is None),
    }
    result["actors"] = (result["source_text"] + result["target_text"]) / 2
    result["actors_code"] = mean(slots["source_code"] + slots["target_code"])
    return result


def per_type(pairs: list[tuple[str, str | None]]) -> dict[str, dict[str, float]]:
    gold, pred, hit = Counter(), Counter(), Counter()
    for g, p in pairs:
        gold[g] += 1
        if p is not None:
            pred[p] += 1
        if g == p:
            hit[g] += 1
    out = {}
    for label in sorted(set(gold) | set(pred)):
        precision = hit[label] / pred[label] if pred[label] else 0.0
        recall = hit[label] / gold[label] if gold[label] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = {"precision": precision, "recall": recall, "f1": f1, "gold": gold[label],
                      "predicted": pred[label]}
    return out


def macro_f1(pairs: list[tuple[str, str | None]]) -> float:
    table = per_type(pairs)
    return sum(v["f1"] for v in table.values()) / len(table) if table else 0.0
