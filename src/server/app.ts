import type { Context } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { z } from "zod";
import { InputError } from "../errors.js";
import { type AnalyzeLimits, AnalyzeRunner } from "./analyze-pool.js";
import { safeJson } from "./analyze-request.js";
import type { Corpus } from "./corpus.js";
import { openApiDocument } from "./openapi.js";
import { apiRoutes, HttpError, RawJson, type RouteDef } from "./routes.js";
import { type StaticFiles, staticResponse } from "./static.js";

export interface AppOptions {
  /** The corpus behind the /api/articles… routes; null answers them with 503. */
  corpus?: Corpus | null;
  /** The built UI (web/dist), or null to serve a page that says how to build it. */
  web?: StaticFiles | null;
  /** Request body limit in bytes (default 2 MB). */
  maxBodyBytes?: number;
  /**
   * Host names the server answers (the `Host` header without its port; DNS rebinding guard).
   * Default: the loopback names localhost (and *.localhost), 127.0.0.1 and ::1. "*" allows any.
   */
  allowedHosts?: readonly string[];
  /** Also answer any IP-address Host (set when the server listens on all interfaces). */
  allowIpHosts?: boolean;
  /** POST /api/analyze: worker threads, queue and deadline (default: a pool; workers 0 = on the request thread). */
  analyze?: AnalyzeLimits;
  /** Or a runner made elsewhere (shared, closed by its owner). */
  analyzer?: AnalyzeRunner;
  /** Server-side log for internal errors (default: stderr). */
  log?: (message: string) => void;
  version?: string;
}

const JSON_TYPE = "application/json; charset=utf-8";

export function jsonResponse(data: unknown, status = 200): Response {
  return new Response(safeJson(data), { status, headers: { "content-type": JSON_TYPE } });
}

const errorJson = (status: number, error: string) => jsonResponse({ error }, status);

/** One line per problem: "limit: Too big: expected number to be <=200". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const where = i.path.length ? `${i.path.join(".")}: ` : "";
      if (i.code === "unrecognized_keys")
        return `${where}unknown parameter(s) ${i.keys.map((k) => `"${k}"`).join(", ")}`;
      return `${where}${i.message}`;
    })
    .join("; ");
}

/**
 * True for `application/json`, alone or with a UTF-8 charset parameter (any case, optionally
 * quoted): `application/jsonx`, `application/json-seq`, `text/json` or another charset are not JSON here.
 */
export function isJsonType(header: string): boolean {
  const [type, ...params] = header.split(";").map((p) => p.trim().toLowerCase());
  if (type !== "application/json") return false;
  return params.every((p) => p === "" || /^charset=("?)utf-8\1$/.test(p));
}

async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  if (!isJsonType(type)) {
    throw new HttpError(
      415,
      `send the body as application/json (optionally; charset=utf-8), not "${type || "no content type"}"`,
    );
  }
  const raw = await c.req.text();
  if (!raw.trim()) throw new HttpError(400, "the request body is empty; expected a JSON object");
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new HttpError(400, `malformed JSON in the request body: ${(e as Error).message}`);
  }
}

function queryObject(c: Context): Record<string, unknown> {
  const all = c.req.queries();
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(all)) {
    if (v.length > 1) throw new HttpError(400, `parameter "${k}" is given ${v.length} times; give it once`);
    out[k] = v[0];
  }
  return out;
}

function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new HttpError(400, `invalid ${what}: ${describeIssues(r.error)}`);
  return r.data;
}

const sizeText = (n: number): string =>
  n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${+(n / 1024).toFixed(1)} kB` : `${n} bytes`;

function register(app: Hono, route: RouteDef, maxBodyBytes: number): void {
  if (route.body) {
    app.use(
      route.path,
      bodyLimit({
        maxSize: maxBodyBytes,
        onError: () => errorJson(413, `the request body exceeds the limit of ${sizeText(maxBodyBytes)}`),
      }),
    );
  }
  const handler = async (c: Context) => {
    const query = (route.query ? parse(route.query, queryObject(c), "query") : {}) as Record<string, unknown>;
    if (!route.query && Object.keys(c.req.queries()).length) {
      throw new HttpError(400, "this route takes no query parameters");
    }
    const params = route.params ? parse(route.params, c.req.param(), "path") : {};
    const body = route.body ? parse(route.body, await readJsonBody(c), "body") : undefined;
    const result = await route.handler({ query, params: params as Record<string, string>, body });
    if (result instanceof RawJson)
      return new Response(result.text, { status: 200, headers: { "content-type": JSON_TYPE } });
    return jsonResponse(result);
  };
  if (route.method === "get") app.get(route.path, handler);
  else app.post(route.path, handler);
}

export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "::1"] as const;

/** The host name of a Host header value: lower case, without port, brackets or a trailing dot; null when malformed. */
export function hostName(value: string): string | null {
  const v = value.trim().toLowerCase();
  const m = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(v) ?? /^([^:[\]\s/@]+?)\.?(?::\d{1,5})?$/.exec(v);
  return m ? m[1] : null;
}

const isIpLiteral = (h: string): boolean =>
  /^\d{1,3}(\.\d{1,3}){3}$/.test(h) || (h.includes(":") && /^[0-9a-f:.]+$/.test(h));

/** Decides whether a request's Host is one this server answers. */
export function hostAllowed(host: string | null, allowed: readonly string[], allowIp = false): boolean {
  if (host === null) return false;
  if (allowed.includes("*")) return true;
  if (allowed.includes(host)) return true;
  if (host.endsWith(".localhost") && allowed.includes("localhost")) return true;
  return allowIp && isIpLiteral(host);
}

function pathPattern(path: string): RegExp {
  return new RegExp(`^${path.replace(/:\w+/g, "[^/]+")}/?$`);
}

/**
 * The HTTP app: the JSON API under /api, the OpenAPI document at /api/openapi.json and the
 * built web UI at /. Errors are `{error}` JSON; internal errors are logged, never sent.
 */
export function createApp(opts: AppOptions = {}): Hono {
  const maxBodyBytes = opts.maxBodyBytes ?? 2 * 1024 * 1024;
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const corpus = opts.corpus ?? null;
  const analyzer = opts.analyzer ?? new AnalyzeRunner(opts.analyze);
  const routes = apiRoutes({ analyze: (body) => analyzer.run(body), corpus });
  const openapi = safeJson(openApiDocument(routes, opts.version ?? "0.0.0"));
  const app = new Hono();
  const allowedHosts = (opts.allowedHosts ?? LOOPBACK_HOSTS).map((h) => hostName(h) ?? h.toLowerCase());

  app.use("*", async (c, next) => {
    await next();
    c.res.headers.set("x-content-type-options", "nosniff");
    c.res.headers.set("referrer-policy", "no-referrer");
    c.res.headers.set("x-frame-options", "DENY");
  });
  // DNS rebinding: a page on evil.example whose name resolves to 127.0.0.1 sends Host: evil.example
  app.use("*", async (c, next) => {
    const raw = c.req.header("host") ?? new URL(c.req.url).host;
    if (!hostAllowed(hostName(raw), allowedHosts, opts.allowIpHosts)) {
      return errorJson(
        403,
        `this server does not answer the host "${raw}"; allow it with --allow-host (answered: ${allowedHosts.join(", ")})`,
      );
    }
    await next();
  });
  app.get("/api/openapi.json", (c) => {
    if (Object.keys(c.req.queries()).length) return errorJson(400, "this route takes no query parameters");
    return new Response(openapi, { headers: { "content-type": JSON_TYPE } });
  });
  for (const r of routes) register(app, r, maxBodyBytes);

  app.get("*", (c) => {
    if (c.req.path.startsWith("/api/")) return c.notFound();
    return staticResponse(opts.web ?? null, c.req.path) ?? c.notFound();
  });

  app.notFound((c) => {
    const path = c.req.path;
    if (path === "/api" || path.startsWith("/api/")) {
      const other = routes.find((r) => pathPattern(r.path).test(path));
      if (other) {
        return errorJson(405, `${c.req.method} is not allowed on ${path}; use ${other.method.toUpperCase()}`);
      }
      return errorJson(404, `no API route ${c.req.method} ${path} (see /api/openapi.json)`);
    }
    return errorJson(404, `not found: ${path}`);
  });

  app.onError((err, c) => {
    if (err instanceof HttpError) {
      const res = errorJson(err.status, err.message);
      for (const [k, v] of Object.entries(err.headers)) res.headers.set(k, v);
      return res;
    }
    if (err instanceof InputError) return errorJson(400, err.message);
    log(`lagebild serve: internal error on ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    return errorJson(500, "internal error");
  });
  return app;
}
