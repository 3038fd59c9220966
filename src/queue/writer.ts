import type { ArticleInput, Store, WriteOutcome } from "../store/types.js";

/**
 * Collects articles from concurrently running jobs into one write transaction: a batch is
 * written when `maxBatch` articles wait or `maxWaitMs` has passed. Each caller's promise
 * settles when its batch has committed (or failed), so a job completes only once stored.
 */
export class BatchWriter {
  private pending: { item: ArticleInput; resolve: (o: WriteOutcome) => void; reject: (e: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Store,
    private readonly maxBatch: number,
    private readonly maxWaitMs = 25,
  ) {}

  write(item: ArticleInput): Promise<WriteOutcome> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.maxBatch) this.flush();
      else if (!this.timer) this.timer = setTimeout(() => this.flush(), this.maxWaitMs);
    });
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
