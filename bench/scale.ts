/**
 * Scale-out benchmark: 10kgnad (../shared/data/10kgnad/test.csv, 1,028 articles) through
 * 1, 2 and 4 `lagebild worker` processes (concurrency 1 each) into PostgreSQL, via the
 * BullMQ queue on Redis. Prints articles/s per run and the scaling factor against one worker.
 *
 *   npm run build && node dist/bench/scale.js [--pg URL] [--redis URL] [--workers 1,2,4] [--limit N] [--batch N] [--pin] [--rounds R]
 *
 * Defaults: LAGEBILD_TEST_PG / LAGEBILD_TEST_REDIS, else postgres://postgres@127.0.0.1:5432/test
 * and redis://127.0.0.1:6379. Each run uses a fresh schema and queue (dropped afterwards).
 * Timing: from the moment the queue is filled (workers already connected and idle) until it
 * has drained; worker start-up (loading the pipeline's tables) overlaps the first jobs.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import pg from "pg";
import { enqueue } from "../src/queue/producer.js";
import { arg, median } from "./args.js";

const CSV = fileURLToPath(new URL("../../../shared/data/10kgnad/test.csv", import.meta.url));
const CLI = fileURLToPath(new URL("../../bin/lagebild.js", import.meta.url));

const PG = arg("pg", process.env.LAGEBILD_TEST_PG || "postgres://postgres@127.0.0.1:5432/test");
const REDIS = arg("redis", process.env.LAGEBILD_TEST_REDIS || "redis://127.0.0.1:6379");
const WORKERS = arg("workers", "1,2,4")
  .split(",")
  .map((x) => Number(x));
const LIMIT = Number(arg("limit", "0"));
/** Passed on to the workers as --batch (default: the worker's own). */
const BATCH = arg("batch", "");
/** --pin: worker i runs on core i mod cores only (taskset), as in a one-worker-per-core deployment. */
const PIN = process.argv.includes("--pin");

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function limitedCsv(): Promise<string> {
  if (!LIMIT) return CSV;
  const { writeFileSync } = await import("node:fs");
  const { parseCsv } = await import("../src/read/csv.js");
  const { tmpdir } = await import("node:os");
  const out: string[] = [];
  for (const rec of parseCsv(readFileSync(CSV, "utf8"), { delimiter: ";", quote: "'" })) {
    if ("fields" in rec && rec.fields[1]) out.push(JSON.stringify({ category: rec.fields[0], text: rec.fields[1] }));
    if (out.length >= LIMIT) break;
  }
  const file = `${tmpdir()}/lagebild-scale-${process.pid}.jsonl`;
  writeFileSync(file, `${out.join("\n")}\n`);
  return file;
}

/** CPU seconds (user + system, all threads) a process has used so far (Linux /proc). */
function cpuSeconds(pid: number | undefined, task = ""): number {
  try {
    const f = readFileSync(`/proc/${pid}${task}/stat`, "utf8");
    const rest = f.slice(f.lastIndexOf(")") + 2).split(" ");
    return (Number(rest[11]) + Number(rest[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}

/** Busy CPU seconds of the whole machine so far (all cores; /proc/stat minus idle and iowait). */
function machineBusySeconds(): number {
  try {
    const f = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    const total = f.slice(0, 8).reduce((a, b) => a + b, 0); // user … steal (guest is inside user)
    return (total - f[3] - f[4]) / 100;
  } catch {
    return Number.NaN;
  }
}

/** PostgreSQL's own background processes (checkpointer, WAL writer, autovacuum, …), by /proc. */
function pgAuxPids(): number[] {
  const out: number[] = [];
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, "utf8");
      if (
        /^postgres: [^\0]*(checkpointer|background writer|walwriter|autovacuum|logical replication|stats|archiver)/.test(
          cmd,
        )
      )
        out.push(Number(d));
    } catch {
      // gone
    }
  }
  return out;
}

/**
 * Per-process CPU of one run, sampled from /proc: the worker processes, their PostgreSQL
 * backends (found by application_name), PostgreSQL's background processes, redis-server and
 * this process (producer and polling). A process first seen after the start counts from 0;
 * one that exits keeps its last sample.
 */
class CpuSampler {
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();
  private readonly kind = new Map<number, string>();
  private readonly self0 = process.cpuUsage();
  private readonly busy0 = machineBusySeconds();
  private busy1 = Number.NaN;
  private started = false;

  constructor(
    private readonly admin: pg.Client,
    private readonly appName: string,
    private readonly workers: readonly number[],
    private readonly redisPid: number,
  ) {}

  async sample(): Promise<void> {
    const pids: [number, string][] = this.workers.map((p) => [p, "workers"]);
    // the main thread alone (queue, database client), keyed by the negated pid
    for (const p of this.workers) pids.push([-p, "worker main threads"]);
    const r = await this.admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = $1", [
      this.appName,
    ]);
    for (const row of r.rows) pids.push([row.pid, "postgres backends"]);
    for (const p of pgAuxPids()) pids.push([p, "postgres background"]);
    if (this.redisPid) pids.push([this.redisPid, "redis-server"]);
    for (const [pid, kind] of pids) {
      const c = pid < 0 ? cpuSeconds(-pid, `/task/${-pid}`) : cpuSeconds(pid);
      if (Number.isNaN(c)) continue;
      if (!this.first.has(pid)) this.first.set(pid, this.started ? 0 : c);
      this.last.set(pid, c);
      this.kind.set(pid, kind);
    }
    this.started = true;
    this.busy1 = machineBusySeconds();
  }

  /** CPU seconds per kind of process since the first sample. */
  totals(): Record<string, number> {
    const out: Record<string, number> = {
      workers: 0,
      "worker main threads": 0,
      "postgres backends": 0,
      "postgres background": 0,
      "redis-server": 0,
    };
    for (const [pid, c] of this.last) {
      const k = this.kind.get(pid) as string;
      out[k] = (out[k] ?? 0) + c - (this.first.get(pid) ?? 0);
    }
    const self = process.cpuUsage(this.self0);
    out["bench (producer)"] = (self.user + self.system) / 1e6;
    out["machine busy"] = this.busy1 - this.busy0;
    return out;
  }
}

async function runOnce(
  n: number,
  input: string,
): Promise<{ articles: number; seconds: number; load: number[]; workerCpu: number; cpu: Record<string, number> }> {
  const tag = `${process.pid}_${randomBytes(3).toString("hex")}`;
  const schema = `lagebild_bench_${tag}`;
  const name = `lagebild-bench-${tag}`;
  const u = new URL(PG);
  u.searchParams.set("schema", schema);
  const db = u.toString();
  const conn = new Redis(REDIS, { maxRetriesPerRequest: null });
  const queue = new Queue(name, { connection: conn });
  const admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  const workers: ChildProcess[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const argv = [
        CLI,
        "worker",
        "--queue",
        REDIS,
        "--queue-name",
        name,
        "--db",
        db,
        ...(BATCH ? ["--batch", BATCH] : []),
      ];
      workers.push(
        spawn(
          PIN ? "taskset" : process.execPath,
          PIN ? ["-c", String(i % cpus().length), process.execPath, ...argv] : argv,
          {
            stdio: ["ignore", "ignore", "inherit"],
            env: { ...process.env, PGAPPNAME: schema },
          },
        ),
      );
    }
    while ((await queue.getWorkers()).length < n) await sleep(100);
    const redisPid = Number(/process_id:(\d+)/.exec(await conn.info("server"))?.[1] ?? 0);
    const sampler = new CpuSampler(
      admin,
      schema,
      workers.map((w) => w.pid as number),
      redisPid,
    );
    const load0 = loadavg();
    await sampler.sample();
    const cpu0 = workers.reduce((a, w) => a + cpuSeconds(w.pid), 0);
    const t0 = performance.now();
    const s = await enqueue([input], {
      queue: REDIS,
      queueName: name,
      quiet: true,
      ...(input.endsWith(".csv") ? { delimiter: ";", quote: "'", columns: ["category", "text"] } : {}),
    });
    let polls = 0;
    for (;;) {
      const c = await queue.getJobCounts("waiting", "active", "delayed", "prioritized", "completed", "failed");
      if (c.completed + c.failed >= s.enqueued) break;
      await sleep(200);
      if (++polls % 5 === 0) await sampler.sample();
    }
    const seconds = (performance.now() - t0) / 1000;
    await sampler.sample();
    const workerCpu = workers.reduce((a, w) => a + cpuSeconds(w.pid), 0) - cpu0;
    const stored = await admin.query(`SELECT COUNT(*)::int AS n FROM "${schema}".articles`);
    const load1 = loadavg();
    return { articles: stored.rows[0].n, seconds, load: [load0[0], load1[0]], workerCpu, cpu: sampler.totals() };
  } finally {
    for (const w of workers) w.kill("SIGTERM");
    await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.on("exit", r)))));
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  if (!existsSync(CSV)) {
    process.stdout.write("scale bench: skipped (../shared/data/10kgnad/test.csv not present)\n");
    return;
  }
  const input = await limitedCsv();
  const rows: {
    n: number;
    round: number;
    articles: number;
    seconds: number;
    rate: number;
    load: number[];
    workerCpu: number;
    cpu: Record<string, number>;
  }[] = [];
  const rounds = Number(arg("rounds", "1"));
  for (let round = 1; round <= rounds; round++) {
    for (const n of WORKERS) {
      const r = await runOnce(n, input);
      const rate = r.articles / r.seconds;
      rows.push({ n, round, ...r, rate });
      process.stdout.write(
        `scale: ${rounds > 1 ? `round ${round}, ` : ""}${n} worker(s)${PIN ? " pinned" : ""}: ${r.articles} articles in ` +
          `${r.seconds.toFixed(1)} s = ${rate.toFixed(1)} articles/s (load average ${r.load[0].toFixed(1)} → ` +
          `${r.load[1].toFixed(1)}; workers used ${r.workerCpu.toFixed(1)} CPU s = ` +
          `${((r.workerCpu / r.articles) * 1000).toFixed(1)} ms CPU per article)\n`,
      );
      const ours = Object.entries(r.cpu).filter(([k]) => k !== "machine busy" && k !== "worker main threads");
      const sum = ours.reduce((a, [, v]) => a + v, 0);
      const per = (v: number) => `${((v / r.articles) * 1000).toFixed(1)} ms`;
      process.stdout.write(
        `scale:   CPU per article: ${ours.map(([k, v]) => `${k} ${per(v)}`).join(", ")} ` +
          `(of which worker main threads ${per(r.cpu["worker main threads"])}); sum ${per(sum)}; ` +
          `machine busy ${per(r.cpu["machine busy"])} (${(r.cpu["machine busy"] / r.seconds).toFixed(2)} of ${cpus().length} cores; ` +
          `other processes ${per(r.cpu["machine busy"] - sum)})\n`,
      );
    }
  }
  // rounds alternate the worker counts, so a drifting host affects all alike; the median rate counts
  const rateOf = new Map(WORKERS.map((n) => [n, median(rows.filter((r) => r.n === n).map((r) => r.rate))]));
  const base = rateOf.get(1);
  if (base) {
    for (const [n, rate] of rateOf) {
      process.stdout.write(
        `scale: ${n} worker(s)${PIN ? " pinned" : ""}: ${rounds > 1 ? "median " : ""}${rate.toFixed(1)} articles/s = ${(rate / base).toFixed(2)}× one worker\n`,
      );
    }
  }
  process.stdout.write(
    `${JSON.stringify({ pinned: PIN, workers: rows.map((r) => ({ ...r, scaling: base ? r.rate / base : null })) })}\n`,
  );
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`scale bench: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
