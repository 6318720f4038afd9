-- The work queue that `entente worker` processes drain, on any number of machines: raw articles waiting to be coded,
-- claimed in batches under a lease, and done in the same transaction that stores the article and its events.
-- PostgreSQL only: SQLite has one writer at a time, so a queue of many workers would buy it nothing.

CREATE TABLE work_queue (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    input         text NOT NULL,   -- the source it was read from, as the operator named it
    article_id    text,            -- null for an input that could not be read
    content_hash  text,            -- the store's content hash: one row per article id and content
    article       jsonb,           -- the article as read (id, url, source, title, published, body, passages, metadata)
    status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
    attempts      integer NOT NULL DEFAULT 0,
    last_error    text,
    lease_owner   text,            -- the worker holding a running row, until lease_expires
    lease_expires timestamptz,
    enqueued_at   timestamptz NOT NULL DEFAULT now(),
    claimed_at    timestamptz,
    finished_at   timestamptz
);

-- Re-enqueueing an article with the same content finds its row instead of adding one. Unreadable inputs have no id
-- and never conflict (NULLs are distinct), so each attempt to read them is recorded.
CREATE UNIQUE INDEX work_queue_article ON work_queue (article_id, content_hash);

-- Claiming scans the unfinished rows in id order; finished rows, the bulk of a drained queue, stay out of the index.
CREATE INDEX work_queue_unfinished ON work_queue (id) WHERE status IN ('pending', 'running');

-- Throughput and the latest failures read finished rows by time.
CREATE INDEX work_queue_finished ON work_queue (status, finished_at) WHERE status IN ('done', 'failed');
