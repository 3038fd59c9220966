-- Events whose actor/target is not a linked entity keep its text; queries match it by a
-- normalised form (lower-case, accents and punctuation removed — written by the store).
ALTER TABLE events ADD COLUMN actor_norm TEXT;
ALTER TABLE events ADD COLUMN target_norm TEXT;
-- rows stored before this migration: an approximation (SQLite's lower() folds ASCII only)
UPDATE events SET actor_norm = lower(trim(actor_text)) WHERE actor_text IS NOT NULL;
UPDATE events SET target_norm = lower(trim(target_text)) WHERE target_text IS NOT NULL;
CREATE INDEX events_actor_norm ON events(actor_norm);
CREATE INDEX events_target_norm ON events(target_norm);
