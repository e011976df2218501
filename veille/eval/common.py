"""Small helpers shared by the eval commands: precision/recall/F1 tallies and a progress bar on stderr."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class PRF:
    """True positives, false positives and false negatives, with the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class TypedScores:
    """PRF per label plus the micro average over all labels."""

    by_type: dict[str, PRF] = field(default_factory=dict)

    def count(self, gold: Iterable[tuple], predicted: Iterable[tuple], type_index: int = -1) -> None:
        """Compare two sets of hashable items (exact match); item[type_index] is the label."""
        gold_set, pred_set = set(gold), set(predicted)
        for item in gold_set & pred_set:
            self._get(item[type_index]).tp += 1
        for item in pred_set - gold_set:
            self._get(item[type_index]).fp += 1
        for item in gold_set - pred_set:
            self._get(item[type_index]).fn += 1

    def _get(self, label: str) -> PRF:
        return self.by_type.setdefault(label, PRF())

    @property
    def micro(self) -> PRF:
        total = PRF()
        for prf in self.by_type.values():
            total.add(prf)
        return total


@contextmanager
def progress_bar(description: str, total: int | None) -> Iterator:
    """A rich progress bar on stderr; yields `advance(n=1)`."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    with progress:
        task = progress.add_task(description, total=total)

        def advance(n: int = 1) -> None:
            progress.advance(task, n)

        yield advance
