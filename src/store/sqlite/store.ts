import Database from "better-sqlite3";
import type { DocJSON, EntityType, PloverType } from "../../doc/schema/index.js";
import { bandKeys, NEAR_DUP_THRESHOLD, sigFromBuffer, sigToBuffer, similarity } from "../minhash.js";
import {
  dyadBuckets,
  effectiveDay,
  entityKey,
  ftsQuery,
  looksLikeIso3,
  normName,
  page,
  plover,
  totalOf,
} from "../query.js";
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
import { migrate } from "./migrate.js";

type Param = string | number | null;

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

export interface SqliteStoreOptions {
  readonly?: boolean;
}

/**
 * The SQLite corpus store (better-sqlite3, WAL). Writes happen in one transaction per
 * batch; reads use prepared statements. Async methods resolve immediately.
 */
export class SqliteStore implements Store {
  readonly engine = "sqlite" as const;
  readonly db: Database.Database;
  private readonly stmts = new Map<string, Database.Statement>();

  constructor(
    readonly path: string,
    opts: SqliteStoreOptions = {},
  ) {
    this.db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
    this.db.pragma("busy_timeout = 10000");
    if (!opts.readonly) {
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
      migrate(this.db);
    }
    this.db.pragma("cache_size = -65536");
    this.db.pragma("temp_store = MEMORY");
  }

  private st(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
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

  async writeBatch(items: readonly ArticleInput[]): Promise<WriteOutcome[]> {
    return this.db.transaction(() => items.map((it) => this.writeOne(it)))();
  }

  async recordCopies(copies: readonly CopyInput[]): Promise<number> {
    const find = this.st("SELECT id, source, url FROM articles WHERE hash = ?");
    const ins = this.st("INSERT OR IGNORE INTO article_copies (article_id, source, url, origin) VALUES (?, ?, ?, ?)");
    const bump = this.st("UPDATE articles SET reprints = reprints + 1 WHERE id = ?");
    return this.db.transaction(() => {
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
    })();
  }

  private writeOne(item: ArticleInput): WriteOutcome {
    const existing = this.st("SELECT id FROM articles WHERE hash = ?").pluck().get(item.hash) as number | undefined;
    if (existing !== undefined) return { status: "exists", id: String(existing) };
    const { text, ...rest } = item.doc;
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
    ).run(
      item.hash,
      doc.title ?? null,
      doc.published ?? null,
      doc.url ?? null,
      doc.source ?? null,
      doc.lang ?? null,
      JSON.stringify(item.meta ?? {}),
      item.origin ?? null,
      text,
      JSON.stringify(rest),
      sig ? sigToBuffer(sig) : null,
      canonical,
      sim,
      new Date().toISOString(),
    );
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
      const day = effectiveDay(q.date, published);
      const from = q.dateFrom ?? (q.date && day === q.date.slice(0, 10) ? "text" : day ? "published" : null);
      const qid = Number(
        quote.run(
          aid,
          q.id,
          q.kind,
          q.start,
          q.end,
          q.text,
          ent(q.speaker),
          q.speakerText ?? null,
          q.speakerText ? normName(q.speakerText) : null,
          q.cue?.text ?? null,
          ent(q.source),
          q.date ?? null,
          from,
          day,
          reprint ? 1 : 0,
        ).lastInsertRowid,
      );
      quoteIds.set(q.id, qid);
      fts.run(qid, q.text);
      const speaker = ent(q.speaker);
      for (const e of doc.entities ?? []) {
        const id = ents.get(e.id);
        if (id === undefined || id === speaker) continue;
        if (e.mentions?.some((m) => m.start >= q.start && m.end <= q.end)) about.run(id, qid);
      }
    }
    const event = this.st(
      `INSERT INTO events (article_id, local_id, type, quad, weight, mode, actor_id, target_id, actor_country, target_country,
        actor_text, target_text, actor_norm, target_norm, start, end, text, date, date_from, day, location_id, negated, hypothetical,
        future, reciprocal, quote_id, reprint)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const countryOf = this.st("SELECT country FROM entities WHERE id = ?").pluck();
    for (const e of doc.events ?? []) {
      const p = plover(e.type);
      const day = effectiveDay(e.date, published);
      const actor = ent(e.actor);
      const target = ent(e.target);
      const from = e.dateFrom ?? (e.date && day === e.date.slice(0, 10) ? "text" : day ? "published" : null);
      event.run(
        aid,
        e.id,
        e.type,
        p.quad,
        p.weight,
        e.mode ?? null,
        actor,
        target,
        e.actorCountry ?? (actor !== null ? ((countryOf.get(actor) as string | null) ?? null) : null),
        e.targetCountry ?? (target !== null ? ((countryOf.get(target) as string | null) ?? null) : null),
        e.actorText ?? null,
        e.targetText ?? null,
        e.actorText ? normName(e.actorText) : null,
        e.targetText ? normName(e.targetText) : null,
        e.start,
        e.end,
        e.text,
        e.date ?? null,
        from,
        day,
        ent(e.location),
        e.negated ? 1 : 0,
        e.hypothetical ? 1 : 0,
        e.future ? 1 : 0,
        e.reciprocal ? 1 : 0,
        e.quote ? (quoteIds.get(e.quote) ?? null) : null,
        reprint ? 1 : 0,
      );
    }
  }

  // ---------------------------------------------------------------- reading

  async stats(): Promise<CorpusStats> {
    const a = this.st(
      "SELECT COUNT(*) AS n, SUM(duplicate_of IS NOT NULL) AS r, MIN(published) AS f, MAX(published) AS t FROM articles",
    ).get() as { n: number; r: number | null; f: string | null; t: string | null };
    const one = (sql: string) => this.st(sql).pluck().get() as number;
    return {
      articles: a.n,
      canonical: a.n - (a.r ?? 0),
      reprints: a.r ?? 0,
      entities: one("SELECT COUNT(*) FROM entities"),
      quotes: one("SELECT COUNT(*) FROM quotes"),
      events: one("SELECT COUNT(*) FROM events"),
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
      where.push("a.source = ? COLLATE NOCASE");
      params.push(q.source);
    }
    if (!q.includeReprints) where.push("a.duplicate_of IS NULL");
  }

  async searchArticles(q: ArticleQuery & { q: string }): Promise<Page<ArticleSummary>> {
    const match = ftsQuery(q.q);
    if (!match) return { total: 0, items: [] };
    const { limit, offset } = page(q.limit, q.offset, 50);
    const where = ["articles_fts MATCH ?"];
    const params: Param[] = [match];
    this.articleWhere(q, where, params);
    const from = "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid";
    const total = this.st(`SELECT COUNT(*) ${from} WHERE ${where.join(" AND ")}`)
      .pluck()
      .get(...params) as number;
    const rows = this.st(
      `SELECT ${ARTICLE_COLS}, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet ${from}
       WHERE ${where.join(" AND ")} ORDER BY bm25(articles_fts), a.id LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset) as Row[];
    return { total, items: rows.map(toSummary) };
  }

  async listArticles(q: ArticleQuery): Promise<Page<ArticleSummary>> {
    if (q.q?.trim()) return this.searchArticles({ ...q, q: q.q });
    const { limit, offset } = page(q.limit, q.offset, 50);
    const where: string[] = [];
    const params: Param[] = [];
    this.articleWhere(q, where, params);
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const total = this.st(`SELECT COUNT(*) FROM articles a ${w}`)
      .pluck()
      .get(...params) as number;
    const rows = this.st(
      `SELECT ${ARTICLE_COLS} FROM articles a ${w} ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset) as Row[];
    return { total, items: rows.map(toSummary) };
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    if (!/^\d+$/.test(id)) return null;
    const r = this.st(`SELECT ${ARTICLE_COLS}, a.hash, a.meta, a.origin, a.similarity, a.ingested_at, a.text, a.doc
      FROM articles a WHERE a.id = ?`).get(Number(id)) as Row | undefined;
    if (!r) return null;
    return this.toRecord(r);
  }

  private toRecord(r: Row): ArticleRecord {
    const rest = JSON.parse(r.doc as string) as Omit<DocJSON, "text">;
    const reprintIds = (
      this.st("SELECT id FROM articles WHERE duplicate_of = ? ORDER BY id").pluck().all(r.id) as number[]
    ).map(String);
    return {
      ...toSummary(r),
      hash: r.hash as string,
      meta: JSON.parse((r.meta as string) || "{}") as Record<string, string>,
      origin: (r.origin as string | null) ?? null,
      similarity: (r.similarity as number | null) ?? null,
      ingestedAt: r.ingested_at as string,
      doc: { text: r.text as string, ...rest },
      reprintIds,
      copies: this.st("SELECT source, url FROM article_copies WHERE article_id = ? ORDER BY rowid").all(r.id) as {
        source: string | null;
        url: string | null;
      }[],
    };
  }

  private toEntity(r: EntityRowDb): CorpusEntity {
    const names = this.st("SELECT name FROM entity_names WHERE entity_id = ? ORDER BY name")
      .pluck()
      .all(r.id) as string[];
    const aliases = [...new Set(names.filter((n) => n !== r.name))];
    return {
      id: String(r.id),
      name: r.name,
      type: r.type as EntityType,
      country: r.country,
      wikidata: r.wikidata,
      kbId: r.kb_id,
      role: r.role,
      aliases,
      articleCount: r.article_count,
      mentionCount: r.mention_count,
    };
  }

  async getEntity(id: string): Promise<CorpusEntity | null> {
    if (!/^\d+$/.test(id)) return null;
    const r = this.st("SELECT * FROM entities WHERE id = ?").get(Number(id)) as EntityRowDb | undefined;
    return r ? this.toEntity(r) : null;
  }

  /** Entity ids for an id, Wikidata id or name (exact normalised name/alias, else a word of it). */
  private resolveIds(input: string, limit = 50): number[] {
    const s = input.trim();
    if (!s) return [];
    if (/^\d+$/.test(s)) {
      const r = this.st("SELECT id FROM entities WHERE id = ?").pluck().get(Number(s)) as number | undefined;
      if (r !== undefined) return [r];
    }
    if (/^Q\d+$/.test(s)) {
      const r = this.st("SELECT id FROM entities WHERE wikidata = ? ORDER BY article_count DESC")
        .pluck()
        .all(s) as number[];
      if (r.length) return r;
    }
    const norm = normName(s);
    if (!norm) return [];
    let ids = this.st(
      `SELECT e.id FROM entity_names n JOIN entities e ON e.id = n.entity_id WHERE n.norm = ?
       GROUP BY e.id ORDER BY e.article_count DESC, e.id LIMIT ?`,
    )
      .pluck()
      .all(norm, limit) as number[];
    if (!ids.length) {
      // a name's last or first word ("Putin" → "Wladimir Putin")
      ids = this.st(
        `SELECT e.id FROM entity_names n JOIN entities e ON e.id = n.entity_id
         WHERE n.norm LIKE '% ' || ? OR n.norm LIKE ? || ' %'
         GROUP BY e.id ORDER BY e.article_count DESC, e.id LIMIT ?`,
      )
        .pluck()
        .all(norm, norm, limit) as number[];
    }
    return ids;
  }

  private entitiesByIds(ids: readonly number[]): CorpusEntity[] {
    const get = this.st("SELECT * FROM entities WHERE id = ?");
    return ids.map((id) => this.toEntity(get.get(id) as EntityRowDb));
  }

  async resolveEntities(nameOrId: string, limit = 20): Promise<CorpusEntity[]> {
    return this.entitiesByIds(this.resolveIds(nameOrId, limit));
  }

  async searchEntities(q: EntityQuery): Promise<Page<CorpusEntity>> {
    const { limit, offset } = page(q.limit, q.offset, 50);
    const where: string[] = [];
    const params: Param[] = [];
    const norm = q.q ? normName(q.q) : "";
    if (q.q && !norm) return { total: 0, items: [] };
    if (norm) {
      where.push(
        "e.id IN (SELECT entity_id FROM entity_names WHERE (norm >= ? AND norm < ?) OR norm LIKE ? ESCAPE '\\')",
      );
      params.push(norm, `${norm}\uffff`, `% ${norm.replace(/[\\%_]/g, "\\$&")}%`);
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
    const total = this.st(`SELECT COUNT(*) FROM entities e ${w}`)
      .pluck()
      .get(...params) as number;
    const rows = this.st(
      `SELECT e.* FROM entities e ${w} ORDER BY e.article_count DESC, e.mention_count DESC, e.id LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset) as EntityRowDb[];
    return { total, items: rows.map((r) => this.toEntity(r)) };
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
      const ids = this.resolveIds(q.speaker);
      const norm = normName(q.speaker);
      const hasText = norm ? this.st("SELECT 1 FROM quotes WHERE speaker_norm = ? LIMIT 1").get(norm) : undefined;
      if (!ids.length && !hasText) unresolved.push(q.speaker);
      where.push(
        `q.id IN (SELECT id FROM quotes WHERE speaker_id IN (${inList(ids)}) UNION ALL SELECT id FROM quotes WHERE speaker_norm = ?)`,
      );
      params.push(norm);
    }
    if (q.source) {
      const ids = this.resolveIds(q.source);
      const outlet = this.st("SELECT 1 FROM articles WHERE source = ? COLLATE NOCASE LIMIT 1").get(q.source.trim());
      if (!ids.length && !outlet) unresolved.push(q.source);
      where.push(
        `q.id IN (SELECT id FROM quotes WHERE source_id IN (${inList(ids)}) UNION ALL
          SELECT q2.id FROM quotes q2 JOIN articles a2 ON a2.id = q2.article_id WHERE a2.source = ? COLLATE NOCASE)`,
      );
      params.push(q.source.trim());
    }
    if (q.about) {
      const ids = this.resolveIds(q.about);
      if (!ids.length) unresolved.push(q.about);
      where.push(`q.id IN (SELECT quote_id FROM quote_about WHERE entity_id IN (${inList(ids)}))`);
    }
    if (q.q) {
      const match = ftsQuery(q.q);
      if (match) {
        where.push("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)");
        params.push(match);
      }
    }
    this.dayWhere("q.day", q, where, params);
    // with a selective filter, let the planner start from it rather than the (reprint, day) index
    if (!q.includeReprints) where.push(where.length ? "+q.reprint = 0" : "q.reprint = 0");
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const from = "FROM quotes q JOIN articles a ON a.id = q.article_id";
    const total = this.st(`SELECT COUNT(*) ${from} ${w}`)
      .pluck()
      .get(...params) as number;
    const rows = this.st(
      `SELECT q.*, a.published, a.title AS article_title, a.source AS article_source,
         sp.name AS speaker_name, so.name AS source_name
       ${from} LEFT JOIN entities sp ON sp.id = q.speaker_id LEFT JOIN entities so ON so.id = q.source_id
       ${w} ORDER BY q.day DESC, q.id DESC LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset) as Row[];
    const out: Page<QuoteRow> = { total, items: rows.map(toQuote) };
    if (unresolved.length) out.unresolved = unresolved;
    return out;
  }

  private actorRef(input: string): ActorRef {
    const ids = this.resolveIds(input);
    const code = input.trim();
    let country: string | null = null;
    if (looksLikeIso3(code)) {
      const known =
        this.st("SELECT 1 FROM entities WHERE country = ? LIMIT 1").get(code) ??
        this.st("SELECT 1 FROM events WHERE actor_country = ? OR target_country = ? LIMIT 1").get(code, code);
      if (known) country = code;
    }
    const entities = this.entitiesByIds(ids).map((e) => ({ id: e.id, name: e.name }));
    const norm = normName(input);
    const text =
      norm && this.st("SELECT 1 FROM events WHERE actor_norm = ? OR target_norm = ? LIMIT 1").get(norm, norm)
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

  async events(q: EventQuery): Promise<Page<EventRow>> {
    const { limit, offset } = page(q.limit, q.offset, 200);
    const where: string[] = [];
    const params: Param[] = [];
    const unresolved: string[] = [];
    for (const side of ["actor", "target"] as const) {
      const v = q[side];
      if (!v) continue;
      const ref = this.actorRef(v);
      if (!ref.entities.length && !ref.country && !ref.text) unresolved.push(v);
      where.push(this.sideCond(ref, side, params));
    }
    if (q.type) {
      where.push("e.type = ?");
      params.push(q.type);
    }
    this.dayWhere("e.day", q, where, params);
    if (!q.includeUnreal) where.push("e.negated = 0 AND e.hypothetical = 0");
    if (!q.includeReprints) where.push(q.actor || q.target ? "+e.reprint = 0" : "e.reprint = 0");
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const from = "FROM events e JOIN articles a ON a.id = e.article_id";
    const total = this.st(`SELECT COUNT(*) ${from} ${w}`)
      .pluck()
      .get(...params) as number;
    const rows = this.st(
      `SELECT e.*, a.published, a.title AS article_title,
         ac.name AS actor_name, ac.country AS actor_entity_country, tg.name AS target_name, tg.country AS target_entity_country
       ${from} LEFT JOIN entities ac ON ac.id = e.actor_id LEFT JOIN entities tg ON tg.id = e.target_id
       ${w} ORDER BY e.day DESC, e.id DESC LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset) as Row[];
    const out: Page<EventRow> = { total, items: rows.map(toEvent) };
    if (unresolved.length) out.unresolved = unresolved;
    return out;
  }

  async entityProfile(nameOrId: string, opts: { limit?: number } = {}): Promise<EntityProfile | null> {
    const ids = this.resolveIds(nameOrId, 1);
    if (!ids.length) return null;
    const id = ids[0];
    const entity = this.entitiesByIds([id])[0];
    const limit = opts.limit ?? 10;
    const co = this.st(
      `SELECT ae2.entity_id AS id, COUNT(*) AS n FROM article_entities ae1
       JOIN article_entities ae2 ON ae2.article_id = ae1.article_id AND ae2.entity_id != ae1.entity_id
       JOIN articles a ON a.id = ae1.article_id AND a.duplicate_of IS NULL
       WHERE ae1.entity_id = ? GROUP BY ae2.entity_id ORDER BY n DESC, ae2.entity_id LIMIT ?`,
    ).all(id, limit) as { id: number; n: number }[];
    const coOccurring = co.map((r) => ({ entity: this.entitiesByIds([r.id])[0], articles: r.n }));
    const quotesBy = (await this.quotes({ speaker: String(id), limit })).items.filter(
      (x) => x.speaker?.id === String(id),
    );
    const quotesAbout = (await this.quotes({ about: String(id), limit })).items;
    const evRows = this.st(
      `SELECT e.*, a.published, a.title AS article_title,
         ac.name AS actor_name, ac.country AS actor_entity_country, tg.name AS target_name, tg.country AS target_entity_country
       FROM events e JOIN articles a ON a.id = e.article_id AND e.reprint = 0
       LEFT JOIN entities ac ON ac.id = e.actor_id LEFT JOIN entities tg ON tg.id = e.target_id
       WHERE (e.actor_id = ? OR e.target_id = ?) ORDER BY e.day DESC, e.id DESC LIMIT ?`,
    ).all(id, id, limit) as Row[];
    const counts = this.st(
      `SELECT e.type, SUM(CASE WHEN e.actor_id = ? THEN 1 ELSE 0 END) AS asActor,
         SUM(CASE WHEN e.target_id = ? THEN 1 ELSE 0 END) AS asTarget
       FROM events e JOIN articles a ON a.id = e.article_id AND e.reprint = 0
       WHERE (e.actor_id = ? OR e.target_id = ?) AND e.negated = 0 AND e.hypothetical = 0
       GROUP BY e.type ORDER BY COUNT(*) DESC, e.type`,
    ).all(id, id, id, id) as { type: PloverType; asActor: number; asTarget: number }[];
    return { entity, coOccurring, quotesBy, quotesAbout, events: evRows.map(toEvent), eventCounts: counts };
  }

  async dyad(q: DyadQuery): Promise<DyadResult | null> {
    const a = this.actorRef(q.a);
    const b = this.actorRef(q.b);
    const none = (r: ActorRef) => !r.entities.length && !r.country && !r.text;
    if (none(a) || none(b)) return null;
    const params: Param[] = [];
    const ab = `(${this.sideCond(a, "actor", params)} AND ${this.sideCond(b, "target", params)})`;
    const ba = `(${this.sideCond(b, "actor", params)} AND ${this.sideCond(a, "target", params)})`;
    const where = [`(${ab} OR ${ba})`, "e.negated = 0", "e.hypothetical = 0", "e.reprint = 0"];
    this.dayWhere("e.day", q, where, params);
    const rows = this.st(
      `SELECT e.day, e.type FROM events e JOIN articles a ON a.id = e.article_id WHERE ${where.join(" AND ")}`,
    ).all(...params) as { day: string | null; type: PloverType }[];
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
    const rows = this.st(
      `SELECT e.actor_id AS s, e.target_id AS t, SUM(e.quad LIKE '%cooperation') AS coop,
         SUM(e.quad LIKE '%conflict') AS conf, COUNT(*) AS n, SUM(e.weight) AS score
       FROM events e JOIN articles a ON a.id = e.article_id WHERE ${where.join(" AND ")}
       GROUP BY e.actor_id, e.target_id HAVING COUNT(*) >= ? ORDER BY n DESC, s, t LIMIT ?`,
    ).all(...params, minWeight, limit) as {
      s: number;
      t: number;
      coop: number;
      conf: number;
      n: number;
      score: number;
    }[];
    const counts = new Map<number, number>();
    for (const r of rows) {
      counts.set(r.s, (counts.get(r.s) ?? 0) + r.n);
      counts.set(r.t, (counts.get(r.t) ?? 0) + r.n);
    }
    const get = this.st("SELECT * FROM entities WHERE id = ?");
    const nodes = [...counts].map(([id, n]) => {
      const e = get.get(id) as EntityRowDb;
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
    // page by id so the read transaction stays short and memory flat
    let last = 0;
    for (;;) {
      const rows = this.db
        .prepare(
          `SELECT ${ARTICLE_COLS}, a.hash, a.meta, a.origin, a.similarity, a.ingested_at, a.text, a.doc
           FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT 200`,
        )
        .all(last) as Row[];
      if (!rows.length) return;
      for (const r of rows) yield this.toRecord(r);
      last = rows[rows.length - 1].id as number;
    }
  }

  async *exportRows(table: ExportTable): AsyncIterable<Record<string, string | number | boolean | null>> {
    const sql: Record<ExportTable, string> = {
      articles: `SELECT id, published, title, source, url, lang, duplicate_of, similarity, reprints, origin, hash, meta,
        (SELECT COUNT(*) FROM article_entities ae WHERE ae.article_id = a.id) AS entities,
        (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
        (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events
        FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT 500`,
      entities: `SELECT id, name, type, country, wikidata, kb_id, role, article_count, mention_count,
        (SELECT group_concat(name, ' | ') FROM entity_names n WHERE n.entity_id = entities.id AND n.name != entities.name) AS aliases
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
    const stmt = this.db.prepare(sql[table]);
    let last = 0;
    for (;;) {
      const rows = stmt.all(last) as Record<string, string | number | null>[];
      if (!rows.length) return;
      for (const r of rows) yield r;
      last = rows[rows.length - 1].id as number;
    }
  }
}
