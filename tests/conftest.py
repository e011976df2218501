"""Shared fixtures. Gold data lives in ../shared/data and is never copied here: tests that need it skip without it."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent")
    return SHARED_DATA


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory) -> Path:
    """A store holding examples/ ingested through the whole pipeline (analysis, entities, stories)."""
    from veille.ingest.pipeline import ingest
    from veille.resolve.stage import forget_resolver, ingest_stages
    from veille.store import open_store

    path = tmp_path_factory.mktemp("examples") / "examples.db"
    with open_store(path) as store:
        summary = ingest([str(EXAMPLES)], store, stages=ingest_stages())
        forget_resolver(store)
    assert summary.stored == 7 and summary.rejected == 0
    return path

