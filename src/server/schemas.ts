import { z } from "zod";
import { strictDay } from "../doc/date.js";
import { DocJSON, PloverType } from "../doc/schema/index.js";
import { INTERVALS } from "../time/periods.js";

/**
 * Request and response schemas of the HTTP API. The same zod objects validate requests
 * (src/server/app.ts) and generate the OpenAPI document (src/server/openapi.ts).
 */

/** A calendar day (YYYY-MM-DD) or a full ISO timestamp, read as its day; 2025-02-30 is refused (the strict parser). */
const isoDay = z.string().transform((v, ctx) => {
  const day = strictDay(v.trim());
  if (day) return day;
  ctx.addIssue({
    code: "custom",
    message: `${JSON.stringify(v)} is not a calendar date; use YYYY-MM-DD or a full ISO timestamp`,
  });
  return z.NEVER;
});
/** A whole number written in decimal digits only ("0x10", "1e2", " 5" and "" are refused). */
const decimal = (min: number, max: number, dflt: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, "expected a whole number in decimal digits")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .default(dflt);
const limit = (max: number, dflt: number) => decimal(1, max, dflt).describe(`page size (1–${max})`);
const offset = decimal(0, 1_000_000, 0).describe("rows to skip");
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
    interval: z.enum(INTERVALS).default("month").describe("bucket size"),
    from: isoDay.optional(),
    to: isoDay.optional(),
  })
  .strict();

export const GraphQuery = z
  .object({
    from: isoDay.optional(),
    to: isoDay.optional(),
    minWeight: decimal(1, 1000, 1).describe("minimum events per edge"),
    limit: limit(2000, 300).describe("maximum number of edges"),
  })
  .strict();

export const ErrorBody = z.object({ error: z.string() });

/**
 * Response schemas: documentation of what the API sends (the Store's rows, src/store/types.ts);
 * not re-validated at run time. Objects allow further fields.
 */
const nstr = z.string().nullable();
const open = <T extends z.ZodRawShape>(shape: T) => z.object(shape).catchall(z.unknown());
const Ref = open({ id: z.string(), name: z.string() });
const SourceRef = Ref.extend({ ownership: z.enum(["state", "public", "private"]).nullable().optional() });

export const ArticleSummary = open({
  id: z.string(),
  title: nstr,
  published: nstr,
  source: nstr,
  url: nstr,
  lang: nstr,
  duplicateOf: nstr.describe("the canonical article this one reprints"),
  reprints: z.number().int(),
  snippet: z.string().optional().describe("for searches: an excerpt around the match"),
});
export const CorpusEntity = open({
  id: z.string(),
  name: z.string(),
  type: z.enum(["PER", "ORG", "LOC", "MISC"]),
  country: nstr,
  wikidata: nstr,
  kbId: nstr,
  role: nstr,
  aliases: z.array(z.string()),
  articleCount: z.number().int(),
  mentionCount: z.number().int(),
});
export const QuoteRow = open({
  id: z.string(),
  articleId: z.string(),
  kind: z.enum(["direct", "indirect", "mixed"]),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  speaker: Ref.nullable(),
  speakerText: nstr,
  cue: nstr,
  source: SourceRef.nullable(),
  date: nstr,
  published: nstr,
  articleTitle: nstr,
});
export const EventRow = open({
  id: z.string(),
  articleId: z.string(),
  type: PloverType,
  quad: z.enum(["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"]),
  mode: nstr,
  actor: Ref.nullable(),
  target: Ref.nullable(),
  actorText: nstr,
  targetText: nstr,
  text: z.string(),
  date: nstr,
  negated: z.boolean(),
  hypothetical: z.boolean(),
  published: nstr,
  articleTitle: nstr,
});
const Bucket = open({ period: z.string(), cooperation: z.number(), conflict: z.number() });
const ActorRef = open({
  query: z.string(),
  country: nstr.describe("ISO-3 when the actor is (or includes) a country"),
  entities: z.array(Ref),
});
export const Page = (item: z.ZodType) => z.object({ total: z.number().int(), items: z.array(item) });

export const ResponseSchemas = {
  doc: DocJSON,
  articles: Page(ArticleSummary),
  article: ArticleSummary.extend({
    doc: DocJSON,
    meta: z.record(z.string(), z.string()),
    origin: nstr,
    reprintIds: z.array(z.string()),
  }),
  entities: Page(CorpusEntity),
  entity: open({
    entity: CorpusEntity,
    coOccurring: z.array(open({ entity: CorpusEntity, articles: z.number().int() })),
    quotesBy: z.array(QuoteRow),
    quotesAbout: z.array(QuoteRow),
    events: z.array(EventRow),
    eventCounts: z.array(open({ type: PloverType, asActor: z.number().int(), asTarget: z.number().int() })),
    timeline: z.array(Bucket).describe("events per month: cooperation vs conflict"),
    partners: z.array(Ref.extend({ count: z.number().int() })).describe("most frequent other actors/targets"),
  }),
  quotes: Page(QuoteRow),
  events: Page(EventRow),
  dyad: open({
    a: ActorRef,
    b: ActorRef,
    interval: z.enum(INTERVALS),
    buckets: z.array(Bucket),
    events: z.array(EventRow).describe("the events between the two actors, both directions"),
  }),
  graph: z.object({
    nodes: z.array(
      open({
        id: z.string(),
        name: z.string(),
        type: z.enum(["PER", "ORG", "LOC", "MISC"]),
        country: nstr,
        events: z.number().int(),
      }),
    ),
    edges: z.array(
      open({
        source: z.string(),
        target: z.string(),
        cooperation: z.number().int(),
        conflict: z.number().int(),
        weight: z.number(),
      }).describe("events from source (actor) to target"),
    ),
  }),
};
