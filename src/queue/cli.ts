import type { Command } from "commander";
import { InputError } from "../errors.js";
import { checkRedisUrl, DEFAULT_QUEUE_NAME } from "./connection.js";
import { PURGE_STATES, type PurgeState, purgeQueue, queueStatus, retryFailed } from "./status.js";
import { DEFAULT_WORKER_BATCH, startWorker } from "./worker.js";

function posInt(value: string, what: string, min = 1): number {
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new InputError(`${what} must be a whole number ≥ ${min}, not "${value}"`);
  return Number(value);
}

const QUEUE_HELP = "Redis URL of the job queue, e.g. redis://host:6379";
const NAME_HELP = `queue name (default ${DEFAULT_QUEUE_NAME}, or LAGEBILD_QUEUE_NAME)`;

/** `lagebild worker`: analyses queued articles and stores them. */
export function registerWorker(program: Command): void {
  program
    .command("worker")
    .description("pull articles from the job queue (ingest --queue), analyse them and store them in the corpus")
    .requiredOption("--queue <url>", QUEUE_HELP)
    .requiredOption("--db <url>", "corpus database: postgres://user@host:5432/db (or a SQLite file on one machine)")
    .option("--queue-name <name>", NAME_HELP)
    .option("--concurrency <n>", "articles analysed at once (one thread each)", "1")
    .option(
      "--batch <n>",
      "jobs each analysis thread takes at a time; their articles are written in one transaction",
      String(DEFAULT_WORKER_BATCH),
    )
    .option("--lock-ms <n>", "job lock time; a dead worker's job returns to the queue after it (default 30000)")
    .option("--stalled-ms <n>", "how often to look for jobs of dead workers (default 30000)")
    .action(
      async (o: {
        queue: string;
        db: string;
        queueName?: string;
        concurrency: string;
        batch: string;
        lockMs?: string;
        stalledMs?: string;
      }) => {
        const running = await startWorker({
          queue: checkRedisUrl(o.queue),
          db: o.db,
          queueName: o.queueName,
          concurrency: posInt(o.concurrency, "--concurrency"),
          batch: posInt(o.batch, "--batch"),
          lockMs: o.lockMs !== undefined ? posInt(o.lockMs, "--lock-ms", 1000) : undefined,
          stalledMs: o.stalledMs !== undefined ? posInt(o.stalledMs, "--stalled-ms", 500) : undefined,
        });
        let signals = 0;
        const stop = (sig: string) => {
          signals++;
          if (signals === 1) {
            process.stderr.write(
              `worker: ${sig}: finishing the jobs in progress, then exiting (again: leave them to the queue)\n`,
            );
            void running.close();
          } else {
            process.stderr.write(
              "worker: leaving the jobs in progress to the queue (they return after the lock time)\n",
            );
            void running.close(true);
          }
        };
        process.on("SIGTERM", () => stop("SIGTERM"));
        process.on("SIGINT", () => stop("SIGINT"));
        await running.closed;
        const s = running.stats;
        process.stderr.write(`worker: stopped — ${s.stored} stored, ${s.exists} already stored, ${s.failed} failed\n`);
      },
    );
}

/** `lagebild queue status|retry|purge`. */
export function registerQueue(program: Command): void {
  const q = program.command("queue").description("inspect and manage the distributed ingest queue");
  q.command("status")
    .description("job counts, live workers and the failed jobs with their reasons")
    .requiredOption("--queue <url>", QUEUE_HELP)
    .option("--queue-name <name>", NAME_HELP)
    .option("--failed <n>", "failed jobs to list", "20")
    .option("--json", "one JSON object")
    .action(async (o: { queue: string; queueName?: string; failed: string; json?: boolean }) => {
      const s = await queueStatus(checkRedisUrl(o.queue), o.queueName, posInt(o.failed, "--failed", 0));
      if (o.json) {
        process.stdout.write(`${JSON.stringify(s)}\n`);
        return;
      }
      const c = s.counts;
      const lines = [
        `queue "${s.queue}": ${c.waiting} waiting, ${c.active} active, ${c.delayed} delayed (retry backoff), ${c.completed} completed, ${c.failed} failed`,
        `workers connected: ${s.workers.length}${s.workers.length ? ` (${s.workers.map((w) => w.addr).join(", ")})` : ""}`,
      ];
      if (s.failed.length) {
        lines.push("failed jobs (lagebild queue retry runs them again):");
        for (const f of s.failed) lines.push(`  ${f.origin || f.id} — ${f.attempts} attempt(s): ${f.reason}`);
      }
      process.stdout.write(`${lines.join("\n")}\n`);
    });
  q.command("retry")
    .description("move every failed job back to the queue")
    .requiredOption("--queue <url>", QUEUE_HELP)
    .option("--queue-name <name>", NAME_HELP)
    .action(async (o: { queue: string; queueName?: string }) => {
      const n = await retryFailed(checkRedisUrl(o.queue), o.queueName);
      process.stdout.write(`queue: ${n} failed job(s) moved back to waiting\n`);
    });
  q.command("purge")
    .description("remove jobs: failed and completed (default), waiting (not yet analysed), or all")
    .requiredOption("--queue <url>", QUEUE_HELP)
    .option("--queue-name <name>", NAME_HELP)
    .option("--state <list>", `comma-separated: ${PURGE_STATES.join(", ")}`, "failed,completed")
    .option("--force", "with --state all: also while workers hold active jobs")
    .action(async (o: { queue: string; queueName?: string; state: string; force?: boolean }) => {
      const states = o.state.split(",").map((x) => x.trim()) as PurgeState[];
      for (const s of states)
        if (!PURGE_STATES.includes(s)) throw new InputError(`--state: "${s}" is not one of ${PURGE_STATES.join(", ")}`);
      const n = await purgeQueue(checkRedisUrl(o.queue), states, o.queueName, o.force);
      process.stdout.write(`queue: ${n} job(s) removed (${states.join(", ")})\n`);
    });
}
