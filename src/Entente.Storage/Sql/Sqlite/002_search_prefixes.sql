-- Search matches each word as the start of a word ("digest"*). Without a prefix index FTS5 answers that by merging
-- the postings of every word with that start into one list, for each query: a common word costs milliseconds, and
-- ranking walks the merged list again. Prefix indexes of 2 to 6 characters (the words a reader types while still
-- typing) keep those lists ready, for about three times the index size; longer starts name fewer words, and are
-- still expanded. The text is indexed again from the articles.

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

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
