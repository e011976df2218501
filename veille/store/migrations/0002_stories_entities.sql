-- veille store, schema version 2: cross-article state written by resolve/ and read by views/.

-- Store-wide entities (who is who). variants/roles are JSON lists.
CREATE TABLE entities (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    type     TEXT NOT NULL,
    country  TEXT,
    variants TEXT NOT NULL DEFAULT '[]',
    roles    TEXT NOT NULL DEFAULT '[]',
    mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_rank ON entities(mentions DESC);
CREATE INDEX entities_type ON entities(type, mentions DESC);

CREATE TABLE article_entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    mentions   INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id);

-- Stories. A story merged into another keeps its row, with merged_into pointing at the survivor,
-- so old ids keep resolving.
CREATE TABLE stories (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    merged_into TEXT REFERENCES stories(id),
    size        INTEGER NOT NULL DEFAULT 0,
    languages   TEXT NOT NULL DEFAULT '[]',
    sources     TEXT NOT NULL DEFAULT '[]',
    first       TEXT,
    last        TEXT,
    created     TEXT NOT NULL,
    updated     TEXT NOT NULL
);
CREATE INDEX stories_live ON stories(updated DESC) WHERE merged_into IS NULL;

CREATE TABLE story_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id   TEXT NOT NULL REFERENCES stories(id),
    joined     INTEGER NOT NULL               -- arrival order (the article's seq)
);
CREATE INDEX story_articles_story ON story_articles(story_id, joined);

-- Version relations between articles of one story (a is the earlier or original).
CREATE TABLE relations (
    a     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    b     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind  TEXT NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX relations_b ON relations(b);

-- The consolidated story view (veille.model.StoryView as JSON), recomputed when the story changes.
CREATE TABLE story_views (
    story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    data     TEXT NOT NULL,
    updated  TEXT NOT NULL
);

-- Events, one row each, for listing and filtering across stories.
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    source      TEXT,
    source_code TEXT,
    target      TEXT,
    target_code TEXT,
    mode        TEXT,
    date        TEXT,
    data        TEXT NOT NULL                 -- veille.model.Event as JSON
);
CREATE INDEX events_type ON events(type, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_article ON events(article_id);

-- Title+lead embeddings, so the story index can be rebuilt from the database at any time.
CREATE TABLE article_vectors (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    vector     BLOB NOT NULL
);

-- Small named JSON blobs of incremental state (e.g. entity document frequencies).
CREATE TABLE resolve_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
