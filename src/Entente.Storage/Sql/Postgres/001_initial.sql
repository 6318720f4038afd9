-- Articles with full-text search, events merged across articles with every mention's evidence, the dyads that
-- relation series read, the countries and reporters each article names, and per-item ingest errors.

CREATE TABLE articles (
    -- A compact key that mentions refer to rather than repeat the (often long) id.
    seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id            text NOT NULL UNIQUE,
    url           text,
    source        text,
    title         text,
    published     date,
    body          text NOT NULL,
    passages      text NOT NULL,  -- the coded stretches of the body (start-end:kind,...), to recode the article as read
    metadata      jsonb NOT NULL, -- section, tags, dek, credits
    content_hash  text NOT NULL,
    coder_version text NOT NULL,
    coded_at      timestamptz NOT NULL,
    -- 'simple' neither stems nor drops stop words, matching SQLite's unicode61 tokenizer.
    search        tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || body)) STORED
);
CREATE INDEX articles_source_published ON articles (source, published);
CREATE INDEX articles_coder_version ON articles (coder_version, id);
CREATE INDEX articles_search ON articles USING gin (search);

-- How often an article names each actor code: media coverage per outlet and country.
CREATE TABLE article_countries (
    article_seq bigint NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    country     text NOT NULL,
    mentions    integer NOT NULL,
    PRIMARY KEY (article_seq, country)
);

-- News organisations an article names ("KCNA reported"): coverage by state media that reach readers through others.
CREATE TABLE article_reporters (
    article_seq bigint NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    reporter    text NOT NULL,
    PRIMARY KEY (article_seq, reporter)
);
CREATE INDEX article_reporters_reporter ON article_reporters (reporter);

-- One row per act, however many articles report it. Type, modality and the day the mentions agree on; the other
-- columns are recomputed from the mentions whenever they change.
CREATE TABLE events (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type             text NOT NULL,
    mode             text,
    cameo            text NOT NULL,
    quad_class       integer NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
    goldstein        double precision NOT NULL,
    modality         text NOT NULL,
    day              date,          -- the reported date's first day, else the publication date
    day_end          date,          -- the last day the reported date covers
    date_precision   text,          -- day | month | year | published
    location_name    text,
    location_country text,
    latitude         double precision,
    longitude        double precision,
    first_seen       date,          -- earliest publication date among the reporting articles
    last_seen        date,
    mention_count    integer NOT NULL,
    article_count    integer NOT NULL,
    source_count     integer NOT NULL
);
CREATE INDEX events_type_day ON events (type, day);
CREATE INDEX events_day ON events (day);

-- One article's report of an event. Evidence is offsets into articles.body, never copied text.
CREATE TABLE event_mentions (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id         bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_seq      bigint NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    ordinal          integer NOT NULL, -- position among the article's coded events
    mode             text,
    cameo            text NOT NULL,
    quad_class       integer NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
    goldstein        double precision NOT NULL,
    confidence       double precision NOT NULL,
    sentence         integer NOT NULL,
    evidence_start   integer NOT NULL,
    evidence_end     integer NOT NULL,
    trigger_start    integer NOT NULL,
    trigger_end      integer NOT NULL,
    pattern_id       text NOT NULL,
    date_start       text,             -- the reported date as precise as the text gives it: 2024, 2024-03 or 2024-03-10
    date_end         text,
    date_text_start  integer,
    date_text_end    integer,
    effective_day    date,
    location_name    text,
    location_country text,
    latitude         double precision,
    longitude        double precision
);
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX event_mentions_article ON event_mentions (article_seq);

-- A mention's actors and recipients in the order the coder gave them; their words are offsets into articles.body.
CREATE TABLE mention_participants (
    mention_id bigint NOT NULL REFERENCES event_mentions (id) ON DELETE CASCADE,
    side       text NOT NULL CHECK (side IN ('actor', 'recipient')),
    position   integer NOT NULL,
    country    text,
    sector     text,
    name       text,
    role       text,
    text_start integer NOT NULL,
    text_end   integer NOT NULL,
    PRIMARY KEY (mention_id, side, position)
);

-- The union of the mentions' actor and recipient countries: the country and dyad filters.
CREATE TABLE event_countries (
    event_id bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    side     text NOT NULL CHECK (side IN ('actor', 'recipient')),
    country  text NOT NULL,
    PRIMARY KEY (event_id, side, country)
);
CREATE INDEX event_countries_country ON event_countries (country, side, event_id);

-- The people the mentions name, per side and country: merging compares names without reading every mention.
CREATE TABLE event_people (
    event_id bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    side     text NOT NULL CHECK (side IN ('actor', 'recipient')),
    country  text NOT NULL,
    name     text NOT NULL,
    PRIMARY KEY (event_id, side, country, name)
);

-- Who acted on whom, when: a relation series is an index-only scan, with quad class and Goldstein copied from the
-- event so the series never touches the events table. The day is an integer so both dialects read it alike.
CREATE TABLE event_dyads (
    source_country text NOT NULL,
    target_country text NOT NULL,
    day_number     integer NOT NULL, -- the event's day as days since 0001-01-01 (.NET DateOnly.DayNumber)
    event_id       bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    quad_class     integer NOT NULL,
    goldstein      double precision NOT NULL,
    PRIMARY KEY (source_country, target_country, day_number, event_id) INCLUDE (quad_class, goldstein)
);
CREATE INDEX event_dyads_event ON event_dyads (event_id);

CREATE TABLE ingest_errors (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item    text NOT NULL,
    message text NOT NULL,
    at      timestamptz NOT NULL
);
