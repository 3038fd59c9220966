import { describe, expect, it } from "vitest";
import { DocJSON } from "../../src/doc/schema/index.js";
import { createApp } from "../../src/server/app.js";
import type { Corpus, JsonObject } from "../../src/server/corpus.js";
import { apiRoutes } from "../../src/server/routes.js";

const SCRIPT = "<script>alert(1)</script>";

/** A corpus with one article and one entity; records the queries it receives. */
function fakeCorpus(calls: unknown[] = []): Corpus {
  const article = {
    id: "1",
    title: `Titel ${SCRIPT}`,
    published: "2025-09-04",
    doc: { text: `Putin sagte ${SCRIPT}.`, lang: "de", published: "2025-09-04" },
  };
  const entity = {
    entity: { id: "7", name: "Wladimir Putin", type: "PER" },
    quotesBy: [],
    quotesAbout: [],
    events: [],
  };
  return {
    articles: async (q) => {
      calls.push(q);
      return { total: 1, items: [article as JsonObject] };
    },
    article: async (id) => (id === "1" ? (article as JsonObject) : null),
    entities: async (q) => {
      calls.push(q);
      return { total: 0, items: [] };
    },
    entity: async (id) => (id === "7" ? (entity as JsonObject) : null),
    quotes: async (q) => {
      calls.push(q);
      return { total: 0, items: [] };
    },
    events: async (q) => {
      calls.push(q);
      return { total: 0, items: [] };
    },
    dyad: async (q) => (q.a === "7" ? { a: {}, b: {}, interval: q.interval, buckets: [] } : null),
    graph: async (q) => {
      calls.push(q);
      return { nodes: [], edges: [] };
    },
  };
}

const post = (app: ReturnType<typeof createApp>, body: string, type = "application/json") =>
  app.request("/api/analyze", { method: "POST", body, headers: { "content-type": type } });

async function errorOf(res: Response): Promise<string> {
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as { error?: unknown };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(typeof body.error).toBe("string");
  return body.error as string;
}

describe("POST /api/analyze", () => {
  const app = createApp({ corpus: fakeCorpus() });

  it("answers a text with a Doc that matches the DocJSON schema", async () => {
    const res = await post(app, JSON.stringify({ text: "Putin lobte Kim am Mittwoch.", published: "2025-09-04" }));
    expect(res.status).toBe(200);
    const doc = DocJSON.parse(await res.json());
    expect(doc.published).toBe("2025-09-04");
    expect(doc.sentences.length).toBe(1);
  });

  it("extracts the article from HTML", async () => {
    const html = `<html><head><meta property="article:published_time" content="2025-01-02"></head><body><article><h1>Titel</h1><p>${"Der Kanzler reiste am Montag nach Paris. ".repeat(8)}</p></article></body></html>`;
    const res = await post(app, JSON.stringify({ html }));
    expect(res.status).toBe(200);
    const doc = DocJSON.parse(await res.json());
    expect(doc.text).toContain("Der Kanzler reiste");
    expect(doc.text).not.toContain("<p>");
    expect(doc.published).toBe("2025-01-02");
  });

  it("keeps script-laden text as data: escaped in the raw JSON, unchanged after parsing", async () => {
    const res = await post(app, JSON.stringify({ text: `Er schrieb ${SCRIPT} in den Chat.` }));
    expect(res.status).toBe(200);
    const raw = await res.text();
    expect(raw).not.toContain("<script>");
    expect(raw).toContain("\\u003cscript\\u003e");
    expect((JSON.parse(raw) as { text: string }).text).toContain(SCRIPT);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("rejects malformed JSON with 400 and says so", async () => {
    const res = await post(app, '{"text": "abc",');
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatch(/malformed JSON/);
  });

  it("rejects wrong types, naming the field", async () => {
    const res = await post(app, JSON.stringify({ text: 42 }));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatch(/text/);
    const arr = await post(app, JSON.stringify(["text"]));
    expect(arr.status).toBe(400);
  });

  it("rejects a bad date, unknown fields, both or neither of text/html, and blank text", async () => {
    for (const body of [
      { text: "Hallo Welt.", published: "4.9.2025" },
      { text: "Hallo Welt.", colour: "red" },
      { text: "a", html: "<p>a</p>" },
      {},
      { text: "   \n " },
      { html: "<html><head><title>x</title></head><body> </body></html>" },
    ]) {
      const res = await post(app, JSON.stringify(body));
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await errorOf(res)).length).toBeGreaterThan(5);
    }
  });

  it("rejects an empty body and a non-JSON content type", async () => {
    expect((await post(app, "")).status).toBe(400);
    const res = await post(app, "Putin lobte Kim.", "text/plain");
    expect(res.status).toBe(415);
    expect(await errorOf(res)).toMatch(/application\/json/);
  });

  it("refuses bodies over the size limit with 413 (default 2 MB)", async () => {
    const big = JSON.stringify({ text: "Wort ".repeat(500_000) });
    const res = await post(app, big);
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatch(/limit of 2 MB/);
    const small = createApp({ maxBodyBytes: 100 });
    expect((await post(small, JSON.stringify({ text: "x".repeat(200) }))).status).toBe(413);
  });

  it("answers GET on the analyze route with 405", async () => {
    const res = await app.request("/api/analyze");
    expect(res.status).toBe(405);
    expect(await errorOf(res)).toMatch(/POST/);
  });
});

describe("corpus routes", () => {
  it("validate and coerce query parameters before the corpus sees them", async () => {
    const calls: unknown[] = [];
    const app = createApp({ corpus: fakeCorpus(calls) });
    const res = await app.request("/api/articles?q=Putin&from=2025-01-01&limit=10");
    expect(res.status).toBe(200);
    expect(calls.at(-1)).toEqual({ q: "Putin", from: "2025-01-01", limit: 10, offset: 0 });
    await app.request("/api/graph?from=2025-01-01&to=2025-12-31");
    expect(calls.at(-1)).toMatchObject({ from: "2025-01-01", to: "2025-12-31", minWeight: 1 });
  });

  it("answer wrong parameter types and values with 400 naming the parameter", async () => {
    const app = createApp({ corpus: fakeCorpus() });
    const cases: [string, RegExp][] = [
      ["/api/articles?limit=abc", /limit/],
      ["/api/articles?limit=100000", /limit/],
      ["/api/articles?offset=-1", /offset/],
      ["/api/articles?from=yesterday", /from/],
      ["/api/articles?colour=red", /colour/],
      ["/api/articles?q=a&q=b", /q/],
      ["/api/events?type=FIGHT", /type/],
      ["/api/dyads?a=7", /b/],
      ["/api/dyads?a=7&b=8&interval=decade", /interval/],
      ["/api/entities?type=PERSON", /type/],
      ["/api/graph?minWeight=0", /minWeight/],
      ["/api/quotes?speaker=", /speaker/],
    ];
    for (const [url, re] of cases) {
      const res = await app.request(url);
      expect(res.status, url).toBe(400);
      expect(await errorOf(res), url).toMatch(re);
    }
  });

  it("answer unknown ids with 404", async () => {
    const app = createApp({ corpus: fakeCorpus() });
    for (const url of ["/api/articles/999", "/api/entities/nobody", "/api/dyads?a=nobody&b=else"]) {
      const res = await app.request(url);
      expect(res.status, url).toBe(404);
      expect(await errorOf(res)).toMatch(/no /);
    }
    expect((await app.request("/api/articles/1")).status).toBe(200);
    expect((await app.request("/api/entities/7")).status).toBe(200);
    const unknownRoute = await app.request("/api/nothing-here");
    expect(unknownRoute.status).toBe(404);
    expect(await errorOf(unknownRoute)).toMatch(/openapi/);
  });

  it("escape markup in stored article text", async () => {
    const app = createApp({ corpus: fakeCorpus() });
    const raw = await (await app.request("/api/articles/1")).text();
    expect(raw).not.toMatch(/<script/i);
    expect(JSON.parse(raw).doc.text).toContain(SCRIPT);
  });

  it("answer 503 when no corpus is open", async () => {
    const res = await createApp({ corpus: null }).request("/api/articles");
    expect(res.status).toBe(503);
    expect(await errorOf(res)).toMatch(/database/);
  });

  it("log internal errors on the server and send only 'internal error'", async () => {
    const logged: string[] = [];
    const corpus = fakeCorpus();
    corpus.articles = async () => {
      throw new Error("SQLITE_CORRUPT at /secret/path/lagebild.db");
    };
    const app = createApp({ corpus, log: (m) => logged.push(m) });
    const res = await app.request("/api/articles");
    expect(res.status).toBe(500);
    const raw = await res.text();
    expect(JSON.parse(raw)).toEqual({ error: "internal error" });
    expect(raw).not.toContain("secret");
    expect(raw).not.toContain("at ");
    expect(logged.join("\n")).toContain("SQLITE_CORRUPT");
  });
});

describe("GET /api/openapi.json", () => {
  const app = createApp({ corpus: fakeCorpus(), version: "9.9.9" });

  it("is an OpenAPI 3.1 document listing every route with its parameters from the request schemas", async () => {
    const res = await app.request("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      info: { version: string };
      paths: Record<string, Record<string, Record<string, unknown>>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.version).toBe("9.9.9");
    const routes = apiRoutes({ analyze: async () => "", corpus: null });
    const ids = new Set<string>();
    for (const r of routes) {
      const path = r.path.replace(/:(\w+)/g, "{$1}");
      const op = doc.paths[path]?.[r.method] as
        | {
            operationId: string;
            parameters?: { name: string; in: string; required: boolean; schema: object }[];
            requestBody?: { content: Record<string, { schema: object }> };
            responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
          }
        | undefined;
      expect(op, `${r.method} ${path}`).toBeDefined();
      if (!op) continue;
      expect(ids.has(op.operationId)).toBe(false);
      ids.add(op.operationId);
      // every {param} in the path is declared as a required path parameter
      for (const m of path.matchAll(/\{(\w+)\}/g)) {
        expect(op.parameters?.find((p) => p.name === m[1] && p.in === "path" && p.required)).toBeDefined();
      }
      // query parameters are exactly the keys of the zod schema that validates the request
      if (r.query) {
        const keys = Object.keys((r.query as unknown as { shape: Record<string, unknown> }).shape).sort();
        const declared = (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
        expect(declared.sort()).toEqual(keys);
        for (const p of op.parameters ?? []) expect(typeof p.schema).toBe("object");
      }
      if (r.body) expect(op.requestBody?.content["application/json"].schema).toBeTypeOf("object");
      expect(op.responses["200"].content?.["application/json"].schema).toBeTypeOf("object");
      for (const code of [...r.errors, 500]) {
        const ref = op.responses[String(code)]?.content?.["application/json"].schema?.$ref;
        expect(ref).toBe("#/components/schemas/Error");
      }
    }
    expect(Object.keys(doc.paths)).toContain("/api/openapi.json");
    // every $ref resolves inside the document
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const r of refs) {
      const target = r.slice(8, -1);
      expect(target.startsWith("#/components/schemas/"), target).toBe(true);
      expect(doc.components.schemas[target.split("/").at(-1) as string]).toBeDefined();
    }
  });

  it("documents the analyze body limits from the zod schema", async () => {
    const doc = (await (await app.request("/api/openapi.json")).json()) as {
      paths: Record<string, { post: { requestBody: { content: { "application/json": { schema: unknown } } } } }>;
    };
    const schema = doc.paths["/api/analyze"].post.requestBody.content["application/json"].schema as {
      properties: Record<string, { pattern?: string }>;
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["text", "html", "published"]));
    expect(schema.additionalProperties).toBe(false);
  });
});

describe("static UI", () => {
  it("serves a page that says how to build the UI when it is missing, with a strict CSP", async () => {
    const res = await createApp({ web: null }).request("/");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("npm run build:web");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
  });

  it("serves files from memory and 404s anything else", async () => {
    const web = new Map([
      ["/index.html", { body: new TextEncoder().encode("<!doctype html><title>x</title>"), type: "text/html" }],
      ["/assets/app.js", { body: new TextEncoder().encode("console.log(1)"), type: "text/javascript" }],
    ]);
    const app = createApp({ web });
    expect((await app.request("/")).status).toBe(200);
    const js = await app.request("/assets/app.js");
    expect(js.headers.get("cache-control")).toContain("immutable");
    expect((await app.request("/../package.json")).status).toBe(404);
    expect((await app.request("/assets/missing.js")).status).toBe(404);
  });
});
