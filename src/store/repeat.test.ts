import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureInput } from "../../test/ingest/fixtures.js";
import { dropSchemas, PG_REASON, PG_URL, pgUrlWithSchema, uniqueName } from "../../test/scale/pg.js";
import { openStore } from "./open.js";
import { SqliteStore } from "./sqlite/store.js";
import type { ArticleInput, Store } from "./types.js";

/**
 * One article whose body reports the headline's event again: the headline's event is marked `repeat`
 * (src/lang/de/events: one event per happening), and the corpus aggregates count the happening once.
 */
function headlineAndBody(): ArticleInput {
  const text =
    "Türkei kritisiert Griechenland\nAnkara – Die Türkei hat Griechenland am Montag scharf kritisiert. " +
    "Griechenland wies die Vorwürfe zurück.";
  const input = fixtureInput({
    text,
    published: "2025-10-14",
    entities: [
      { id: "e1", name: "Türkei", type: "LOC", country: "TUR", wikidata: "Q43", surfaces: ["Türkei"] },
      { id: "e2", name: "Griechenland", type: "LOC", country: "GRC", wikidata: "Q41", surfaces: ["Griechenland"] },
    ],
    events: [
      {
        id: "v1",
        type: "ACCUSE",
        text: "Türkei kritisiert Griechenland",
        actor: "e1",
        target: "e2",
        date: "2025-10-13",
      },
      {
        id: "v2",
        type: "ACCUSE",
        text: "Die Türkei hat Griechenland am Montag scharf kritisiert",
        actor: "e1",
        target: "e2",
        date: "2025-10-13",
      },
      { id: "v3", type: "REJECT", text: "Griechenland wies die Vorwürfe zurück", actor: "e2", target: "e1" },
    ],
  });
  const headline = input.doc.events?.[0];
  if (headline) headline.repeat = true;
  return input;
}

function repeatSuite(engine: string, fresh: () => Promise<Store>): void {
  describe(`events marked repeat in the corpus aggregates: ${engine}`, () => {
    it("a dyad counts the headline's happening once", async () => {
      const store = await fresh();
      try {
        await store.writeBatch([headlineAndBody()]);
        const d = await store.dyad({ a: "Türkei", b: "Griechenland", interval: "month" });
        expect(d?.total.events).toBe(2); // one ACCUSE, one REJECT
        expect(d?.buckets[0]).toMatchObject({ "verbal-conflict": 2 });
      } finally {
        await store.close();
      }
    });

    it("the actor network weighs the edge by happenings, not by mentions of them", async () => {
      const store = await fresh();
      try {
        await store.writeBatch([headlineAndBody()]);
        const g = await store.graph({});
        const tur = g.nodes.find((n) => n.name === "Türkei");
        const edge = g.edges.find((e) => e.source === tur?.id);
        expect(edge).toMatchObject({ weight: 1 });
        expect(tur?.events).toBe(2);
      } finally {
        await store.close();
      }
    });

    it("an entity page counts the repeated event once", async () => {
      const store = await fresh();
      try {
        await store.writeBatch([headlineAndBody()]);
        const p = await store.entityProfile("Türkei");
        expect(p?.eventCounts.find((c) => c.type === "ACCUSE")).toEqual({ type: "ACCUSE", asActor: 1, asTarget: 0 });
      } finally {
        await store.close();
      }
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), "lagebild-repeat-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
repeatSuite("SQLite", async () => new SqliteStore(join(dir, `r${n++}.db`)));

const schemas: string[] = [];
afterAll(() => dropSchemas(schemas));
describe.skipIf(!PG_URL)(`PostgreSQL ${PG_URL ? "" : PG_REASON}`, () => {
  repeatSuite("PostgreSQL", () => {
    const s = uniqueName("lagebild_repeat");
    schemas.push(s);
    return openStore(pgUrlWithSchema(s), { create: true });
  });
});
