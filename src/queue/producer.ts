import { Queue } from "bullmq";
import { createProgress, type Progress } from "../ingest/progress.js";
import { checkItem, DEFAULT_MAX_BYTES, readSources, type SourceOptions } from "../ingest/sources.js";
import { openStore } from "../store/open.js";
import { contentHash } from "../store/query.js";
import type { CopyInput, Store } from "../store/types.js";
import { queueName, RedisFactory } from "./connection.js";
import { BACKOFF_MS, DEFAULT_ATTEMPTS, type IngestJob, JOB_NAME } from "./jobs.js";

export interface EnqueueOptions extends SourceOptions {
  /** Redis URL (redis://host:6379). */
  queue: string;
  queueName?: string;
  /** Corpus database: when given, texts stored already are not enqueued. */
  db?: string;
  /** Tries per job before it lands in the failed list (default 5). */
  attempts?: number;
  /** After enqueuing, show progress until the queue has drained. */
  wait?: boolean;
  quiet?: boolean;
  progress?: Progress;
  signal?: { stopped: boolean };
  /** Polling interval while waiting (ms). */
  pollMs?: number;
}

export interface EnqueueSummary {
  read: number;
  enqueued: number;
  /** A job for this text was in the queue already (same content hash = same job id). */
  alreadyQueued: number;
  /** Stored in the corpus already (only known with --db). */
  alreadyStored: number;
  exactDuplicates: number;
  failures: { where: string; error: string }[];
  seconds: number;
  stopped: boolean;
  /** With wait: jobs of this run that failed for good, with reasons. */
  failedJobs?: { id: string; origin: string; reason: string }[];
  queue: string;
}

const CHUNK = 500;

/**
 * Reads the inputs like `ingest` and puts one job per article on the BullMQ queue, with the
 * content hash as job id, so enqueuing the same text twice is a no-op. Analysis and storage
 * happen in `lagebild worker` processes.
 */
export async function enqueue(inputs: readonly string[], opts: EnqueueOptions): Promise<EnqueueSummary> {
  const t0 = performance.now();
  const name = queueName(opts.queueName);
  const redis = new RedisFactory(opts.queue);
  await redis.check();
  const store: Store | null = opts.db ? await openStore(opts.db, { create: true }) : null;
  const queue = new Queue<IngestJob>(name, { connection: redis.client() });
  const probe = redis.client();
  const attempts = Math.max(1, opts.attempts ?? DEFAULT_ATTEMPTS);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const s: EnqueueSummary = {
    read: 0,
    enqueued: 0,
    alreadyQueued: 0,
    alreadyStored: 0,
    exactDuplicates: 0,
    failures: [],
    seconds: 0,
    stopped: false,
    queue: name,
  };
  const ours = new Set<string>();
  const seen = new Set<string>();
  let chunk: IngestJob[] = [];
  const copies: CopyInput[] = [];

  const send = async () => {
    if (!chunk.length) return;
    let jobs = chunk;
    chunk = [];
    if (store) {
      const known = await store.knownHashes(jobs.map((j) => j.hash));
      for (const j of jobs) {
        if (known.has(j.hash) && (j.init.source || j.init.url))
          copies.push({ hash: j.hash, source: j.init.source ?? null, url: j.init.url ?? null, origin: j.origin });
      }
      s.alreadyStored += jobs.filter((j) => known.has(j.hash)).length;
      jobs = jobs.filter((j) => !known.has(j.hash));
    }
    if (!jobs.length) return;
    const pipe = probe.pipeline();
    for (const j of jobs) pipe.exists(queue.toKey(j.hash));
    const exists = ((await pipe.exec()) ?? []).map((r: [Error | null, unknown]) => Number(r[1]) > 0);
    await queue.addBulk(
      jobs.map((j) => ({
        name: JOB_NAME,
        data: j,
        opts: {
          jobId: j.hash,
          attempts,
          backoff: { type: "exponential", delay: BACKOFF_MS },
          removeOnComplete: { age: 24 * 3600, count: 50_000 },
          removeOnFail: false,
        },
      })),
    );
    jobs.forEach((j, i) => {
      if (exists[i]) s.alreadyQueued++;
      else {
        s.enqueued++;
        ours.add(j.hash);
      }
    });
  };

  try {
    for await (const item of readSources(inputs, opts)) {
      if (opts.signal?.stopped) break;
      s.read++;
      if (!item.ok) {
        s.failures.push({ where: item.where, error: item.error });
        continue;
      }
      const bad = checkItem(item.doc, maxBytes);
      if (bad) {
        s.failures.push({ where: item.where, error: `${item.where}: ${bad}` });
        continue;
      }
      const hash = contentHash(item.doc.text);
      if (seen.has(hash)) {
        s.exactDuplicates++;
        if (item.doc.source || item.doc.url)
          copies.push({ hash, source: item.doc.source ?? null, url: item.doc.url ?? null, origin: item.where });
        continue;
      }
      seen.add(hash);
      const { meta: docMeta, ...init } = item.doc;
      chunk.push({ hash, init, meta: { ...(docMeta ?? {}), ...item.meta }, origin: item.where });
      if (chunk.length >= CHUNK) await send();
    }
    await send();
    s.stopped = Boolean(opts.signal?.stopped);
    if (opts.wait && !s.stopped) {
      await waitForDrain(queue, s.enqueued + s.alreadyQueued, opts);
      if (store && copies.length) await store.recordCopies(copies);
      s.failedJobs = [];
      for (const j of await queue.getFailed(0, -1)) {
        if (j?.id && ours.has(j.id))
          s.failedJobs.push({ id: j.id, origin: j.data.origin, reason: j.failedReason ?? "unknown" });
      }
    } else if (store && copies.length) {
      // copies of texts stored before this run; copies of new texts are recorded by workers
      await store.recordCopies(copies.filter((c) => !ours.has(c.hash)));
    }
  } finally {
    await queue.close().catch(() => {});
    await redis.close();
    await store?.close();
  }
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}

/** Shows progress until no job waits, runs or is delayed for a retry. */
async function waitForDrain(queue: Queue<IngestJob>, total: number, opts: EnqueueOptions): Promise<void> {
  const progress = opts.progress ?? createProgress({ quiet: opts.quiet });
  try {
    for (;;) {
      const c = await queue.getJobCounts("waiting", "active", "delayed", "prioritized");
      const left = c.waiting + c.active + c.delayed + c.prioritized;
      progress.update(Math.max(0, total - left), Math.max(total, left));
      if (left === 0 || opts.signal?.stopped) return;
      await new Promise((r) => setTimeout(r, opts.pollMs ?? 500));
    }
  } finally {
    progress.stop();
  }
}

export function formatEnqueueSummary(s: EnqueueSummary): string {
  const lines = [
    `ingest --queue: ${s.enqueued} enqueued on "${s.queue}", ${s.alreadyQueued} already queued, ${s.alreadyStored} already stored, ` +
      `${s.exactDuplicates} exact duplicates skipped, ${s.failures.length} failed — ${s.read} items in ${s.seconds.toFixed(1)} s` +
      (s.stopped ? " (stopped early)" : ""),
  ];
  if (s.failedJobs) {
    lines.push(
      s.failedJobs.length
        ? `${s.failedJobs.length} job(s) failed in the workers (lagebild queue status lists them; queue retry runs them again):`
        : "queue drained: every job of this run was processed",
    );
    for (const f of s.failedJobs.slice(0, 20)) lines.push(`  ${f.origin}: ${f.reason}`);
  }
  if (s.failures.length) {
    lines.push("failures:");
    for (const f of s.failures.slice(0, 20)) lines.push(`  ${f.error}`);
    if (s.failures.length > 20) lines.push(`  … and ${s.failures.length - 20} more`);
  }
  return `${lines.join("\n")}\n`;
}
