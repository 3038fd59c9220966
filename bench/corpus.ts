/**
 * Corpus benchmark: ingests ../shared/data/10kgnad/test.csv with the CLI (wall time, peak RSS
 * of the whole process tree via /usr/bin/time -v when present, database size), ingests it a
 * second time (must add nothing), then times a fixed set of queries (p50/p95/max).
 *
 * `runCorpusBench()` is called by `npm run bench` (bench/run.ts); standalone:
 *   npm run build && node dist/bench/corpus.js [--db FILE] [--keep]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SqliteStore } from "../src/store/sqlite/store.js";
import type { Store } from "../src/store/types.js";

const CSV = fileURLToPath(new URL("../../../shared/data/10kgnad/test.csv", import.meta.url));
const CLI = fileURLToPath(new URL("../../bin/lagebild.js", import.meta.url));
export const INGEST_ARGS = ["--delimiter", ";", "--quote", "'", "--columns", "category,text"];

export interface IngestRun {
  seconds: number;
  peakRssMb: number | null;
  stored: number;
  alreadyStored: number;
  failures: number;
}

/** Runs `lagebild ingest` on the 10kgnad CSV into `db`, measured. */
export function timedIngest(db: string): IngestRun {
  const args = [CLI, "ingest", CSV, ...INGEST_ARGS, "--db", db, "--quiet", "--json"];
  const haveTime = existsSync("/usr/bin/time");
  const t0 = performance.now();
  const r = haveTime
    ? spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`ingest failed (${r.status}): ${r.stderr}`);
  const summary = JSON.parse(r.stdout.trim().split("\n").pop() as string) as {
    stored: number;
    alreadyStored: number;
    failures: unknown[];
  };
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  return {
    seconds,
    peakRssMb: rss ? Number(rss[1]) / 1024 : null,
    stored: summary.stored,
    alreadyStored: summary.alreadyStored,
    failures: summary.failures.length,
  };
}

interface Timed {
  name: string;
  ms: number[];
}

/** The fixed query set: names of entities and actors are taken from the corpus itself. */
export async function queryTimings(store: Store, rounds = 5): Promise<Timed[]> {
  const top = (await store.searchEntities({ limit: 5 })).items;
  const ev = (await store.events({ limit: 200 })).items;
  const actors = [...new Set(ev.flatMap((e) => [e.actor?.name ?? e.actorText, e.target?.name ?? e.targetText]))].filter(
    (x): x is string => Boolean(x),
  );
  const a = actors[0] ?? "Österreich";
  const b = actors[1] ?? "Deutschland";
  const queries: [string, () => Promise<unknown>][] = [
    ["search Regierung", () => store.searchArticles({ q: "Regierung" })],
    ["search Jong-un", () => store.searchArticles({ q: "Jong-un" })],
    ["search two words", () => store.searchArticles({ q: "Flüchtlinge Grenze" })],
    ["search prefix", () => store.searchArticles({ q: "Wien*" })],
    ["search page 3", () => store.searchArticles({ q: "Prozent", limit: 20, offset: 40 })],
    ["list articles", () => store.listArticles({ limit: 50 })],
    ["list articles page 10", () => store.listArticles({ limit: 50, offset: 500 })],
    ["entities prefix", () => store.searchEntities({ q: "ö" })],
    ["quotes all", () => store.quotes({ limit: 100 })],
    ["quotes words", () => store.quotes({ q: "Regierung" })],
    ["quotes speaker", () => store.quotes({ speaker: top[0]?.name ?? "Sprecher" })],
    ["quotes about", () => store.quotes({ about: top[0]?.name ?? "Wien" })],
    ["events all", () => store.events({ limit: 200 })],
    ["events type", () => store.events({ type: "ACCUSE" })],
    ["events actor", () => store.events({ actor: a })],
    ["events ISO-3", () => store.events({ actor: "AUT" })],
    ...top.map((e): [string, () => Promise<unknown>] => [`entity ${e.name}`, () => store.entityProfile(e.id)]),
    ["dyad month", () => store.dyad({ a, b, interval: "month" })],
    ["dyad week", () => store.dyad({ a, b, interval: "week" })],
    ["graph", () => store.graph({})],
    ["stats", () => store.stats()],
  ];
  const out: Timed[] = [];
  for (const [name, fn] of queries) {
    const ms: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t = performance.now();
      await fn();
      ms.push(performance.now() - t);
    }
    out.push({ name, ms });
  }
  return out;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

export async function runCorpusBench(opts: { db?: string; keep?: boolean } = {}): Promise<void> {
  const w = (s: string) => process.stdout.write(s);
  w("\n## corpus ingest and queries\n");
  if (!existsSync(CSV)) {
    w(`corpus bench: ${CSV} not found — needs ../shared (skipped)\n`);
    return;
  }
  const tmp = opts.db ? null : mkdtempSync(join(tmpdir(), "lagebild-bench-"));
  const db = opts.db ?? join(tmp as string, "10kgnad.db");
  try {
    w(
      `command: lagebild ingest ../shared/data/10kgnad/test.csv ${INGEST_ARGS.map((x) => (x === "'" ? `"'"` : x.length === 1 ? `'${x}'` : x)).join(" ")} --db ${db}\n`,
    );
    const first = timedIngest(db);
    const size = statSync(db).size + (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);
    w(
      `first run:  ${first.stored} stored, ${first.failures} failed in ${first.seconds.toFixed(1)} s wall` +
        `${first.peakRssMb ? `, peak RSS ${first.peakRssMb.toFixed(0)} MB` : ""}; database ${(size / 1024 / 1024).toFixed(1)} MB\n`,
    );
    const second = timedIngest(db);
    w(
      `second run: ${second.stored} stored, ${second.alreadyStored} already stored in ${second.seconds.toFixed(2)} s wall` +
        `${second.peakRssMb ? `, peak RSS ${second.peakRssMb.toFixed(0)} MB` : ""}\n`,
    );
    const store = new SqliteStore(db);
    const stats = await store.stats();
    w(
      `corpus: ${stats.articles} articles (${stats.reprints} near-duplicate reprints), ${stats.entities} entities, ${stats.quotes} quotes, ${stats.events} events\n`,
    );
    const timings = await queryTimings(store);
    await store.close();
    const all = timings.flatMap((t) => t.ms);
    w(
      `queries: ${timings.length} queries x ${timings[0].ms.length} rounds — p50 ${pct(all, 50).toFixed(1)} ms, p95 ${pct(all, 95).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms\n`,
    );
    const slow = [...timings].sort((x, y) => pct(y.ms, 95) - pct(x.ms, 95)).slice(0, 5);
    w(`slowest (p95): ${slow.map((t) => `${t.name} ${pct(t.ms, 95).toFixed(1)} ms`).join("; ")}\n`);
  } finally {
    if (tmp && !opts.keep) rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf("--db");
  await runCorpusBench({ db: i > 0 ? process.argv[i + 1] : undefined, keep: process.argv.includes("--keep") });
}
