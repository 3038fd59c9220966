import { Queue } from "bullmq";
import { InputError } from "../errors.js";
import { queueName, RedisFactory } from "./connection.js";
import type { IngestJob } from "./jobs.js";

export interface QueueStatus {
  queue: string;
  counts: { waiting: number; active: number; delayed: number; completed: number; failed: number };
  /** Worker connections Redis knows of right now (liveness). */
  workers: { name: string; addr: string; idleSeconds: number }[];
  /** The most recent failed jobs with their reasons. */
  failed: { id: string; origin: string; attempts: number; reason: string; at: string | null }[];
}

async function withQueue<T>(
  url: string,
  name: string | undefined,
  fn: (q: Queue<IngestJob>) => Promise<T>,
): Promise<T> {
  const redis = new RedisFactory(url);
  await redis.check();
  const q = new Queue<IngestJob>(queueName(name), { connection: redis.client() });
  try {
    return await fn(q);
  } finally {
    await q.close().catch(() => {});
    await redis.close();
  }
}

export function queueStatus(url: string, name?: string, failedLimit = 20): Promise<QueueStatus> {
  return withQueue(url, name, async (q) => {
    const c = await q.getJobCounts("waiting", "active", "delayed", "prioritized", "completed", "failed");
    const workers = (await q.getWorkers()).map((w) => ({
      name: String(w.name ?? ""),
      addr: String(w.addr ?? ""),
      idleSeconds: Number(w.idle ?? 0),
    }));
    const failed = (await q.getFailed(0, Math.max(0, failedLimit - 1))).filter(Boolean).map((j) => ({
      id: String(j.id),
      origin: j.data?.origin ?? "",
      attempts: j.attemptsMade,
      reason: (j.failedReason ?? "").split("\n")[0],
      at: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
    }));
    return {
      queue: q.name,
      counts: {
        waiting: c.waiting + c.prioritized,
        active: c.active,
        delayed: c.delayed,
        completed: c.completed,
        failed: c.failed,
      },
      workers,
      failed,
    };
  });
}

/** Moves every failed job back to waiting; returns how many. */
export function retryFailed(url: string, name?: string): Promise<number> {
  return withQueue(url, name, async (q) => {
    const n = await q.getFailedCount();
    if (n) await q.retryJobs({ state: "failed", count: 1000 });
    return n;
  });
}

export const PURGE_STATES = ["failed", "completed", "waiting", "all"] as const;
export type PurgeState = (typeof PURGE_STATES)[number];

/**
 * Removes jobs: failed and/or completed ones, waiting and delayed ones (not yet analysed), or
 * the whole queue ("all"; refused while workers hold active jobs unless forced).
 */
export function purgeQueue(url: string, states: readonly PurgeState[], name?: string, force = false): Promise<number> {
  return withQueue(url, name, async (q) => {
    let n = 0;
    for (const s of states) {
      if (s === "failed" || s === "completed") n += (await q.clean(0, 0, s)).length;
      else if (s === "waiting") {
        const c = await q.getJobCounts("waiting", "delayed", "prioritized");
        await q.drain(true);
        n += c.waiting + c.delayed + c.prioritized;
      } else {
        const c = await q.getJobCounts();
        if (c.active && !force)
          throw new InputError(`${c.active} job(s) are being processed; stop the workers first or add --force`);
        await q.obliterate({ force: true });
        n += Object.values(c).reduce((a, b) => a + b, 0);
      }
    }
    return n;
  });
}
