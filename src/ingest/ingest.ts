import { availableParallelism } from "node:os";
import type { DocJSON } from "../doc/schema/index.js";
import { openStore } from "../store/open.js";
import { contentHash } from "../store/query.js";
import type { ArticleInput, CopyInput, Store } from "../store/types.js";
import { AnalyzePool } from "./pool.js";
import { createProgress, type Progress } from "./progress.js";
import { checkItem, DEFAULT_MAX_BYTES, type Item, readSources, type SourceOptions } from "./sources.js";

export interface IngestOptions extends SourceOptions {
  /** SQLite file (default ./lagebild.db). */
  db?: string;
  /** SQLite: how long a write may wait for another process's lock, in ms (default 60 000). */
  lockTimeoutMs?: number;
  /** An open store to write to instead of `db` (left open). */
  store?: Store;
  /** Analysis worker threads (default: number of cores; 0 = analyse on the main thread). */
  workers?: number;
  /** Articles per write transaction (default 200). */
  batchSize?: number;
  /** Also commit a partial batch after this many milliseconds (default 5000). */
  flushMs?: number;
  /** No progress output. */
  quiet?: boolean;
  progress?: Progress;
  /** Set to stop the run early (SIGINT): in-flight articles finish, the batch is committed. */
  signal?: { stopped: boolean };
}

export interface Failure {
  where: string;
  error: string;
}

export interface IngestSummary {
  /** Items read from the inputs (articles and failed items). */
  read: number;
  stored: number;
  /** Already in the database before this run (same content hash). */
  alreadyStored: number;
  /** Same text twice within this run (stored once). */
  exactDuplicates: number;
  /** Stored and linked to a canonical article as a reprint. */
  nearDuplicates: number;
  /** Exact duplicates or already stored texts seen under another outlet or URL: recorded as reprints. */
  exactCopies: number;
  failures: Failure[];
  /** Canonical articles that got reprints in this run: id, title, reprints in this run, reprints in all. */
  reprintedStories: { id: string; title: string | null; reprintsThisRun: number; reprints: number }[];
  seconds: number;
  stopped: boolean;
}

interface Pending {
  item: Extract<Item, { ok: true }>;
  hash: string;
}

const CHUNK = 2000;

/**
 * Ingests articles into the corpus store: reads the inputs, skips stored texts by content
 * hash BEFORE analysing, analyses the rest on a worker pool, and writes them from this
 * thread in batched transactions. A bad item is recorded in `failures`; the run goes on.
 */
export async function ingest(inputs: readonly string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const store = opts.store ?? (await openStore(opts.db, { create: true, lockTimeoutMs: opts.lockTimeoutMs }));
  const batchSize = Math.max(1, opts.batchSize ?? 200);
  const flushMs = opts.flushMs ?? 5000;
  const workers = opts.workers ?? availableParallelism();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const progress = opts.progress ?? createProgress({ quiet: opts.quiet });
  const summary = emptySummary();
  let pool: AnalyzePool | null = null;
  let done = 0;
  const tick = () => progress.update(done, summary.read);
  const seen = new Set<string>();
  const copies: CopyInput[] = [];
  const copyOf = (item: Extract<Item, { ok: true }>, hash: string) => {
    if (item.doc.source || item.doc.url) {
      copies.push({ hash, source: item.doc.source ?? null, url: item.doc.url ?? null, origin: item.where });
    }
  };
  const buffer: ArticleInput[] = [];
  let lastFlush = performance.now();
  let writes: Promise<void> = Promise.resolve();
  const reprintRun = new Map<string, number>();
  const inflight = new Set<Promise<void>>();
  const maxInflight = Math.max(4, workers * 4);

  const flush = (): Promise<void> => {
    if (!buffer.length) return writes;
    const items = buffer.splice(0);
    lastFlush = performance.now();
    writes = writes.then(async () => {
      const outcomes = await store.writeBatch(items);
      for (const o of outcomes) {
        if (o.status === "exists") summary.alreadyStored++;
        else {
          summary.stored++;
          if (o.duplicateOf) {
            summary.nearDuplicates++;
            reprintRun.set(o.duplicateOf, (reprintRun.get(o.duplicateOf) ?? 0) + 1);
          }
        }
      }
    });
    return writes;
  };

  const fail = (where: string, error: string) => {
    summary.failures.push({ where, error });
    done++;
    tick();
  };

  const analyseOne = async (p: Pending): Promise<void> => {
    if (!pool) pool = new AnalyzePool(workers);
    const r = await pool.analyze(p.item.doc);
    if ("error" in r) {
      fail(p.item.where, `${p.item.where}: ${r.error}`);
      return;
    }
    const doc = JSON.parse(r.json) as DocJSON;
    buffer.push({
      hash: p.hash,
      doc,
      meta: { ...(p.item.doc.meta ?? {}), ...p.item.meta },
      origin: p.item.where,
      minhash: r.sig,
    });
    done++;
    tick();
    if (buffer.length >= batchSize || performance.now() - lastFlush > flushMs) await flush();
  };

  const processChunk = async (chunk: Item[]): Promise<void> => {
    const todo: Pending[] = [];
    for (const item of chunk) {
      if (!item.ok) {
        fail(item.where, item.error);
        continue;
      }
      const bad = checkItem(item.doc, maxBytes);
      if (bad) {
        fail(item.where, `${item.where}: ${bad}`);
        continue;
      }
      const hash = contentHash(item.doc.text);
      if (seen.has(hash)) {
        summary.exactDuplicates++;
        copyOf(item, hash);
        done++;
        continue;
      }
      seen.add(hash);
      todo.push({ item, hash });
    }
    const known = await store.knownHashes(todo.map((p) => p.hash));
    for (const p of todo) {
      if (known.has(p.hash)) {
        summary.alreadyStored++;
        copyOf(p.item, p.hash);
        done++;
        continue;
      }
      if (opts.signal?.stopped) break;
      while (inflight.size >= maxInflight) await Promise.race(inflight);
      const task: Promise<void> = analyseOne(p).finally(() => inflight.delete(task));
      inflight.add(task);
    }
    tick();
  };

  try {
    let chunk: Item[] = [];
    for await (const item of readSources(inputs, opts)) {
      if (opts.signal?.stopped) break;
      summary.read++;
      chunk.push(item);
      if (chunk.length >= CHUNK) {
        await processChunk(chunk);
        chunk = [];
      }
    }
    if (chunk.length && !opts.signal?.stopped) await processChunk(chunk);
    await Promise.all(inflight);
    await flush();
    await writes;
    if (copies.length) summary.exactCopies = await store.recordCopies(copies);
  } finally {
    progress.stop();
    if (pool) await (pool as AnalyzePool).close();
    summary.stopped = Boolean(opts.signal?.stopped);
    try {
      await reportReprints(store, reprintRun, summary);
    } finally {
      if (!opts.store) await store.close();
    }
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

function emptySummary(): IngestSummary {
  return {
    read: 0,
    stored: 0,
    alreadyStored: 0,
    exactDuplicates: 0,
    nearDuplicates: 0,
    exactCopies: 0,
    failures: [],
    reprintedStories: [],
    seconds: 0,
    stopped: false,
  };
}

/** The ten stories reprinted most in this run, with their titles and reprint counts, into the summary. */
async function reportReprints(
  store: Awaited<ReturnType<typeof openStore>>,
  reprintRun: ReadonlyMap<string, number>,
  summary: IngestSummary,
): Promise<void> {
  const top = [...reprintRun].sort((a, b) => b[1] - a[1]).slice(0, 10);
  for (const [id, n] of top) {
    const a = await store.getArticle(id);
    summary.reprintedStories.push({ id, title: a?.title ?? null, reprintsThisRun: n, reprints: a?.reprints ?? n });
  }
}

/** The end-of-run summary as text lines. */
export function formatSummary(s: IngestSummary, maxFailures = 20): string {
  const lines: string[] = [];
  lines.push(
    `ingest: ${s.stored} stored (${s.nearDuplicates} near-duplicate reprints), ${s.alreadyStored} already stored, ` +
      `${s.exactDuplicates} exact duplicates skipped (${s.exactCopies} new copies from other outlets/URLs), ${s.failures.length} failed — ${s.read} items in ${s.seconds.toFixed(1)} s` +
      (s.stopped ? " (stopped early)" : ""),
  );
  if (s.reprintedStories.length) {
    lines.push("stories with reprints in this run:");
    for (const r of s.reprintedStories) {
      lines.push(
        `  article ${r.id}: ${r.reprintsThisRun} reprint(s) this run, ${r.reprints} in all — ${r.title ?? "(no title)"}`,
      );
    }
  }
  if (s.failures.length) {
    lines.push("failures:");
    for (const f of s.failures.slice(0, maxFailures)) lines.push(`  ${f.error}`);
    if (s.failures.length > maxFailures)
      lines.push(`  … and ${s.failures.length - maxFailures} more (see --failures FILE)`);
  }
  return `${lines.join("\n")}\n`;
}
