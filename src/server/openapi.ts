import { z } from "zod";
import type { RouteDef } from "./routes.js";
import { ErrorBody } from "./schemas.js";

type JsonSchema = Record<string, unknown>;

function schemaOf(s: z.ZodType, io: "input" | "output"): JsonSchema {
  const out = z.toJSONSchema(s, { io, unrepresentable: "any" }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** Query or path parameters from a zod object schema. */
function parameters(s: z.ZodType, where: "query" | "path"): JsonSchema[] {
  const js = schemaOf(s, "input");
  const props = (js.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((js.required ?? []) as string[]);
  return Object.entries(props).map(([name, schema]) => {
    const { description, ...rest } = schema;
    const p: JsonSchema = { name, in: where, required: where === "path" || required.has(name), schema: rest };
    if (typeof description === "string") p.description = description;
    return p;
  });
}

const STATUS_TEXT: Record<number, string> = {
  400: "bad request: the error says which parameter or field is wrong",
  404: "no record with this id",
  413: "request body too large",
  415: "the body must be application/json",
  500: "internal error (details are logged on the server, never sent)",
  403: "the Host header names a host this server does not answer (DNS rebinding guard; see --allow-host)",
  503: "no corpus database is open, or (analyze) every worker is busy and the queue is full: retry after Retry-After seconds",
  504: "the analysis did not finish within the server's deadline and was stopped",
};

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests
 * (JSON Schema 2020-12 via `z.toJSONSchema`).
 */
export function openApiDocument(routes: RouteDef[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const errorRef = { $ref: "#/components/schemas/Error" };
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, "{$1}");
    const op: JsonSchema = {
      operationId: `${r.method}${path
        .replace(/[{}]/g, "")
        .replace(/(^|\/)(\w)/g, (_m, _s, ch: string) => ch.toUpperCase())
        .replace(/\W/g, "")}`,
      summary: r.summary,
      tags: [r.tag],
    };
    const params = [
      ...(r.params ? parameters(r.params, "path") : []),
      ...(r.query ? parameters(r.query, "query") : []),
    ];
    if (params.length) op.parameters = params;
    if (r.body) {
      op.requestBody = { required: true, content: { "application/json": { schema: schemaOf(r.body, "input") } } };
    }
    const responses: Record<string, JsonSchema> = {
      "200": { description: "OK", content: { "application/json": { schema: schemaOf(r.response, "output") } } },
    };
    for (const s of [...r.errors, 500]) {
      responses[String(s)] = {
        description: STATUS_TEXT[s] ?? "error",
        content: { "application/json": { schema: errorRef } },
      };
    }
    op.responses = responses;
    paths[path] ??= {};
    paths[path][r.method] = op;
  }
  paths["/api/openapi.json"] = {
    get: {
      operationId: "getOpenapi",
      summary: "This document",
      tags: ["meta"],
      responses: { "200": { description: "OpenAPI 3.1 document", content: { "application/json": {} } } },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "lagebild API",
      version,
      description:
        "German news articles into structured, source-attributed knowledge: analyse one article, or query the corpus (articles, entities, quotes, PLOVER events, dyads, actor graph).",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    tags: [
      { name: "analysis", description: "analyse text on the fly" },
      { name: "corpus", description: "queries over the ingested corpus" },
      { name: "meta", description: "about the API" },
    ],
    paths,
    components: { schemas: { Error: schemaOf(ErrorBody, "output") } },
  };
}
