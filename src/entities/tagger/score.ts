/** Strict span+type scoring: a predicted span counts only if start, end and type all match a gold span. */
import { type NerType, type Span, TYPES } from "./labels.js";

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface NerScores extends PRF {
  perType: Record<NerType, PRF>;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

/** Accumulates counts over sentences. */
export class NerScorer {
  private readonly tp = [0, 0, 0, 0];
  private readonly fp = [0, 0, 0, 0];
  private readonly fn = [0, 0, 0, 0];

  /** Adds one sentence's (or document's) gold and predicted spans. */
  add(gold: readonly Span[], pred: readonly Span[]): void {
    const key = (s: Span): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(pred.map(key));
    for (const p of pred) {
      const t = TYPES.indexOf(p.type);
      if (goldKeys.has(key(p))) this.tp[t]++;
      else this.fp[t]++;
    }
    for (const g of gold) if (!predKeys.has(key(g))) this.fn[TYPES.indexOf(g.type)]++;
  }

  /** Adds the counts of another scorer. */
  merge(o: NerScorer): void {
    for (let t = 0; t < 4; t++) {
      this.tp[t] += o.tp[t];
      this.fp[t] += o.fp[t];
      this.fn[t] += o.fn[t];
    }
  }

  scores(): NerScores {
    const sum = (a: number[]): number => a.reduce((x, y) => x + y, 0);
    const perType = {} as Record<NerType, PRF>;
    TYPES.forEach((t, i) => {
      perType[t] = prf(this.tp[i], this.fp[i], this.fn[i]);
    });
    return { ...prf(sum(this.tp), sum(this.fp), sum(this.fn)), perType };
  }
}

const pct = (x: number): string => (x * 100).toFixed(2).padStart(6);

/** A plain-text table: one row per type and a micro-average row. */
export function scoreTable(s: NerScores): string {
  const rows = [`type    ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)}   gold   pred`];
  const line = (name: string, p: PRF): string =>
    `${name.padEnd(7)} ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)} ${String(p.tp + p.fn).padStart(6)} ${String(p.tp + p.fp).padStart(6)}`;
  for (const t of TYPES) rows.push(line(t, s.perType[t]));
  rows.push(line("micro", s));
  return `${rows.join("\n")}\n`;
}
