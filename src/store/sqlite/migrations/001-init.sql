-- lagebild corpus schema v1 (SQLite). Ids are INTEGER rowids, exposed as strings.

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,            -- sha256 of the normalised text
  title TEXT,
  published TEXT,                       -- YYYY-MM-DD
  url TEXT,
  source TEXT,
  lang TEXT,
  meta TEXT NOT NULL DEFAULT '{}',      -- JSON object of extra metadata
  origin TEXT,                          -- file:line or URL
  text TEXT NOT NULL,
  doc TEXT NOT NULL,                    -- Doc JSON without "text"
  minhash BLOB,                         -- 128 x uint32 MinHash signature
  duplicate_of INTEGER REFERENCES articles(id),
  similarity REAL,
  reprints INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published, id);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE INDEX articles_source ON articles(source);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE minhash_bands (
  band INTEGER NOT NULL,
  key INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,             -- wd:Q…, kb:…, or nm:TYPE:COUNTRY:normalised name
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT,
  wikidata TEXT,
  kb_id TEXT,
  role TEXT,
  article_count INTEGER NOT NULL DEFAULT 0,
  mention_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_country ON entities(country);
CREATE INDEX entities_wikidata ON entities(wikidata);

-- every name and alias an entity was written as, normalised for lookup
CREATE TABLE entity_names (
  norm TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (norm, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_names_entity ON entity_names(entity_id);

CREATE TABLE article_entities (
  article_id INTEGER NOT NULL,
  entity_id INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);

CREATE TABLE mentions (
  article_id INTEGER NOT NULL,
  entity_id INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  form TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id, start);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker_id INTEGER,
  speaker_text TEXT,
  speaker_norm TEXT,
  cue TEXT,
  source_id INTEGER,
  date TEXT,
  date_from TEXT,
  day TEXT                              -- quote date, else publication date
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id, day);
CREATE INDEX quotes_speaker_norm ON quotes(speaker_norm);
CREATE INDEX quotes_source ON quotes(source_id, day);
CREATE INDEX quotes_day ON quotes(day);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);

-- entities mentioned inside a quote's span
CREATE TABLE quote_about (
  entity_id INTEGER NOT NULL,
  quote_id INTEGER NOT NULL,
  PRIMARY KEY (entity_id, quote_id)
) WITHOUT ROWID;

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  type TEXT NOT NULL,
  quad TEXT NOT NULL,
  weight REAL NOT NULL,
  mode TEXT,
  actor_id INTEGER,
  target_id INTEGER,
  actor_country TEXT,
  target_country TEXT,
  actor_text TEXT,
  target_text TEXT,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  date TEXT,
  date_from TEXT,
  day TEXT,                             -- event date, else publication date
  location_id INTEGER,
  negated INTEGER NOT NULL,
  hypothetical INTEGER NOT NULL,
  future INTEGER NOT NULL,
  reciprocal INTEGER NOT NULL,
  quote_id INTEGER
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_actor ON events(actor_id, day);
CREATE INDEX events_target ON events(target_id, day);
CREATE INDEX events_actor_country ON events(actor_country, day);
CREATE INDEX events_target_country ON events(target_country, day);
CREATE INDEX events_type ON events(type, day);
CREATE INDEX events_day ON events(day);

CREATE TABLE times (
  article_id INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  type TEXT NOT NULL,
  mod TEXT
);
CREATE INDEX times_article ON times(article_id);
CREATE INDEX times_value ON times(value);
