import { PLOVER_QUADS, quadSide } from "../../doc/plover.js";
import type { DocJSON, EntityType, PloverType } from "../../doc/schema/index.js";
import { dyadBuckets, looksLikeIso3, normName, page, totalOf } from "../query.js";
import { inList, type Row, toEvent, toQuote, toSummary } from "../rows.js";
import type {
  ActorRef,
  ArticleQuery,
  ArticleRecord,
  ArticleSummary,
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
} from "../types.js";

/** A bound value of a query. */
export type Param = string | number | null;

/**
 * What differs between the SQL engines in the read queries. Everything else — the tables,
 * columns, filters, orderings and paging — is one query text for both (`?` placeholders;
 * an engine rewrites them if it needs another form).
 */
export interface Dialect {
  /** Appended to an integer aggregate so the driver returns a number (PostgreSQL: "::int"). */
  readonly int: string;
  /** Collation for a byte-wise (code point) ORDER BY. */
  readonly binary: string;
  /** The insertion-order column of article_copies. */
  readonly copiesOrder: string;
  /** `expr` with index use switched off where the engine's planner needs the hint (SQLite: unary +). */
  noIndex(expr: string): string;
  /** Case-insensitive equality of a text column with one parameter. */
  sameText(col: string): string;
  /** string_agg / group_concat of `expr` with a separator literal. */
  concat(expr: string, sep: string): string;
  /**
   * Full-text search over articles: the FROM clause (articles as `a`), the match condition,
   * the ranking ORDER BY and a snippet expression; values pushed to params. Null when the
   * input holds nothing searchable.
   */
  articleSearch(input: string, params: Param[]): { from: string; where: string; rank: string; snippet: string } | null;
  /** Full-text condition on quotes (as `q`), values pushed to params; null when nothing is searchable. */
  quoteSearch(input: string, params: Param[]): string | null;
}

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

/** The quad classes on each side of the cooperation/conflict split, as SQL string lists (src/doc/plover.ts). */
const QUADS_SQL = {
  cooperation: PLOVER_QUADS.filter((q) => quadSide(q) === "cooperation")
    .map((q) => `'${q}'`)
    .join(", "),
  conflict: PLOVER_QUADS.filter((q) => quadSide(q) === "conflict")
    .map((q) => `'${q}'`)
    .join(", "),
};

const ARTICLE_COLS = "a.id, a.title, a.published, a.source, a.url, a.lang, a.duplicate_of, a.reprints";

const QUOTE_SELECT = `SELECT q.id, q.article_id, q.kind, q.start, q."end", q.text, q.speaker_id, q.speaker_text, q.cue,
  q.source_id, q.day, q.date_from, a.published, a.title AS article_title, a.source AS article_source,
  sp.name AS speaker_name, so.name AS source_name`;

const EVENT_SELECT = `SELECT e.id, e.article_id, e.type, e.quad, e.mode, e.actor_id, e.target_id,
  e.actor_text, e.target_text, e.actor_country, e.target_country, e.text, e.start, e."end", e.day, e.date_from,
  e.negated, e.hypothetical, e.future, a.published, a.title AS article_title,
  ac.name AS actor_name, ac.country AS actor_entity_country, tg.name AS target_name, tg.country AS target_entity_country`;

/** The tables a page of quotes or events is read from. */
interface PageTable {
  select: string;
  from: string;
  joins: string;
  alias: "q" | "e";
}
const QUOTE_PAGE: PageTable = {
  select: QUOTE_SELECT,
  from: "FROM quotes q JOIN articles a ON a.id = q.article_id",
  joins: "LEFT JOIN entities sp ON sp.id = q.speaker_id LEFT JOIN entities so ON so.id = q.source_id",
  alias: "q",
};
const EVENT_PAGE: PageTable = {
  select: EVENT_SELECT,
  from: "FROM events e JOIN articles a ON a.id = e.article_id",
  joins: "LEFT JOIN entities ac ON ac.id = e.actor_id LEFT JOIN entities tg ON tg.id = e.target_id",
  alias: "e",
};

/**
 * The read side of the Store interface, one implementation for every SQL engine: the
 * engines supply `all` (run a query, return its rows) and a Dialect.
 */
export abstract class SqlReader {
  protected abstract readonly d: Dialect;

  /** Runs a query (`?` placeholders) and returns its rows. */
  protected abstract all<T = Row>(text: string, params?: readonly Param[]): Promise<T[]>;

  protected async one<T = Row>(text: string, params: readonly Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(text, params))[0];
  }

  protected async scalar(text: string, params: readonly Param[] = []): Promise<number> {
    const r = await this.one<Record<string, unknown>>(text, params);
    return r ? Number(Object.values(r)[0] ?? 0) : 0;
  }

  async stats(): Promise<CorpusStats> {
    const i = this.d.int;
    const a = (await this.one<{ n: number; r: number; f: string | null; t: string | null }>(
      `SELECT COUNT(*)${i} AS n, COUNT(duplicate_of)${i} AS r, MIN(published) AS f, MAX(published) AS t FROM articles`,
    )) as { n: number; r: number; f: string | null; t: string | null };
    return {
      articles: a.n,
      canonical: a.n - a.r,
      reprints: a.r,
      entities: await this.scalar(`SELECT COUNT(*)${i} FROM entities`),
      quotes: await this.scalar(`SELECT COUNT(*)${i} FROM quotes`),
      events: await this.scalar(`SELECT COUNT(*)${i} FROM events`),
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
      where.push(this.d.sameText("a.source"));
      params.push(q.source);
    }
    if (!q.includeReprints) where.push("a.duplicate_of IS NULL");
  }

  async searchArticles(q: ArticleQuery & { q: string }): Promise<Page<ArticleSummary>> {
    const params: Param[] = [];
    const fts = this.d.articleSearch(q.q, params);
    if (!fts) return { total: 0, items: [] };
    const { limit, offset } = page(q.limit, q.offset, 50);
    const where = [fts.where];
    this.articleWhere(q, where, params);
    const w = `WHERE ${where.join(" AND ")}`;
    const total = await this.scalar(`SELECT COUNT(*)${this.d.int} ${fts.from} ${w}`, params);
    const rows = await this.all(
      `SELECT ${ARTICLE_COLS}, ${fts.snippet} AS snippet ${fts.from} ${w} ORDER BY ${fts.rank}, a.id LIMIT ? OFFSET ?`,
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
    const total = await this.scalar(`SELECT COUNT(*)${this.d.int} FROM articles a ${w}`, params);
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
      `SELECT source, url FROM article_copies WHERE article_id = ? ORDER BY ${this.d.copiesOrder}`,
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
      `SELECT entity_id, name FROM entity_names WHERE entity_id IN (${inList(rows.map((r) => r.id))})
       ORDER BY name ${this.d.binary}`,
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
  protected async resolveIds(input: string, limit = 50): Promise<number[]> {
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
    const rows = await this.all<EntityRowDb>(`SELECT * FROM entities WHERE id IN (${inList(ids)})`);
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
    const total = await this.scalar(`SELECT COUNT(*)${this.d.int} FROM entities e ${w}`, params);
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
      where.push(
        `q.id IN (SELECT id FROM quotes WHERE speaker_id IN (${inList(ids)}) UNION ALL SELECT id FROM quotes WHERE speaker_norm = ?)`,
      );
      params.push(norm);
    }
    if (q.source) {
      const ids = await this.resolveIds(q.source);
      const outlet = await this.one(`SELECT 1 FROM articles WHERE ${this.d.sameText("source")} LIMIT 1`, [
        q.source.trim(),
      ]);
      if (!ids.length && !outlet) unresolved.push(q.source);
      where.push(
        `q.id IN (SELECT id FROM quotes WHERE source_id IN (${inList(ids)}) UNION ALL
          SELECT q2.id FROM quotes q2 JOIN articles a2 ON a2.id = q2.article_id WHERE ${this.d.sameText("a2.source")})`,
      );
      params.push(q.source.trim());
    }
    if (q.about) {
      const ids = await this.resolveIds(q.about);
      if (!ids.length) unresolved.push(q.about);
      where.push(`q.id IN (SELECT quote_id FROM quote_about WHERE entity_id IN (${inList(ids)}))`);
    }
    if (q.q) {
      // a query with no searchable word (only punctuation: "(", "%") matches nothing, as on /api/articles
      const match = this.d.quoteSearch(q.q, params);
      if (!match) return { total: 0, items: [] };
      where.push(match);
    }
    this.dayWhere("q.day", q, where, params);
    // with a selective filter, let the planner start from it rather than the (reprint, day) index
    if (!q.includeReprints) where.push(where.length ? `${this.d.noIndex("q.reprint")} = 0` : "q.reprint = 0");
    return this.newestFirst(QUOTE_PAGE, { where, params, limit, offset, unresolved }, toQuote);
  }

  /** One page of quotes or events, newest first, with the total count and the filter values that matched nothing. */
  private async newestFirst<T>(
    table: PageTable,
    f: { where: string[]; params: Param[]; limit: number; offset: number; unresolved: string[] },
    map: (r: Row) => T,
  ): Promise<Page<T>> {
    const w = f.where.length ? `WHERE ${f.where.join(" AND ")}` : "";
    const { alias: x } = table;
    const total = await this.scalar(`SELECT COUNT(*)${this.d.int} ${table.from} ${w}`, f.params);
    const rows = await this.all(
      `${table.select}
       ${table.from} ${table.joins}
       ${w} ORDER BY ${x}.day DESC NULLS LAST, ${x}.id DESC LIMIT ? OFFSET ?`,
      [...f.params, f.limit, f.offset],
    );
    const out: Page<T> = { total, items: rows.map(map) };
    if (f.unresolved.length) out.unresolved = f.unresolved;
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
    if (!q.includeReprints) where.push(q.actor || q.target ? `${this.d.noIndex("e.reprint")} = 0` : "e.reprint = 0");
    return this.newestFirst(EVENT_PAGE, { where, params, limit, offset, unresolved }, toEvent);
  }

  async entityProfile(nameOrId: string, opts: { limit?: number } = {}): Promise<EntityProfile | null> {
    const ids = await this.resolveIds(nameOrId, 1);
    if (!ids.length) return null;
    const id = ids[0];
    const entity = (await this.entitiesByIds([id]))[0];
    const limit = opts.limit ?? 10;
    const i = this.d.int;
    const co = await this.all<{ id: number; n: number }>(
      `SELECT ae2.entity_id AS id, COUNT(*)${i} AS n FROM article_entities ae1
       JOIN article_entities ae2 ON ae2.article_id = ae1.article_id AND ae2.entity_id != ae1.entity_id
       JOIN articles a ON a.id = ae1.article_id AND a.duplicate_of IS NULL
       WHERE ae1.entity_id = ? GROUP BY ae2.entity_id ORDER BY n DESC, ae2.entity_id LIMIT ?`,
      [id, limit],
    );
    const coEntities = await this.entitiesByIds(co.map((r) => r.id));
    const coOccurring = co.map((r, k) => ({ entity: coEntities[k], articles: r.n }));
    const quotesBy = (await this.quotes({ speaker: String(id), limit })).items.filter(
      (x) => x.speaker?.id === String(id),
    );
    const quotesAbout = (await this.quotes({ about: String(id), limit })).items;
    const evRows = await this.all(
      `${EVENT_SELECT}
       FROM events e JOIN articles a ON a.id = e.article_id AND e.reprint = 0
       LEFT JOIN entities ac ON ac.id = e.actor_id LEFT JOIN entities tg ON tg.id = e.target_id
       WHERE (e.actor_id = ? OR e.target_id = ?) ORDER BY e.day DESC NULLS LAST, e.id DESC LIMIT ?`,
      [id, id, limit],
    );
    const counts = await this.all<{ type: PloverType; asActor: number; asTarget: number }>(
      `SELECT e.type, COUNT(*) FILTER (WHERE e.actor_id = ?)${i} AS "asActor",
         COUNT(*) FILTER (WHERE e.target_id = ?)${i} AS "asTarget"
       FROM events e JOIN articles a ON a.id = e.article_id AND e.reprint = 0
       WHERE (e.actor_id = ? OR e.target_id = ?) AND e.negated = 0 AND e.hypothetical = 0 AND e.headline_repeat = 0
       GROUP BY e.type ORDER BY COUNT(*) DESC, e.type ${this.d.binary}`,
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
    // an event the article repeats (headline and body) is one happening: counted once
    const where = [`(${ab} OR ${ba})`, "e.negated = 0", "e.hypothetical = 0", "e.reprint = 0", "e.headline_repeat = 0"];
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
      "e.headline_repeat = 0",
    ];
    const params: Param[] = [];
    this.dayWhere("e.day", q, where, params);
    const minWeight = Math.max(1, q.minWeight ?? 1);
    const { limit } = page(q.limit, 0, 300, 100_000);
    const i = this.d.int;
    const rows = await this.all<{ s: number; t: number; coop: number; conf: number; n: number; score: number }>(
      `SELECT e.actor_id AS s, e.target_id AS t, COUNT(*) FILTER (WHERE e.quad IN (${QUADS_SQL.cooperation}))${i} AS coop,
         COUNT(*) FILTER (WHERE e.quad IN (${QUADS_SQL.conflict}))${i} AS conf, COUNT(*)${i} AS n, SUM(e.weight) AS score
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
      ? await this.all<EntityRowDb>(`SELECT * FROM entities WHERE id IN (${inList([...counts.keys()])})`)
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
    // page by id so each read stays short and memory flat
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
    const i = this.d.int;
    const text: Record<ExportTable, string> = {
      articles: `SELECT id, published, title, source, url, lang, duplicate_of, similarity, reprints, origin, hash, meta,
        (SELECT COUNT(*)${i} FROM article_entities ae WHERE ae.article_id = a.id) AS entities,
        (SELECT COUNT(*)${i} FROM quotes q WHERE q.article_id = a.id) AS quotes,
        (SELECT COUNT(*)${i} FROM events e WHERE e.article_id = a.id) AS events
        FROM articles a WHERE a.id > ? ORDER BY a.id LIMIT 500`,
      entities: `SELECT id, name, type, country, wikidata, kb_id, role, article_count, mention_count,
        (SELECT ${this.d.concat("name", " | ")} FROM entity_names n WHERE n.entity_id = entities.id AND n.name != entities.name) AS aliases
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
}
