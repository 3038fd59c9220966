/**
 * Spans of a text (mentions, quotations) filed under the fixed-size blocks of characters they overlap, so that the
 * spans at or around an offset are found by reading one or a few blocks — not every span of the document. Lookups
 * from every phrase of a long text over all its spans made stages quadratic; with blocks they stay linear.
 */

/** Characters per block. */
const BLOCK = 512;

export class SpanBlocks<T extends { readonly start: number; readonly end: number }> {
  private readonly blocks: T[][] = [];

  /** Files a span (an empty span under the block of its start). */
  add(item: T): void {
    const last = Math.floor(Math.max(item.start, item.end - 1) / BLOCK);
    for (let b = Math.floor(item.start / BLOCK); b <= last; b++) {
      while (this.blocks.length <= b) this.blocks.push([]);
      this.blocks[b].push(item);
    }
  }

  /**
   * Every span filed under a block that holds a character of [from, to] (inclusive) — a superset of the spans that
   * overlap, contain or touch the range; the caller tests what it needs (a span may come more than once).
   */
  *near(from: number, to: number): Generator<T> {
    const last = Math.min(Math.floor(Math.max(from, to) / BLOCK), this.blocks.length - 1);
    for (let b = Math.max(0, Math.floor(from / BLOCK)); b <= last; b++) yield* this.blocks[b];
  }

  /**
   * The spans ending at or before `at`, block by block backwards from the one holding `at` (a span is filed under the
   * block of its last character, so the first block with an answer holds the span that ends last).
   */
  *blocksBefore(at: number): Generator<readonly T[]> {
    for (let b = Math.min(Math.floor(at / BLOCK), this.blocks.length - 1); b >= 0; b--) yield this.blocks[b];
  }
}
