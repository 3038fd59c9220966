import pg from "pg";
import { InputError } from "../../errors.js";
import { searchWords } from "../query.js";
import type { Row } from "../rows.js";
import { type Dialect, type Param, SqlReader } from "../sql/reader.js";
import type { ArticleInput, CopyInput, Store, WriteOutcome } from "../types.js";
import { migratePg, pgSchemaVersion } from "./migrate.js";
import { writeArticles } from "./write.js";

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
export class PostgresStore extends SqlReader implements Store {
  readonly engine = "postgres" as const;
  protected readonly d = PG_DIALECT;

  constructor(
    readonly pool: pg.Pool,
    readonly where: string,
  ) {
    super();
  }

  protected async all<T = Row>(text: string, params: readonly Param[] = []): Promise<T[]> {
    return (await this.pool.query(sql(text), params as unknown[])).rows as T[];
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  // ---------------------------------------------------------------- writing

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    const CHUNK = 5000;
    for (let i = 0; i < hashes.length; i += CHUNK) {
      const r = await this.pool.query<{ hash: string }>({
        name: "lagebild_known_hashes",
        text: "SELECT hash FROM articles WHERE hash = ANY($1::text[])",
        values: [hashes.slice(i, i + CHUNK)],
      });
      for (const row of r.rows) out.add(row.hash);
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
        const a = (
          await c.query<{ id: number; source: string | null; url: string | null }>(
            "SELECT id, source, url FROM articles WHERE hash = $1",
            [cp.hash],
          )
        ).rows[0];
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

  /** Schema version (for tests and `queue status`). */
  async schemaVersion(): Promise<number> {
    return pgSchemaVersion(this.pool);
  }
}

/** PostgreSQL's side of the shared read queries: German text search (tsvector + GIN). */
const PG_DIALECT: Dialect = {
  int: "::int",
  binary: 'COLLATE "C"',
  copiesOrder: "seq",
  noIndex: (expr) => expr,
  sameText: (col) => `lower(${col}) = lower(?)`,
  concat: (expr, sep) => `string_agg(${expr}, '${sep}')`,
  articleSearch(input, params) {
    const tsq = tsQuery(input, params);
    if (!tsq) return null;
    return {
      from: `FROM articles a, (SELECT ${tsq} AS q) tq`,
      where: "a.tsv @@ tq.q",
      rank: "ts_rank_cd(a.tsv, tq.q) DESC",
      snippet: `ts_headline('german', a.text, tq.q,
        'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…')`,
    };
  },
  quoteSearch(input, params) {
    const tsq = tsQuery(input, params);
    return tsq ? `q.tsv @@ ${tsq}` : null;
  },
};

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
