-- An event the article reports twice (the headline's event that the body repeats) carries repeat = 1 in the Doc;
-- dyads, the actor network and entity-page counts skip it, so one happening counts once. Rows stored before this
-- migration have 0 (their Docs did not mark repeats, or re-ingest to mark them).
ALTER TABLE events ADD COLUMN headline_repeat smallint NOT NULL DEFAULT 0;
