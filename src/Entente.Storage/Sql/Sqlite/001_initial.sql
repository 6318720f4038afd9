-- Articles with full-text search, events merged across articles with every mention's evidence, the dyads that
-- relation series read, the countries and reporters each article names, and per-item ingest errors.
-- Dates are ISO text (yyyy-MM-dd), which sorts and compares as dates do.

CREATE TABLE articles (
    -- A stable integer key: FTS5 indexes by it, and mentions refer to it rather than repeat the (often long) id.
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    url           TEXT,
    source        TEXT,
    title         TEXT,
    published     TEXT,
    body          TEXT NOT NULL,
    passages      TEXT NOT NULL, -- the coded stretches of the body (start-end:kind,...), to recode the article as read
    metadata      TEXT NOT NULL, -- JSON: section, tags, dek, credits
    content_hash  TEXT NOT NULL,
    coder_version TEXT NOT NULL,
    coded_at      TEXT NOT NULL
);
CREATE INDEX articles_source_published ON articles (source, published);
CREATE INDEX articles_coder_version ON articles (coder_version, id);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;

-- How often an article names each actor code: media coverage per outlet and country.
CREATE TABLE article_countries (
    article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    country     TEXT NOT NULL,
    mentions    INTEGER NOT NULL,
    PRIMARY KEY (article_seq, country)
) WITHOUT ROWID;

-- News organisations an article names ("KCNA reported"): coverage by state media that reach readers through others.
CREATE TABLE article_reporters (
    article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    reporter    TEXT NOT NULL,
    PRIMARY KEY (article_seq, reporter)
) WITHOUT ROWID;
CREATE INDEX article_reporters_reporter ON article_reporters (reporter);

-- One row per act, however many articles report it. Type, modality and the day the mentions agree on; the other
-- columns are recomputed from the mentions whenever they change.
CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    type             TEXT NOT NULL,
    mode             TEXT,
    cameo            TEXT NOT NULL,
    quad_class       INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
    goldstein        REAL NOT NULL,
    modality         TEXT NOT NULL,
    day              TEXT,          -- the reported date's first day, else the publication date
    day_end          TEXT,          -- the last day the reported date covers
    date_precision   TEXT,          -- day | month | year | published
    location_name    TEXT,
    location_country TEXT,
    latitude         REAL,
    longitude        REAL,
    first_seen       TEXT,          -- earliest publication date among the reporting articles
    last_seen        TEXT,
    mention_count    INTEGER NOT NULL,
    article_count    INTEGER NOT NULL,
    source_count     INTEGER NOT NULL
);
CREATE INDEX events_type_day ON events (type, day);
CREATE INDEX events_day ON events (day);

-- One article's report of an event. Evidence is offsets into articles.body, never copied text.
CREATE TABLE event_mentions (
    id               INTEGER PRIMARY KEY,
    event_id         INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_seq      INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL, -- position among the article's coded events
    mode             TEXT,
    cameo            TEXT NOT NULL,
    quad_class       INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
    goldstein        REAL NOT NULL,
    confidence       REAL NOT NULL,
    sentence         INTEGER NOT NULL,
    evidence_start   INTEGER NOT NULL,
    evidence_end     INTEGER NOT NULL,
    trigger_start    INTEGER NOT NULL,
    trigger_end      INTEGER NOT NULL,
    pattern_id       TEXT NOT NULL,
    date_start       TEXT,             -- the reported date as precise as the text gives it: 2024, 2024-03 or 2024-03-10
    date_end         TEXT,
    date_text_start  INTEGER,
    date_text_end    INTEGER,
    effective_day    TEXT,
    location_name    TEXT,
    location_country TEXT,
    latitude         REAL,
    longitude        REAL
);
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX event_mentions_article ON event_mentions (article_seq);

-- A mention's actors and recipients in the order the coder gave them; their words are offsets into articles.body.
CREATE TABLE mention_participants (
    mention_id INTEGER NOT NULL REFERENCES event_mentions (id) ON DELETE CASCADE,
    side       TEXT NOT NULL CHECK (side IN ('actor', 'recipient')),
    position   INTEGER NOT NULL,
    country    TEXT,
    sector     TEXT,
    name       TEXT,
    role       TEXT,
    text_start INTEGER NOT NULL,
    text_end   INTEGER NOT NULL,
    PRIMARY KEY (mention_id, side, position)
) WITHOUT ROWID;

-- The union of the mentions' actor and recipient countries: the country and dyad filters.
CREATE TABLE event_countries (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    side     TEXT NOT NULL CHECK (side IN ('actor', 'recipient')),
    country  TEXT NOT NULL,
    PRIMARY KEY (event_id, side, country)
) WITHOUT ROWID;
CREATE INDEX event_countries_country ON event_countries (country, side, event_id);

-- The people the mentions name, per side and country: merging compares names without reading every mention.
CREATE TABLE event_people (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    side     TEXT NOT NULL CHECK (side IN ('actor', 'recipient')),
    country  TEXT NOT NULL,
    name     TEXT NOT NULL,
    PRIMARY KEY (event_id, side, country, name)
) WITHOUT ROWID;

-- Who acted on whom, when: a relation series is one range scan of this clustered key, with quad class and
-- Goldstein copied from the event so the series never touches the events table. The day is a small integer: the
-- key stays short and a series reads no dates as text.
CREATE TABLE event_dyads (
    source_country TEXT NOT NULL,
    target_country TEXT NOT NULL,
    day_number     INTEGER NOT NULL, -- the event's day as days since 0001-01-01 (.NET DateOnly.DayNumber)
    event_id       INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    quad_class     INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    PRIMARY KEY (source_country, target_country, day_number, event_id)
) WITHOUT ROWID;
CREATE INDEX event_dyads_event ON event_dyads (event_id);

CREATE TABLE ingest_errors (
    id      INTEGER PRIMARY KEY,
    item    TEXT NOT NULL,
    message TEXT NOT NULL,
    at      TEXT NOT NULL
);
