/**
 * Load on the HTTP server: query routes while large analyses run. Starts `lagebild serve` (a child
 * process, loopback only) over a corpus of the 33 sample articles, sends 4 large POST /api/analyze
 * (10kGNAD texts of --mb MB each, default 1.9) at once, and while they are in flight sends 2,000
 * GET /api/quotes?limit=20 one after another; prints the GETs' p50/p99/max latency, how many were
 * answered while an analysis was still running, the analyses' statuses and times, and the server's
 * resident memory (and thread count) before, at the peak and 0, 5, 10, 20, 40 and 60 s after the burst
 * (up to --idle-wait).
 * Bounded: 2,000 requests, 4 analyses, a 10-minute overall deadline; 127.0.0.1 only.
 *
 *   npm run build && node dist/bench/load.js [--gets 2000] [--analyses 4] [--mb 1.9] [--workers 1] [--idle-wait 40]
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { arg } from "./args.js";
import { gnadText } from "./big-analyze.js";

const CLI = fileURLToPath(new URL("../../bin/lagebild.js", import.meta.url));
const SAMPLES = fileURLToPath(new URL("../../examples/articles/samples.de.jsonl", import.meta.url));
const GETS = Math.min(10_000, Number(arg("gets", "2000")));
const ANALYSES = Math.min(16, Number(arg("analyses", "4")));
const MB = Number(arg("mb", "1.9"));
const WORKERS = arg("workers", "1");
const IDLE_WAIT = Number(arg("idle-wait", "40"));
const DEADLINE = Date.now() + 10 * 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const status = (pid: number, field: string): number => {
  const m = new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : Number.NaN;
};
const rssMb = (pid: number): number => Math.round(status(pid, "VmRSS") / 1024);
/** Seconds after the burst at which RSS is sampled (up to --idle-wait). */
const SAMPLES_AT = [0, 5, 10, 20, 40, 60].filter((s) => s <= IDLE_WAIT);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-load-"));
  const db = join(dir, "corpus.db");
  const ing = spawnSync(process.execPath, [CLI, "ingest", SAMPLES, "--db", db, "--quiet", "--workers", "0"]);
  if (ing.status !== 0) throw new Error(`ingest failed: ${ing.stderr}`);
  const server: ChildProcess = spawn(
    process.execPath,
    [CLI, "serve", "--db", db, "--port", "0", "--host", "127.0.0.1", "--analyze-workers", WORKERS],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = "";
      server.stdout?.on("data", (d) => {
        out += d;
        const m = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m) resolve(m[1]);
      });
      server.on("exit", (c) => reject(new Error(`server exited (${c})`)));
    });
    const pid = server.pid as number;
    const get = async () => {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/quotes?limit=20`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`GET /api/quotes: ${res.status}`);
      return performance.now() - t0;
    };
    for (let i = 0; i < 50; i++) await get(); // warm-up
    const rssBefore = rssMb(pid);
    const threadsBefore = status(pid, "Threads");
    const text = gnadText(MB);
    let running = 0;
    let peak = rssBefore;
    const analyses = Array.from({ length: ANALYSES }, async () => {
      running++;
      const t0 = performance.now();
      const res = await fetch(`${base}/api/analyze`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text, published: "2025-09-04" }),
      });
      await res.arrayBuffer();
      running--;
      return { status: res.status, s: (performance.now() - t0) / 1000 };
    });
    await sleep(200); // the bodies are sent
    const lat: number[] = [];
    let duringAnalysis = 0;
    for (let i = 0; i < GETS && Date.now() < DEADLINE; i++) {
      const busy = running > 0;
      lat.push(await get());
      if (busy && running > 0) duringAnalysis++;
      if (i % 100 === 0) peak = Math.max(peak, rssMb(pid));
    }
    const done = await Promise.all(analyses);
    peak = Math.max(peak, rssMb(pid));
    const after: string[] = [];
    const t0 = performance.now();
    for (const at of [...SAMPLES_AT, IDLE_WAIT].filter((x, i, a) => a.indexOf(x) === i)) {
      await sleep(Math.max(0, at * 1000 - (performance.now() - t0)));
      // the thread count tells whether the analysis worker is still alive
      after.push(`${at} s ${rssMb(pid)} MB (${status(pid, "Threads")} threads)`);
    }
    console.log(`GET /api/quotes?limit=20: ${lat.length} requests, ${duringAnalysis} of them while an analysis ran`);
    console.log(
      `  latency p50 ${pct(lat, 50).toFixed(1)} ms, p99 ${pct(lat, 99).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms`,
    );
    console.log(
      `POST /api/analyze × ${ANALYSES} (${MB} MB each, --analyze-workers ${WORKERS}): ${done.map((d) => `${d.status} in ${d.s.toFixed(1)} s`).join(", ")}`,
    );
    console.log(
      `server RSS: ${rssBefore} MB before (${threadsBefore} threads), peak ${peak} MB; after the burst: ${after.join(", ")}`,
    );
  } finally {
    server.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("load.js")) await main();
