import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../pipeline/analyze.js";
import { openStore } from "../store/open.js";
import { contentHash } from "../store/query.js";
import type { Store } from "../store/types.js";
import { createApp, hostAllowed, hostName, isJsonType } from "./app.js";
import { storeCorpus } from "./store-corpus.js";

const TEXTS = [
  "Moskau (dpa) - Der russische Präsident Wladimir Putin hat Nordkorea gelobt. „Wir helfen unseren Freunden“, sagte Putin am Mittwoch.",
  "Berlin (AFP) - Bundeskanzler Olaf Scholz kritisierte Russland scharf. „Das ist nicht hinnehmbar“, sagte Scholz am Montag.",
];

describe("the API under hostile or careless input", () => {
  let dir: string;
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "lagebild-hostile-"));
    store = await openStore(join(dir, "t.db"), { create: true });
    const docs = TEXTS.map((text, i) => analyze({ text, published: `2025-09-0${i + 3}` }).toJSON());
    await store.writeBatch(docs.map((doc) => ({ hash: contentHash(doc.text), doc, minhash: null })));
    app = createApp({ corpus: storeCorpus(store) });
  });

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: unknown, type = "application/json") =>
    app.request("/api/analyze", { method: "POST", body: JSON.stringify(body), headers: { "content-type": type } });

  it("refuses a publication date that is no calendar day (2025-13-45, 2025-02-30, a weekday), naming it", async () => {
    for (const published of ["2025-13-45", "2025-02-30", "Mittwoch", "0000-00-00"]) {
      const res = await post({ text: TEXTS[0], published });
      expect(res.status, published).toBe(400);
      expect(((await res.json()) as { error: string }).error).toContain(JSON.stringify(published));
    }
    const ok = await post({ text: TEXTS[0], published: "2025-09-04T10:00:00Z" });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { published: string }).published).toBe("2025-09-04");
  });

  it("refuses impossible from/to dates on every query route", async () => {
    const routes = ["/api/articles", "/api/quotes", "/api/events", "/api/graph", "/api/dyads?a=Putin&b=Scholz"];
    for (const r of routes) {
      for (const bad of ["from=2025-13-45", "to=2025-02-30"]) {
        const url = `${r}${r.includes("?") ? "&" : "?"}${bad}`;
        expect((await app.request(url)).status, url).toBe(400);
      }
    }
  });

  it("answers a query made only of punctuation with nothing, on every route", async () => {
    // the store holds quotes, so an unfiltered list is not empty
    const all = (await (await app.request("/api/quotes")).json()) as { total: number };
    expect(all.total).toBeGreaterThan(0);
    const routes = [
      "/api/articles?q=",
      "/api/quotes?q=",
      "/api/quotes?speaker=",
      "/api/quotes?about=",
      "/api/quotes?source=",
      "/api/entities?q=",
      "/api/events?actor=",
      "/api/events?target=",
    ];
    for (const r of routes) {
      for (const p of ["(", "%25", "*", "%22%22", "-"]) {
        const res = await app.request(r + p);
        expect(res.status, r + p).toBe(200);
        expect(((await res.json()) as { total: number }).total, r + p).toBe(0);
      }
    }
  });

  it("reads numeric parameters in decimal digits only", async () => {
    for (const bad of ["0x10", "1e2", "+5", "5.0", "%205", "Infinity", ""]) {
      expect((await app.request(`/api/quotes?limit=${bad}`)).status, bad).toBe(400);
      expect((await app.request(`/api/graph?minWeight=${bad}`)).status, bad).toBe(400);
    }
    expect((await app.request("/api/quotes?limit=16")).status).toBe(200);
  });

  it("counts only application/json (with a UTF-8 charset at most) as JSON", async () => {
    for (const type of ["application/jsonx", "application/json-seq", "text/json", "application/json; charset=latin1"]) {
      expect((await post({ text: TEXTS[0] }, type)).status, type).toBe(415);
    }
    for (const type of ["application/json", "Application/JSON; charset=UTF-8", 'application/json;charset="utf-8"']) {
      expect((await post({ text: TEXTS[0] }, type)).status, type).toBe(200);
    }
    expect(isJsonType("application/jsonx")).toBe(false);
  });

  it("answers only the Host names it serves (loopback by default), against DNS rebinding", async () => {
    for (const host of ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example"]) {
      const res = await app.request("/api/quotes", { headers: { host } });
      expect(res.status, host).toBe(403);
    }
    for (const host of ["localhost", "localhost:8080", "127.0.0.1:8080", "[::1]:8080", "LOCALHOST."]) {
      expect((await app.request("/api/quotes", { headers: { host } })).status, host).toBe(200);
    }
    const lan = createApp({ corpus: storeCorpus(store), allowedHosts: ["localhost", "news.example"] });
    expect((await lan.request("/api/quotes", { headers: { host: "news.example:80" } })).status).toBe(200);
    expect((await lan.request("/api/quotes", { headers: { host: "evil.example" } })).status).toBe(403);
    expect(hostName("[::1]:8080")).toBe("::1");
    expect(hostAllowed("192.168.1.5", ["localhost"], true)).toBe(true);
    expect(hostAllowed("192.168.1.5", ["localhost"], false)).toBe(false);
  });
});
