/** Types of the JSON the server sends (see /api/openapi.json) and fetch helpers. */

// The Doc types are the server's own (the zod schema in src/doc/schema), so the UI cannot drift from them.
export type {
  DocJSON,
  Entity,
  EntityType,
  Event,
  Mention,
  Quote,
  Time,
} from "../../src/doc/schema/index.js";

import type { EntityType } from "../../src/doc/schema/index.js";

/** A corpus entity (ids are corpus-wide, not per article). */
export interface CorpusEntity {
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
  wikidata: string | null;
  ownership?: string | null;
  role?: string | null;
  kbId?: string | null;
  aliases?: string[];
  mentionCount?: number;
  articleCount?: number;
}
export interface Ref {
  id: string;
  name: string;
  ownership?: string | null;
}
export interface CorpusQuote {
  id: string;
  articleId: string;
  articleTitle?: string | null;
  published?: string | null;
  kind: string;
  text: string;
  speaker: Ref | null;
  speakerText?: string | null;
  source: Ref | null;
  date: string | null;
}
export interface CorpusEvent {
  id: string;
  articleId: string;
  articleTitle?: string | null;
  published?: string | null;
  type: string;
  mode?: string | null;
  actor: Ref | null;
  target: Ref | null;
  actorText?: string | null;
  targetText?: string | null;
  text: string;
  date: string | null;
  negated?: boolean;
  hypothetical?: boolean;
}
export interface ArticleSummary {
  id: string;
  title?: string | null;
  published: string | null;
  source?: string | null;
  url?: string | null;
  snippet?: string;
}
export interface Page<T> {
  total?: number;
  items: T[];
}
export interface Bucket {
  period: string;
  cooperation: number;
  conflict: number;
  count?: number;
}
export interface EntityProfile {
  entity: CorpusEntity;
  coOccurring?: { entity: CorpusEntity; articles: number }[];
  quotesBy: CorpusQuote[];
  quotesAbout: CorpusQuote[];
  events: CorpusEvent[];
  timeline: Bucket[];
  partners?: (Ref & { count: number })[];
}
/** An actor as the dyad query resolved it: matching entities and/or an ISO-3 country. */
export interface ActorRef {
  query: string;
  country: string | null;
  entities: { id: string; name: string }[];
}
export interface Dyad {
  a: ActorRef;
  b: ActorRef;
  interval: string;
  buckets: Bucket[];
  events?: CorpusEvent[];
}
export interface Graph {
  nodes: (CorpusEntity & { events?: number })[];
  edges: { source: string; target: string; cooperation: number; conflict: number; count?: number }[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function handle<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as { error?: string } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error ?? `HTTP ${res.status}`);
  return body as T;
}

export async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") qs.set(k, String(v));
  const s = qs.toString();
  return handle<T>(await fetch(`api/${path}${s ? `?${s}` : ""}`, { headers: { accept: "application/json" } }));
}

export async function post<T>(path: string, body: unknown): Promise<T> {
  return handle<T>(
    await fetch(`api/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
    }),
  );
}
