"""Article text cut into segments for display: plain text, entity mentions and quotes.

The template escapes every segment; nothing here produces HTML.
"""

from __future__ import annotations

from dataclasses import dataclass

from veille.model import Analysis


@dataclass
class Segment:
    text: str
    kind: str | None = None  # None | "entity" | "quote"
    label: str | None = None  # entity type or speaker, shown as a tooltip
    entity_id: str | None = None


def segments(text: str, analysis: Analysis | None) -> list[list[Segment]]:
    """Paragraphs of segments. Quotes are marked; entity mentions inside them stay marked too."""
    marks: list[tuple[int, int, str, str | None, str | None]] = []
    if analysis:
        for m in analysis.entities:
            marks.append((m.start, m.end, "entity", f"{m.type}: {m.canonical}", m.entity_id))
        for q in analysis.quotes:
            marks.append((q.start, q.end, "quote", f"{q.kind} quote: {q.speaker or 'unknown speaker'}", None))
    # boundaries where the mark set changes
    cuts = sorted({0, len(text), *(s for s, *_ in marks), *(e for _, e, *_ in marks)})
    paragraphs: list[list[Segment]] = [[]]
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b or a >= len(text):
            continue
        covering = [m for m in marks if m[0] <= a and b <= m[1]]
        entity = next((m for m in covering if m[2] == "entity"), None)
        quote = next((m for m in covering if m[2] == "quote"), None)
        chunk = text[a:b]
        parts = chunk.split("\n\n")
        for i, part in enumerate(parts):
            if i:
                paragraphs.append([])
            if not part:
                continue
            if entity:
                seg = Segment(part, "entity", entity[3], entity[4])
            elif quote:
                seg = Segment(part, "quote", quote[3])
            else:
                seg = Segment(part)
            if quote and entity:
                seg.kind = "entity in-quote"
            paragraphs[-1].append(seg)
    return [p for p in paragraphs if p]
