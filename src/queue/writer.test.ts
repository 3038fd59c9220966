import { describe, expect, it } from "vitest";
import type { ArticleInput, Store, WriteOutcome } from "../store/types.js";
import { BatchWriter } from "./writer.js";

/** A store that records the batches it is given and fails the first `failures` of them. */
function fakeStore(failures = 0): { store: Store; batches: string[][] } {
  const batches: string[][] = [];
  let n = 0;
  const store = {
    async writeBatch(items: readonly ArticleInput[]): Promise<WriteOutcome[]> {
      batches.push(items.map((i) => i.hash));
      if (n++ < failures) throw new Error("connection lost");
      return items.map((i) => ({ status: "stored", id: i.hash, duplicateOf: null, similarity: null }));
    },
  } as unknown as Store;
  return { store, batches };
}

const item = (hash: string): ArticleInput => ({ hash, doc: { text: hash } as ArticleInput["doc"], meta: {} });
const tick = () => new Promise((r) => setTimeout(r, 5));

describe("BatchWriter", () => {
  it("writes once every job in progress waits for it, not before", async () => {
    const { store, batches } = fakeStore();
    const w = new BatchWriter(store, 8, 10_000);
    for (let i = 0; i < 3; i++) w.begin();
    const a = w.write(item("a"));
    const b = w.write(item("b"));
    await tick();
    expect(batches).toEqual([]);
    const c = w.write(item("c"));
    expect((await Promise.all([a, b, c])).map((o) => o.id)).toEqual(["a", "b", "c"]);
    expect(batches).toEqual([["a", "b", "c"]]);
  });

  it("a job that ends without writing does not hold the batch back; maxBatch caps it", async () => {
    const { store, batches } = fakeStore();
    const w = new BatchWriter(store, 2, 10_000);
    for (let i = 0; i < 4; i++) w.begin();
    const a = w.write(item("a"));
    w.skip();
    const b = w.write(item("b"));
    await b;
    const c = w.write(item("c"));
    await Promise.all([a, c]);
    expect(batches).toEqual([["a", "b"], ["c"]]);
  });

  it("a failed batch fails every job in it (each is then retried on its own)", async () => {
    const { store } = fakeStore(1);
    const w = new BatchWriter(store, 4, 10_000);
    w.begin();
    w.begin();
    const out = await Promise.allSettled([w.write(item("a")), w.write(item("b"))]);
    expect(out.map((o) => o.status)).toEqual(["rejected", "rejected"]);
    w.begin();
    expect((await w.write(item("a"))).status).toBe("stored");
  });

  it("writes after maxWaitMs when a job in progress never reaches the writer", async () => {
    const { store, batches } = fakeStore();
    const w = new BatchWriter(store, 4, 20);
    w.begin();
    w.begin();
    await w.write(item("a"));
    expect(batches).toEqual([["a"]]);
  });
});
