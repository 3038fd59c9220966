-- Quotes and events carry their article's reprint flag, so "one row per story" filters and
-- newest-first ordering run on one table's (reprint, day) index instead of a join and a sort.
ALTER TABLE quotes ADD COLUMN reprint INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN reprint INTEGER NOT NULL DEFAULT 0;
UPDATE quotes SET reprint = 1 WHERE article_id IN (SELECT id FROM articles WHERE duplicate_of IS NOT NULL);
UPDATE events SET reprint = 1 WHERE article_id IN (SELECT id FROM articles WHERE duplicate_of IS NOT NULL);
CREATE INDEX quotes_reprint_day ON quotes(reprint, day, id);
CREATE INDEX events_reprint_day ON events(reprint, day, id);
