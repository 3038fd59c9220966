/**
 * The tagger's label set: BIO over the four outer entity types.
 * Label ids are fixed (they index the weight rows of the model file).
 */
export type NerType = "PER" | "ORG" | "LOC" | "MISC";
export const TYPES: readonly NerType[] = ["PER", "ORG", "LOC", "MISC"];
export const LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export type Label = (typeof LABELS)[number];
/** Number of labels. */
export const L = LABELS.length;

/** Label id of B-<type> (I-<type> is this + 1). */
export function beginOf(type: NerType): number {
  return 1 + 2 * TYPES.indexOf(type);
}
const isInside = (y: number): boolean => y > 0 && y % 2 === 0;
/** Type index (0..3) of a non-O label. */
const typeIndex = (y: number): number => (y - 1) >> 1;

/** Whether label `y` may follow label `prev` (-1 = sentence start) under BIO. */
export function allowed(prev: number, y: number): boolean {
  if (!isInside(y)) return true;
  return prev > 0 && typeIndex(prev) === typeIndex(y);
}

export interface Span {
  /** token indices, end exclusive */
  start: number;
  end: number;
  type: NerType;
}

/** Spans of a BIO label sequence; a stray I- (not after B-/I- of its type) opens a new span. */
export function spansOf(labels: ArrayLike<number>, offset = 0): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (y === 0) {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    const type = TYPES[typeIndex(y)];
    if (isInside(y) && cur && cur.type === type) {
      cur.end = i + 1 + offset;
      continue;
    }
    if (cur) out.push(cur);
    cur = { start: i + offset, end: i + 1 + offset, type };
  }
  if (cur) out.push(cur);
  return out;
}
