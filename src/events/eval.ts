/**
 * Scoring of the event coder against a gold .jsonl ({id, text, published?, events: [{type, actor,
 * target, negated?, hypothetical?, reciprocal?}]}). Actor/target: ISO3 codes compare with the
 * predicted country; other strings compare (case-insensitive, substring either way) with the
 * predicted entity name or actor/target text; a null target needs a prediction without target country.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Doc } from "../doc/index.js";
import type { Event } from "../doc/schema/events.js";
import { InputError } from "../errors.js";
import { analyze } from "../pipeline/analyze.js";

export interface GoldEvent {
  type: string | string[];
  actor: string | null;
  target: string | null;
  negated?: boolean;
  hypothetical?: boolean;
  reciprocal?: boolean;
  future?: boolean;
}

export interface GoldItem {
  id: string;
  text: string;
  published?: string | null;
  events: GoldEvent[];
}

export interface Prf {
  tp: number;
  gold: number;
  system: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EventScores {
  sentences: number;
  typeOnly: Prf;
  full: Prf;
  byType: Record<string, { typeOnly: Prf; full: Prf }>;
  /** Share of sentences without gold events for which nothing was coded. */
  noEventPrecision: number;
  noEventSentences: number;
  /** Over full matches: negated / hypothetical flags equal to the gold. */
  negatedAccuracy: number;
  hypotheticalAccuracy: number;
  errors: string[];
}

export function loadEventGold(path: string): GoldItem[] {
  if (!existsSync(path)) throw new InputError(`gold file not found: ${path}`);
  const out: GoldItem[] = [];
  const lines = readFileSync(path, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let item: GoldItem;
    try {
      item = JSON.parse(line) as GoldItem;
    } catch {
      throw new InputError(`${path}:${i + 1}: not a JSON object`);
    }
    if (typeof item.text !== "string" || !Array.isArray(item.events))
      throw new InputError(`${path}:${i + 1}: needs "text" and "events"`);
    out.push(item);
  }
  if (out.length === 0) throw new InputError(`${path}: no gold items`);
  return out;
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function sideText(doc: Doc, id: string | null, text: string | null | undefined): string {
  if (id) {
    const e = doc.entities.find((x) => x.id === id);
    if (e) return e.name;
  }
  return text ?? "";
}

function sideMatches(gold: string | null, country: string | null | undefined, text: string): boolean {
  if (gold === null) return !country;
  if (/^[A-Z]{3}$/.test(gold)) return country === gold;
  const g = norm(gold);
  const t = norm(text);
  return t.length > 0 && (t.includes(g) || g.includes(t));
}

function typeOk(g: GoldEvent, e: Event): boolean {
  return Array.isArray(g.type) ? g.type.includes(e.type) : g.type === e.type;
}

function fullOk(doc: Doc, g: GoldEvent, e: Event): boolean {
  if (!typeOk(g, e)) return false;
  const aText = sideText(doc, e.actor, e.actorText);
  const tText = sideText(doc, e.target, e.targetText);
  if (sideMatches(g.actor, e.actorCountry, aText) && sideMatches(g.target, e.targetCountry, tText)) return true;
  // reciprocal events: either orientation
  if ((g.reciprocal || e.reciprocal) && g.target !== null)
    return sideMatches(g.target, e.actorCountry, aText) && sideMatches(g.actor, e.targetCountry, tText);
  return false;
}

function prf(tp: number, gold: number, system: number): Prf {
  const precision = system ? tp / system : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, gold, system, precision, recall, f1 };
}

/** Greedy one-to-one matching of gold to system events with a predicate. */
function match(
  doc: Doc,
  gold: GoldEvent[],
  sys: Event[],
  ok: (g: GoldEvent, e: Event) => boolean,
): Map<number, number> {
  const used = new Set<number>();
  const pairs = new Map<number, number>();
  gold.forEach((g, gi) => {
    const si = sys.findIndex((e, k) => !used.has(k) && ok(g, e));
    if (si >= 0) {
      used.add(si);
      pairs.set(gi, si);
    }
  });
  void doc;
  return pairs;
}

const firstType = (g: GoldEvent): string => (Array.isArray(g.type) ? g.type[0] : g.type);

const describe = (e: Event): string =>
  `${e.type} ${e.actorCountry ?? e.actorText ?? e.actor ?? "?"}→${e.targetCountry ?? e.targetText ?? e.target ?? "-"}${e.negated ? " neg" : ""}${e.hypothetical ? " hyp" : ""}`;
const describeGold = (g: GoldEvent): string =>
  `${Array.isArray(g.type) ? g.type.join("/") : g.type} ${g.actor}→${g.target ?? "-"}${g.negated ? " neg" : ""}${g.hypothetical ? " hyp" : ""}`;

/** Runs the pipeline over every gold sentence and scores the events. */
export function scoreEvents(items: readonly GoldItem[]): EventScores {
  let tTp = 0;
  let fTp = 0;
  let gold = 0;
  let system = 0;
  let noEvent = 0;
  let noEventClean = 0;
  let negOk = 0;
  let hypOk = 0;
  const per: Record<string, { tTp: number; fTp: number; gold: number; system: number }> = {};
  const bump = (t: string) => {
    per[t] ??= { tTp: 0, fTp: 0, gold: 0, system: 0 };
    return per[t];
  };
  const errors: string[] = [];
  for (const item of items) {
    const doc = analyze({ text: item.text, published: item.published ?? null });
    const sys = doc.events;
    gold += item.events.length;
    system += sys.length;
    for (const g of item.events) bump(firstType(g)).gold++;
    for (const e of sys) bump(e.type).system++;
    if (item.events.length === 0) {
      noEvent++;
      if (sys.length === 0) noEventClean++;
    }
    const tm = match(doc, item.events, sys, typeOk);
    tTp += tm.size;
    for (const [, si] of tm) bump(sys[si].type).tTp++;
    const fm = match(doc, item.events, sys, (g, e) => fullOk(doc, g, e));
    fTp += fm.size;
    for (const [gi, si] of fm) {
      bump(sys[si].type).fTp++;
      const g = item.events[gi];
      const e = sys[si];
      if (!!g.negated === e.negated) negOk++;
      if (!!g.hypothetical === e.hypothetical) hypOk++;
    }
    if (fm.size !== item.events.length || fm.size !== sys.length) {
      errors.push(
        `${item.id}  gold: ${item.events.map(describeGold).join("; ") || "∅"}  system: ${sys.map(describe).join("; ") || "∅"}  | ${item.text}`,
      );
    }
  }
  const byType: EventScores["byType"] = {};
  for (const [t, c] of Object.entries(per)) {
    byType[t] = {
      typeOnly: prf(Math.min(c.tTp, c.gold), c.gold, c.system),
      full: prf(Math.min(c.fTp, c.gold), c.gold, c.system),
    };
  }
  return {
    sentences: items.length,
    typeOnly: prf(tTp, gold, system),
    full: prf(fTp, gold, system),
    byType,
    noEventPrecision: noEvent ? noEventClean / noEvent : 1,
    noEventSentences: noEvent,
    negatedAccuracy: fTp ? negOk / fTp : 0,
    hypotheticalAccuracy: fTp ? hypOk / fTp : 0,
    errors,
  };
}
