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
/** word-code bit: a remembered name begins with this word */
const FIRST = 1 << 8;

export class EntityMemory {
  /**
   * name (tokens joined by SEP) → span code without the position bits: type+1 (3 bits) |
   * unambiguous (bit 5), see `spanBase`
   */
  private readonly spans = new Map<string, number>();
  /** word → word code (`wordCode`) | FIRST */
  private readonly words = new Map<string, number>();

  static build(sents: readonly Sentence[]): EntityMemory {
    const spanCounts = new Map<string, number[]>();
    const wordCounts = new Map<string, number[]>();
    const firsts = new Set<string>();
    const word = (w: string): number[] => {
      let c = wordCounts.get(w);
      if (!c) {
        c = [0, 0, 0, 0, 0];
        wordCounts.set(w, c);
      }
      return c;
    };
    for (const s of sents) {
      for (const sp of spansOf(s.labels)) {
        if (sp.end - sp.start > MAX_SPAN) continue;
        const t = TYPES.indexOf(sp.type);
        const key = s.tokens.slice(sp.start, sp.end).join(SEP);
        let c = spanCounts.get(key);
        if (!c) {
          c = [0, 0, 0, 0];
          spanCounts.set(key, c);
        }
        c[t]++;
        firsts.add(s.tokens[sp.start]);
        for (let i = sp.start; i < sp.end; i++) word(s.tokens[i])[t]++;
      }
    }
    // total occurrences of the remembered words
    for (const s of sents)
      for (const tok of s.tokens) {
        const c = wordCounts.get(tok);
        if (c) c[4]++;
      }
    const m = new EntityMemory();
    for (const [k, c] of spanCounts) m.spans.set(k, spanBase(c));
    for (const [k, c] of wordCounts) m.words.set(k, wordCode(c) | (firsts.has(k) ? FIRST : 0));
    return m;
  }

  get size(): number {
    return this.spans.size;
  }

  /**
   * Codes per token of words[0..n): span code in the low byte (type+1 | begins << 3 |
   * multi-token << 4 | unambiguous << 5), word code in the second byte (0 = nothing remembered).
   * `known`: the `wordCode` of each word, when the caller has them.
   */
  codes(words: readonly string[], out: Int32Array, known: Int32Array | null = null): void {
    const n = words.length;
    out.fill(0, 0, n);
    // one map look-up per token (or the caller's `wordCode`s); names are searched only from words that begin one
    let covered = 0;
    for (let i = 0; i < n; i++) {
      const w = known ? known[i] : this.wordCode(words[i]);
      if (w < 0) continue;
      out[i] |= (w & 0xff) << 8;
      if (i < covered || !(w & FIRST)) continue;
      // the longest remembered name starting here (left to right, non-overlapping)
      let best = 0;
      let base = 0;
      let key = words[i];
      for (let len = 1; len <= MAX_SPAN && i + len <= n; len++) {
        // every word of a remembered name is a remembered word
        if (len > 1 && known && known[i + len - 1] < 0) break;
        if (len > 1) key += SEP + words[i + len - 1];
        const c = this.spans.get(key);
        if (c !== undefined) {
          best = len;
          base = c;
        }
      }
      if (!best) continue;
      const multi = best > 1 ? 1 << 4 : 0;
      out[i] |= base | (1 << 3) | multi;
      for (let k = 1; k < best; k++) out[i + k] |= base | multi;
      covered = i + best;
    }
  }

  /** The remembered word code of a word (with its begins-a-name bit), or -1: what `codes` reads per token. */
  wordCode(word: string): number {
    return this.words.get(word) ?? -1;
  }

  /** Serialised form: "s\tname\tcode" and "w\tword\tcode" lines. */
  encode(): string {
    const lines: string[] = [];
    for (const [k, v] of this.spans) lines.push(`s\t${k}\t${v}`);
    for (const [k, v] of this.words) lines.push(`w\t${k}\t${v}`);
    return lines.join("\n");
  }

  static decode(text: string): EntityMemory {
    const m = new EntityMemory();
    let at = 0;
    while (at < text.length) {
      let nl = text.indexOf("\n", at);
      if (nl < 0) nl = text.length;
      const tab = text.lastIndexOf("\t", nl);
      if (tab > at + 2) {
        const key = text.slice(at + 2, tab);
        const code = Number(text.slice(tab + 1, nl));
        if (text.charCodeAt(at) === 115 /* s */) m.spans.set(key, code);
        else m.words.set(key, code);
      }
      at = nl + 1;
    }
    return m;
  }
}

function argmax(c: readonly number[]): number {
  let b = 0;
  for (let t = 1; t < 4; t++) if (c[t] > c[b]) b = t;
  return b;
}

/** type+1 (3 bits) | unambiguous (bit 5: the majority type has ≥ 80 % of the name's annotations). */
function spanBase(c: readonly number[]): number {
  const t = argmax(c);
  const sum = c[0] + c[1] + c[2] + c[3];
  return (t + 1) | (c[t] >= 0.8 * sum ? 1 << 5 : 0);
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
