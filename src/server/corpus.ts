import type { z } from "zod";
import type { ArticlesQuery, DyadQuery, EntitiesQuery, EventsQuery, GraphQuery, QuotesQuery } from "./schemas.js";

/** A page of results. */
export interface Page<T> {
  total?: number;
  items: T[];
}

export type JsonObject = Record<string, unknown>;

/**
 * What the HTTP API needs from a corpus. `storeCorpus()` (src/server/store-corpus.ts)
 * implements it over the SQLite `Store`; tests can pass their own. Methods that look up
 * one record return null for an unknown id (the API answers 404).
 */
export interface Corpus {
  articles(q: z.output<typeof ArticlesQuery>): Promise<Page<JsonObject>>;
  article(id: string): Promise<JsonObject | null>;
  entities(q: z.output<typeof EntitiesQuery>): Promise<Page<JsonObject>>;
  entity(id: string): Promise<JsonObject | null>;
  quotes(q: z.output<typeof QuotesQuery>): Promise<Page<JsonObject>>;
  events(q: z.output<typeof EventsQuery>): Promise<Page<JsonObject>>;
  /** null when either actor is unknown. */
  dyad(q: z.output<typeof DyadQuery>): Promise<JsonObject | null>;
  graph(q: z.output<typeof GraphQuery>): Promise<{ nodes: JsonObject[]; edges: JsonObject[] }>;
  close?(): Promise<void>;
}
