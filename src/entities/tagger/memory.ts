/**
 * Entity memory: the names seen in the training data, as a feature source ("this string was
 * annotated as ORG in training"). Two look-ups per token:
 *
 * - span: the longest token sequence starting at or covering the token that was annotated as a
 *   whole entity in training, with its majority type, whether it is unambiguous, the token's
 *   position in it and whether it is a multi-token name;
 * - word: for a token that occurs inside training entities, its majority type, the share of its
 *   training occurrences inside an entity of that type (bucketed) and how often it was seen.
 *
 * The training sentences' own features are computed with memories built from the other parts of
 * the training data (jackknifing, `jackknifeMemories`), so the model learns how far the memory
 * can be trusted on unseen text instead of trusting it fully because every training name is in
 * it. The memory built from all training data is stored in the model file.
 */
import type { Sentence } from "./corpus.js";
import { spansOf, TYPES } from "./labels.js";

const SEP = "\u0001";
/** Longest remembered name in tokens. */
const MAX_SPAN = 8;

interface Counts {
  /** per type (TYPES order), then total occurrences of the word (words only) */
  c: number[];
}

export class EntityMemory {
  /** name (tokens joined by SEP) → counts per type */
  private readonly spans = new Map<string, Counts>();
  /** first tokens of remembered names */
  private readonly firsts = new Set<string>();
  /** token → counts per type inside entities + total occurrences */
  private readonly words = new Map<string, Counts>();

  static build(sents: readonly Sentence[]): EntityMemory {
    const m = new EntityMemory();
    for (const s of sents) {
      for (const sp of spansOf(s.labels)) {
        if (sp.end - sp.start > MAX_SPAN) continue;
        const t = TYPES.indexOf(sp.type);
        const key = s.tokens.slice(sp.start, sp.end).join(SEP);
        let c = m.spans.get(key);
        if (!c) {
          c = { c: [0, 0, 0, 0] };
          m.spans.set(key, c);
        }
        c.c[t]++;
        m.firsts.add(s.tokens[sp.start]);
        for (let i = sp.start; i < sp.end; i++) {
          let w = m.words.get(s.tokens[i]);
          if (!w) {
            w = { c: [0, 0, 0, 0, 0] };
            m.words.set(s.tokens[i], w);
          }
          w.c[t]++;
        }
      }
    }
    // total occurrences of the remembered words
    for (const s of sents)
      for (const tok of s.tokens) {
        const w = m.words.get(tok);
        if (w) w.c[4]++;
      }
    return m;
  }

  get size(): number {
    return this.spans.size;
  }

  /**
   * Codes per token of words[0..n): span code in the low byte, word code in the second byte
   * (0 = nothing remembered). See `spanCode` / `wordCode` for the packing.
   */
  codes(words: readonly string[], out: Int32Array): void {
    const n = words.length;
    out.fill(0, 0, n);
    let i = 0;
    while (i < n) {
      let best = 0;
      let bestC: Counts | undefined;
      if (this.firsts.has(words[i])) {
        let key = words[i];
        for (let len = 1; len <= MAX_SPAN && i + len <= n; len++) {
          if (len > 1) key += SEP + words[i + len - 1];
          const c = this.spans.get(key);
          if (c) {
            best = len;
            bestC = c;
          }
        }
      }
      if (bestC) {
        for (let k = 0; k < best; k++) out[i + k] = spanCode(bestC.c, k === 0, best > 1);
        i += best;
      } else i++;
    }
    for (let k = 0; k < n; k++) {
      const w = this.words.get(words[k]);
      if (w) out[k] |= wordCode(w.c) << 8;
    }
  }

  /** Serialised form: "s\tname\tc0,c1,c2,c3" and "w\tword\tc0,c1,c2,c3,total" lines. */
  encode(): string {
    const lines: string[] = [];
    for (const [k, v] of this.spans) lines.push(`s\t${k}\t${v.c.join(",")}`);
    for (const [k, v] of this.words) lines.push(`w\t${k}\t${v.c.join(",")}`);
    return lines.join("\n");
  }

  static decode(text: string): EntityMemory {
    const m = new EntityMemory();
    for (const line of text.split("\n")) {
      const [kind, key, cs] = line.split("\t");
      if (!cs) continue;
      const c = { c: cs.split(",").map(Number) };
      if (kind === "s") {
        m.spans.set(key, c);
        m.firsts.add(key.split(SEP, 1)[0]);
      } else if (kind === "w") m.words.set(key, c);
    }
    return m;
  }
}

function argmax(c: readonly number[]): number {
  let b = 0;
  for (let t = 1; t < 4; t++) if (c[t] > c[b]) b = t;
  return b;
}

/** 1..: type+1 (3 bits) | begins (1 bit) | multi-token (1 bit) | unambiguous (1 bit). */
function spanCode(c: readonly number[], begins: boolean, multi: boolean): number {
  const t = argmax(c);
  const sum = c[0] + c[1] + c[2] + c[3];
  const pure = c[t] >= 0.8 * sum ? 1 : 0;
  return (t + 1) | ((begins ? 1 : 0) << 3) | ((multi ? 1 : 0) << 4) | (pure << 5);
}

/** 1..: type+1 (3 bits) | share bucket 0..3 (2 bits) | count bucket 0..2 (2 bits). */
function wordCode(c: readonly number[]): number {
  const t = argmax(c);
  const share = c[4] > 0 ? c[t] / c[4] : 0;
  const sb = share < 0.25 ? 0 : share < 0.5 ? 1 : share < 0.85 ? 2 : 3;
  const nb = c[4] <= 1 ? 0 : c[4] <= 3 ? 1 : 2;
  return (t + 1) | (sb << 3) | (nb << 5);
}

/**
 * Jackknifed memories for training: sentence s gets the memory built from all parts except
 * its own (parts = s mod k).
 */
export function jackknifeMemories(sents: readonly Sentence[], k: number): (s: number) => EntityMemory {
  const mems: EntityMemory[] = [];
  for (let p = 0; p < k; p++) mems.push(EntityMemory.build(sents.filter((_, s) => s % k !== p)));
  return (s) => mems[s % k];
}
