import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { storeCorpus } from "../../src/server/store-corpus.js";
import { openStore } from "../../src/store/open.js";
import { sampleCorpus } from "../ingest/fixtures.js";
import { dropSchemas, PG_REASON, PG_URL, pgUrlWithSchema, uniqueName } from "./pg.js";

const schema = uniqueName("lagebild_serve");
afterAll(() => dropSchemas([schema]));

describe.skipIf(!PG_URL)(`serve --db postgres://… ${PG_URL ? "" : PG_REASON}`, () => {
  it("answers API queries from a PostgreSQL corpus", async () => {
    const url = pgUrlWithSchema(schema);
    const w = await openStore(url, { create: true });
    await w.writeBatch(sampleCorpus());
    await w.close();
    const corpus = storeCorpus(await openStore(url));
    const app = createApp({ corpus });
    try {
      const res = await app.request("/api/articles?q=Jong-un");
      expect(res.status).toBe(200);
      const body = (await res.json()) as { total: number; items: { snippet?: string }[] };
      expect(body.total).toBe(2);
      const q = (await (await app.request("/api/quotes?speaker=Putin")).json()) as { total: number };
      expect(q.total).toBe(2);
    } finally {
      await corpus.close?.();
    }
  });
});
