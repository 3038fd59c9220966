import type pg from "pg";
import type { DocJSON } from "../../doc/schema/index.js";
import { bandKeys, NEAR_DUP_THRESHOLD, sigFromBuffer, similarity } from "../minhash.js";
import { entityKey, normName } from "../query.js";
import { articleValues, eventValues, quoteAbout, quoteValues } from "../sql/doc-rows.js";
import type { ArticleInput, WriteOutcome } from "../types.js";

/**
 * The PostgreSQL write path: a batch of articles in one transaction of four round trips
 * (the row-by-row path took ~16 for one article).
 *
 * 1. BEGIN and the advisory locks of the batch's content hashes and LSH band keys, taken in
 *    one global order (one simple-protocol message; the lock keys are integers).
 * 2. One prepared read statement: which hashes are stored already, fresh article and quote
 *    ids for the others (drawn in input order), and the near-duplicate candidates sharing a
 *    band key.
 * 3. One prepared write statement whose data-modifying CTEs insert every row of the batch
 *    from arrays (unnest): articles, LSH bands, the corpus-entity upsert (in key order,
 *    returning the ids that the name, mention, quote and event rows join by key), names,
 *    article entities, mentions, times, quotes, quote_about, events, and the reprint
 *    counters of canonical articles stored before.
 * 4. COMMIT (sent by the caller).
 *
 * Near-duplicate linking, the entity aggregation and the quote_about rows are computed here
 * in JavaScript as the row-by-row path did; an article of the batch is a candidate for the
 * later ones, as it was when each was inserted before the next was looked up, and ids follow
 * input order, so the stored rows are the same.
 */

/** Advisory lock classes (two-int form): one per content hash, one per MinHash LSH band key. */
export const LOCK_HASH = 0x1a6e0001;
export const LOCK_BAND = 0x1a6e0002;

/** Thrown when an article of the batch was stored meanwhile by a writer without our locks: retried. */
export class WriteRaced extends Error {
  readonly code = "40001";
}

type Col = readonly [name: string, type: string];

/** One unnest source of the write statement: its columns and the rows collected for it. */
class Source {
  readonly rows: unknown[][] = [];
  constructor(readonly cols: readonly Col[]) {}
  /** `unnest($a::t[], …) WITH ORDINALITY AS alias(cols…, ord)`, numbering from `first`. */
  sql(alias: string, first: number): string {
    const args = this.cols.map(([, t], j) => `$${first + j}::${t}[]`).join(", ");
    return `unnest(${args}) WITH ORDINALITY AS ${alias}(${this.cols.map(([n]) => n).join(", ")}, ord)`;
  }
  arrays(): unknown[][] {
    return this.cols.map((_, j) => this.rows.map((r) => r[j] ?? null));
  }
}

function sources() {
  return {
    art: new Source([
      ["id", "int"],
      ["hash", "text"],
      ["title", "text"],
      ["published", "text"],
      ["url", "text"],
      ["source", "text"],
      ["lang", "text"],
      ["meta", "text"],
      ["origin", "text"],
      ["text", "text"],
      ["doc", "text"],
      ["minhash", "bytea"],
      ["duplicate_of", "int"],
      ["similarity", "float8"],
      ["ingested_at", "text"],
      ["reprints", "int"],
    ]),
    band: new Source([
      ["band", "smallint"],
      ["key", "int"],
      ["article_id", "int"],
    ]),
    ent: new Source([
      ["key", "text"],
      ["name", "text"],
      ["type", "text"],
      ["country", "text"],
      ["wikidata", "text"],
      ["kb_id", "text"],
      ["role", "text"],
      ["article_count", "int"],
      ["mention_count", "int"],
    ]),
    name: new Source([
      ["norm", "text"],
      ["key", "text"],
      ["name", "text"],
    ]),
    ae: new Source([
      ["aid", "int"],
      ["key", "text"],
      ["local_id", "text"],
      ["mentions", "int"],
    ]),
    men: new Source([
      ["aid", "int"],
      ["key", "text"],
      ["start", "int"],
      ["stop", "int"],
      ["text", "text"],
      ["form", "text"],
    ]),
    tim: new Source([
      ["aid", "int"],
      ["start", "int"],
      ["stop", "int"],
      ["text", "text"],
      ["value", "text"],
      ["type", "text"],
      ["mod", "text"],
    ]),
    quo: new Source([
      ["id", "int"],
      ["aid", "int"],
      ["local_id", "text"],
      ["kind", "text"],
      ["start", "int"],
      ["stop", "int"],
      ["text", "text"],
      ["speaker_key", "text"],
      ["speaker_text", "text"],
      ["speaker_norm", "text"],
      ["cue", "text"],
      ["source_key", "text"],
      ["date", "text"],
      ["date_from", "text"],
      ["day", "text"],
      ["reprint", "smallint"],
    ]),
    qa: new Source([
      ["key", "text"],
      ["qid", "int"],
    ]),
    ev: new Source([
      ["aid", "int"],
      ["local_id", "text"],
      ["type", "text"],
      ["quad", "text"],
      ["weight", "float8"],
      ["mode", "text"],
      ["actor_key", "text"],
      ["target_key", "text"],
      ["actor_country", "text"],
      ["target_country", "text"],
      ["actor_text", "text"],
      ["target_text", "text"],
      ["actor_norm", "text"],
      ["target_norm", "text"],
      ["start", "int"],
      ["stop", "int"],
      ["text", "text"],
      ["date", "text"],
      ["date_from", "text"],
      ["day", "text"],
      ["location_key", "text"],
      ["negated", "smallint"],
      ["hypothetical", "smallint"],
      ["future", "smallint"],
      ["reciprocal", "smallint"],
      ["quote_id", "int"],
      ["reprint", "smallint"],
      ["headline_repeat", "smallint"],
    ]),
    rep: new Source([
      ["id", "int"],
      ["n", "int"],
    ]),
  };
}
type Sources = ReturnType<typeof sources>;

/** The write statement's text (the same for every batch, so it is prepared once per connection). */
function writeSql(s: Sources): string {
  let n = 1;
  const src = (x: Source, alias: string) => {
    const t = x.sql(alias, n);
    n += x.cols.length;
    return t;
  };
  const art = src(s.art, "x");
  const band = src(s.band, "x");
  const ent = src(s.ent, "x");
  const name = src(s.name, "x");
  const ae = src(s.ae, "x");
  const men = src(s.men, "x");
  const tim = src(s.tim, "x");
  const quo = src(s.quo, "x");
  const qa = src(s.qa, "x");
  const ev = src(s.ev, "x");
  const rep = src(s.rep, "x");
  return `WITH art AS (
  INSERT INTO articles (id, hash, title, published, url, source, lang, meta, origin, text, doc, minhash, duplicate_of,
    similarity, ingested_at, reprints)
  SELECT x.id, x.hash, x.title, x.published, x.url, x.source, x.lang, x.meta, x.origin, x.text, x.doc, x.minhash,
    x.duplicate_of, x.similarity, x.ingested_at, x.reprints FROM ${art} ORDER BY x.ord
  ON CONFLICT (hash) DO NOTHING RETURNING id
), band AS (
  INSERT INTO minhash_bands (band, key, article_id) SELECT x.band, x.key, x.article_id FROM ${band}
  ON CONFLICT DO NOTHING
), ent AS (
  INSERT INTO entities (key, name, type, country, wikidata, kb_id, role, article_count, mention_count)
  SELECT x.key, x.name, x.type, x.country, x.wikidata, x.kb_id, x.role, x.article_count, x.mention_count
  FROM ${ent} ORDER BY x.ord
  ON CONFLICT (key) DO UPDATE SET country = COALESCE(entities.country, EXCLUDED.country),
    wikidata = COALESCE(entities.wikidata, EXCLUDED.wikidata), kb_id = COALESCE(entities.kb_id, EXCLUDED.kb_id),
    role = COALESCE(entities.role, EXCLUDED.role),
    article_count = entities.article_count + EXCLUDED.article_count,
    mention_count = entities.mention_count + EXCLUDED.mention_count
  RETURNING id, key, country
), name AS (
  INSERT INTO entity_names (norm, entity_id, name)
  SELECT x.norm, ent.id, x.name FROM ${name} JOIN ent ON ent.key = x.key ORDER BY x.norm, ent.id
  ON CONFLICT DO NOTHING
), ae AS (
  INSERT INTO article_entities (article_id, entity_id, local_id, mentions)
  SELECT x.aid, ent.id, x.local_id, x.mentions FROM ${ae} JOIN ent ON ent.key = x.key ORDER BY x.ord
), men AS (
  INSERT INTO mentions (article_id, entity_id, start, "end", text, form)
  SELECT x.aid, ent.id, x.start, x.stop, x.text, x.form FROM ${men} JOIN ent ON ent.key = x.key ORDER BY x.ord
), tim AS (
  INSERT INTO times (article_id, start, "end", text, value, type, mod)
  SELECT x.aid, x.start, x.stop, x.text, x.value, x.type, x.mod FROM ${tim} ORDER BY x.ord
), quo AS (
  INSERT INTO quotes (id, article_id, local_id, kind, start, "end", text, speaker_id, speaker_text, speaker_norm, cue,
    source_id, date, date_from, day, reprint)
  SELECT x.id, x.aid, x.local_id, x.kind, x.start, x.stop, x.text, sp.id, x.speaker_text, x.speaker_norm, x.cue, so.id,
    x.date, x.date_from, x.day, x.reprint
  FROM ${quo} LEFT JOIN ent sp ON sp.key = x.speaker_key LEFT JOIN ent so ON so.key = x.source_key ORDER BY x.ord
), qa AS (
  INSERT INTO quote_about (entity_id, quote_id) SELECT ent.id, x.qid FROM ${qa} JOIN ent ON ent.key = x.key
  ORDER BY x.ord ON CONFLICT DO NOTHING
), ev AS (
  INSERT INTO events (article_id, local_id, type, quad, weight, mode, actor_id, target_id, actor_country, target_country,
    actor_text, target_text, actor_norm, target_norm, start, "end", text, date, date_from, day, location_id, negated,
    hypothetical, future, reciprocal, quote_id, reprint, headline_repeat)
  SELECT x.aid, x.local_id, x.type, x.quad, x.weight, x.mode, ac.id, tg.id, COALESCE(x.actor_country, ac.country),
    COALESCE(x.target_country, tg.country), x.actor_text, x.target_text, x.actor_norm, x.target_norm, x.start, x.stop,
    x.text, x.date, x.date_from, x.day, lo.id, x.negated, x.hypothetical, x.future, x.reciprocal, x.quote_id, x.reprint,
    x.headline_repeat
  FROM ${ev} LEFT JOIN ent ac ON ac.key = x.actor_key LEFT JOIN ent tg ON tg.key = x.target_key
    LEFT JOIN ent lo ON lo.key = x.location_key
  ORDER BY x.ord
), rep AS (
  UPDATE articles SET reprints = articles.reprints + x.n FROM ${rep} WHERE articles.id = x.id
)
SELECT (SELECT COUNT(*) FROM art)::int AS stored`;
}

const WRITE_SQL = writeSql(sources());
/** Prepared-statement name; change it with the statement's text (a connection keeps it prepared). */
const WRITE_NAME = "lagebild_write_v1";

/**
 * The reads of a write, in one statement: which hashes are stored ("e"), fresh article ids
 * ("a") and quote ids ("q") for the others, drawn in order by a generate_series scan, and the
 * near-duplicate candidates sharing an LSH band key ("c").
 */
const READ_SQL = `WITH h AS (
  SELECT x.hash, x.nq, a.id AS existing FROM unnest($1::text[], $2::int[]) AS x(hash, nq)
  LEFT JOIN articles a ON a.hash = x.hash
), n AS (
  SELECT COUNT(*) FILTER (WHERE existing IS NULL)::int AS arts,
    COALESCE(SUM(nq) FILTER (WHERE existing IS NULL), 0)::int AS quotes FROM h
)
SELECT 'e' AS kind, existing AS id, hash, NULL::bytea AS minhash, NULL::int AS duplicate_of, NULL::smallint AS band,
  NULL::int AS key FROM h WHERE existing IS NOT NULL
UNION ALL
SELECT 'a', nextval(pg_get_serial_sequence('articles', 'id'))::int, NULL, NULL, NULL, NULL, NULL
FROM generate_series(1, (SELECT arts FROM n))
UNION ALL
SELECT 'q', nextval(pg_get_serial_sequence('quotes', 'id'))::int, NULL, NULL, NULL, NULL, NULL
FROM generate_series(1, (SELECT quotes FROM n))
UNION ALL
SELECT 'c', a.id, NULL, a.minhash, a.duplicate_of, b.band, b.key
FROM unnest($3::smallint[], $4::int[]) AS v(band, key)
JOIN minhash_bands b ON b.band = v.band AND b.key = v.key JOIN articles a ON a.id = b.article_id`;
const READ_NAME = "lagebild_write_read_v1";

const int = (n: number): string => {
  if (!Number.isInteger(n)) throw new Error(`not an integer: ${n}`);
  return String(n);
};

interface Candidate {
  id: number;
  sig: Uint32Array;
  duplicateOf: number | null;
}

/** What the batch locks and looks up: its MinHash band keys, the lock keys and the quotes per content hash. */
interface BatchKeys {
  sigs: (Uint32Array | null)[];
  /** LSH band keys per item (index = band) */
  keys: number[][];
  /** [lock class, key], distinct, in the global lock order */
  locks: number[][];
  /** [band, key], distinct */
  bands: number[][];
  /** quotes of the first item with each content hash, in input order */
  nQuotes: Map<string, number>;
}

function batchKeys(items: readonly ArticleInput[]): BatchKeys {
  const sigs = items.map((it) => it.minhash ?? null);
  const keys = sigs.map((s) => (s ? bandKeys(s) : []));
  const lockSet = new Set<string>();
  const bandSet = new Set<string>();
  const nQuotes = new Map<string, number>();
  items.forEach((it, i) => {
    lockSet.add(`${LOCK_HASH},${Number.parseInt(it.hash.slice(0, 8), 16) | 0}`);
    keys[i].forEach((k, b) => {
      lockSet.add(`${LOCK_BAND},${k}`);
      bandSet.add(`${b},${k}`);
    });
    if (!nQuotes.has(it.hash)) nQuotes.set(it.hash, it.doc.quotes?.length ?? 0);
  });
  const locks = [...lockSet].map((s) => s.split(",").map(Number)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const bands = [...bandSet].map((x) => x.split(",").map(Number));
  return { sigs, keys, locks, bands, nQuotes };
}

/** Round trip 1: BEGIN and the advisory locks (one simple-protocol message; the lock keys are integers). */
async function beginAndLock(c: pg.PoolClient, locks: number[][]): Promise<void> {
  await c.query(
    `BEGIN; SELECT pg_advisory_xact_lock(l.c, l.k) FROM (SELECT c, k FROM unnest('{${locks
      .map((l) => int(l[0]))
      .join(",")}}'::int[], '{${locks.map((l) => int(l[1])).join(",")}}'::int[]) AS v(c, k) ORDER BY c, k) l`,
  );
}

/** What round trip 2 found: stored hashes, fresh ids, and the stored near-duplicate candidates by band key. */
interface BatchRead {
  existing: Map<string, number>;
  newIds: number[];
  quoteIds: number[];
  /** `${band},${key}` → stored articles with that band key */
  byBand: Map<string, Candidate[]>;
}

/** Round trip 2 (after the locks, so it sees every write they guarded). */
async function readBatch(c: pg.PoolClient, bk: BatchKeys): Promise<BatchRead> {
  const read = await c.query<{
    kind: "e" | "a" | "q" | "c";
    id: number;
    hash: string | null;
    minhash: Buffer | null;
    duplicate_of: number | null;
    band: number | null;
    key: number | null;
  }>({
    name: READ_NAME,
    text: READ_SQL,
    values: [[...bk.nQuotes.keys()], [...bk.nQuotes.values()], bk.bands.map((x) => x[0]), bk.bands.map((x) => x[1])],
  });
  const out: BatchRead = { existing: new Map(), newIds: [], quoteIds: [], byBand: new Map() };
  const parsed = new Map<number, Candidate>();
  for (const r of read.rows) {
    if (r.kind === "e") out.existing.set(r.hash as string, r.id);
    else if (r.kind === "a") out.newIds.push(r.id);
    else if (r.kind === "q") out.quoteIds.push(r.id);
    else if (r.minhash) {
      let cand = parsed.get(r.id);
      if (!cand) {
        cand = { id: r.id, sig: sigFromBuffer(r.minhash), duplicateOf: r.duplicate_of };
        parsed.set(r.id, cand);
      }
      const k = `${r.band},${r.key}`;
      const l = out.byBand.get(k);
      if (l) l.push(cand);
      else out.byBand.set(k, [cand]);
    }
  }
  return out;
}

/**
 * The canonical article a signature is a near duplicate of, and the similarity: the most similar candidate
 * sharing a band key (stored ones and earlier ones of the batch), by id on ties; a reprint's canonical article.
 */
function nearestCanonical(
  sig: Uint32Array,
  keys: number[],
  byBand: Map<string, Candidate[]>,
  batchCands: readonly (Candidate & { keys: number[] })[],
): { canonical: number | null; sim: number | null } {
  let canonical: number | null = null;
  let sim: number | null = null;
  const cand = new Map<number, Candidate>();
  keys.forEach((k, b) => {
    for (const x of byBand.get(`${b},${k}`) ?? []) cand.set(x.id, x);
  });
  for (const x of batchCands) if (x.keys.some((k, b) => keys[b] === k)) cand.set(x.id, x);
  for (const x of [...cand.values()].sort((p, q) => p.id - q.id)) {
    const v = similarity(sig, x.sig);
    if (v >= NEAR_DUP_THRESHOLD && (sim === null || v > sim)) {
      sim = v;
      canonical = x.duplicateOf ?? x.id;
    }
  }
  return { canonical, sim };
}

/** A new article of the batch with its id and the quote ids drawn for it. */
interface Fresh {
  aid: number;
  item: ArticleInput;
  reprint: boolean;
  qids: number[];
}

/**
 * The articles in input order: known ones (stored before or earlier in the batch) are reported, new ones get
 * their ids, near-duplicate link, article and band rows; canonical articles get their reprint counters.
 */
function placeArticles(
  items: readonly ArticleInput[],
  bk: BatchKeys,
  read: BatchRead,
  s: Sources,
): { outcomes: WriteOutcome[]; fresh: Fresh[] } {
  const outcomes: WriteOutcome[] = [];
  const stored = new Map<string, number>();
  const fresh: Fresh[] = [];
  const batchCands: (Candidate & { keys: number[] })[] = [];
  const reprintInc = new Map<number, number>();
  let nextId = 0;
  let nextQuote = 0;
  const now = new Date().toISOString();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const known = read.existing.get(item.hash) ?? stored.get(item.hash);
    if (known !== undefined) {
      outcomes.push({ status: "exists", id: String(known) });
      continue;
    }
    const aid = read.newIds[nextId++];
    const nq = item.doc.quotes?.length ?? 0;
    const qids = read.quoteIds.slice(nextQuote, nextQuote + nq);
    nextQuote += nq;
    const sig = bk.sigs[i];
    let canonical: number | null = null;
    let sim: number | null = null;
    if (sig) {
      ({ canonical, sim } = nearestCanonical(sig, bk.keys[i], read.byBand, batchCands));
      batchCands.push({ id: aid, sig, duplicateOf: canonical, keys: bk.keys[i] });
      bk.keys[i].forEach((k, b) => {
        s.band.rows.push([b, k, aid]);
      });
    }
    s.art.rows.push([aid, ...articleValues(item, canonical, sim, now), 0]);
    stored.set(item.hash, aid);
    if (canonical !== null) reprintInc.set(canonical, (reprintInc.get(canonical) ?? 0) + 1);
    fresh.push({ aid, item, reprint: canonical !== null, qids });
    outcomes.push({
      status: "stored",
      id: String(aid),
      duplicateOf: canonical === null ? null : String(canonical),
      similarity: sim,
    });
  }
  addReprints(s, reprintInc);
  return { outcomes, fresh };
}

/** Reprint counters: canonical articles of this batch get theirs in the insert, older ones an update. */
function addReprints(s: Sources, reprintInc: Map<number, number>): void {
  const artRow = new Map(s.art.rows.map((r) => [r[0] as number, r]));
  for (const [id, n] of [...reprintInc].sort((a, b) => a[0] - b[0])) {
    const r = artRow.get(id);
    if (r) r[15] = (r[15] as number) + n;
    else s.rep.rows.push([id, n]);
  }
}

/** A corpus entity aggregated over the batch. */
interface Agg {
  key: string;
  name: string;
  type: string;
  country: string | null;
  wikidata: string | null;
  kbId: string | null;
  role: string | null;
  articles: number;
  mentions: number;
}

/**
 * Corpus entities of all new articles, aggregated and in key order (a global lock order), with their names,
 * article entities, mentions; and the times.
 */
function addEntities(fresh: readonly Fresh[], s: Sources): void {
  const agg = new Map<string, Agg>();
  const names = new Set<string>();
  for (const { aid, item } of fresh) {
    const byKey = new Map<string, { local: string; mentions: number }>();
    for (const e of item.doc.entities ?? []) {
      const key = entityKey(e);
      const n = e.mentions?.length ?? 0;
      let a = agg.get(key);
      if (!a) {
        a = {
          key,
          name: e.name,
          type: e.type,
          country: null,
          wikidata: null,
          kbId: null,
          role: null,
          articles: 0,
          mentions: 0,
        };
        agg.set(key, a);
      }
      a.country ??= e.country ?? null;
      a.wikidata ??= e.wikidata ?? null;
      a.kbId ??= e.kbId ?? null;
      a.role ??= e.role ?? null;
      a.mentions += n;
      const pa = byKey.get(key);
      if (pa) pa.mentions += n;
      else {
        byKey.set(key, { local: e.id, mentions: n });
        a.articles++;
      }
      const all = new Set<string>([e.name, ...(e.aliases ?? [])]);
      for (const m of e.mentions ?? []) if (m.form === "name" || m.form === "alias") all.add(m.text);
      for (const nm of all) {
        const norm = normName(nm);
        const k = `${norm}\u0000${key}`;
        if (norm && !names.has(k)) {
          names.add(k);
          s.name.rows.push([norm, key, nm]);
        }
      }
      for (const m of e.mentions ?? []) s.men.rows.push([aid, key, m.start, m.end, m.text, m.form]);
    }
    for (const [key, pa] of byKey) s.ae.rows.push([aid, key, pa.local, pa.mentions]);
    for (const t of item.doc.times ?? [])
      s.tim.rows.push([aid, t.start, t.end, t.text, t.value, t.type, t.mod ?? null]);
  }
  for (const e of [...agg.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)))
    s.ent.rows.push([e.key, e.name, e.type, e.country, e.wikidata, e.kbId, e.role, e.articles, e.mentions]);
}

/** Quotes (ids drawn in round trip 2, so events and quote_about refer to them), quote_about rows and events. */
function addQuotesAndEvents(fresh: readonly Fresh[], s: Sources): void {
  for (const { aid, item, reprint, qids } of fresh) {
    const doc: DocJSON = item.doc;
    const keyOf = new Map<string, string>();
    for (const e of doc.entities ?? []) keyOf.set(e.id, entityKey(e));
    const ent = (local: string | null | undefined): string | null => (local ? (keyOf.get(local) ?? null) : null);
    const published = doc.published ?? null;
    const quoteIdOf = new Map<string, number>();
    let qi = 0;
    for (const q of doc.quotes ?? []) {
      const qid = qids[qi++];
      s.quo.rows.push([qid, aid, ...quoteValues(q, published, ent, reprint)]);
      quoteIdOf.set(q.id, qid);
      for (const key of quoteAbout(doc, q, ent)) s.qa.rows.push([key, qid]);
    }
    for (const e of doc.events ?? []) {
      const quoteId = e.quote ? (quoteIdOf.get(e.quote) ?? null) : null;
      // the entity's country, where the event has none of its own, is joined in the write statement
      s.ev.rows.push([aid, ...eventValues(e, published, ent, quoteId, reprint)]);
    }
  }
}

/**
 * Writes a batch inside a transaction this function opens (BEGIN is part of its first message);
 * the caller commits, or rolls back on an error.
 */
export async function writeArticles(c: pg.PoolClient, items: readonly ArticleInput[]): Promise<WriteOutcome[]> {
  const bk = batchKeys(items);
  await beginAndLock(c, bk.locks);
  const read = await readBatch(c, bk);
  const s = sources();
  const { outcomes, fresh } = placeArticles(items, bk, read, s);
  if (!fresh.length) return outcomes;
  addEntities(fresh, s);
  addQuotesAndEvents(fresh, s);
  // ---- round trip 3: every row in one statement
  const values = Object.values(s).flatMap((x) => x.arrays());
  const r = await c.query<{ stored: number }>({ name: WRITE_NAME, text: WRITE_SQL, values });
  if (r.rows[0]?.stored !== fresh.length)
    throw new WriteRaced("an article of the batch was stored meanwhile by another writer; retrying");
  return outcomes;
}
