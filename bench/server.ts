/**
 * `node dist/bench/server.js`: speed of the HTTP API and the web UI.
 *  1. POST /api/analyze with the example article (../shared/examples/kim-putin.de.txt), warm,
 *     over real HTTP: median and p95 of 30 requests (target ≤ 300 ms).
 *  2. The corpus pages' API calls on the 10kGNAD test corpus (1,028 articles, ingested once into
 *     .cache/bench-server.db; its articles get synthetic publication dates spread over 2016 so date
 *     filters and timelines have something to do): median and max of 10 requests (target ≤ 500 ms).
 *  3. With /usr/bin/chromium: the same pages loaded in the browser, navigation to rendered content.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/pipeline/analyze.js";
import type { Corpus } from "../src/server/corpus.js";
import { startServer } from "../src/server/run.js";
import { storeCorpus } from "../src/server/store-corpus.js";
import { minhash } from "../src/store/minhash.js";
import { openStore } from "../src/store/open.js";
import { contentHash } from "../src/store/query.js";
import type { ArticleInput } from "../src/store/types.js";
import { GNAD_CSV, loadGnad } from "./gnad.js";

const SHARED = new URL("../../../shared/", import.meta.url);
const EXAMPLE = fileURLToPath(new URL("examples/kim-putin.de.txt", SHARED));
const GNAD = GNAD_CSV;
const CACHE = fileURLToPath(new URL("../../.cache/", import.meta.url));
const DB = `${CACHE}bench-server.db`;
const out = (s: string) => process.stdout.write(`${s}\n`);

function stats(ms: number[]): { median: number; p95: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  return {
    median: s[Math.floor(s.length / 2)],
    p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)],
    max: s[s.length - 1],
  };
}

async function timeRequests(url: string, n: number, init?: RequestInit): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(url, init);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    times.push(performance.now() - t0);
  }
  return times;
}

async function buildGnadDb(): Promise<number> {
  mkdirSync(CACHE, { recursive: true });
  const texts = loadGnad().map((a) => a.text);
  for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) rmSync(f, { force: true });
  const store = await openStore(DB, { create: true });
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i += 100) {
    const batch: ArticleInput[] = texts.slice(i, i + 100).map((text, k) => {
      const day = new Date(Date.UTC(2016, 0, 1 + ((i + k) % 366))).toISOString().slice(0, 10);
      const title = text.split(/(?<=[.!?])\s/, 1)[0].slice(0, 160);
      const doc = analyze({ text, published: day, title, source: "DER STANDARD (10kGNAD)" }).toJSON();
      return { hash: contentHash(doc.text), doc, origin: `10kgnad:${i + k + 1}`, minhash: minhash(doc.text) };
    });
    await store.writeBatch(batch);
  }
  const n = (await store.stats()).articles;
  await store.close();
  out(`10kGNAD ingested into ${DB}: ${n} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return n;
}

async function main(): Promise<void> {
  if (!existsSync(EXAMPLE) || !existsSync(GNAD)) {
    out("bench/server: ../shared (example article, 10kgnad) not found — skipped");
    return;
  }
  let corpus: Corpus | null = null;
  if (!existsSync(DB) || process.argv.includes("--rebuild")) await buildGnadDb();
  corpus = storeCorpus(await openStore(DB));
  const server = await startServer({ corpus, port: 0, host: "127.0.0.1" });
  const base = server.url;

  // 1. analyze
  const body = JSON.stringify({ text: readFileSync(EXAMPLE, "utf8"), published: "2025-09-04" });
  const init = { method: "POST", body, headers: { "content-type": "application/json" } };
  const cold = await timeRequests(`${base}api/analyze`, 1, init);
  await timeRequests(`${base}api/analyze`, 5, init);
  const a = stats(await timeRequests(`${base}api/analyze`, 30, init));
  out(`\nPOST /api/analyze, example article (${body.length} bytes), over HTTP on 127.0.0.1:`);
  out(
    `  first request ${cold[0].toFixed(0)} ms; warm median ${a.median.toFixed(1)} ms, p95 ${a.p95.toFixed(1)} ms (30 requests)`,
  );

  // 2. corpus API calls
  const get = async <T>(path: string) => (await (await fetch(`${base}api/${path}`)).json()) as T;
  const graph = await get<{ nodes: { id: string }[]; edges: { source: string; target: string }[] }>("graph");
  const ents = await get<{ items: { id: string; name: string }[] }>("entities?limit=1");
  const arts = await get<{ total: number; items: { id: string }[] }>("articles?limit=1");
  const topEntity = ents.items[0]?.id ?? "1";
  const edge = graph.edges[0];
  const calls: [string, string][] = [
    ["article list (newest 25)", "articles?limit=25"],
    ["article search q=Regierung", "articles?q=Regierung&limit=25"],
    ["article search + date range", "articles?q=Wien&from=2016-03-01&to=2016-06-30&limit=25"],
    ["one article", `articles/${arts.items[0]?.id ?? "1"}`],
    ["entity search q=Ö", "entities?q=%C3%96&limit=100"],
    [`entity profile (${ents.items[0]?.name ?? "?"})`, `entities/${encodeURIComponent(topEntity)}`],
    ["quotes (first 100)", "quotes?limit=100"],
    ["events (first 200)", "events?limit=200"],
    ["dyad (heaviest edge)", edge ? `dyads?a=${edge.source}&b=${edge.target}` : "dyads?a=1&b=2"],
    ["graph, whole corpus", "graph"],
    ["graph, one quarter", "graph?from=2016-04-01&to=2016-06-30"],
  ];
  out(`\nCorpus API on 10kGNAD (${arts.total} articles), median / max of 10 warm requests:`);
  out("| call | median ms | max ms |");
  out("|---|---|---|");
  for (const [label, path] of calls) {
    await timeRequests(`${base}api/${path}`, 2).catch(() => []);
    const t = await timeRequests(`${base}api/${path}`, 10).catch((e: Error) => {
      out(`| ${label} | failed: ${e.message} | |`);
      return null;
    });
    if (t) {
      const s = stats(t);
      out(`| ${label} | ${s.median.toFixed(1)} | ${s.max.toFixed(1)} |`);
    }
  }

  // 3. pages in the browser
  if (existsSync("/usr/bin/chromium")) {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const pages: [string, string, string][] = [
      ["articles list", "#/articles", ".article-list li"],
      ["article search", "#/articles?q=Regierung", ".article-list li"],
      ["article view", `#/article/${arts.items[0]?.id ?? "1"}`, ".doc-text"],
      ["entity page", `#/entity/${encodeURIComponent(topEntity)}`, "main h2"],
      ["dyad chart", edge ? `#/dyad?a=${edge.source}&b=${edge.target}` : "#/dyad?a=1&b=2", "main h2"],
      ["network graph", "#/graph", "#graph canvas, main .msg"],
    ];
    await page.goto(`${base}#/analyse`);
    out("\nPages in Debian chromium (headless), hash navigation to rendered content, median of 5:");
    out("| page | median ms | max ms |");
    out("|---|---|---|");
    for (const [label, hash, sel] of pages) {
      const times: number[] = [];
      for (let i = 0; i < 6; i++) {
        await page.goto(`${base}#/analyse`);
        const t0 = performance.now();
        await page.goto(`${base}${hash}`);
        await page.waitForSelector(sel, { timeout: 15_000 });
        if (i > 0) times.push(performance.now() - t0);
      }
      const s = stats(times);
      out(`| ${label} | ${s.median.toFixed(0)} | ${s.max.toFixed(0)} |`);
    }
    await browser.close();
  }
  await server.close();
}

await main();
