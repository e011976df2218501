-- veille store, schema version 3: state of watched sources (veille watch), so a restart resumes.

-- One row per watched source: a feed URL, a local file or a folder (absolute path).
-- Times are epoch seconds (REAL). last_status: pending | ok | not-modified | timeout | error: ...
CREATE TABLE watch_sources (
    source        TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,                 -- feed | file | folder
    etag          TEXT,                          -- validators of the last 200, sent back next time
    last_modified TEXT,
    last_poll     REAL,
    last_status   TEXT NOT NULL DEFAULT 'pending',
    failures      INTEGER NOT NULL DEFAULT 0,    -- consecutive failed polls (drives the backoff)
    next_poll     REAL NOT NULL DEFAULT 0,
    articles      INTEGER NOT NULL DEFAULT 0,    -- articles stored from this source, ever
    last_new      INTEGER NOT NULL DEFAULT 0     -- articles stored by the last poll
);

-- Files of a watched folder (or a watched file) already read: a file is read again only when its
-- size or mtime changes, and then only stored again when its bytes changed (content_hash).
CREATE TABLE watch_files (
    source       TEXT NOT NULL REFERENCES watch_sources(source) ON DELETE CASCADE,
    path         TEXT NOT NULL,
    size         INTEGER NOT NULL,
    mtime_ns     INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    PRIMARY KEY (source, path)
);
