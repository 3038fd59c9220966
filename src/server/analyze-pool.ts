import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { z } from "zod";
import { InputError } from "../errors.js";
import { analyzeRequest, safeJson } from "./analyze-request.js";
import type { WorkerAnswer } from "./analyze-worker.js";
import { releaseMemory } from "./release-memory.js";
import { HttpError } from "./routes.js";
import type { AnalyzeBody } from "./schemas.js";

/** Limits of POST /api/analyze. */
export interface AnalyzeLimits {
  /** Worker threads analysing at once (default: cores − 1, at least 1, at most 4). 0 = on the request thread (no limits; tests, tools). */
  workers?: number;
  /** Requests that may wait for a worker (default 4 per worker); beyond that: 503 with Retry-After. */
  queue?: number;
  /** Deadline of one request, queue time included, in ms (default 60 000); then 504 and the worker is freed. */
  timeoutMs?: number;
  /** A worker idle this long exits, returning its memory (default 30 000 ms). */
  idleMs?: number;
  /**
   * Input this long (characters of text or HTML; default 262 144) grows a worker's heap by
   * hundreds of MB: once such a request has run, the worker threads exit as soon as no request
   * is running or waiting, rather than after idleMs (the next request starts a fresh one).
   */
  largeInput?: number;
}

export const defaultAnalyzeWorkers = (): number => Math.max(1, Math.min(4, availableParallelism() - 1));

const here = dirname(fileURLToPath(import.meta.url));

/** The compiled worker script: beside this file in dist/, or dist/ of the checkout when running from src/ (tests). */
function workerScript(): string | null {
  const beside = join(here, "analyze-worker.js");
  if (existsSync(beside)) return beside;
  const built = resolve(here, "../../dist/src/server/analyze-worker.js");
  return existsSync(built) ? built : null;
}

type Body = z.output<typeof AnalyzeBody>;

/**
 * Runs analyses on a bounded piscina pool: at most `workers` at once, `queue` waiting, each
 * within `timeoutMs` (an analysis past its deadline is aborted, which ends its worker thread;
 * piscina starts a fresh one). The request thread only parses and answers, so the query
 * routes stay fast while analyses run.
 */
export class AnalyzeRunner {
  readonly workers: number;
  readonly queue: number;
  readonly timeoutMs: number;
  readonly largeInput: number;
  private pool: Piscina | null;
  private readonly newPool: () => Piscina | null;
  /** Requests running or waiting (counted here: piscina's queue also holds tasks waiting for a thread to start). */
  private inflight = 0;
  /** A large input was given to the current pool: retire its threads when it falls idle. */
  private grown = false;

  constructor(limits: AnalyzeLimits = {}) {
    const script = workerScript();
    this.workers = script ? Math.max(0, limits.workers ?? defaultAnalyzeWorkers()) : 0;
    this.queue = Math.max(0, limits.queue ?? 4 * Math.max(1, this.workers));
    this.timeoutMs = limits.timeoutMs ?? 60_000;
    this.largeInput = limits.largeInput ?? 256 * 1024;
    this.newPool = () =>
      this.workers > 0 && script
        ? new Piscina({
            filename: script,
            minThreads: 0,
            maxThreads: this.workers,
            maxQueue: this.queue + this.workers,
            idleTimeout: limits.idleMs ?? 30_000,
            concurrentTasksPerWorker: 1,
            // worker threads must not inherit flags meant for the main script
            execArgv: process.execArgv.filter((a) => !a.startsWith("--input-type") && !a.startsWith("--eval")),
          })
        : null;
    this.pool = this.newPool();
  }

  /**
   * The Doc as safe JSON (UTF-8 bytes from a worker, text when analysed inline); HttpError 503
   * (busy) or 504 (deadline), InputError for unreadable input.
   */
  async run(body: Body): Promise<string | Uint8Array> {
    if (!this.pool) return safeJson(analyzeRequest(body));
    if (this.inflight >= this.workers + this.queue) throw this.busy();
    this.inflight++;
    if ((body.text ?? body.html ?? "").length >= this.largeInput) this.grown = true;
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), this.timeoutMs);
    let answer: WorkerAnswer;
    try {
      answer = (await this.pool.run(body, { signal: ctl.signal })) as WorkerAnswer;
    } catch (e) {
      if (ctl.signal.aborted) {
        throw new HttpError(
          504,
          `the analysis did not finish within ${(this.timeoutMs / 1000).toFixed(0)} s and was stopped; send a shorter text`,
        );
      }
      // piscina refuses a task when every worker is busy and the queue is full
      if ((e as Error).message === "Task queue is at limit") throw this.busy();
      throw e;
    } finally {
      clearTimeout(timer);
      this.inflight--;
      if (this.inflight === 0 && this.grown) this.retire();
    }
    if (!(answer instanceof Uint8Array)) throw new InputError(answer.inputError);
    return answer;
  }

  /** Worker threads alive now (started on demand, ended when idle). */
  get threads(): number {
    return this.pool?.threads.length ?? 0;
  }

  /**
   * Swaps in a fresh pool (no threads until the next request) and closes the old one, whose
   * threads are all idle (nothing runs or waits): they exit now, and with them the heap the
   * large analyses grew — a worker keeps its lexicons (≈ 100 MB) and what V8 does not hand back.
   * Then this thread collects its own garbage (see releaseMemory).
   */
  private retire(): void {
    this.grown = false;
    const old = this.pool;
    this.pool = this.newPool();
    void old?.destroy();
    // this thread's share: the request bodies, their copies for the workers, the answers — garbage
    // once the answers are sent (a second from now on loopback), but an idle server does not collect it
    setTimeout(releaseMemory, 1000).unref();
  }

  private busy(): HttpError {
    return new HttpError(
      503,
      `the server is busy: ${this.workers} analyses running and ${this.queue} waiting; try again shortly`,
      { "retry-after": "5" },
    );
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
