"""ASGI entry point for `veille serve` (uvicorn imports it in each worker process)."""

import os

from veille.web.app import create_app

app = create_app(os.environ.get("VEILLE_SERVE_DB", "veille.db"), os.environ.get("VEILLE_SERVE_TOKEN") or None)
