-- veille store, schema version 1.
-- One row per distinct content (content_hash). A new content for the same url or
-- (source, external_id) is a new article whose version_of points at the previous one.

CREATE TABLE articles (
    seq            INTEGER PRIMARY KEY,          -- stable rowid, used by the FTS index
    id             TEXT NOT NULL UNIQUE,         -- Article.id (16 hex of content_hash)
    content_hash   TEXT NOT NULL UNIQUE,
    source         TEXT NOT NULL,
    title          TEXT NOT NULL,
    text           TEXT NOT NULL,
    paragraphs     TEXT,                         -- JSON list; NULL when it is text.split('\n\n')
    url            TEXT,
    external_id    TEXT,
    language       TEXT,
    published      TEXT,                         -- ISO, cut to date_precision
    date_precision TEXT,
    dateline       TEXT,                         -- JSON {place, agency, start, end} or NULL
    credits        TEXT NOT NULL DEFAULT '[]',   -- JSON list of {name, role, place}
    subheads       TEXT NOT NULL DEFAULT '[]',   -- JSON list of strings
    format         TEXT,
    ingested_at    TEXT NOT NULL,
    version_of     TEXT REFERENCES articles(id) ON DELETE SET NULL
);

CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_language ON articles(language, published);
CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_external_id ON articles(external_id, source) WHERE external_id IS NOT NULL;
CREATE INDEX articles_version_of ON articles(version_of) WHERE version_of IS NOT NULL;

-- Version chains. Only articles that belong to a chain have a row: the first
-- version (version 1, its own root) and every later one.
CREATE TABLE article_versions (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    root_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,                -- 1 for the root
    previous_id TEXT REFERENCES articles(id) ON DELETE SET NULL,
    matched_on  TEXT,                            -- 'url' | 'external_id'; NULL for the root
    UNIQUE (root_id, version)
);

CREATE TABLE rejects (
    id     INTEGER PRIMARY KEY,
    input  TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    at     TEXT NOT NULL,                        -- last time this reject was seen
    seen   INTEGER NOT NULL DEFAULT 1,           -- how many runs rejected it
    UNIQUE (input, reason, detail)
);

CREATE INDEX rejects_reason ON rejects(reason);
CREATE INDEX rejects_at ON rejects(at);

-- Full-text index over title + text. External content: the text lives once, in
-- articles; the triggers below keep the index in step with every write.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title,
    text,
    content = 'articles',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

-- Per-article analysis (veille.model.Analysis as JSON), written by the analyze stage.
CREATE TABLE analyses (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    language    TEXT,
    deep        INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL,                   -- JSON of Analysis
    analyzed_at TEXT NOT NULL
);
