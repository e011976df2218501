"""Watching sources: poll feeds, feed files and folders at an interval; store what is new.

    from veille.watch.loop import Watcher, WatchConfig
    with Watcher(["https://example.org/feed.xml", "inbox/"], store, WatchConfig(interval=300)) as w:
        w.run()

Modules: `sources` (per-source state and scheduling, no I/O), `feeds` (one conditional GET),
`folders` (which files are new or changed), `loop` (cycles, threads, signals), `status` (display).
This package imports nothing heavy at import time: the store imports `veille.watch.sources`.
"""
