"""Browser tests: Debian's Chromium driven by Playwright against a real `veille serve` on 127.0.0.1.

Never downloads a browser. Every test here is marked `browser` and skips when /usr/bin/chromium
is absent. The server serves the store built once per process from examples/ plus a hostile
article (tests/fixtures/web/).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.web.webstore import built_store, running_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.slow)
            if not CHROMIUM.exists():
                item.add_marker(pytest.mark.skip(reason=f"{CHROMIUM} is absent (apt-get install chromium)"))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def server():
    with running_server(built_store()) as base:
        yield base


@pytest.fixture(scope="session")
def base_url(server):
    return server


@pytest.fixture
def watched(page):
    """The page, with every dialog (alert, confirm, prompt), uncaught error and console error
    recorded; the test fails at teardown if any happened."""
    seen: dict[str, list[str]] = {"dialogs": [], "errors": [], "console": []}

    def on_dialog(dialog):
        seen["dialogs"].append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda exc: seen["errors"].append(str(exc)))
    page.on("console", lambda msg: seen["console"].append(msg.text) if msg.type == "error" else None)
    page.seen = seen
    yield page
    assert seen == {"dialogs": [], "errors": [], "console": []}
