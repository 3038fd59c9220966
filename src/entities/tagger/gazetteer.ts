/**
 * Gazetteer features from the knowledge base (src/kb): for each token, whether it begins or
 * continues a KB match, and the matched entry's type, kind and form. The same code runs on the
 * training sentences (wrapped in a Doc) and on analysed articles, so train and run time agree.
 */
import type { Doc } from "../../doc/doc.js";
import { tokenView } from "../../doc/token-view.js";
import type { Kb, KbKind } from "../../kb/index.js";

const KINDS: readonly KbKind[] = [
  "country",
  "city",
  "region",
  "igo",
  "agency",
  "outlet",
  "person",
  "institution",
  "party",
  "org",
  "other",
];
const TYPE_CODE: Record<string, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };
const FORM_CODE: Record<string, number> = { name: 0, alias: 1, adjective: 2, descriptor: 3 };

/**
 * Writes one code per token of [from, to) into out[0 .. to-from): 0 = no match, else
 * 1 + (inside<<0 | type<<1 | form<<3 | kind<<5) (+ ambiguous bit 1<<9); all 0 without a KB.
 */
export function gazetteerCodes(k: Kb | null, doc: Doc, from: number, to: number, out: Int32Array): void {
  out.fill(0, 0, to - from);
  if (!k) return;
  // the doc's token texts: the KB keeps its answers for the linker, which asks with the same array
  const words = tokenView(doc).text;
  let i = from;
  while (i < to) {
    const ms = k.matchAt(doc, i, words);
    if (!ms.length) {
      i++;
      continue;
    }
    const m = ms[0];
    const end = Math.min(m.end, to);
    const e = m.entry;
    const base =
      ((TYPE_CODE[e.type] ?? 3) << 1) |
      ((FORM_CODE[m.form] ?? 1) << 3) |
      (Math.max(0, KINDS.indexOf(e.kind)) << 5) |
      (e.ambiguous ? 1 << 9 : 0);
    for (let j = i; j < end; j++) out[j - from] = 1 + (base | (j > i ? 1 : 0));
    i = end > i ? end : i + 1;
  }
}

/** KB type code + 1 of a single surface string (hyphen parts), 0 if unknown or without a KB. */
export function gazetteerTypeOf(k: Kb | null, surface: string): number {
  if (!k) return 0;
  const hits = k.lookup(surface);
  if (!hits.length) return 0;
  return 1 + (TYPE_CODE[hits[0].type] ?? 3);
}

const TYPE_OF_CODE = ["PER", "ORG", "LOC", "MISC"] as const;

/**
 * Aligns tagger spans with multi-token KB names: where a KB match of two or more tokens
 * (a name or alias, not flagged ambiguous) of type PER/ORG/LOC overlaps tokens the tagger gave
 * that same type, and no token of it another type, the whole match becomes one span
 * ("Xi Jinping" when the tagger found only "Jinping"). Labels are rewritten in place.
 */
export function alignWithKb(labels: Uint8Array, gaz: Int32Array, n: number, beginOf: (t: string) => number): void {
  let i = 0;
  while (i < n) {
    const g = gaz[i];
    if (!g || (g - 1) & 1) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && gaz[end] && (gaz[end] - 1) & 1) end++;
    const code = g - 1;
    const type = TYPE_OF_CODE[(code >> 1) & 3];
    const form = (code >> 3) & 3;
    const ambiguous = (code >> 9) & 1;
    if (end - i >= 2 && type !== "MISC" && form <= 1 && !ambiguous) {
      const b = beginOf(type);
      let same = 0;
      let other = 0;
      for (let j = i; j < end; j++) {
        const y = labels[j];
        if (y === 0) continue;
        if (y === b || y === b + 1) same++;
        else other++;
      }
      // only where the tagger's spans lie inside the KB match (never cut a longer span)
      const before = i > 0 && (labels[i - 1] === b || labels[i - 1] === b + 1);
      const after = end < n && labels[end] === b + 1;
      if (same > 0 && other === 0 && !before && !after) {
        labels[i] = b;
        for (let j = i + 1; j < end; j++) labels[j] = b + 1;
      }
    }
    i = end;
  }
}
