"""veille's command line. Each command family lives in its own module and registers on `app`."""

from veille.cli import (  # noqa: F401  (imported for their commands)
    analyze_cmd,
    eval_events,
    eval_ner,
    eval_quotes,
    eval_stories,
    serve_cmd,
    store_cmds,
    story_cmds,
    watch_cmd,
)
from veille.cli.app import app


def main() -> None:
    app()
