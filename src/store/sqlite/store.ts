import Database from "better-sqlite3";
import type { DocJSON } from "../../doc/schema/index.js";
import { InputError } from "../../errors.js";
import { bandKeys, NEAR_DUP_THRESHOLD, sigFromBuffer, similarity } from "../minhash.js";
import { entityKey, ftsQuery, normName } from "../query.js";
import type { Row } from "../rows.js";
import { articleValues, eventValues, quoteAbout, quoteValues } from "../sql/doc-rows.js";
import { type Dialect, type Param, SqlReader } from "../sql/reader.js";
import type { ArticleInput, CopyInput, Store, WriteOutcome } from "../types.js";
import { migrate } from "./migrate.js";

/** SQLite's side of the shared read queries: FTS5 tables, NOCASE, planner hints. */
const SQLITE_DIALECT: Dialect = {
  int: "",
  binary: "COLLATE BINARY",
  copiesOrder: "rowid",
  noIndex: (expr) => `+${expr}`,
  sameText: (col) => `${col} = ? COLLATE NOCASE`,
  concat: (expr, sep) => `group_concat(${expr}, '${sep}')`,
  articleSearch(input, params) {
    const match = ftsQuery(input);
    if (!match) return null;
    params.push(match);
    return {
      from: "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid",
      where: "articles_fts MATCH ?",
      rank: "bm25(articles_fts)",
      snippet: "snippet(articles_fts, 1, '[', ']', '…', 16)",
    };
  },
  quoteSearch(input, params) {
    const match = ftsQuery(input);
    if (!match) return null;
    params.push(match);
    return "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)";
  },
};

export interface SqliteStoreOptions {
  readonly?: boolean;
  /**
   * How long one write may wait for another process's write lock, in ms, in all (default
   * 60 000): SQLite's busy timeout per attempt, then retries with a growing pause.
   */
  lockTimeoutMs?: number;
}

const BUSY_MS = 5000;

/** SQLITE_BUSY and its extended codes (BUSY_SNAPSHOT, BUSY_RECOVERY) and SQLITE_LOCKED: another connection holds the lock. */
export function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The SQLite corpus store (better-sqlite3, WAL). Writes happen in one transaction per
 * batch; reads use prepared statements. Async methods resolve immediately.
 */
export class SqliteStore extends SqlReader implements Store {
  readonly engine = "sqlite" as const;
  protected readonly d = SQLITE_DIALECT;
  readonly db: Database.Database;
  private readonly stmts = new Map<string, Database.Statement>();
  private readonly lockTimeoutMs: number;

  constructor(
    readonly path: string,
    opts: SqliteStoreOptions = {},
  ) {
    super();
    this.lockTimeoutMs = opts.lockTimeoutMs ?? 60_000;
    this.db = new Database(path, {
      readonly: opts.readonly ?? false,
      fileMustExist: opts.readonly ?? false,
      timeout: Math.min(BUSY_MS, this.lockTimeoutMs),
    });
    this.db.pragma(`busy_timeout = ${Math.min(BUSY_MS, this.lockTimeoutMs)}`);
    if (!opts.readonly) {
      // WAL: readers never wait for the writer, and writers of other processes queue on the lock
      this.retrySync("open", () => this.db.pragma("journal_mode = WAL"));
      this.db.pragma("synchronous = NORMAL");
      this.retrySync("prepare", () => migrate(this.db));
    }
    this.db.pragma("cache_size = -65536");
    this.db.pragma("temp_store = MEMORY");
  }

  private st(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      // queries with inlined id lists vary; keep the cache bounded
      if (this.stmts.size >= 1000) this.stmts.clear();
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  protected async all<T = Row>(text: string, params: readonly Param[] = []): Promise<T[]> {
    return this.st(text).all(...params) as T[];
  }

  async close(): Promise<void> {
    this.stmts.clear();
    if (this.db.open) this.db.close();
  }

  // ---------------------------------------------------------------- writing

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    const CHUNK = 500;
    for (let i = 0; i < hashes.length; i += CHUNK) {
      const part = hashes.slice(i, i + CHUNK);
      const rows = this.db
        .prepare(`SELECT hash FROM articles WHERE hash IN (${part.map(() => "?").join(",")})`)
        .pluck()
        .all(...part) as string[];
      for (const h of rows) out.add(h);
    }
    return out;
  }

  private lockedError(what: string, waited: number): InputError {
    return new InputError(
      `${this.path}: the database stayed locked by another process for ${(waited / 1000).toFixed(0)} s (${what}); ` +
        "nothing of this batch was written; run the command again to store what is missing",
    );
  }

  /** Runs fn, retrying while another connection holds the lock, up to lockTimeoutMs in all. */
  private retrySync<T>(what: string, fn: () => T): T {
    const t0 = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return fn();
      } catch (e) {
        const waited = Date.now() - t0;
        if (!isBusy(e)) throw e;
        if (waited >= this.lockTimeoutMs) throw this.lockedError(what, waited);
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.min(50 * 2 ** attempt, 1000));
      }
    }
  }

  /**
   * Runs a write transaction (BEGIN IMMEDIATE: it takes the write lock before reading, so it
   * never fails on a stale read snapshot), retrying while another process holds the lock.
   */
  private async write<T>(what: string, fn: () => T): Promise<T> {
    const tx = this.db.transaction(fn);
    const t0 = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return tx.immediate();
      } catch (e) {
        const waited = Date.now() - t0;
        if (!isBusy(e)) throw e;
        if (waited >= this.lockTimeoutMs) throw this.lockedError(what, waited);
        await sleep(Math.min(50 * 2 ** attempt, 1000));
      }
    }
  }

  async writeBatch(items: readonly ArticleInput[]): Promise<WriteOutcome[]> {
    return this.write(`writing ${items.length} articles`, () => items.map((it) => this.writeOne(it)));
  }

  async recordCopies(copies: readonly CopyInput[]): Promise<number> {
    const find = this.st("SELECT id, source, url FROM articles WHERE hash = ?");
    const ins = this.st("INSERT OR IGNORE INTO article_copies (article_id, source, url, origin) VALUES (?, ?, ?, ?)");
    const bump = this.st("UPDATE articles SET reprints = reprints + 1 WHERE id = ?");
    return this.write("recording copies", () => {
      let n = 0;
      for (const c of copies) {
        const a = find.get(c.hash) as { id: number; source: string | null; url: string | null } | undefined;
        if (!a) continue;
        if ((a.source ?? null) === (c.source ?? null) && (a.url ?? null) === (c.url ?? null)) continue;
        if (ins.run(a.id, c.source ?? null, c.url ?? null, c.origin ?? null).changes) {
          bump.run(a.id);
          n++;
        }
      }
      return n;
    });
  }

  private writeOne(item: ArticleInput): WriteOutcome {
    const existing = this.st("SELECT id FROM articles WHERE hash = ?").pluck().get(item.hash) as number | undefined;
    if (existing !== undefined) return { status: "exists", id: String(existing) };
    const text = item.doc.text;
    const doc = item.doc;

    // near-duplicate: best candidate from the LSH bands
    let canonical: number | null = null;
    let sim: number | null = null;
    const sig = item.minhash ?? null;
    const keys = sig ? bandKeys(sig) : [];
    if (sig) {
      const seen = new Set<number>();
      const cand = this.st("SELECT article_id FROM minhash_bands WHERE band = ? AND key = ?").pluck();
      const getSig = this.st("SELECT minhash, duplicate_of FROM articles WHERE id = ?");
      for (let b = 0; b < keys.length; b++) {
        for (const id of cand.all(b, keys[b]) as number[]) {
          if (seen.has(id)) continue;
          seen.add(id);
          const r = getSig.get(id) as { minhash: Buffer | null; duplicate_of: number | null } | undefined;
          if (!r?.minhash) continue;
          const s = similarity(sig, sigFromBuffer(r.minhash));
          if (s >= NEAR_DUP_THRESHOLD && (sim === null || s > sim)) {
            sim = s;
            canonical = r.duplicate_of ?? id;
          }
        }
      }
    }

    const info = this.st(
      `INSERT INTO articles (hash, title, published, url, source, lang, meta, origin, text, doc, minhash, duplicate_of, similarity, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(...articleValues(item, canonical, sim, new Date().toISOString()));
    const aid = Number(info.lastInsertRowid);
    this.st("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)").run(aid, doc.title ?? "", text);
    const band = this.st("INSERT OR IGNORE INTO minhash_bands (band, key, article_id) VALUES (?, ?, ?)");
    for (let b = 0; b < keys.length; b++) band.run(b, keys[b], aid);
    if (canonical !== null) this.st("UPDATE articles SET reprints = reprints + 1 WHERE id = ?").run(canonical);

    const entityIds = this.writeEntities(aid, doc);
    this.writeQuotesEvents(aid, doc, entityIds, canonical !== null);
    const time = this.st(
      "INSERT INTO times (article_id, start, end, text, value, type, mod) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    for (const t of doc.times ?? []) time.run(aid, t.start, t.end, t.text, t.value, t.type, t.mod ?? null);
    return {
      status: "stored",
      id: String(aid),
      duplicateOf: canonical === null ? null : String(canonical),
      similarity: sim,
    };
  }

  /** Resolves the Doc's entities to corpus entities; returns local id → corpus id. */
  private writeEntities(aid: number, doc: DocJSON): Map<string, number> {
    const map = new Map<string, number>();
    const find = this.st("SELECT id FROM entities WHERE key = ?").pluck();
    const insert = this.st(
      "INSERT INTO entities (key, name, type, country, wikidata, kb_id, role) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    const fill = this.st(
      `UPDATE entities SET country = COALESCE(country, ?), wikidata = COALESCE(wikidata, ?),
       kb_id = COALESCE(kb_id, ?), role = COALESCE(role, ?) WHERE id = ?`,
    );
    const name = this.st("INSERT OR IGNORE INTO entity_names (norm, entity_id, name) VALUES (?, ?, ?)");
    const mention = this.st(
      "INSERT INTO mentions (article_id, entity_id, start, end, text, form) VALUES (?, ?, ?, ?, ?, ?)",
    );
    const perArticle = new Map<number, { local: string; mentions: number }>();
    for (const e of doc.entities ?? []) {
      const key = entityKey(e);
      let id = find.get(key) as number | undefined;
      if (id === undefined) {
        id = Number(
          insert.run(key, e.name, e.type, e.country ?? null, e.wikidata ?? null, e.kbId ?? null, e.role ?? null)
            .lastInsertRowid,
        );
      } else if (e.country || e.wikidata || e.kbId || e.role) {
        fill.run(e.country ?? null, e.wikidata ?? null, e.kbId ?? null, e.role ?? null, id);
      }
      map.set(e.id, id);
      const names = new Set<string>([e.name, ...(e.aliases ?? [])]);
      for (const m of e.mentions ?? []) if (m.form === "name" || m.form === "alias") names.add(m.text);
      for (const n of names) {
        const norm = normName(n);
        if (norm) name.run(norm, id, n);
      }
      for (const m of e.mentions ?? []) mention.run(aid, id, m.start, m.end, m.text, m.form);
      const pa = perArticle.get(id);
      if (pa) pa.mentions += e.mentions?.length ?? 0;
      else perArticle.set(id, { local: e.id, mentions: e.mentions?.length ?? 0 });
    }
    const link = this.st(
      "INSERT INTO article_entities (article_id, entity_id, local_id, mentions) VALUES (?, ?, ?, ?)",
    );
    const count = this.st(
      "UPDATE entities SET article_count = article_count + 1, mention_count = mention_count + ? WHERE id = ?",
    );
    for (const [id, pa] of perArticle) {
      link.run(aid, id, pa.local, pa.mentions);
      count.run(pa.mentions, id);
    }
    return map;
  }

  private writeQuotesEvents(aid: number, doc: DocJSON, ents: Map<string, number>, reprint: boolean): void {
    const ent = (local: string | null | undefined): number | null => (local ? (ents.get(local) ?? null) : null);
    const published = doc.published ?? null;
    const quote = this.st(
      `INSERT INTO quotes (article_id, local_id, kind, start, end, text, speaker_id, speaker_text, speaker_norm, cue, source_id, date, date_from, day, reprint)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const fts = this.st("INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)");
    const about = this.st("INSERT OR IGNORE INTO quote_about (entity_id, quote_id) VALUES (?, ?)");
    const quoteIds = new Map<string, number>();
    for (const q of doc.quotes ?? []) {
      const qid = Number(quote.run(aid, ...quoteValues(q, published, ent, reprint)).lastInsertRowid);
      quoteIds.set(q.id, qid);
      fts.run(qid, q.text);
      for (const id of quoteAbout(doc, q, ent)) about.run(id, qid);
    }
    const event = this.st(
      `INSERT INTO events (article_id, local_id, type, quad, weight, mode, actor_id, target_id, actor_country, target_country,
        actor_text, target_text, actor_norm, target_norm, start, end, text, date, date_from, day, location_id, negated, hypothetical,
        future, reciprocal, quote_id, reprint, headline_repeat)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const countryOf = this.st("SELECT country FROM entities WHERE id = ?").pluck();
    const country = (id: number) => (countryOf.get(id) as string | null | undefined) ?? null;
    for (const e of doc.events ?? []) {
      const quoteId = e.quote ? (quoteIds.get(e.quote) ?? null) : null;
      event.run(aid, ...eventValues(e, published, ent, quoteId, reprint, country));
    }
  }

  // ---------------------------------------------------------------- reading
}
