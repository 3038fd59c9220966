/**
 * The quote stage's token view: the shared TokenView (src/doc/token-view.ts) plus what the quote rules ask of
 * the entities layer.
 */
import { TokenView } from "../doc/token-view.js";

export type { TokSpan } from "../doc/token-view.js";

export class TokView extends TokenView {
  private nameStarts: Set<number> | null = null;

  /** Whether a person or organisation mention of the entities layer starts at token i. */
  startsName(i: number): boolean {
    if (!this.nameStarts) {
      this.nameStarts = new Set();
      for (const e of this.doc.entities)
        if (e.type === "PER" || e.type === "ORG")
          for (const m of e.mentions) if (m.form === "name" || m.form === "alias") this.nameStarts.add(m.start);
    }
    return i < this.n && this.nameStarts.has(this.doc.tokens.start[i]);
  }
}
