import type { Doc } from "../doc/index.js";
import type { Time } from "../doc/schema/times.js";
import { TokenKind } from "../doc/tokens.js";
import { clock } from "../lang/de/time/parsers/clock.js";
import { duration } from "../lang/de/time/parsers/duration.js";
import { explicitDate } from "../lang/de/time/parsers/explicit-date.js";
import { holiday } from "../lang/de/time/parsers/holiday.js";
import { monthYear } from "../lang/de/time/parsers/month-year.js";
import { numericDate } from "../lang/de/time/parsers/numeric-date.js";
import { partOfPeriod } from "../lang/de/time/parsers/part-of-period.js";
import { range } from "../lang/de/time/parsers/range.js";
import { relativeDay } from "../lang/de/time/parsers/relative-day.js";
import { relativePeriod } from "../lang/de/time/parsers/relative-period.js";
import { seasonQuarter } from "../lang/de/time/parsers/season-quarter.js";
import { set } from "../lang/de/time/parsers/set.js";
import { vague } from "../lang/de/time/parsers/vague.js";
import { weekday } from "../lang/de/time/parsers/weekday.js";
import { year } from "../lang/de/time/parsers/year.js";
import { prefixOf } from "../lang/de/time/prefixes.js";
import { adjStem } from "../lang/de/time/tables.js";
import { clauseDir } from "../lang/de/time/tense.js";
import { parseDay, parsePoint, type Ymd } from "./dates.js";
import { type Cand, M, type Parser, type RC } from "./match.js";
import { filterCands } from "./refiners/filter.js";

/** Parsers in priority order (on equal length the earlier one wins). */
const PARSERS: Parser[] = [
  range,
  partOfPeriod,
  weekday,
  explicitDate,
  numericDate,
  seasonQuarter,
  relativePeriod,
  relativeDay,
  holiday,
  monthYear,
  year,
  clock,
  set,
  duration,
];

export interface ExtractOptions {
  /** Publication date YYYY-MM-DD or null. */
  reference: string | null;
  /** "news" resolves deictic expressions against the publication date; "narrative" against the last mentioned date. */
  mode?: "news" | "narrative";
}

/** First words of multi-word patterns that are not in the word tables (keep in sync with the parsers). */
const LITERAL_TRIGGERS = [
  // prepositions and quantifiers that start a pattern
  "am",
  "im",
  "in",
  "vor",
  "nach",
  "gegen",
  "bis",
  "übers",
  "zum",
  "seit",
  "pro",
  "je",
  "alle",
  "jeden",
  "jede",
  "jedes",
  "jedem",
  "mehr",
  "über",
  "weniger",
  "knapp",
  "fast",
  "beinahe",
  "rund",
  "etwa",
  "ca.",
  "circa",
  "ungefähr",
  "gut",
  "mindestens",
  "höchstens",
  "mehrere",
  "mehreren",
  "einige",
  "einigen",
  "wenige",
  "wenigen",
  "paar",
  "viele",
  "vielen",
  "wenig",
  "kurz",
  "kurze",
  "binnen",
  // part-of-period and compounds
  "laufe",
  "mitternacht",
  "anfang",
  "anfangs",
  "beginn",
  "mitte",
  "ende",
  "ausgang",
  "nacht",
  "tags",
  "jahr",
  "jahre",
  "jahres",
  "vorjahr",
  "vorjahres",
  "vorjahrs",
  "vormonat",
  "vormonats",
  "vorwoche",
  "vortag",
  "vortages",
  "vorabend",
  "folgejahr",
  "folgejahres",
  "folgetag",
  "folgetages",
  "jahresende",
  "jahresbeginn",
  "jahresanfang",
  "jahresmitte",
  "monatsende",
  "monatsanfang",
  "monatsbeginn",
  "monatsmitte",
  "wochenmitte",
  "halbjahr",
  "jahreshälfte",
  "vierteljahr",
  // sets, durations, vague references
  "jährlich",
  "alljährlich",
  "monatlich",
  "wöchentlich",
  "täglich",
  "stündlich",
  "jahrelang",
  "monatelang",
  "wochenlang",
  "tagelang",
  "stundenlang",
  "jahrzehntelang",
  "jetzt",
  "später",
  "bald",
  "zwischenzeitlich",
  "gegenwärtig",
  "kürzlich",
  "zukünftig",
  "folgezeit",
  "diesem",
  "dieser",
  "heutigen",
  "q1",
  "q2",
  "q3",
  "q4",
];

let triggers: Set<string> | undefined;
function triggerSet(m: M): Set<string> {
  if (triggers) return triggers;
  const t = m.t;
  const set = new Set<string>(LITERAL_TRIGGERS);
  for (const k of t.months.keys()) {
    set.add(k);
    set.add(`${k}.`);
  }
  for (const table of [t.weekdays, t.partsOfDay, t.numbers, t.units, t.relativeDays, t.holidays])
    for (const k of table.keys()) set.add(k);
  for (const k of t.seasons.keys()) {
    for (const w of [k, `${k}s`, `${k}es`, `spät${k}`, `früh${k}`]) set.add(w);
  }
  triggers = set;
  // two-letter heads of every word a pattern can start with (incl. inflected relative adjectives,
  // ordinal words, weekday compounds, number-word duration adjectives): a cheap first gate
  const heads = new Set<string>();
  for (const w of [...set, ...t.relative.keys(), ...t.ordinals.keys(), ...t.weekdays.keys(), ...t.numbers.keys()])
    heads.add(w.slice(0, 2));
  for (const w of ["mehr", "viel", "lang", "zwanziger", "dreißiger"]) heads.add(w.slice(0, 2));
  triggerHeads = heads;
  return set;
}

let triggerHeads: Set<string> = new Set();

const WEEKDAY_HEADS = new Set(["mon", "die", "mit", "don", "fre", "sam", "son"]);

/** Cheap test whether a pattern could start at token i (most tokens cannot). */
function mayStart(m: M, i: number, trig: Set<string>): boolean {
  const k = m.kind(i);
  if (k === TokenKind.NUMBER || k === TokenKind.ORDINAL) return true;
  if (k !== TokenKind.WORD && k !== TokenKind.ABBREV) return false;
  const start = m.doc.tokens.start[i] ?? 0;
  if (!triggerHeads.has(m.doc.text.slice(start, start + 2).toLowerCase())) return false;
  const w = m.lw(i);
  if (trig.has(w)) return true;
  if (m.rel(i) !== undefined || m.t.ordinals.has(adjStem(w))) return true;
  if (w.length > 6 && WEEKDAY_HEADS.has(w.slice(0, 3))) return true; // "sonntagabend", "montags"
  if (w.endsWith("ziger") || w.endsWith("ßiger")) return true;
  return /(tägig|wöchig|monatig|jährig|stündig|minütig)(e|en|er|es|em)?$/.test(w);
}

/** Finds candidate expressions: at each token the longest parse wins, then the scan jumps past it. */
export function recognise(m: M, narrative: boolean): Cand[] {
  const trig = triggerSet(m);
  const out: Cand[] = [];
  const parsers = narrative ? [...PARSERS, vague] : PARSERS;
  let i = 0;
  while (i < m.n) {
    const k = m.kind(i);
    if (k === 3 || (k >= 4 && k <= 7) || !mayStart(m, i, trig)) {
      i++;
      continue;
    }
    let best: Cand[] | null = null;
    let bestEnd = i;
    for (const p of parsers) {
      const r = p(m, i);
      if (!r) continue;
      const arr = Array.isArray(r) ? r : [r];
      const last = arr[arr.length - 1];
      if (!last) continue;
      if (last.e > bestEnd) {
        best = arr;
        bestEnd = last.e;
      }
    }
    if (best) {
      for (const c of best) out.push(c);
      i = bestEnd;
    } else i++;
  }
  return filterCands(m, out);
}

/**
 * Whether a date may become the narrative anchor: not in parentheses ("(1908)"), not a
 * year span ("1870/71"), not an open interval ("ab 1929", "bis 1881").
 */
function anchoring(m: M, c: Cand, mod: string | undefined): boolean {
  if (mod === "ON_OR_AFTER" || mod === "ON_OR_BEFORE") return false;
  let p = c.s - 1;
  if (m.lw(p) === "zum" || m.lw(p) === "dem") p--;
  const before = m.lw(p);
  // range ends ("bis zum 10. Juli 1917") and attributive dates ("die Deklaration von 1856") are side remarks
  if (before === "bis") return false;
  if (before === "von" && c.family === "year" && m.lw(c.e) !== "bis" && m.lw(c.e) !== "–") return false;
  if (m.lw(c.e) === "/" && m.kind(c.e + 1) === 2) return false;
  for (let k = c.s - 1; k >= 0 && m.same(k, c.s) && k > c.s - 12; k--) {
    const w = m.lw(k);
    if (w === ")") break;
    if (w === "(") return false;
  }
  return true;
}

/** Recognises and normalises the time expressions of a tokenised, sentence-split Doc. */
export function extractTimes(doc: Doc, opts: ExtractOptions): Time[] {
  const m = new M(doc, opts.mode === "narrative");
  const narrative = opts.mode === "narrative";
  const cands = recognise(m, narrative);
  const ref = parseDay(opts.reference);
  let anchor: Ymd | null = ref;
  let anchorDay: Ymd | null = null;
  let day: Ymd | null = null;
  let daySent = -1;
  const out: Time[] = [];
  for (const c of cands) {
    const sent = m.sent(c.s);
    if (sent !== daySent) {
      day = null;
      daySent = sent;
    }
    const pre = prefixOf(m, c);
    const tense = clauseDir(m, c.s, c.e);
    const rc: RC = {
      ref,
      anchor,
      anchorDay,
      base: narrative ? anchor : ref,
      day: day ?? (narrative ? anchor : null),
      dir: pre.dir ?? tense.dir,
      present: pre.dir === undefined && tense.present,
      narrative,
    };
    const res = c.resolve(rc);
    const start = doc.tokens.start[c.s] ?? 0;
    const end = doc.tokens.end[c.e - 1] ?? start;
    const t: Time = { start, end, text: doc.text.slice(start, end), value: res.value, type: c.type };
    const mod = res.mod ?? pre.mod;
    if (mod) t.mod = mod;
    out.push(t);
    if (c.type === "DATE" || c.type === "TIME") {
      const p = parsePoint(res.value);
      const backwards = c.family === "relative-period" && anchor !== null && p !== null && p.y < anchor.y;
      if (p && c.family !== "vague" && !backwards && anchoring(m, c, pre.mod)) {
        anchor = p;
        if (p.d !== undefined) {
          day = p;
          anchorDay = p;
        }
      }
    }
  }
  return out;
}
