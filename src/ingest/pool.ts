import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { DocInit } from "../doc/index.js";
import { type AnalyzeResult, analyzeItem } from "./analyze-item.js";

interface Slot {
  worker: Worker;
  inflight: Map<number, (r: AnalyzeResult) => void>;
}

/**
 * A pool of worker threads running the analysis pipeline. `size` 0 analyses inline on
 * the calling thread (also the fallback when the compiled worker script is absent, as
 * under a TypeScript test runner). A worker that dies fails its in-flight articles and
 * is replaced.
 */
export class AnalyzePool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;
  private crashes = 0;
  readonly size: number;

  constructor(size: number) {
    const script = fileURLToPath(new URL("./worker.js", import.meta.url));
    this.size = existsSync(script) ? Math.max(0, size) : 0;
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn(script));
  }

  private spawn(script: string): Slot {
    // a worker must not inherit flags meant for the main script (e.g. --input-type)
    const execArgv = process.execArgv.filter((a) => !a.startsWith("--input-type") && !a.startsWith("--eval"));
    const slot: Slot = { worker: new Worker(script, { execArgv }), inflight: new Map() };
    slot.worker.on("message", (r: AnalyzeResult) => {
      const done = slot.inflight.get(r.id);
      slot.inflight.delete(r.id);
      done?.(r);
    });
    const fail = (why: string) => {
      for (const [id, done] of slot.inflight) done({ id, error: `analysis worker ${why}` });
      slot.inflight.clear();
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      // replace the worker, unless workers keep dying (then the rest runs inline)
      if (++this.crashes <= 3 * this.size) this.slots[i] = this.spawn(script);
      else this.slots.splice(i, 1);
    };
    slot.worker.on("error", (e) => fail(`crashed: ${e.message}`));
    slot.worker.on("exit", (code) => {
      if (!this.closed) fail(`exited (code ${code})`);
    });
    return slot;
  }

  /** Articles being analysed right now. */
  get pending(): number {
    let n = 0;
    for (const s of this.slots) n += s.inflight.size;
    return n;
  }

  analyze(init: DocInit): Promise<AnalyzeResult> {
    const id = this.nextId++;
    if (this.slots.length === 0) {
      // yield to the event loop first so progress and signals stay responsive
      return new Promise((resolve) => setImmediate(() => resolve(analyzeItem(id, init))));
    }
    let best = this.slots[0];
    for (const s of this.slots) if (s.inflight.size < best.inflight.size) best = s;
    return new Promise((resolve) => {
      best.inflight.set(id, resolve);
      best.worker.postMessage({ id, init });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
