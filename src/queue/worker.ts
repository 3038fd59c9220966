import { type Job, UnrecoverableError, Worker } from "bullmq";
import type { DocJSON } from "../doc/schema/index.js";
import { AnalyzePool } from "../ingest/pool.js";
import { openStore } from "../store/open.js";
import { contentHash } from "../store/query.js";
import type { Store } from "../store/types.js";
import { queueName, RedisFactory, redactRedis } from "./connection.js";
import type { IngestJob, IngestJobResult } from "./jobs.js";
import { BatchWriter } from "./writer.js";

export interface WorkerOptions {
  queue: string;
  queueName?: string;
  /** Corpus database the worker writes to (postgres://… for several machines). */
  db: string;
  /** Jobs analysed at once (one analysis thread each; default 1). */
  concurrency?: number;
  /**
   * Jobs each analysis thread takes at a time; their articles are written in one transaction
   * (default 8). Every job stays a job of its own: stored exactly once, retried on its own.
   */
  batch?: number;
  /** How long a job's lock lasts without renewal; a dead worker's job returns to the queue after it (default 30 s). */
  lockMs?: number;
  /** How often stalled jobs (of dead workers) are looked for (default 30 s). */
  stalledMs?: number;
  log?: (line: string) => void;
  /** Print a stats line this often (ms; 0 = never; default 10 s). */
  statsMs?: number;
}

export interface WorkerStats {
  stored: number;
  exists: number;
  failed: number;
  started: number;
}

export interface RunningWorker {
  stats: WorkerStats;
  /** Finishes the jobs in progress (or, with force, leaves them to return to the queue), then closes. */
  close(force?: boolean): Promise<void>;
  /** Resolves when the worker has closed. */
  closed: Promise<void>;
}

/** Jobs an analysis thread takes at a time, written in one transaction. */
export const DEFAULT_WORKER_BATCH = 8;

const num = (v: string | undefined): number | undefined => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/**
 * Pulls ingest jobs from the queue, analyses each (the same analyzeItem the local ingest runs,
 * on worker threads), and writes them with exactly-once storage by content hash. Analysis
 * errors fail the job for good (they would fail again); anything else (database or network)
 * is thrown so BullMQ retries it with exponential backoff.
 */
export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const name = queueName(opts.queueName);
  const concurrency = Math.max(1, opts.concurrency ?? 1);
  const redis = new RedisFactory(opts.queue);
  await redis.check();
  const store: Store = await openStore(opts.db, { create: true });
  const pool = new AnalyzePool(concurrency);
  // load the pipeline's tables in every analysis thread before taking jobs, so the first
  // jobs do not hold their locks through start-up
  await Promise.all(
    Array.from({ length: concurrency }, () =>
      pool.analyze({ text: "Der Minister sagte am Montag in Berlin, die Gespräche gingen weiter." }),
    ),
  );
  const batch = Math.max(1, opts.batch ?? DEFAULT_WORKER_BATCH);
  const writer = new BatchWriter(store, concurrency * batch);
  const stats: WorkerStats = { stored: 0, exists: 0, failed: 0, started: Date.now() };
  // test hook: hold each job this long after analysis (to kill a worker mid-job)
  const holdMs = num(process.env.LAGEBILD_WORKER_HOLD_MS) ?? 0;

  const process1 = async (job: Job<IngestJob>): Promise<IngestJobResult> => {
    writer.begin();
    let handed = false;
    try {
      return await analyseAndWrite(job, () => {
        handed = true;
      });
    } finally {
      if (!handed) writer.skip();
    }
  };

  const analyseAndWrite = async (job: Job<IngestJob>, handing: () => void): Promise<IngestJobResult> => {
    const { hash, init, meta, origin } = job.data;
    if (!init?.text || contentHash(init.text) !== hash)
      throw new UnrecoverableError(`${origin ?? job.id}: the job's text does not match its content hash`);
    if ((await store.knownHashes([hash])).has(hash)) {
      stats.exists++;
      return { status: "exists", id: "", duplicateOf: null };
    }
    const r = await pool.analyze(init);
    if ("error" in r) throw new UnrecoverableError(`${origin}: ${r.error}`);
    if (holdMs) await new Promise((res) => setTimeout(res, holdMs));
    handing();
    const out = await writer.write({
      hash,
      doc: JSON.parse(r.json) as DocJSON,
      meta,
      origin,
      minhash: r.sig,
    });
    if (out.status === "exists") {
      stats.exists++;
      if (init.source || init.url)
        await store.recordCopies([{ hash, source: init.source ?? null, url: init.url ?? null, origin }]);
      return { status: "exists", id: out.id, duplicateOf: null };
    }
    stats.stored++;
    return { status: "stored", id: out.id, duplicateOf: out.duplicateOf };
  };

  const worker = new Worker<IngestJob, IngestJobResult>(name, process1, {
    connection: redis.client(),
    concurrency: concurrency * batch,
    lockDuration: opts.lockMs ?? num(process.env.LAGEBILD_QUEUE_LOCK_MS) ?? 30_000,
    stalledInterval: opts.stalledMs ?? num(process.env.LAGEBILD_QUEUE_STALLED_MS) ?? 30_000,
    maxStalledCount: 2,
    autorun: false,
  });
  worker.on("failed", (job, err) => {
    if (!job) return;
    const final = err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (final) stats.failed++;
    log(
      `worker: job ${job.id} (${job.data.origin}) ${final ? "failed" : `will be retried (attempt ${job.attemptsMade})`}: ${err.message.split("\n")[0]}`,
    );
  });
  let lastError = "";
  worker.on("error", (e) => {
    const m = (e as Error).message?.split("\n")[0] ?? String(e);
    if (m !== lastError) log(`worker: ${m}`);
    lastError = m;
  });
  log(
    `worker: processing queue "${name}" on ${redactRedis(opts.queue)} into ${store.engine === "postgres" ? opts.db.replace(/:[^:@/]*@/, ":***@") : opts.db} (concurrency ${concurrency}, batch ${batch})`,
  );
  const statsMs = opts.statsMs ?? 10_000;
  let last = { n: 0, t: Date.now() };
  const timer =
    statsMs > 0
      ? setInterval(() => {
          const n = stats.stored + stats.exists;
          const now = Date.now();
          if (n === last.n) return;
          log(
            `worker: ${stats.stored} stored, ${stats.exists} already stored, ${stats.failed} failed — ${((n - last.n) / ((now - last.t) / 1000)).toFixed(1)} articles/s`,
          );
          last = { n, t: now };
        }, statsMs)
      : null;
  timer?.unref();

  const runP = worker.run();
  let closing: Promise<void> | null = null;
  const close = (force = false): Promise<void> => {
    if (closing && !force) return closing;
    const p = (async () => {
      await worker.close(force);
      await runP.catch(() => {});
      if (timer) clearInterval(timer);
      await pool.close();
      await store.close();
      await redis.close();
    })();
    closing = p;
    return p;
  };
  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((r) => {
    resolveClosed = r;
  });
  runP.then(
    () => closing?.then(resolveClosed) ?? resolveClosed(),
    () => resolveClosed(),
  );
  return {
    stats,
    close: async (force?: boolean) => {
      await close(force);
      resolveClosed();
    },
    closed,
  };
}
