import type { z } from "zod";
import type { Corpus } from "./corpus.js";
import {
  AnalyzeBody,
  ArticlesQuery,
  DyadQuery,
  EntitiesQuery,
  EventsQuery,
  GraphQuery,
  IdParam,
  QuotesQuery,
  ResponseSchemas,
} from "./schemas.js";

/** Thrown by handlers: becomes `{error}` with this status. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 413 | 415 | 422 | 503 | 504,
    message: string,
    /** Extra response headers (e.g. Retry-After on 503). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** A handler's answer that is JSON already, as text or UTF-8 bytes (sent as is). */
export class RawJson {
  constructor(readonly text: string | Uint8Array) {}
}

export interface RouteInput {
  query: Record<string, unknown>;
  params: Record<string, string>;
  body: unknown;
}

/** One API route: the table drives both the Hono routes and the OpenAPI document. */
export interface RouteDef {
  method: "get" | "post";
  /** Hono path syntax ("/api/articles/:id"). */
  path: string;
  summary: string;
  tag: "analysis" | "corpus" | "meta";
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** Statuses besides 200 this route can answer with. */
  errors: number[];
  handler(input: RouteInput): unknown;
}

export interface RouteDeps {
  /** The Doc of an analysis, as safe JSON text (see safeJson). */
  analyze(body: z.output<typeof AnalyzeBody>): Promise<string | Uint8Array>;
  corpus: Corpus | null;
}

function need(corpus: Corpus | null): Corpus {
  if (!corpus) throw new HttpError(503, "no corpus database is open (start the server with --db FILE)");
  return corpus;
}

async function found<T>(value: Promise<T | null>, what: string, id: string): Promise<T> {
  const v = await value;
  if (v === null) throw new HttpError(404, `no ${what} "${id}"`);
  return v;
}

type Q<S extends z.ZodType> = z.output<S>;

/** The API's routes. */
export function apiRoutes(deps: RouteDeps): RouteDef[] {
  const c = () => need(deps.corpus);
  return [
    {
      method: "post",
      path: "/api/analyze",
      summary: "Analyse one article (plain text or HTML) and return its Doc",
      tag: "analysis",
      body: AnalyzeBody,
      response: ResponseSchemas.doc,
      errors: [400, 413, 415, 503, 504],
      handler: async ({ body }) => new RawJson(await deps.analyze(body as Q<typeof AnalyzeBody>)),
    },
    {
      method: "get",
      path: "/api/articles",
      summary: "Search and list articles (newest first)",
      tag: "corpus",
      query: ArticlesQuery,
      response: ResponseSchemas.articles,
      errors: [400, 503],
      handler: ({ query }) => c().articles(query as Q<typeof ArticlesQuery>),
    },
    {
      method: "get",
      path: "/api/articles/:id",
      summary: "One article with its analysis",
      tag: "corpus",
      params: IdParam,
      response: ResponseSchemas.article,
      errors: [400, 404, 503],
      handler: ({ params }) => found(c().article(params.id), "article with id", params.id),
    },
    {
      method: "get",
      path: "/api/entities",
      summary: "Search entities by name",
      tag: "corpus",
      query: EntitiesQuery,
      response: ResponseSchemas.entities,
      errors: [400, 503],
      handler: ({ query }) => c().entities(query as Q<typeof EntitiesQuery>),
    },
    {
      method: "get",
      path: "/api/entities/:id",
      summary: "Entity profile: quotes by and about it, events over time",
      tag: "corpus",
      params: IdParam,
      response: ResponseSchemas.entity,
      errors: [400, 404, 503],
      handler: ({ params }) => found(c().entity(params.id), "entity matching", params.id),
    },
    {
      method: "get",
      path: "/api/quotes",
      summary: "Quotes filtered by speaker, source, entity mentioned, words and dates",
      tag: "corpus",
      query: QuotesQuery,
      response: ResponseSchemas.quotes,
      errors: [400, 503],
      handler: ({ query }) => c().quotes(query as Q<typeof QuotesQuery>),
    },
    {
      method: "get",
      path: "/api/events",
      summary: "PLOVER events filtered by actor, target, type and dates",
      tag: "corpus",
      query: EventsQuery,
      response: ResponseSchemas.events,
      errors: [400, 503],
      handler: ({ query }) => c().events(query as Q<typeof EventsQuery>),
    },
    {
      method: "get",
      path: "/api/dyads",
      summary: "Cooperation and conflict between two actors over time",
      tag: "corpus",
      query: DyadQuery,
      response: ResponseSchemas.dyad,
      errors: [400, 404, 503],
      handler: ({ query }) => {
        const q = query as Q<typeof DyadQuery>;
        return found(c().dyad(q), "actor matching", `${q.a}" or "${q.b}`);
      },
    },
    {
      method: "get",
      path: "/api/graph",
      summary: "Actor network with cooperation/conflict edge weights",
      tag: "corpus",
      query: GraphQuery,
      response: ResponseSchemas.graph,
      errors: [400, 503],
      handler: ({ query }) => c().graph(query as Q<typeof GraphQuery>),
    },
  ];
}
