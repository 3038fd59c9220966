import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { DocJSON } from "../../src/doc/schema/index.js";
import { createApp } from "../../src/server/app.js";
import { ResponseSchemas } from "../../src/server/schemas.js";
import { storeCorpus } from "../../src/server/store-corpus.js";
import { openStore } from "../../src/store/open.js";
import { contentHash } from "../../src/store/query.js";
import type { Store } from "../../src/store/types.js";

/** A hand-made analysed article (independent of the pipeline stages). */
function article(text: string, published: string, events: [string, string, string][]): DocJSON {
  const at = (s: string) => {
    const i = text.indexOf(s);
    if (i < 0) throw new Error(`"${s}" not in text`);
    return { start: i, end: i + s.length, text: s };
  };
  const ent = (id: string, name: string, type: "PER" | "ORG" | "LOC", country: string, surface: string) => ({
    id,
    name,
    type,
    country,
    wikidata: null,
    aliases: [],
    mentions: [{ ...at(surface), form: "name" as const }],
  });
  const q = at("„Wir helfen.“");
  return {
    text,
    lang: "de",
    published,
    title: text.slice(0, 30),
    sentences: [{ start: 0, end: text.length }],
    entities: [
      ent("e1", "Russland", "LOC", "RUS", "Russland"),
      ent("e2", "Nordkorea", "LOC", "PRK", "Nordkorea"),
      ent("e3", "Tass", "ORG", "RUS", "Tass"),
    ],
    quotes: [
      {
        id: "q1",
        kind: "direct",
        ...q,
        speaker: "e1",
        speakerText: "Russland",
        cue: null,
        source: "e3",
        date: published,
      },
    ],
    times: [],
    events: events.map(([type, actor, target], i) => ({
      id: `v${i}`,
      type: type as DocJSON["events"][number]["type"],
      mode: null,
      actor,
      target,
      ...at("lobte"),
      date: published,
      location: null,
      negated: false,
      hypothetical: false,
      quote: null,
    })),
  };
}

describe("the API over the SQLite store", () => {
  let dir: string;
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "lagebild-api-"));
    store = await openStore(join(dir, "t.db"), { create: true });
    const docs = [
      article("Russland lobte Nordkorea. „Wir helfen.“ meldete Tass <b>fett</b>.", "2025-01-10", [
        ["SUPPORT", "e1", "e2"],
      ]),
      article("Russland lobte Nordkorea erneut. „Wir helfen.“ berichtete Tass.", "2025-03-05", [
        ["ACCUSE", "e2", "e1"],
      ]),
    ];
    await store.writeBatch(docs.map((doc) => ({ hash: contentHash(doc.text), doc, minhash: null })));
    app = createApp({ corpus: storeCorpus(store) });
  });

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const json = async <T>(url: string): Promise<T> => {
    const res = await app.request(url);
    expect(res.status, url).toBe(200);
    return (await res.json()) as T;
  };

  it("lists, searches and opens articles; unknown ids are 404", async () => {
    const list = await json<{ total: number; items: { id: string; published: string }[] }>("/api/articles");
    expect(list.total).toBe(2);
    expect(list.items[0].published).toBe("2025-03-05");
    const hit = await json<{ total: number }>("/api/articles?q=erneut");
    expect(hit.total).toBe(1);
    const ranged = await json<{ total: number }>("/api/articles?from=2025-02-01");
    expect(ranged.total).toBe(1);
    const one = await json<{ doc: DocJSON }>(`/api/articles/${list.items[1].id}`);
    expect(one.doc.text).toContain("<b>fett</b>");
    expect((await app.request("/api/articles/99999")).status).toBe(404);
  });

  it("gives an entity profile with a monthly timeline and event partners", async () => {
    const ents = await json<{ items: { id: string; name: string }[] }>("/api/entities?q=Russ");
    const ru = ents.items.find((e) => e.name === "Russland");
    expect(ru).toBeDefined();
    const p = await json<{
      entity: { name: string };
      quotesBy: { source: { name: string } | null }[];
      timeline: { period: string; cooperation: number; conflict: number }[];
      partners: { name: string; count: number }[];
    }>(`/api/entities/${ru?.id}`);
    expect(p.entity.name).toBe("Russland");
    expect(p.quotesBy.length).toBe(2);
    expect(p.quotesBy[0].source?.name).toBe("Tass");
    expect(p.timeline).toEqual([
      { period: "2025-01", cooperation: 1, conflict: 0, count: 1 },
      { period: "2025-02", cooperation: 0, conflict: 0, count: 0 },
      { period: "2025-03", cooperation: 0, conflict: 1, count: 1 },
    ]);
    expect(p.partners).toEqual([expect.objectContaining({ name: "Nordkorea", count: 2 })]);
    expect((await app.request("/api/entities/99999")).status).toBe(404);
  });

  it("answers a dyad with buckets and the events in both directions, and 404 for unknown actors", async () => {
    const d = await json<{ buckets: { cooperation: number; conflict: number }[]; events: { type: string }[] }>(
      "/api/dyads?a=Russland&b=Nordkorea&interval=month",
    );
    expect(d.buckets.reduce((s, b) => s + b.cooperation, 0)).toBe(1);
    expect(d.buckets.reduce((s, b) => s + b.conflict, 0)).toBe(1);
    expect(d.events.map((e) => e.type).sort()).toEqual(["ACCUSE", "SUPPORT"]);
    expect((await app.request("/api/dyads?a=Atlantis&b=Nordkorea")).status).toBe(404);
  });

  it("builds the actor graph for a date range", async () => {
    const all = await json<{ edges: { cooperation: number; conflict: number }[] }>("/api/graph");
    // one edge per direction: Russland → Nordkorea (SUPPORT), Nordkorea → Russland (ACCUSE)
    expect(all.edges.reduce((s, e) => s + e.cooperation, 0)).toBe(1);
    expect(all.edges.reduce((s, e) => s + e.conflict, 0)).toBe(1);
    const jan = await json<{ edges: { cooperation: number; conflict: number }[] }>(
      "/api/graph?from=2025-01-01&to=2025-01-31",
    );
    expect(jan.edges).toEqual([expect.objectContaining({ cooperation: 1, conflict: 0 })]);
  });

  it("answers as the OpenAPI response schemas document", async () => {
    const ents = await json<{ items: { id: string }[] }>("/api/entities");
    const arts = await json<{ items: { id: string }[] }>("/api/articles");
    const cases: [string, z.ZodType][] = [
      ["/api/articles?q=Russland", ResponseSchemas.articles],
      [`/api/articles/${arts.items[0].id}`, ResponseSchemas.article],
      ["/api/entities", ResponseSchemas.entities],
      [`/api/entities/${ents.items[0].id}`, ResponseSchemas.entity],
      ["/api/quotes", ResponseSchemas.quotes],
      ["/api/events", ResponseSchemas.events],
      ["/api/dyads?a=Russland&b=Nordkorea", ResponseSchemas.dyad],
      ["/api/graph", ResponseSchemas.graph],
    ];
    for (const [url, schema] of cases) {
      const r = schema.safeParse(await json(url));
      expect(r.success ? "" : `${url}: ${z.prettifyError(r.error)}`).toBe("");
    }
  });

  it("filters quotes by speaker and source", async () => {
    const q = await json<{ total: number }>("/api/quotes?speaker=Russland&source=Tass");
    expect(q.total).toBe(2);
    const none = await json<{ total: number }>("/api/quotes?speaker=Nordkorea");
    expect(none.total).toBe(0);
  });
});
