import type { ArticleInput, Store, WriteOutcome } from "../store/types.js";

/**
 * Collects the articles of a worker's jobs into one write transaction. Jobs announce
 * themselves (`begin`) when they start and leave either through `write` or through `skip`
 * (already stored, failed); a batch is written as soon as every job in progress waits for
 * the writer, or `maxBatch` articles wait, or — a safety net — `maxWaitMs` has passed. Each
 * caller's promise settles when its batch has committed (or failed), so a job completes only
 * once stored, and a failed batch fails (and BullMQ retries) each of its jobs.
 */
export class BatchWriter {
  private pending: { item: ArticleInput; resolve: (o: WriteOutcome) => void; reject: (e: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private working = 0;

  constructor(
    private readonly store: Store,
    private readonly maxBatch: number,
    private readonly maxWaitMs = 1000,
  ) {}

  /** A job has started; it will call `write` or `skip`. */
  begin(): void {
    this.working++;
  }

  /** A job that began ends without writing. */
  skip(): void {
    this.working = Math.max(0, this.working - 1);
    this.maybeFlush();
  }

  /** Writes the article of a job that began (or, without `begin`, on its own). */
  write(item: ArticleInput): Promise<WriteOutcome> {
    return new Promise((resolve, reject) => {
      this.working = Math.max(0, this.working - 1);
      this.pending.push({ item, resolve, reject });
      this.maybeFlush();
    });
  }

  private maybeFlush(): void {
    if (!this.pending.length) return;
    if (this.pending.length >= this.maxBatch || this.working <= 0) this.flush();
    else if (!this.timer) this.timer = setTimeout(() => this.flush(), this.maxWaitMs);
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const batch = this.pending.splice(0);
    if (!batch.length) return;
    this.store.writeBatch(batch.map((b) => b.item)).then(
      (outs) => {
        for (let i = 0; i < batch.length; i++) batch[i].resolve(outs[i]);
      },
      (e: unknown) => {
        for (const b of batch) b.reject(e);
      },
    );
  }
}
