import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { enqueue } from "../../src/queue/producer.js";
import { startWorker } from "../../src/queue/worker.js";
import { CLI, REPO_DIR } from "../helpers.js";
import { dropSchemas, PG_REDIS_REASON, PG_URL, pgUrlWithSchema, REDIS_URL, uniqueName } from "./pg.js";

const READY = Boolean(PG_URL && REDIS_URL);
const BUILT = existsSync(join(REPO_DIR, "dist/src/queue/worker.js"));
const dir = mkdtempSync(join(tmpdir(), "lagebild-scale-"));
const schemas: string[] = [];
const queues: string[] = [];

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas(schemas);
  if (REDIS_URL) {
    for (const name of queues) {
      const q = new Queue(name, { connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }) });
      await q.obliterate({ force: true }).catch(() => {});
      await q.close();
    }
  }
});

/** N distinct short German articles as a JSON Lines file. */
function articles(n: number, tag: string): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(
      JSON.stringify({
        title: `Meldung ${tag}-${i}`,
        published: "2025-10-0" + ((i % 9) + 1),
        source: "Testagentur",
        text:
          `Der Gemeinderat von Neudorf-${tag}-${i} hat am Montag beschlossen, die Hauptstraße ${i * 7} zu sanieren. ` +
          `Bürgermeisterin Anna Berger-${i} sagte, die Arbeiten sollten im Frühjahr beginnen und ${(i % 50) + 2} Wochen dauern. ` +
          `Die Opposition kritisierte die Kosten von ${i + 3} Millionen Euro.`,
      }),
    );
  }
  const file = join(dir, `${tag}.jsonl`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

function fresh(): { db: string; name: string; schema: string } {
  const schema = uniqueName("lagebild_q");
  const name = uniqueName("lagebild-test");
  schemas.push(schema);
  queues.push(name);
  return { db: pgUrlWithSchema(schema), name, schema };
}

async function countRows(schema: string): Promise<{ articles: number; hashes: number }> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    const r = await c.query(
      `SELECT COUNT(*)::int AS articles, COUNT(DISTINCT hash)::int AS hashes FROM "${schema}".articles`,
    );
    return r.rows[0];
  } catch {
    return { articles: 0, hashes: 0 };
  } finally {
    await c.end();
  }
}

async function counts(name: string) {
  const q = new Queue(name, { connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }) });
  try {
    return await q.getJobCounts("waiting", "active", "delayed", "completed", "failed");
  } finally {
    await q.close();
  }
}

async function until(what: string, cond: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!READY)(`distributed ingest on Redis + PostgreSQL ${READY ? "" : PG_REDIS_REASON}`, () => {
  it("a worker stores every enqueued article exactly once; enqueuing the same texts again stores nothing twice", async () => {
    const { db, name, schema } = fresh();
    const file = articles(12, "a");
    const first = await enqueue([file], { queue: REDIS_URL, queueName: name, quiet: true });
    expect(first.enqueued).toBe(12);
    const again = await enqueue([file], { queue: REDIS_URL, queueName: name, quiet: true });
    expect(again.enqueued).toBe(0);
    expect(again.alreadyQueued).toBe(12);

    const worker = await startWorker({ queue: REDIS_URL, queueName: name, db, concurrency: 2, log: () => {} });
    try {
      await until("the queue to drain", async () => (await counts(name)).completed === 12);
      expect(await countRows(schema)).toEqual({ articles: 12, hashes: 12 });
      // after the jobs are done: with --db the producer skips stored texts; without, a new job is a no-op
      const third = await enqueue([file], { queue: REDIS_URL, queueName: name, quiet: true, db });
      expect(third.alreadyStored).toBe(12);
      expect(third.enqueued).toBe(0);
      const c = await counts(name);
      expect(c.failed).toBe(0);
      expect(await countRows(schema)).toEqual({ articles: 12, hashes: 12 });
      expect(worker.stats.stored).toBe(12);
    } finally {
      await worker.close();
    }
  });

  it("a job that cannot succeed (text does not match its hash) lands in the failed list with its reason, without retries", async () => {
    const { db, name } = fresh();
    const q = new Queue(name, { connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }) });
    await q.add(
      "analyse",
      { hash: "x".repeat(64), init: { text: "Text" }, meta: {}, origin: "bad.jsonl:1" },
      { jobId: "bad-job", attempts: 3 },
    );
    const worker = await startWorker({ queue: REDIS_URL, queueName: name, db, log: () => {} });
    try {
      await until("the job to fail", async () => (await q.getFailedCount()) === 1);
      const [job] = await q.getFailed();
      expect(job.failedReason).toMatch(/does not match its content hash/);
      expect(job.attemptsMade).toBe(1);
    } finally {
      await worker.close();
      await q.close();
    }
  });

  it("jobs written in one transaction (--batch) stay jobs of their own: a bad one fails alone, the others are stored once", async () => {
    const { db, name, schema } = fresh();
    const file = articles(6, "b");
    const q = new Queue(name, { connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }) });
    await q.add(
      "analyse",
      { hash: "x".repeat(64), init: { text: "Text" }, meta: {}, origin: "bad.jsonl:1" },
      { jobId: "bad-job", attempts: 3 },
    );
    await enqueue([file], { queue: REDIS_URL, queueName: name, quiet: true });
    const worker = await startWorker({ queue: REDIS_URL, queueName: name, db, batch: 4, log: () => {} });
    try {
      await until("the queue to drain", async () => {
        const c = await counts(name);
        return c.completed === 6 && c.failed === 1;
      });
      expect(await countRows(schema)).toEqual({ articles: 6, hashes: 6 });
      const [bad] = await q.getFailed();
      expect(bad.id).toBe("bad-job");
      expect(bad.attemptsMade).toBe(1);
      expect(worker.stats).toMatchObject({ stored: 6, failed: 1 });
    } finally {
      await worker.close();
      await q.close();
    }
  });

  it.skipIf(!BUILT)(
    `a worker SIGKILLed mid-job: another worker retries the job and every article is stored exactly once ${BUILT ? "" : "(skipped: dist/ is not built)"}`,
    async () => {
      const { db, name, schema } = fresh();
      const n = 8;
      const file = articles(n, "k");
      await enqueue([file], { queue: REDIS_URL, queueName: name, quiet: true });
      const env = {
        ...process.env,
        LAGEBILD_WORKER_HOLD_MS: "300",
        LAGEBILD_QUEUE_LOCK_MS: "1500",
        LAGEBILD_QUEUE_STALLED_MS: "500",
      };
      // the first worker writes two jobs per transaction, so it can be killed between batches
      const run = (batch: string): ChildProcess =>
        spawn(
          process.execPath,
          [CLI, "worker", "--queue", REDIS_URL, "--queue-name", name, "--db", db, "--batch", batch],
          { env, stdio: ["ignore", "ignore", "pipe"] },
        );
      const first = run("2");
      let stderr = "";
      first.stderr?.on("data", (d) => {
        stderr += String(d);
      });
      const exited = new Promise<string | null>((r) => first.on("exit", (_code, sig) => r(sig)));
      // kill while it holds jobs (a batch of them, --batch): some articles stored, some jobs active
      await until("the first worker to be mid-job", async () => {
        const c = await counts(name);
        return c.completed >= 2 && c.active >= 1;
      });
      const q = new Queue(name, { connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }) });
      const active = (await q.getActive()).map((j) => j.id as string);
      first.kill("SIGKILL");
      expect(await exited, stderr).toBe("SIGKILL");
      expect(active.length).toBeGreaterThanOrEqual(1);
      const storedAtKill = (await countRows(schema)).articles;
      expect(storedAtKill).toBeLessThan(n);

      const second = run("8");
      try {
        await until("the second worker to finish every job", async () => (await counts(name)).completed === n);
        const c = await counts(name);
        expect(c.failed).toBe(0);
        expect(await countRows(schema)).toEqual({ articles: n, hashes: n });
        // the jobs the dead worker held were given to the second worker and completed
        for (const id of active) expect(await (await q.getJob(id))?.getState()).toBe("completed");
      } finally {
        second.kill("SIGTERM");
        await new Promise((r) => second.on("exit", r));
        await q.close();
      }
    },
  );

  it("SIGTERM lets a worker finish its job, then it exits cleanly", async () => {
    const { db, name, schema } = fresh();
    await enqueue([articles(3, "t")], { queue: REDIS_URL, queueName: name, quiet: true });
    const worker = await startWorker({ queue: REDIS_URL, queueName: name, db, log: () => {} });
    await until("a job to start", async () => {
      const c = await counts(name);
      return c.active + c.completed >= 1;
    });
    await worker.close();
    const c = await counts(name);
    expect(c.active).toBe(0);
    expect((await countRows(schema)).articles).toBe(c.completed);
  });
});
