"""When an event happened: the time expression of its sentence that dates it, chosen on the parse.

One in the event's own clause first, else one in a clause above it; never one in another clause nor in
a comma aside about a noun. The article's own date, when none applies, is set by `events.code_events`.
"""

from __future__ import annotations

from veille.analyze.event_context import Context

_CLAUSE_DEPS = ("ccomp", "advcl", "acl", "relcl", "xcomp", "conj", "parataxis", "csubj")


def event_date(anchor, ctx: Context) -> tuple[str | None, str | None]:
    """The time expression of the sentence that dates the event at `anchor`: one in the event's own
    clause first, else one in a clause above it (the reporting verb's "on Monday"); never one in
    another clause ("salue le retour de soldats capturés en 2022", "will impose tariffs from next
    month, X said, rejecting…")."""
    best, best_rank = (None, None), None
    path = [anchor, *anchor.ancestors]
    for t in ctx.times:
        tok = next((x for x in ctx.doc if x.idx <= t.start < x.idx + len(x) + 1), None)
        rank = None if tok is None else _clause_distance(tok, path)
        if rank is not None and (best_rank is None or rank < best_rank):
            best, best_rank = (t.value, t.precision), rank
    return best


def _clause_distance(tok, path: list) -> int | None:
    """How many clauses up from the event the clause holding `tok` is (0: the event's own), or None
    when `tok` sits in a clause off that path."""
    for x in [tok, *tok.ancestors]:
        if x in path:
            return path.index(x)
        if x.dep_.startswith(_CLAUSE_DEPS) or _aside(x):
            return None
    return None


def _aside(x) -> bool:
    """x opens a phrase set off by the noun's own comma: "Les FSR, en guerre … depuis avril 2023, ont
    démenti", "The RSF, at war … since April 2023, denied" (the date describes the noun, not the event)."""
    head = x.head
    if not x.dep_.startswith(("nmod", "appos", "acl", "prep")) or head.pos_ not in ("NOUN", "PROPN") or x.i < head.i:
        return False
    return any(t.text == "," and t.head == head for t in x.doc[head.i + 1 : x.left_edge.i])
