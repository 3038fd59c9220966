import type { PloverQuad } from "../doc/plover.js";
import type { DocJSON, EntityType, PloverType } from "../doc/schema/index.js";
import type { Interval } from "../time/periods.js";

/**
 * The corpus store: one interface, several engines (SQLite now, PostgreSQL next).
 * Every method is async so that a network database can implement it unchanged.
 * Ids are strings (row ids as decimal text). Query semantics are described on each
 * method and shared helpers (src/store/query.ts) so every engine answers alike.
 */

/** One article ready to be written: its Doc JSON plus what ingest computed. */
export interface ArticleInput {
  /** sha256 (hex) of the normalised text — see contentHash(). */
  hash: string;
  doc: DocJSON;
  /** Extra metadata (CSV columns, JSONL fields, byline…). */
  meta?: Record<string, string>;
  /** Where the article came from (file:line, URL). */
  origin?: string;
  /** MinHash signature over word shingles (see src/store/minhash.ts); null skips near-duplicate detection. */
  minhash?: Uint32Array | null;
}

/** What happened to one ArticleInput in writeBatch. */
export type WriteOutcome =
  | { status: "stored"; id: string; duplicateOf: string | null; similarity: number | null }
  | { status: "exists"; id: string };

export interface Page<T> {
  /** Number of all matching rows (before limit/offset). */
  total: number;
  items: T[];
  /** Filter values (names) that matched no entity in the corpus, so callers can say so. */
  unresolved?: string[];
}

export interface PageOptions {
  limit?: number;
  offset?: number;
}

/** An inclusive range of YYYY-MM-DD days; either end may be open. */
export interface DateRange {
  from?: string;
  to?: string;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  lang: string | null;
  /** Canonical article this one reprints, or null. */
  duplicateOf: string | null;
  /** Reprints of this (canonical) article: near-duplicates plus exact copies from other outlets/URLs. */
  reprints: number;
  /** For searches: a short text excerpt around the match. */
  snippet?: string;
}

export interface ArticleRecord extends ArticleSummary {
  hash: string;
  meta: Record<string, string>;
  origin: string | null;
  similarity: number | null;
  ingestedAt: string;
  doc: DocJSON;
  /** Ids of this article's reprints (when it is canonical). */
  reprintIds: string[];
  /** Exact copies of the text seen from other outlets or URLs (not stored again). */
  copies: { source: string | null; url: string | null }[];
}

/** An exact copy (same content hash) of a stored article, seen under another outlet or URL. */
export interface CopyInput {
  hash: string;
  source: string | null;
  url: string | null;
  origin?: string;
}

export interface ArticleQuery extends DateRange, PageOptions {
  /** Words that must all occur (FTS; any user input is safe). */
  q?: string;
  source?: string;
  /** Include near-duplicate reprints (default false for lists: one row per story). */
  includeReprints?: boolean;
}

/** A corpus-wide entity: every article's mentions of one identity. */
export interface CorpusEntity {
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
  wikidata: string | null;
  kbId: string | null;
  role: string | null;
  aliases: string[];
  articleCount: number;
  mentionCount: number;
}

export interface EntityQuery extends PageOptions {
  /** Name or alias prefix (case- and accent-insensitive). */
  q?: string;
  type?: EntityType;
  country?: string;
}

export interface QuoteRow {
  id: string;
  articleId: string;
  kind: "direct" | "indirect" | "mixed";
  text: string;
  start: number;
  end: number;
  speaker: { id: string; name: string } | null;
  speakerText: string | null;
  cue: string | null;
  source: { id: string; name: string } | null;
  /** The day the statement was made (quote date, else the article's publication date). */
  date: string | null;
  dateFrom: string | null;
  published: string | null;
  articleTitle: string | null;
  articleSource: string | null;
}

export interface QuoteQuery extends DateRange, PageOptions {
  /** Entity id, Wikidata id, or a name/alias; also matches unlinked speaker text. */
  speaker?: string;
  /** Agency/outlet the quote came through (entity id or name). */
  source?: string;
  /** An entity mentioned inside the quote (entity id or name). */
  about?: string;
  /** Words in the quote (FTS). */
  q?: string;
  includeReprints?: boolean;
}

export type QuadClass = PloverQuad;

export interface EventRow {
  id: string;
  articleId: string;
  type: PloverType;
  quad: QuadClass;
  mode: string | null;
  actor: { id: string; name: string; country: string | null } | null;
  target: { id: string; name: string; country: string | null } | null;
  actorText: string | null;
  targetText: string | null;
  actorCountry: string | null;
  targetCountry: string | null;
  text: string;
  start: number;
  end: number;
  date: string | null;
  dateFrom: string | null;
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
  published: string | null;
  articleTitle: string | null;
}

export interface EventQuery extends DateRange, PageOptions {
  /** Entity id, name/alias, or an ISO-3 country code (matches actor entity or actor country). */
  actor?: string;
  target?: string;
  type?: PloverType;
  /** Include negated and hypothetical events (default false: only events said to have happened). */
  includeUnreal?: boolean;
  includeReprints?: boolean;
}

export interface EntityProfile {
  entity: CorpusEntity;
  coOccurring: { entity: CorpusEntity; articles: number }[];
  quotesBy: QuoteRow[];
  quotesAbout: QuoteRow[];
  events: EventRow[];
  eventCounts: { type: PloverType; asActor: number; asTarget: number }[];
}

/** Bucket size of a dyad timeline (labels: src/time/periods.ts). */
export type { Interval };

export interface DyadQuery extends DateRange {
  a: string;
  b: string;
  interval?: Interval;
}

export interface DyadBucket {
  period: string;
  "verbal-cooperation": number;
  "material-cooperation": number;
  "verbal-conflict": number;
  "material-conflict": number;
  cooperation: number;
  conflict: number;
  /** Mean Goldstein-like weight of the bucket's events (−10 conflict … +10 cooperation). */
  score: number;
  events: number;
}

/** A resolved actor: matching entities and/or an ISO-3 country. */
export interface ActorRef {
  query: string;
  country: string | null;
  entities: { id: string; name: string }[];
  /** Normalised text matching unlinked actor/target text of events, when any does. */
  text: string | null;
}

export interface DyadResult {
  a: ActorRef;
  b: ActorRef;
  interval: Interval;
  buckets: DyadBucket[];
  total: Omit<DyadBucket, "period">;
}

export interface GraphQuery extends DateRange {
  minWeight?: number;
  /** Maximum number of edges (heaviest first). */
  limit?: number;
}

export interface GraphNode {
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
  wikidata: string | null;
  events: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  cooperation: number;
  conflict: number;
  weight: number;
  /** Sum of the events' Goldstein-like weights. */
  score: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface CorpusStats {
  articles: number;
  canonical: number;
  reprints: number;
  entities: number;
  quotes: number;
  events: number;
  from: string | null;
  to: string | null;
}

export type ExportTable = "articles" | "entities" | "quotes" | "events";

export interface Store {
  readonly engine: "sqlite" | "postgres";
  /** Which of these content hashes are already stored. */
  knownHashes(hashes: readonly string[]): Promise<Set<string>>;
  /**
   * Writes articles in ONE transaction (all or none): near-duplicate linking, corpus entities,
   * mentions, quotes, events, times and the FTS indexes. An article whose hash is stored is
   * not written again ("exists").
   */
  writeBatch(items: readonly ArticleInput[]): Promise<WriteOutcome[]>;
  /**
   * Records exact copies of stored articles from another outlet or URL (one transaction). A copy
   * whose source and URL equal the stored article's, or that is already recorded, is ignored;
   * each new one adds 1 to the article's reprints. Returns how many were new.
   */
  recordCopies(copies: readonly CopyInput[]): Promise<number>;

  stats(): Promise<CorpusStats>;
  /** Articles containing all words of q (ranked by relevance), with snippets. */
  searchArticles(q: ArticleQuery & { q: string }): Promise<Page<ArticleSummary>>;
  /** Articles, newest first; with q, like searchArticles. */
  listArticles(q: ArticleQuery): Promise<Page<ArticleSummary>>;
  getArticle(id: string): Promise<ArticleRecord | null>;
  searchEntities(q: EntityQuery): Promise<Page<CorpusEntity>>;
  getEntity(id: string): Promise<CorpusEntity | null>;
  /** Entities matching an id, Wikidata id or name/alias (most articles first). */
  resolveEntities(nameOrId: string, limit?: number): Promise<CorpusEntity[]>;
  /** Profile of the best-matching entity for an id or name, or null. */
  entityProfile(nameOrId: string, opts?: { limit?: number }): Promise<EntityProfile | null>;
  quotes(q: QuoteQuery): Promise<Page<QuoteRow>>;
  events(q: EventQuery): Promise<Page<EventRow>>;
  /** Cooperation/conflict between two actors over time; null when either cannot be resolved. */
  dyad(q: DyadQuery): Promise<DyadResult | null>;
  graph(q: GraphQuery): Promise<Graph>;
  /** Every article with its Doc (id order). */
  exportArticles(): AsyncIterable<ArticleRecord>;
  /** Flat rows of one table (for CSV). */
  exportRows(table: ExportTable): AsyncIterable<Record<string, string | number | boolean | null>>;
  close(): Promise<void>;
}
