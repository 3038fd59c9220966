import { z } from "zod";
import { DocJSON, Entity, Event, PloverType, Quote } from "../doc/schema/index.js";

/**
 * Request and response schemas of the HTTP API. The same zod objects validate requests
 * (src/server/app.ts) and generate the OpenAPI document (src/server/openapi.ts).
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
const limit = (max: number, dflt: number) =>
  z.coerce.number().int().min(1).max(max).default(dflt).describe(`page size (1–${max})`);
const offset = z.coerce.number().int().min(0).max(1_000_000).default(0).describe("rows to skip");
const text = (desc: string) => z.string().trim().min(1).max(200).optional().describe(desc);

export const AnalyzeBody = z
  .object({
    text: z.string().min(1).optional().describe("the article as plain text"),
    html: z.string().min(1).optional().describe("the article as an HTML page (the body is extracted)"),
    published: isoDay.nullable().optional().describe("publication date, the reference for relative dates"),
    title: z.string().max(1000).optional(),
    url: z.string().max(2000).optional(),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.html === undefined), {
    message: 'send exactly one of "text" or "html"',
  });
export type AnalyzeBody = z.infer<typeof AnalyzeBody>;

export const IdParam = z.object({ id: z.string().min(1).max(500).describe("the record id") }).strict();

export const ArticlesQuery = z
  .object({
    q: text("full-text search (words; all must occur)"),
    from: isoDay.optional().describe("published on or after"),
    to: isoDay.optional().describe("published on or before"),
    limit: limit(200, 50),
    offset,
  })
  .strict();

export const EntitiesQuery = z
  .object({
    q: text("name or alias prefix"),
    type: z.enum(["PER", "ORG", "LOC", "MISC"]).optional(),
    limit: limit(200, 50),
  })
  .strict();

export const QuotesQuery = z
  .object({
    speaker: text("speaker entity id or name"),
    source: text("source (agency/outlet) entity id or name"),
    about: text("entity id or name mentioned in the quote"),
    q: text("words in the quote"),
    from: isoDay.optional(),
    to: isoDay.optional(),
    limit: limit(500, 100),
    offset,
  })
  .strict();

export const EventsQuery = z
  .object({
    actor: text("actor entity id or name"),
    target: text("target entity id or name"),
    type: PloverType.optional().describe("PLOVER event type"),
    from: isoDay.optional(),
    to: isoDay.optional(),
    limit: limit(1000, 200),
    offset,
  })
  .strict();

export const DyadQuery = z
  .object({
    a: z.string().trim().min(1).max(200).describe("first actor (entity id or name)"),
    b: z.string().trim().min(1).max(200).describe("second actor (entity id or name)"),
    interval: z.enum(["day", "week", "month", "year"]).default("month").describe("bucket size"),
    from: isoDay.optional(),
    to: isoDay.optional(),
  })
  .strict();

export const GraphQuery = z
  .object({
    from: isoDay.optional(),
    to: isoDay.optional(),
    minWeight: z.coerce.number().int().min(1).max(1000).default(1).describe("minimum events per edge"),
    limit: limit(2000, 300).describe("maximum number of edges"),
  })
  .strict();

export const ErrorBody = z.object({ error: z.string() });

/** Response schemas: documentation of what the API sends (not re-validated at run time). */
const Json = z.record(z.string(), z.unknown());
export const ArticleSummary = z
  .object({
    id: z.string(),
    title: z.string().nullable().optional(),
    published: z.string().nullable(),
    source: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    snippet: z.string().optional(),
  })
  .catchall(z.unknown());
export const Page = (item: z.ZodType) => z.object({ total: z.number().int().optional(), items: z.array(item) });

export const ResponseSchemas = {
  doc: DocJSON,
  articles: Page(ArticleSummary),
  article: z.object({ id: z.string(), doc: DocJSON }).catchall(z.unknown()),
  entities: Page(Json),
  entity: Json.describe("entity profile: the entity, its quotes by and about, events over time"),
  quotes: Page(Quote.catchall(z.unknown())),
  events: Page(Event.catchall(z.unknown())),
  dyad: z
    .object({
      a: Json,
      b: Json,
      interval: z.string(),
      buckets: z.array(
        z.object({ period: z.string(), cooperation: z.number(), conflict: z.number() }).catchall(z.unknown()),
      ),
    })
    .catchall(z.unknown()),
  graph: z.object({
    nodes: z.array(Entity.partial().extend({ id: z.string() }).catchall(z.unknown())),
    edges: z.array(
      z
        .object({ source: z.string(), target: z.string(), cooperation: z.number(), conflict: z.number() })
        .catchall(z.unknown()),
    ),
  }),
};
