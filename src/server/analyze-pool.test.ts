import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_DIR } from "../../test/helpers.js";
import { analyze } from "../pipeline/analyze.js";
import { openStore } from "../store/open.js";
import { contentHash } from "../store/query.js";
import type { Store } from "../store/types.js";
import { AnalyzeRunner } from "./analyze-pool.js";
import { createApp } from "./app.js";
import { storeCorpus } from "./store-corpus.js";

// the pool runs the compiled worker (dist/); without a build the analysis would run inline
const BUILT = existsSync(join(REPO_DIR, "dist/src/server/app.js"));
const SENTENCE =
  "Der russische Präsident Wladimir Putin hat am Mittwoch in Moskau Nordkorea gelobt, sagte ein Sprecher der Regierung. ";
const big = (n: number) => SENTENCE.repeat(n);

describe.skipIf(!BUILT)("POST /api/analyze on a bounded worker pool", () => {
  let dir: string;
  let store: Store;
  const runners: AnalyzeRunner[] = [];
  const app = (limits: ConstructorParameters<typeof AnalyzeRunner>[0]) => {
    const analyzer = new AnalyzeRunner(limits);
    runners.push(analyzer);
    return createApp({ corpus: storeCorpus(store), analyzer });
  };
  const post = (a: ReturnType<typeof createApp>, text: string) =>
    a.request("/api/analyze", {
      method: "POST",
      body: JSON.stringify({ text, published: "2025-09-04" }),
      headers: { "content-type": "application/json" },
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "lagebild-pool-"));
    store = await openStore(join(dir, "t.db"), { create: true });
    const doc = analyze({ text: `„Wir helfen“, sagte Putin. ${SENTENCE}`, published: "2025-09-04" }).toJSON();
    await store.writeBatch([{ hash: contentHash(doc.text), doc, minhash: null }]);
  });

  afterAll(async () => {
    await Promise.all(runners.map((r) => r.close()));
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers query routes while an analysis runs (the analysis is off the request thread)", async () => {
    const a = app({ workers: 1, queue: 2 });
    let analysed = false;
    const running = Promise.resolve(post(a, big(2000))).then((r) => {
      analysed = true;
      return r;
    });
    const quotes = await a.request("/api/quotes?limit=1");
    expect(quotes.status).toBe(200);
    expect(analysed).toBe(false);
    const res = await running;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { sentences: unknown[] }).sentences).toHaveLength(2000);
  });

  it("answers 503 with Retry-After when every worker is busy and the queue is full", async () => {
    const a = app({ workers: 1, queue: 0 });
    const first = post(a, big(500));
    const second = await post(a, big(10));
    expect(second.status).toBe(503);
    expect(Number(second.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await second.json()) as { error: string }).error).toMatch(/busy/);
    expect((await first).status).toBe(200);
  });

  it("answers 504 past the deadline and frees the worker for the next request", async () => {
    const a = app({ workers: 1, queue: 1, timeoutMs: 300 });
    const late = await post(a, big(3000));
    expect(late.status).toBe(504);
    expect(((await late.json()) as { error: string }).error).toMatch(/did not finish within/);
    const b = app({ workers: 1, queue: 1, timeoutMs: 60_000 });
    expect((await post(b, SENTENCE)).status).toBe(200);
  });

  it("reports unreadable input from the worker as 400 with its message", async () => {
    const a = app({ workers: 1 });
    const res = await a.request("/api/analyze", {
      method: "POST",
      body: JSON.stringify({ html: "<html><body><script>x()</script></body></html>" }),
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/no article text/);
  });

  it("keeps its worker after a small analysis, and lets it go once a large one is answered and nothing waits", async () => {
    const runner = new AnalyzeRunner({ workers: 1, largeInput: 5000 });
    runners.push(runner);
    const a = createApp({ corpus: storeCorpus(store), analyzer: runner });
    expect(runner.threads).toBe(0);
    expect((await post(a, SENTENCE)).status).toBe(200);
    expect(runner.threads).toBe(1);
    const res = await post(a, big(50)); // 5,900 characters: large for this runner
    expect(res.status).toBe(200);
    expect(((await res.json()) as { sentences: unknown[] }).sentences).toHaveLength(50);
    expect(runner.threads).toBe(0);
    // the next request starts a fresh worker
    expect((await post(a, SENTENCE)).status).toBe(200);
    expect(runner.threads).toBe(1);
  });
});
