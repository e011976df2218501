"""Score entity mentions against gold NER files: the raw spaCy model and veille's cleaned mentions.

Gold formats:
- CoNLL-U-like files with BIO tags (`index TAB token TAB tag`, blank line between sentences,
  `-DOCSTART-` between documents): `wikineural_fr_val.conllu`, `conll2003_en_val.conllu`;
- HIPE-2022 TSV: tag in the NE-COARSE-LIT column (pers/org/loc as PER/ORG/LOC), documents opened
  by `# hipe2022:document_id` comments, sentences closed by the `EndOfSentence` MISC flag, spacing
  given by `NoSpaceAfter`.

Texts are rebuilt from the gold tokens with light detokenisation (no space before closing
punctuation, after an elision apostrophe or an opening bracket) and every gold span keeps its
character offsets, so predictions are matched on (start, end, type), exactly.

Conventions of the gold that differ from veille's output are bridged here, in the open:
- HIPE has no MISC type: MISC predictions are ignored there (and its few HumanProd gold spans too);
- HIPE puts a person's title inside the mention (`M. Gambetta`, `docteur Funck`); veille keeps the
  title apart (`Mention.title`), so for HIPE the scored span is the title plus the name;
- an OCR line-end hyphen (`Poin¬` + `caré`) is joined in the text, and a gold span that restarts
  right after such a hyphen with the same type is one span.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from veille.eval.common import TypedScores

HIPE_TYPES = {"pers": "PER", "org": "ORG", "loc": "LOC", "PER": "PER", "ORG": "ORG", "LOC": "LOC"}
ALL_TYPES = ("PER", "ORG", "LOC", "MISC")

# Light detokenisation of gold tokens.
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "'s", "n't", "'re", "'ve", "'ll",
                    "'d", "'m", "'S"}
_NO_SPACE_AFTER = {"(", "[", "{"}


@dataclass
class GoldText:
    """One text to analyse with its gold spans (character offsets into `text`)."""

    text: str
    spans: list[tuple[int, int, str]]
    sentences: int
    title_inside: bool = False  # the gold puts titles inside person spans (HIPE)


@dataclass
class GoldFile:
    texts: list[GoldText]
    lang: str
    types: tuple[str, ...]
    format: str
    title_inside: bool = False
    sentences: int = 0


@dataclass
class _Builder:
    """Accumulates tokens into a text, tracking offsets and BIO spans."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    open_span: list | None = None  # [start, end, type]
    glue_next: bool = True  # no space before the next token
    last_hyphenated: bool = False
    open_quote: bool = False
    sentences: int = 0

    def add(self, token: str, tag: str, space_after: bool | None = None, hyphen_break: bool = False) -> None:
        """Append a token. `space_after` is the file's own spacing flag, trusted only around punctuation."""
        if hyphen_break and token.endswith("¬"):
            token = token[:-1]
        glue = self.glue_next or token in _NO_SPACE_BEFORE or token in ("'", "’")
        if token == '"':
            self.open_quote = not self.open_quote
            glue = glue or not self.open_quote
        if not glue and self.parts:
            self.parts.append(" ")
            self.length += 1
        start = self.length
        self.parts.append(token)
        self.length += len(token)
        self.glue_next = (
            token in _NO_SPACE_AFTER
            or token in ("'", "’")
            or (token.endswith(("'", "’")) and len(token) <= 3)
            or (token == '"' and self.open_quote)
            or hyphen_break
            or (space_after is False and token in ("-", "/"))
        )
        self._tag(tag, start, self.length, continues_word=self.last_hyphenated)
        self.last_hyphenated = hyphen_break

    def _tag(self, tag: str, start: int, end: int, continues_word: bool) -> None:
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        if kind is not None and tag.startswith("B-") and continues_word and self.open_span and self.open_span[2] == kind:
            self.open_span[1] = end
            return
        if kind is not None and tag.startswith("I-") and self.open_span and self.open_span[2] == kind:
            self.open_span[1] = end
            return
        self.close()
        if kind is not None:
            self.open_span = [start, end, kind]

    def close(self) -> None:
        if self.open_span:
            self.spans.append(tuple(self.open_span))
        self.open_span = None

    def end_sentence(self, separator: str = " ") -> None:
        self.close()
        self.sentences += 1
        if self.parts:
            self.parts.append(separator)
            self.length += len(separator)
        self.glue_next = True

    def build(self) -> GoldText:
        self.close()
        text = "".join(self.parts).rstrip()
        return GoldText(text=text, spans=self.spans, sentences=self.sentences)


def read_conllu(path: Path, limit: int | None = None) -> list[GoldText]:
    """BIO-tagged CoNLL-U: the token is the second column, the tag the last.

    With `-DOCSTART-` lines, one text per document (sentences as paragraphs, "\n\n" apart), as veille
    reads articles; without them, one text per sentence. `limit` counts sentences."""
    documents: list[list[list[tuple[str, str]]]] = [[]]
    sentence: list[tuple[str, str]] = []
    count = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if sentence:
                    documents[-1].append(sentence)
                    count += 1
                    sentence = []
                    if limit and count >= limit:
                        break
                continue
            cols = line.split("\t")
            if cols[1] == "-DOCSTART-":
                if documents[-1]:
                    documents.append([])
                continue
            sentence.append((cols[1], cols[-1]))
    if sentence:
        documents[-1].append(sentence)
    has_documents = len(documents) > 1
    texts: list[GoldText] = []
    for document in documents:
        units = [document] if has_documents else [[s] for s in document]
        for unit in units:
            builder = _Builder()
            for sent in unit:
                for token, tag in sent:
                    builder.add(token, tag)
                builder.end_sentence("\n\n")
            if builder.parts:
                texts.append(builder.build())
    return texts


def read_hipe(path: Path, limit: int | None = None) -> list[GoldText]:
    """One text per HIPE document (sentences joined by a space); `limit` counts sentences."""
    texts: list[GoldText] = []
    builder = _Builder()
    column = 1
    count = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("TOKEN\t"):
                column = line.split("\t").index("NE-COARSE-LIT")
                continue
            if line.startswith("#"):
                if "document_id" in line and builder.parts:
                    builder.end_sentence()
                    texts.append(builder.build())
                    builder = _Builder()
                continue
            cols = line.split("\t")
            flags = set(cols[-1].split("|"))
            tag = cols[column]
            kind = tag[2:]
            tag = tag[:2] + HIPE_TYPES[kind] if kind in HIPE_TYPES else "O"
            builder.add(cols[0], tag, space_after="NoSpaceAfter" not in flags,
                        hyphen_break="EndOfLine" in flags and cols[0].endswith("¬"))
            if "EndOfSentence" in flags:
                builder.end_sentence()
                count += 1
                if limit and count >= limit:
                    break
    if builder.parts:
        builder.end_sentence()
        texts.append(builder.build())
    return texts


def detect_language(path: Path, lang: str | None = None) -> str:
    """`--lang`, else the HIPE language comment, else a `_fr`/`_en` part of the file name."""
    if lang:
        return lang
    with open(path, encoding="utf-8") as handle:
        for _, line in zip(range(40), handle, strict=False):
            m = re.match(r"#\s*hipe2022:language\s*=\s*(\w+)", line)
            if m:
                return m.group(1)
    m = re.search(r"(?:^|[_\-.])(fr|en)(?:[_\-.]|$)", path.name)
    if m:
        return m.group(1)
    raise ValueError(f"cannot tell the language of {path.name}: pass --lang")


def read_gold(path: Path, lang: str | None = None, limit: int | None = None) -> GoldFile:
    with open(path, encoding="utf-8") as handle:
        head = handle.readline()
    language = detect_language(path, lang)
    if head.startswith("TOKEN\t"):
        texts = read_hipe(path, limit)
        gold = GoldFile(texts, language, ("PER", "ORG", "LOC"), "hipe", title_inside=True)
    else:
        texts = read_conllu(path, limit)
        types = sorted({t for text in texts for _, _, t in text.spans}, key=ALL_TYPES.index)
        gold = GoldFile(texts, language, tuple(types), "conllu")
    gold.sentences = sum(t.sentences for t in texts)
    return gold


def raw_spans(doc, lang: str) -> list[tuple[int, int, str]]:
    """The model's entities as they come, only mapped to PER/ORG/LOC/MISC."""
    from veille.analyze.entities import map_label

    spans = []
    for ent in doc.ents:
        kind = map_label(ent.label_)
        if kind:
            spans.append((ent.start_char, ent.end_char, kind))
    return spans


def veille_spans(text: str, doc, lang: str, title_inside: bool) -> list[tuple[int, int, str]]:
    """veille's cleaned mentions; with `title_inside`, a person's title is put back in the span."""
    from veille.analyze.entities import find_entities, title_start
    from veille.model import Article

    article = Article(id="gold", source="gold", title="", text=text, paragraphs=[text], content_hash="",
                      language=lang)
    spans = []
    for mention in find_entities(article, doc):
        start = mention.start
        if title_inside and mention.type == "PER" and mention.title:
            start = title_start(text, mention)
        spans.append((start, mention.end, mention.type))
    return spans


@dataclass
class NerReport:
    raw: TypedScores
    veille: TypedScores
    types: tuple[str, ...]
    texts: int
    sentences: int
    words: int
    ner_seconds: float
    veille_seconds: float


def evaluate(gold: GoldFile, advance: Callable[[int], None] | None = None, batch_size: int = 64,
             with_veille: bool = True) -> NerReport:
    """Run the model once per text; score its raw entities and veille's mentions on the same docs."""
    from veille.analyze.nlp import ner_docs

    raw, ours = TypedScores(), TypedScores()
    keep = set(gold.types)
    for label in gold.types:
        raw.by_type.setdefault(label, raw._get(label))
        ours.by_type.setdefault(label, ours._get(label))
    _warm_up(gold.lang, with_veille)
    ner_seconds = veille_seconds = 0.0
    words = 0
    # Each batch of docs is complete before veille looks at it: nlp.py switches pipes per call, and
    # the parser must not run while a ner_docs() generator is suspended.
    for at in range(0, len(gold.texts), batch_size):
        items = gold.texts[at:at + batch_size]
        t0 = time.process_time()
        docs = list(ner_docs([t.text for t in items], gold.lang, batch_size=batch_size))
        ner_seconds += time.process_time() - t0
        for item, doc in zip(items, docs, strict=True):
            words += sum(1 for tok in doc if not tok.is_space and not tok.is_punct)
            gold_spans = [s for s in item.spans if s[2] in keep]
            raw.count(gold_spans, [s for s in raw_spans(doc, gold.lang) if s[2] in keep])
            if with_veille:
                t1 = time.process_time()
                predicted = veille_spans(item.text, doc, gold.lang, gold.title_inside)
                veille_seconds += time.process_time() - t1
                ours.count(gold_spans, [s for s in predicted if s[2] in keep])
            if advance:
                advance(item.sentences)
    return NerReport(raw, ours, gold.types, len(gold.texts), gold.sentences, words, ner_seconds, veille_seconds)



def _warm_up(lang: str, with_veille: bool) -> None:
    """Load the models and tables before timing, so that speeds compare steady states."""
    from veille.analyze.nlp import ner_doc, parse

    doc = ner_doc("Paris", lang)
    if with_veille:
        parse("Paris", lang)
        veille_spans("Paris", doc, lang, False)
