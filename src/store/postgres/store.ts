import pg from "pg";
import type { DocJSON, EntityType, PloverType } from "../../doc/schema/index.js";
import { InputError } from "../../errors.js";
import { dyadBuckets, looksLikeIso3, normName, page, searchWords, totalOf } from "../query.js";
import { inList, type Row, toEvent, toQuote, toSummary } from "../rows.js";
import type {
  ActorRef,
  ArticleInput,
  ArticleQuery,
  ArticleRecord,
  ArticleSummary,
  CopyInput,
  CorpusEntity,
  CorpusStats,
  DyadQuery,
  DyadResult,
  EntityProfile,
  EntityQuery,
  EventQuery,
  EventRow,
  ExportTable,
  Graph,
  GraphQuery,
  Page,
  QuoteQuery,
  QuoteRow,
  Store,
  WriteOutcome,
} from "../types.js";
import { migratePg, pgSchemaVersion } from "./migrate.js";
import { writeArticles } from "./write.js";

type Param = string | number | null | Buffer | readonly (string | number | null)[];
type Db = pg.Pool | pg.PoolClient;

interface EntityRowDb {
  id: number;
  name: string;
  type: string;
  country: string | null;
  wikidata: string | null;
  kb_id: string | null;
  role: string | null;
  article_count: number;
  mention_count: number;
}

const ARTICLE_COLS = "a.id, a.title, a.published, a.source, a.url, a.lang, a.duplicate_of, a.reprints";

/** SQLSTATEs worth retrying a write transaction for: deadlock, serialization failure. */
const RETRYABLE = new Set(["40P01", "40001"]);

/** Writes `?` placeholders as PostgreSQL's $1, $2, … (our SQL has no literal question marks). */
function sql(text: string): string {
  let i = 0;
  return text.replace(/\?/g, () => `$${++i}`);
}

/** A connection URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/i, "$1:***@");
}

export interface PgOpenOptions {
  /** Create the schema and apply migrations (ingest, workers); otherwise the schema must exist. */
  create?: boolean;
  /** Connections in the pool (default 4). */
  poolSize?: number;
}

/**
 * Opens a PostgreSQL store from a `postgres://user@host:port/db[?schema=name]` URL. With
 * `schema`, every table lives in that schema (created when `create` is set), so several
 * corpora (or test runs) can share one database. Connection problems are InputErrors.
 */
export async function openPostgres(url: string, opts: PgOpenOptions = {}): Promise<PostgresStore> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`${redactUrl(url)}: not a valid PostgreSQL URL (postgres://user@host:5432/database)`);
  }
  const schema = parsed.searchParams.get("schema");
  parsed.searchParams.delete("schema");
  if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema))
    throw new InputError(`${redactUrl(url)}: schema must be letters, digits and _, not "${schema}"`);
  const config: pg.PoolConfig = {
    connectionString: parsed.toString(),
    max: opts.poolSize ?? 4,
    connectionTimeoutMillis: 10_000,
  };
  if (schema) config.options = `-c search_path=${schema}`;
  const pool = new pg.Pool(config);
  pool.on("error", () => {
    // an idle connection broke (server restart); the next query reconnects or reports it
  });
  const where = redactUrl(url);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    await pool.end().catch(() => {});
    throw new InputError(`cannot reach PostgreSQL at ${where}: ${pgReason(e)}`);
  }
  try {
    if (opts.create) await migratePg(client, { schema });
    else {
      const r = await client.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
      if (!r.rows[0]?.t) throw new InputError(`no corpus at ${where}; run lagebild ingest first`);
      await migratePg(client);
    }
  } catch (e) {
    client.release();
    await pool.end().catch(() => {});
    if (e instanceof InputError) throw e;
    const msg = (e as Error).message;
    if (/newer than this lagebild/.test(msg)) throw new InputError(`${where}: ${msg}`);
    throw new InputError(`${where}: cannot prepare the corpus schema (${pgReason(e)})`);
  }
  client.release();
  return new PostgresStore(pool, where);
}

/** A one-line reason for a connection or server error. */
export function pgReason(e: unknown): string {
  const err = e as { code?: string; message?: string; errors?: { message?: string }[] };
  if (err.code === "ECONNREFUSED") return "connection refused (is the server running and listening there?)";
  if (err.code === "ENOTFOUND" || err.code === "EAI_AGAIN") return "unknown host";
  if (err.code === "ETIMEDOUT") return "connection timed out";
  if (err.code === "3D000") return `${err.message} (create it with createdb)`;
  if (err.code === "28P01" || err.code === "28000") return `authentication failed (${err.message})`;
  const msg = err.message || err.errors?.map((x) => x.message).join("; ") || String(e);
  return msg.split("\n")[0];
}

/**
 * The PostgreSQL corpus store: the same tables and query semantics as the SQLite store,
 * full-text search with the 'german' configuration (tsvector + GIN). Writers on several
 * machines may run at once: articles are stored exactly once (UNIQUE hash, ON CONFLICT DO
 * NOTHING), advisory locks per content hash and per LSH band key serialise writers that could
 * store the same text or near-duplicates of each other, and entity rows are upserted in key
 * order so concurrent batches do not deadlock (a deadlock, should one happen, is retried).
 */
export class PostgresStore implements Store {
  readonly engine = "postgres" as const;

  constructor(
    readonly pool: pg.Pool,
    readonly where: string,
  ) {}

  private async all<T = Row>(text: string, params: readonly Param[] = [], db: Db = this.pool): Promise<T[]> {
    return (await db.query(sql(text), params as unknown[])).rows as T[];
  }

  private async one<T = Row>(text: string, params: readonly Param[] = [], db: Db = this.pool): Promise<T | undefined> {
    return (await this.all<T>(text, params, db))[0];
  }

  private async scalar(text: string, params: readonly Param[] = [], db: Db = this.pool): Promise<number> {
    const r = await this.one<Record<string, unknown>>(text, params, db);
    return r ? Number(Object.values(r)[0] ?? 0) : 0;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  // ---------------------------------------------------------------- writing

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    const CHUNK = 5000;
    for (let i = 0; i < hashes.length; i += CHUNK) {
      const rows = await this.all<{ hash: string }>("SELECT hash FROM articles WHERE hash = ANY(?::text[])", [
        hashes.slice(i, i + CHUNK),
      ]);
      for (const r of rows) out.add(r.hash);
    }
    return out;
  }

  /**
   * Runs fn in one transaction; retries on deadlock or serialization failure. With
   * `begin` false, fn sends BEGIN itself (as part of its first message).
   */
  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>, begin = true): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const c = await this.pool.connect();
      try {
        if (begin) await c.query("BEGIN");
        const out = await fn(c);
        await c.query("COMMIT");
        return out;
      } catch (e) {
        await c.query("ROLLBACK").catch(() => {});
        const code = (e as { code?: string }).code;
        if (code && RETRYABLE.has(code) && attempt < 8) {
          await new Promise((r) => setTimeout(r, 20 * 2 ** attempt * (0.5 + Math.random())));
          continue;
        }
        throw e;
      } finally {
        c.release();
      }
    }
  }

  async writeBatch(items: readonly ArticleInput[]): Promise<WriteOutcome[]> {
    if (!items.length) return [];
    return this.tx((c) => writeArticles(c, items), false);
  }

  async recordCopies(copies: readonly CopyInput[]): Promise<number> {
    if (!copies.length) return 0;
    return this.tx(async (c) => {
      let n = 0;
      for (const cp of copies) {
        const a = await this.one<{ id: number; source: string | null; url: string | null }>(
          "SELECT id, source, url FROM articles WHERE hash = ?",
          [cp.hash],
          c,
        );
        if (!a) continue;
        if ((a.source ?? null) === (cp.source ?? null) && (a.url ?? null) === (cp.url ?? null)) continue;
        const ins = await c.query(
          sql(
            "INSERT INTO article_copies (article_id, source, url, origin) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
          ),
          [a.id, cp.source ?? null, cp.url ?? null, cp.origin ?? null],
        );
        if (ins.rowCount) {
          await c.query(sql("UPDATE articles SET reprints = reprints + 1 WHERE id = ?"), [a.id]);
          n++;
        }
      }
      return n;
    });
  }

  // ---------------------------------------------------------------- reading

  async stats(): Promise<CorpusStats> {
    const a = (await this.one<{ n: number; r: number; f: string | null; t: string | null }>(
      "SELECT COUNT(*)::int AS n, COUNT(duplicate_of)::int AS r, MIN(published) AS f, MAX(published) AS t FROM articles",
    )) as { n: number; r: number; f: string | null; t: string | null };
    return {
      articles: a.n,
      canonical: a.n - a.r,
      reprints: a.r,
      entities: await this.scalar("SELECT COUNT(*)::int FROM entities"),
      quotes: await this.scalar("SELECT COUNT(*)::int FROM quotes"),
      events: await this.scalar("SELECT COUNT(*)::int FROM events"),
      from: a.f,
      to: a.t,
    };
  }

  private articleWhere(q: ArticleQuery, where: string[], params: Param[]): void {
    if (q.from) {
      where.push("a.published >= ?");
      params.push(q.from);
    }
    if (q.to) {
      where.push("a.published <= ?");
      params.push(q.to);
    }
    if (q.source) {
      where.push("lower(a.source) = lower(?)");
      params.push(q.source);
    }
    if (!q.includeReprints) where.push("a.duplicate_of IS NULL");
  }

  async searchArticles(q: ArticleQuery & { q: string }): Promise<Page<ArticleSummary>> {
    const params: Param[] = [];
    const tsq = tsQuery(q.q, params);
    if (!tsq) return { total: 0, items: [] };
    const { limit, offset } = page(q.limit, q.offset, 50);
    const where = ["a.tsv @@ tq.q"];
    this.articleWhere(q, where, params);
    const from = `FROM articles a, (SELECT ${tsq} AS q) tq`;
    const total = await this.scalar(`SELECT COUNT(*)::int ${from} WHERE ${where.join(" AND ")}`, params);
    const rows = await this.all(
      `SELECT ${ARTICLE_COLS}, ts_headline('german', a.text, tq.q,
         'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…') AS snippet ${from}
       WHERE ${where.join(" AND ")} ORDER BY ts_rank_cd(a.tsv, tq.q) DESC, a.id LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return { total, items: rows.map(toSummary) };
  }

  async listArticles(q: ArticleQuery): Promise<Page<ArticleSummary>> {
    if (q.q?.trim()) return this.searchArticles({ ...q, q: q.q });
    const { limit, offset } = page(q.limit, q.offset, 50);
    const where: string[] = [];
    const params: Param[] = [];
    this.articleWhere(q, where, params);
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const total = await this.scalar(`SELECT COUNT(*)::int FROM articles a ${w}`, params);
    const rows = await this.all(
      `SELECT ${ARTICLE_COLS} FROM articles a ${w} ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return { total, items: rows.map(toSummary) };
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    if (!/^\d{1,9}$/.test(id)) return null;
    const r = await this.one(
      `SELECT ${ARTICLE_COLS}, a.hash, a.meta, a.origin, a.similarity, a.ingested_at, a.text, a.doc
       FROM articles a WHERE a.id = ?`,
      [Number(id)],
    );
    return r ? this.toRecord(r) : null;
  }

  private async toRecord(r: Row): Promise<ArticleRecord> {
    const rest = JSON.parse(r.doc as string) as Omit<DocJSON, "text">;
    const reprintIds = (
      await this.all<{ id: number }>("SELECT id FROM articles WHERE duplicate_of = ? ORDER BY id", [r.id as number])
    ).map((x) => String(x.id));
    const copies = await this.all<{ source: string | null; url: string | null }>(
      "SELECT source, url FROM article_copies WHERE article_id = ? ORDER BY seq",
      [r.id as number],
    );
    return {
      ...toSummary(r),
      hash: r.hash as string,
      meta: JSON.parse((r.meta as string) || "{}") as Record<string, string>,
      origin: (r.origin as string | null) ?? null,
      similarity: (r.similarity as number | null) ?? null,
      ingestedAt: r.ingested_at as string,
      doc: { text: r.text as string, ...rest },
      reprintIds,
      copies,
    };
  }

  private async toEntities(rows: EntityRowDb[]): Promise<CorpusEntity[]> {
    if (!rows.length) return [];
    const names = await this.all<{ entity_id: number; name: string }>(
      `SELECT entity_id, name FROM entity_names WHERE entity_id = ANY(?::int[]) ORDER BY name COLLATE "C"`,
      [rows.map((r) => r.id)],
    );
    const byId = new Map<number, string[]>();
    for (const n of names) {
      const l = byId.get(n.entity_id);
      if (l) l.push(n.name);
      else byId.set(n.entity_id, [n.name]);
    }
    return rows.map((r) => ({
      id: String(r.id),
      name: r.name,
      type: r.type as EntityType,
      country: r.country,
      wikidata: r.wikidata,
      kbId: r.kb_id,
      role: r.role,
      aliases: [...new Set((byId.get(r.id) ?? []).filter((n) => n !== r.name))],
      articleCount: r.article_count,
      mentionCount: r.mention_count,
    }));
  }

  async getEntity(id: string): Promise<CorpusEntity | null> {
    if (!/^\d{1,9}$/.test(id)) return null;
    const r = await this.one<EntityRowDb>("SELECT * FROM entities WHERE id = ?", [Number(id)]);
    return r ? (await this.toEntities([r]))[0] : null;
  }

  /** Entity ids for an id, Wikidata id or name (exact normalised name/alias, else a word of it). */
  private async resolveIds(input: string, limit = 50): Promise<number[]> {
    const s = input.trim();
    if (!s) return [];
    if (/^\d{1,9}$/.test(s)) {
      const r = await this.one<{ id: number }>("SELECT id FROM entities WHERE id = ?", [Number(s)]);
      if (r) return [r.id];
    }
    if (/^Q\d+$/.test(s)) {
      const r = await this.all<{ id: number }>(
        "SELECT id FROM entities WHERE wikidata = ? ORDER BY article_count DESC, id",
        [s],
      );
      if (r.length) return r.map((x) => x.id);
    }
    const norm = normName(s);
    if (!norm) return [];
    let ids = await this.all<{ id: number }>(
      `SELECT e.id FROM entity_names n JOIN entities e ON e.id = n.entity_id WHERE n.norm = ?
       GROUP BY e.id ORDER BY MAX(e.article_count) DESC, e.id LIMIT ?`,
      [norm, limit],
    );
    if (!ids.length) {
      // a name's last or first word ("Putin" → "Wladimir Putin")
      ids = await this.all<{ id: number }>(
        `SELECT e.id FROM entity_names n JOIN entities e ON e.id = n.entity_id
         WHERE n.norm LIKE '% ' || ? OR n.norm LIKE ? || ' %'
         GROUP BY e.id ORDER BY MAX(e.article_count) DESC, e.id LIMIT ?`,
        [norm, norm, limit],
      );
    }
    return ids.map((x) => x.id);
  }

  private async entitiesByIds(ids: readonly number[]): Promise<CorpusEntity[]> {
    if (!ids.length) return [];
    const rows = await this.all<EntityRowDb>("SELECT * FROM entities WHERE id = ANY(?::int[])", [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return this.toEntities(ids.map((id) => byId.get(id)).filter((r): r is EntityRowDb => r !== undefined));
  }

  async resolveEntities(nameOrId: string, limit = 20): Promise<CorpusEntity[]> {
    return this.entitiesByIds(await this.resolveIds(nameOrId, limit));
  }

  async searchEntities(q: EntityQuery): Promise<Page<CorpusEntity>> {
    const { limit, offset } = page(q.limit, q.offset, 50);
    const where: string[] = [];
    const params: Param[] = [];
    const norm = q.q ? normName(q.q) : "";
    if (q.q && !norm) return { total: 0, items: [] };
    if (norm) {
      where.push("e.id IN (SELECT entity_id FROM entity_names WHERE (norm >= ? AND norm < ?) OR norm LIKE ?)");
      params.push(norm, `${norm}\uffff`, `% ${norm}%`);
    }
    if (q.type) {
      where.push("e.type = ?");
      params.push(q.type);
    }
    if (q.country) {
      where.push("e.country = ?");
      params.push(q.country.toUpperCase());
    }
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const total = await this.scalar(`SELECT COUNT(*)::int FROM entities e ${w}`, params);
    const rows = await this.all<EntityRowDb>(
      `SELECT e.* FROM entities e ${w} ORDER BY e.article_count DESC, e.mention_count DESC, e.id LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return { total, items: await this.toEntities(rows) };
  }

  private dayWhere(col: string, q: { from?: string; to?: string }, where: string[], params: Param[]): void {
    if (q.from) {
      where.push(`${col} >= ?`);
      params.push(q.from);
    }
    if (q.to) {
      where.push(`${col} <= ?`);
      params.push(q.to);
    }
  }

  async quotes(q: QuoteQuery): Promise<Page<QuoteRow>> {
    const { limit, offset } = page(q.limit, q.offset, 100);
    const where: string[] = [];
    const params: Param[] = [];
    const unresolved: string[] = [];
    if (q.speaker) {
      const ids = await this.resolveIds(q.speaker);
      const norm = normName(q.speaker);
      const hasText = norm ? await this.one("SELECT 1 FROM quotes WHERE speaker_norm = ? LIMIT 1", [norm]) : undefined;
      if (!ids.length && !hasText) unresolved.push(q.speaker);
      where.push(`(q.speaker_id IN (${inList(ids)}) OR q.speaker_norm = ?)`);
      params.push(norm);
    }
    if (q.source) {
      const ids = await this.resolveIds(q.source);
      const outlet = await this.one("SELECT 1 FROM articles WHERE lower(source) = lower(?) LIMIT 1", [q.source.trim()]);
      if (!ids.length && !outlet) unresolved.push(q.source);
      where.push(`(q.source_id IN (${inList(ids)}) OR lower(a.source) = lower(?))`);
      params.push(q.source.trim());
    }
    if (q.about) {
      const ids = await this.resolveIds(q.about);
      if (!ids.length) unresolved.push(q.about);
      where.push(`q.id IN (SELECT quote_id FROM quote_about WHERE entity_id IN (${inList(ids)}))`);
    }
    if (q.q) {
      const tsq = tsQuery(q.q, params);
      if (tsq) where.push(`q.tsv @@ ${tsq}`);
    }
    this.dayWhere("q.day", q, where, params);
    if (!q.includeReprints) where.push("q.reprint = 0");
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const from = "FROM quotes q JOIN articles a ON a.id = q.article_id";
    const total = await this.scalar(`SELECT COUNT(*)::int ${from} ${w}`, params);
    const rows = await this.all(
      `SELECT q.id, q.article_id, q.kind, q.start, q."end", q.text, q.speaker_id, q.speaker_text, q.cue, q.source_id,
         q.day, q.date_from, a.published, a.title AS article_title, a.source AS article_source,
         sp.name AS speaker_name, so.name AS source_name
       ${from} LEFT JOIN entities sp ON sp.id = q.speaker_id LEFT JOIN entities so ON so.id = q.source_id
       ${w} ORDER BY q.day DESC NULLS LAST, q.id DESC LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    const out: Page<QuoteRow> = { total, items: rows.map(toQuote) };
    if (unresolved.length) out.unresolved = unresolved;
    return out;
  }

  private async actorRef(input: string): Promise<ActorRef> {
    const ids = await this.resolveIds(input);
    const code = input.trim();
    let country: string | null = null;
    if (looksLikeIso3(code)) {
      const known =
        (await this.one("SELECT 1 FROM entities WHERE country = ? LIMIT 1", [code])) ??
        (await this.one("SELECT 1 FROM events WHERE actor_country = ? OR target_country = ? LIMIT 1", [code, code]));
      if (known) country = code;
    }
    const entities = (await this.entitiesByIds(ids)).map((e) => ({ id: e.id, name: e.name }));
    const norm = normName(input);
    const text =
      norm && (await this.one("SELECT 1 FROM events WHERE actor_norm = ? OR target_norm = ? LIMIT 1", [norm, norm]))
        ? norm
        : null;
    return { query: input, country, entities, text };
  }

  /** SQL condition: the event's actor (or target) side matches the ref. */
  private sideCond(ref: ActorRef, side: "actor" | "target", params: Param[]): string {
    const parts = [`e.${side}_id IN (${inList(ref.entities.map((x) => Number(x.id)))})`];
    if (ref.country) {
      parts.push(`e.${side}_country = ?`);
      params.push(ref.country);
    }
    if (ref.text) {
      parts.push(`e.${side}_norm = ?`);
      params.push(ref.text);
    }
    return `(${parts.join(" OR ")})`;
  }

  private static readonly EVENT_SELECT = `SELECT e.id, e.article_id, e.type, e.quad, e.mode, e.actor_id, e.target_id,
      e.actor_text, e.target_text, e.actor_country, e.target_country, e.text, e.start, e."end", e.day, e.date_from,
      e.negated, e.hypothetical, e.future, a.published, a.title AS article_title,
      ac.name AS actor_name, ac.country AS actor_entity_country, tg.name AS target_name, tg.country AS target_entity_country`;

  async events(q: EventQuery): Promise<Page<EventRow>> {
    const { limit, offset } = page(q.limit, q.offset, 200);
    const where: string[] = [];
    const params: Param[] = [];
    const unresolved: string[] = [];
    for (const side of ["actor", "target"] as const) {
      const v = q[side];
      if (!v) continue;
      const ref = await this.actorRef(v);
      if (!ref.entities.length && !ref.country && !ref.text) unresolved.push(v);
      where.push(this.sideCond(ref, side, params));
    }
    if (q.type) {
      where.push("e.type = ?");
      params.push(q.type);
    }
    this.dayWhere("e.day", q, where, params);
    if (!q.includeUnreal) where.push("e.negated = 0 AND e.hypothetical = 0");
    if (!q.includeReprints) where.push("e.reprint = 0");
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const from = "FROM events e JOIN articles a ON a.id = e.article_id";
    const total = await this.scalar(`SELECT COUNT(*)::int ${from} ${w}`, params);
    const rows = await this.all(
      `${PostgresStore.EVENT_SELECT}
       ${from} LEFT JOIN entities ac ON ac.id = e.actor_id LEFT JOIN entities tg ON tg.id = e.target_id
       ${w} ORDER BY e.day DESC NULLS LAST, e.id DESC LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    const out: Page<EventRow> = { total, items: rows.map(toEvent) };
    if (unresolved.length) out.unresolved = unresolved;
    return out;
  }

  async entityProfile(nameOrId: string, opts: { limit?: number } = {}): Promise<EntityProfile | null> {
    const ids = await this.resolveIds(nameOrId, 1);
    if (!ids.length) return null;
    const id = ids[0];
    const entity = (await this.entitiesByIds([id]))[0];
    const limit = opts.limit ?? 10;
    const co = await this.all<{ id: number; n: number }>(
      `SELECT ae2.entity_id AS id, COUNT(*)::int AS n FROM article_entities ae1
       JOIN article_entities ae2 ON ae2.article_id = ae1.article_id AND ae2.entity_id != ae1.entity_id
       JOIN articles a ON a.id = ae1.article_id AND a.duplicate_of IS NULL
       WHERE ae1.entity_id = ? GROUP BY ae2.entity_id ORDER BY n DESC, ae2.entity_id LIMIT ?`,
      [id, limit],
    );
    const coEntities = await this.entitiesByIds(co.map((r) => r.id));
    const coOccurring = co.map((r, i) => ({ entity: coEntities[i], articles: r.n }));
    const quotesBy = (await this.quotes({ speaker: String(id), limit })).items.filter(
      (x) => x.speaker?.id === String(id),
    );
    const quotesAbout = (await this.quotes({ about: String(id), limit })).items;
    const evRows = await this.all(
      `${PostgresStore.EVENT_SELECT}
       FROM events e JOIN articles a ON a.id = e.article_id AND e.reprint = 0
       LEFT JOIN entities ac ON ac.id = e.actor_id LEFT JOIN entities tg ON tg.id = e.target_id
       WHERE (e.actor_id = ? OR e.target_id = ?) ORDER BY e.day DESC NULLS LAST, e.id DESC LIMIT ?`,
      [id, id, limit],
    );
    const counts = await this.all<{ type: PloverType; asActor: number; asTarget: number }>(
      `SELECT e.type, COUNT(*) FILTER (WHERE e.actor_id = ?)::int AS "asActor",
         COUNT(*) FILTER (WHERE e.target_id = ?)::int AS "asTarget"
       FROM events e JOIN articles a ON a.id = e.article_id AND e.reprint = 0
       WHERE (e.actor_id = ? OR e.target_id = ?) AND e.negated = 0 AND e.hypothetical = 0
       GROUP BY e.type ORDER BY COUNT(*) DESC, e.type COLLATE "C"`,
      [id, id, id, id],
    );
    return { entity, coOccurring, quotesBy, quotesAbout, events: evRows.map(toEvent), eventCounts: counts };
  }

  async dyad(q: DyadQuery): Promise<DyadResult | null> {
    const a = await this.actorRef(q.a);
    const b = await this.actorRef(q.b);
    const none = (r: ActorRef) => !r.entities.length && !r.country && !r.text;
    if (none(a) || none(b)) return null;
    const params: Param[] = [];
    const ab = `(${this.sideCond(a, "actor", params)} AND ${this.sideCond(b, "target", params)})`;
    const ba = `(${this.sideCond(b, "actor", params)} AND ${this.sideCond(a, "target", params)})`;
    const where = [`(${ab} OR ${ba})`, "e.negated = 0", "e.hypothetical = 0", "e.reprint = 0"];
    this.dayWhere("e.day", q, where, params);
    const rows = await this.all<{ day: string | null; type: PloverType }>(
      `SELECT e.day, e.type FROM events e JOIN articles a ON a.id = e.article_id WHERE ${where.join(" AND ")}`,
      params,
    );
    const interval = q.interval ?? "month";
    const buckets = dyadBuckets(rows, interval);
    return { a, b, interval, buckets, total: totalOf(buckets) };
  }

  async graph(q: GraphQuery): Promise<Graph> {
    const where = [
      "e.actor_id IS NOT NULL",
      "e.target_id IS NOT NULL",
      "e.actor_id != e.target_id",
      "e.negated = 0",
      "e.hypothetical = 0",
      "e.reprint = 0",
    ];
    const params: Param[] = [];
    this.dayWhere("e.day", q, where, params);
    const minWeight = Math.max(1, q.minWeight ?? 1);
    const { limit } = page(q.limit, 0, 300, 100_000);
    const rows = await this.all<{ s: number; t: number; coop: number; conf: number; n: number; score: number }>(
      `SELECT e.actor_id AS s, e.target_id AS t, COUNT(*) FILTER (WHERE e.quad LIKE '%cooperation')::int AS coop,
         COUNT(*) FILTER (WHERE e.quad LIKE '%conflict')::int AS conf, COUNT(*)::int AS n, SUM(e.weight) AS score
       FROM events e JOIN articles a ON a.id = e.article_id WHERE ${where.join(" AND ")}
       GROUP BY e.actor_id, e.target_id HAVING COUNT(*) >= ? ORDER BY n DESC, s, t LIMIT ?`,
      [...params, minWeight, limit],
    );
    const counts = new Map<number, number>();
    for (const r of rows) {
      counts.set(r.s, (counts.get(r.s) ?? 0) + r.n);
      counts.set(r.t, (counts.get(r.t) ?? 0) + r.n);
    }
    const ents = counts.size
      ? await this.all<EntityRowDb>("SELECT * FROM entities WHERE id = ANY(?::int[])", [[...counts.keys()]])
      : [];
    const byId = new Map(ents.map((e) => [e.id, e]));
    const nodes = [...counts].map(([id, n]) => {
      const e = byId.get(id) as EntityRowDb;
      return {
        id: String(id),
        name: e.name,
        type: e.type as EntityType,
        country: e.country,
        wikidata: e.wikidata,
        events: n,
      };
    });
    const edges = rows.map((r) => ({
      source: String(r.s),
      target: String(r.t),
      cooperation: r.coop,
      conflict: r.conf,
      weight: r.n,
      score: Math.round(r.score * 100) / 100,
    }));
    return { nodes, edges };
  }

  async *exportArticles(): AsyncIterable<ArticleRecord> {
    let last = 0;
    for (;;) {
      const rows = await this.all(
        `SELECT ${ARTICLE_COLS}, a.hash, a.meta, a.origin, a.similarity, a.ingested_at, a.text, a.doc
         FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT 200`,
        [last],
      );
      if (!rows.length) return;
      for (const r of rows) yield await this.toRecord(r);
      last = rows[rows.length - 1].id as number;
    }
  }

  async *exportRows(table: ExportTable): AsyncIterable<Record<string, string | number | boolean | null>> {
    const text: Record<ExportTable, string> = {
      articles: `SELECT id, published, title, source, url, lang, duplicate_of, similarity, reprints, origin, hash, meta,
        (SELECT COUNT(*)::int FROM article_entities ae WHERE ae.article_id = a.id) AS entities,
        (SELECT COUNT(*)::int FROM quotes q WHERE q.article_id = a.id) AS quotes,
        (SELECT COUNT(*)::int FROM events e WHERE e.article_id = a.id) AS events
        FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT 500`,
      entities: `SELECT id, name, type, country, wikidata, kb_id, role, article_count, mention_count,
        (SELECT string_agg(name, ' | ') FROM entity_names n WHERE n.entity_id = entities.id AND n.name != entities.name) AS aliases
        FROM entities WHERE id > ? ORDER BY id LIMIT 500`,
      quotes: `SELECT q.id, q.article_id, q.day, q.kind, q.text, q.speaker_id, sp.name AS speaker, q.speaker_text, q.cue,
        q.source_id, so.name AS source, q.date, q.date_from
        FROM quotes q LEFT JOIN entities sp ON sp.id = q.speaker_id LEFT JOIN entities so ON so.id = q.source_id
        WHERE q.id > ? ORDER BY q.id LIMIT 500`,
      events: `SELECT e.id, e.article_id, e.day, e.type, e.quad, e.weight, e.mode, e.actor_id, ac.name AS actor, e.actor_country,
        e.actor_text, e.target_id, tg.name AS target, e.target_country, e.target_text, e.text, e.date, e.date_from,
        e.negated, e.hypothetical, e.future, e.reciprocal
        FROM events e LEFT JOIN entities ac ON ac.id = e.actor_id LEFT JOIN entities tg ON tg.id = e.target_id
        WHERE e.id > ? ORDER BY e.id LIMIT 500`,
    };
    let last = 0;
    for (;;) {
      const rows = await this.all<Record<string, string | number | null>>(text[table], [last]);
      if (!rows.length) return;
      for (const r of rows) yield r;
      last = rows[rows.length - 1].id as number;
    }
  }

  /** Schema version (for tests and `queue status`). */
  async schemaVersion(): Promise<number> {
    return pgSchemaVersion(this.pool);
  }
}

/**
 * A tsquery expression for free user input, its values pushed to params: every
 * whitespace-separated word becomes a phrase of its letter/digit runs ("Jong-un" →
 * 'jong' <-> 'un', which the German parser also indexes for "Jong-un"), a trailing * a
 * prefix match; all must occur. Input never reaches the tsquery syntax unescaped.
 */
export function tsQuery(input: string, params: Param[]): string | null {
  const parts: string[] = [];
  for (const raw of input.normalize("NFC").split(/\s+/)) {
    const words = searchWords(raw);
    if (!words.length) continue;
    if (raw.length > 1 && raw.endsWith("*") && words.length === 1) {
      params.push(`${words[0]}:*`);
      parts.push("to_tsquery('german', ?)");
    } else {
      params.push(words.join(" "));
      parts.push("phraseto_tsquery('german', ?)");
    }
  }
  return parts.length ? `(${parts.join(" && ")})` : null;
}
