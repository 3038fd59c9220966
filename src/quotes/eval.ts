/**
 * Evaluation on SpkAtt-2023 task 2 (German WikiNews, pre-tokenised JSON): gold Message/Cue/Source
 * token spans. Each document's tokens are joined into running text (keeping a token → offset map),
 * our pipeline runs on it, and our quotes are mapped back to gold token indices. In the spirit of
 * the official scorer (eval/score.py of uhh-lt/news-speaker-attribution-2023): messages are aligned
 * one-to-one by maximal token overlap, then message, cue and source tokens are scored by overlap
 * (micro precision/recall/F1 over tokens). The SpkAtt "Source" role is our speaker (speakerSpan).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Doc } from "../doc/index.js";
import type { Quote } from "../doc/schema/index.js";
import { InputError } from "../errors.js";
import { loadDefaultConfig, Pipeline } from "../pipeline/analyze.js";
import { detokenize } from "../tokens/detokenize.js";
import { maxAssignment } from "./assignment.js";

interface SpkattFile {
  Sentences: { SentenceId: number; Tokens: string[] }[];
  Annotations: {
    Message: string[];
    Cue: string[];
    Source: string[];
    Form: string;
    IsNested?: boolean;
  }[];
}

export interface Group {
  msg: Set<number>;
  cue: Set<number>;
  source: Set<number>;
  direct: boolean;
  /** SpkAtt Form (Direct, Indirect, FreeIndirect, …); ours are Direct or Indirect */
  form: string;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface QuoteScores {
  documents: number;
  gold: number;
  predicted: number;
  message: Prf;
  cue: Prf;
  source: Prf;
  direct: { message: Prf; cue: Prf; source: Prf };
  indirect: { message: Prf; cue: Prf; source: Prf };
  /**
   * The official scorer's figures (eval/score.py + classes.py of SpkAtt-2023, subtask 2): messages paired by
   * maximum-weight assignment on token-overlap F1, then precision and recall per pair (or unpaired message)
   * and role, averaged over the pairs where they are defined (macro); F1 from the two averages.
   */
  official: { message: MacroPrf; cue: MacroPrf; source: MacroPrf; pairs: number };
}

export interface MacroPrf {
  precision: number;
  recall: number;
  f1: number;
}

/** Macro averages of per-group precision and recall, each over the groups where it is defined. */
export class MacroCounter {
  private p = 0;
  private pN = 0;
  private r = 0;
  private rN = 0;
  add(tp: number, fp: number, fn: number): void {
    if (tp + fp > 0) {
      this.p += tp / (tp + fp);
      this.pN++;
    }
    if (tp + fn > 0) {
      this.r += tp / (tp + fn);
      this.rN++;
    }
  }
  prf(): MacroPrf {
    const precision = this.pN ? this.p / this.pN : 0;
    const recall = this.rN ? this.r / this.rN : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1 };
  }
}

/** Token-overlap F1 of two messages: the official scorer's pairing weight. */
function overlapF1(a: Set<number>, b: Set<number>): number {
  const both = inter(a, b);
  return both ? (2 * both) / (a.size + b.size) : 0;
}

class Counter {
  tp = 0;
  fp = 0;
  fn = 0;
  prf(): Prf {
    const precision = this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0;
    const recall = this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, tp: this.tp, fp: this.fp, fn: this.fn };
  }
}

function inter(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Token indices (absolute) overlapping [start, end). */
function toTokens(offsets: [number, number][], start: number, end: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < offsets.length; i++) if (offsets[i][0] < end && offsets[i][1] > start) out.add(i);
  return out;
}

const QUOTE_CHARS = /["„“”»«‚‘’'›‹]/;

function predictedGroups(quotes: Quote[], text: string, offsets: [number, number][]): Group[] {
  return quotes.map((q) => {
    let { start, end } = q;
    // gold direct messages include the quotation marks
    if (start > 0 && QUOTE_CHARS.test(text[start - 1])) start--;
    if (end < text.length && QUOTE_CHARS.test(text[end])) end++;
    const cue = new Set<number>();
    for (const c of q.cueParts ?? (q.cue ? [q.cue] : [])) for (const t of toTokens(offsets, c.start, c.end)) cue.add(t);
    const source = q.speakerSpan ? toTokens(offsets, q.speakerSpan.start, q.speakerSpan.end) : new Set<number>();
    // SpkAtt roles are disjoint: a frame inside our message span ("Das Beben lag nach Angaben des USGS bei …")
    // is cue and source there, not message
    const msg = toTokens(offsets, start, end);
    for (const t of [...cue, ...source]) msg.delete(t);
    const direct = q.kind === "direct";
    return { msg, cue, source, direct, form: direct ? "Direct" : "Indirect" };
  });
}

export type Role = "msg" | "cue" | "source";
const ROLES: Role[] = ["msg", "cue", "source"];

/**
 * One document under the official scorer's rules: gold and predicted messages paired by maximum-weight
 * assignment on overlap F1 (+0.01 for the same Form as a tie-breaker; we predict no STWR, so its 0.001 bonus
 * never applies), zero-overlap pairs included as scipy makes them; each pair and each unpaired message adds
 * its per-role precision and recall to `out`. Returns the number of pairs.
 */
export function scoreOfficial(gold: Group[], pred: Group[], out: Record<Role, MacroCounter>): number {
  const weights = gold.map((gg) =>
    pred.map((pp) => {
      const o = overlapF1(gg.msg, pp.msg);
      return o > 0 && gg.form === pp.form ? o + 0.01 : o;
    }),
  );
  const pairs = maxAssignment(weights);
  const none: Group = { msg: new Set(), cue: new Set(), source: new Set(), direct: false, form: "" };
  const groups: [Group, Group][] = pairs.map(([g, p]) => [gold[g], pred[p]]);
  const pairedG = new Set(pairs.map((x) => x[0]));
  const pairedP = new Set(pairs.map((x) => x[1]));
  for (let p = 0; p < pred.length; p++) if (!pairedP.has(p)) groups.push([none, pred[p]]);
  for (let g = 0; g < gold.length; g++) if (!pairedG.has(g)) groups.push([gold[g], none]);
  for (const [gg, pp] of groups)
    for (const r of ROLES) {
      const tp = inter(gg[r], pp[r]);
      out[r].add(tp, pp[r].size - tp, gg[r].size - tp);
    }
  return pairs.length;
}

function readPublished(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const index = join(dirname(dir), "index.tsv");
  if (!existsSync(index)) return out;
  for (const line of readFileSync(index, "utf8").split("\n").slice(1)) {
    const f = line.split("\t");
    if (f.length > 2) out.set(f[1], f[2]);
  }
  return out;
}

function listSpkattFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new InputError(`${dir}: expected a folder of SpkAtt JSON files`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  if (!files.length) throw new InputError(`${dir}: no .json files`);
  return files;
}

/** The default pipeline up to and including the quotes stage. */
function quotesPipeline(): Pipeline {
  const config = loadDefaultConfig();
  const upTo = config.stages.indexOf("de.quotes.v1");
  return new Pipeline({ ...config, stages: upTo >= 0 ? config.stages.slice(0, upTo + 1) : config.stages });
}

/** One SpkAtt document as running text: token offsets, sentence starts (token indices) and gold groups. */
interface GoldDoc {
  text: string;
  /** character [start, end) of every token, absolute index */
  flat: [number, number][];
  /** absolute index of each sentence's first token */
  sentOff: number[];
  gold: Group[];
  /** the gold annotations of `gold`, in the same order */
  annotations: SpkattFile["Annotations"];
}

function readGoldDoc(json: SpkattFile): GoldDoc {
  const { text, offsets } = detokenize(json.Sentences.map((s) => s.Tokens));
  const sentOff: number[] = [];
  let acc = 0;
  for (const s of json.Sentences) {
    sentOff.push(acc);
    acc += s.Tokens.length;
  }
  const abs = (ids: string[]) =>
    new Set(
      ids.map((x) => {
        const [s, t] = x.split(":").map(Number);
        return sentOff[s] + t;
      }),
    );
  const annotations = (json.Annotations ?? []).filter((a) => !a.IsNested);
  const gold: Group[] = annotations.map((a) => ({
    msg: abs(a.Message),
    cue: abs(a.Cue ?? []),
    source: abs(a.Source ?? []),
    direct: a.Form === "Direct",
    form: a.Form,
  }));
  return { text, flat: offsets.flat(), sentOff, gold, annotations };
}

/** One-to-one alignment by maximal message overlap (greedy on overlap size); -1 where unmatched. */
function alignGreedy(gold: Group[], pred: Group[]): { gMatch: number[]; pMatch: number[] } {
  const cand: [number, number, number][] = [];
  for (let g = 0; g < gold.length; g++)
    for (let p = 0; p < pred.length; p++) {
      const o = inter(gold[g].msg, pred[p].msg);
      if (o > 0) cand.push([o, g, p]);
    }
  cand.sort((a, b) => b[0] - a[0]);
  const gMatch = new Array<number>(gold.length).fill(-1);
  const pMatch = new Array<number>(pred.length).fill(-1);
  for (const [, g, p] of cand) {
    if (gMatch[g] >= 0 || pMatch[p] >= 0) continue;
    gMatch[g] = p;
    pMatch[p] = g;
  }
  return { gMatch, pMatch };
}

/** LAGEBILD_QUOTES_DEBUG rows of one document: one per gold message and one per unmatched prediction. */
function debugRows(
  id: string,
  doc: GoldDoc,
  pred: Group[],
  { gMatch, pMatch }: { gMatch: number[]; pMatch: number[] },
): string[] {
  const { text, flat, sentOff, gold } = doc;
  const tok = (ids: Set<number>) =>
    [...ids]
      .sort((a, b) => a - b)
      .map((i) => text.slice(flat[i][0], flat[i][1]))
      .join(" ");
  // the sentence(s) around a message, for reading the error in context
  const context = (ids: Set<number>) => {
    const sorted = [...ids].sort((a, b) => a - b);
    const sentOf = (t: number) => {
      let s = 0;
      while (s + 1 < sentOff.length && sentOff[s + 1] <= t) s++;
      return s;
    };
    const first = sentOf(sorted[0] ?? 0);
    const last = sentOf(sorted[sorted.length - 1] ?? 0);
    const from = Math.max(0, first - 1);
    const to = last + 1 < sentOff.length ? sentOff[last + 1] : flat.length;
    return text.slice(flat[sentOff[from]][0], flat[to - 1][1]).replace(/\s+/g, " ");
  };
  const rows: string[] = [];
  for (let g = 0; g < gold.length; g++) {
    const p = gMatch[g];
    rows.push(
      [
        id,
        doc.annotations[g].Form,
        tok(gold[g].msg),
        tok(gold[g].cue),
        tok(gold[g].source),
        p >= 0 ? tok(pred[p].msg) : "-",
        p >= 0 ? tok(pred[p].cue) : "-",
        p >= 0 ? tok(pred[p].source) : "-",
        context(gold[g].msg),
      ].join("\t"),
    );
  }
  for (let p = 0; p < pred.length; p++)
    if (pMatch[p] < 0)
      rows.push(
        [id, "FP", "-", "-", "-", tok(pred[p].msg), tok(pred[p].cue), tok(pred[p].source), context(pred[p].msg)].join(
          "\t",
        ),
      );
  return rows;
}

const counters = (): Record<Role, Counter> => ({ msg: new Counter(), cue: new Counter(), source: new Counter() });

/** Token-overlap micro counts over all messages and split by the form (direct/indirect) of each message. */
class MicroScores {
  readonly all = counters();
  readonly direct = counters();
  readonly indirect = counters();

  add(gold: Group[], pred: Group[], { gMatch, pMatch }: { gMatch: number[]; pMatch: number[] }): void {
    for (let g = 0; g < gold.length; g++) {
      const p = gMatch[g];
      const form = gold[g].direct ? this.direct : this.indirect;
      for (const r of ROLES) {
        const gs = gold[g][r];
        const ov = p >= 0 ? inter(gs, pred[p][r]) : 0;
        this.all[r].tp += ov;
        this.all[r].fn += gs.size - ov;
        form[r].tp += ov;
        form[r].fn += gs.size - ov;
      }
    }
    for (let p = 0; p < pred.length; p++) {
      const g = pMatch[p];
      const form = pred[p].direct ? this.direct : this.indirect;
      for (const r of ROLES) {
        const ps = pred[p][r];
        const ov = g >= 0 ? inter(gold[g][r], ps) : 0;
        this.all[r].fp += ps.size - ov;
        form[r].fp += ps.size - ov;
      }
    }
  }
}

export function scoreQuotes(dir: string): QuoteScores {
  const files = listSpkattFiles(dir);
  const published = readPublished(dir);
  const pipeline = quotesPipeline();
  const micro = new MicroScores();
  const official: Record<Role, MacroCounter> = {
    msg: new MacroCounter(),
    cue: new MacroCounter(),
    source: new MacroCounter(),
  };
  let officialPairs = 0;
  let goldN = 0;
  let predN = 0;
  // LAGEBILD_QUOTES_DEBUG=<file>: one TSV row per gold message (and per unmatched prediction) for error analysis
  const debugFile = process.env.LAGEBILD_QUOTES_DEBUG;
  const debug: string[] | null = debugFile ? [] : null;
  for (const f of files) {
    const goldDoc = readGoldDoc(JSON.parse(readFileSync(join(dir, f), "utf8")) as SpkattFile);
    const { gold } = goldDoc;
    const id = f.replace(/\.json$/, "");
    const doc = pipeline.run(new Doc({ text: goldDoc.text, published: published.get(id) ?? null }));
    const pred = predictedGroups(doc.quotes, doc.text, goldDoc.flat).filter((g) => g.msg.size > 0);
    goldN += gold.length;
    predN += pred.length;
    const match = alignGreedy(gold, pred);
    if (debug) debug.push(...debugRows(id, goldDoc, pred, match));
    officialPairs += scoreOfficial(gold, pred, official);
    micro.add(gold, pred, match);
  }
  if (debug && debugFile) writeFileSync(debugFile, `${debug.join("\n")}\n`);
  const three = (c: Record<Role, Counter>) => ({ message: c.msg.prf(), cue: c.cue.prf(), source: c.source.prf() });
  return {
    documents: files.length,
    gold: goldN,
    predicted: predN,
    ...three(micro.all),
    direct: three(micro.direct),
    indirect: three(micro.indirect),
    official: {
      message: official.msg.prf(),
      cue: official.cue.prf(),
      source: official.source.prf(),
      pairs: officialPairs,
    },
  };
}
