-- Exact copies: the same text (same content hash) from another outlet or URL is not stored again,
-- but recorded here and counted in the canonical article's reprints.
CREATE TABLE article_copies (
  article_id INTEGER NOT NULL,
  source TEXT,
  url TEXT,
  origin TEXT
);
CREATE UNIQUE INDEX article_copies_unique ON article_copies(article_id, coalesce(source, ''), coalesce(url, ''));
