import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { openStore } from "../../src/store/open.js";
import type { PostgresStore } from "../../src/store/postgres/store.js";
import { dropSchemas, PG_REASON, PG_URL, pgUrlWithSchema, uniqueName } from "../scale/pg.js";
import { fixtureInput, sampleCorpus } from "./fixtures.js";
import { storeConformance } from "./store-conformance.js";

// The same conformance suite as SQLite (store.sqlite.test.ts), against PostgreSQL: each test
// gets a fresh schema of its own, dropped at the end.
const schemas: string[] = [];
const fresh = async () => {
  const s = uniqueName("lagebild_conf");
  schemas.push(s);
  return openStore(pgUrlWithSchema(s), { create: true });
};
afterAll(() => dropSchemas(schemas));

describe.skipIf(!PG_URL)(`PostgreSQL store ${PG_URL ? "" : PG_REASON}`, () => {
  storeConformance("PostgreSQL", fresh);

  it("uses the German text search configuration: inflected forms and compounds' stems match", async () => {
    const store = await fresh();
    try {
      await store.writeBatch(sampleCorpus());
      expect((await store.searchArticles({ q: "Sanktion" })).total).toBe(2);
      expect((await store.searchArticles({ q: "kim jong-un" })).total).toBe(2);
      const idx = await (store as PostgresStore).pool.query(
        "SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_tsv' AND schemaname = current_schema()",
      );
      expect(idx.rows[0].indexdef).toMatch(/USING gin/);
    } finally {
      await store.close();
    }
  });

  it("stores the same text once when several writers store it at the same time", async () => {
    const schema = uniqueName("lagebild_race");
    schemas.push(schema);
    const url = pgUrlWithSchema(schema);
    const stores = await Promise.all([1, 2, 3, 4].map(() => openStore(url, { create: true })));
    try {
      const corpus = sampleCorpus();
      const extra = fixtureInput({ text: "Eine ganz andere Meldung über Wien und Graz.", source: "ORF" });
      const outcomes = await Promise.all(
        stores.map((s, i) => s.writeBatch(i % 2 ? [...corpus, extra] : [extra, ...corpus].reverse())),
      );
      const stored = outcomes.flat().filter((o) => o.status === "stored");
      expect(stored).toHaveLength(4);
      expect((await stores[0].stats()).articles).toBe(4);
      const p = await stores[0].resolveEntities("Putin");
      expect(p).toHaveLength(1);
      expect(p[0].articleCount).toBe(2);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it("applies its migrations once and records them in schema_migrations", async () => {
    const store = (await fresh()) as PostgresStore;
    try {
      const v = await store.schemaVersion();
      expect(v).toBeGreaterThanOrEqual(1);
      const again = (await openStore(pgUrlWithSchema(schemas[schemas.length - 1]), { create: true })) as PostgresStore;
      expect(await again.schemaVersion()).toBe(v);
      const rows = await again.pool.query("SELECT version FROM schema_migrations ORDER BY version");
      expect(rows.rows.map((r: { version: number }) => r.version)).toEqual([...Array(v).keys()].map((i) => i + 1));
      await again.close();
    } finally {
      await store.close();
    }
  });

  it("says to run ingest when the schema holds no corpus, and says why a server cannot be reached", async () => {
    await expect(openStore(pgUrlWithSchema(uniqueName("lagebild_none")))).rejects.toThrow(/run lagebild ingest first/);
    const bad = "postgres://nobody:secret@127.0.0.1:1/none";
    const err = await openStore(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(
      /cannot reach PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: connection refused/,
    );
    expect((err as Error).message).not.toContain("secret");
  });
});
