/**
 * The German time grammar for the time engine (src/time/grammar.ts): one parser per phrase family
 * (parsers/*.ts), the start gate built from the word tables and triggers.txt, the seit/ab/bis prefixes, the
 * clause tense and the narrative-anchor rule.
 */
import type { Doc } from "../../../doc/index.js";
import { TokenKind } from "../../../doc/tokens.js";
import type { TimeGrammar } from "../../../time/grammar.js";
import type { Cand } from "../../../time/match.js";
import { filterCands } from "../../../time/refiners/filter.js";
import { readWordList } from "../data.js";
import type { Lexicon } from "../lexicon/index.js";
import { type DeM, type DeParser, DeM as Match } from "./match.js";
import { clock } from "./parsers/clock.js";
import { duration } from "./parsers/duration.js";
import { explicitDate } from "./parsers/explicit-date.js";
import { holiday } from "./parsers/holiday.js";
import { monthYear } from "./parsers/month-year.js";
import { numericDate } from "./parsers/numeric-date.js";
import { partOfPeriod } from "./parsers/part-of-period.js";
import { range } from "./parsers/range.js";
import { relativeDay } from "./parsers/relative-day.js";
import { relativePeriod } from "./parsers/relative-period.js";
import { seasonQuarter } from "./parsers/season-quarter.js";
import { set } from "./parsers/set.js";
import { vague } from "./parsers/vague.js";
import { weekday } from "./parsers/weekday.js";
import { year } from "./parsers/year.js";
import { prefixOf } from "./prefixes.js";
import { adjStem, type TimeTables } from "./tables.js";
import { clauseDir } from "./tense.js";

/** Parsers in priority order (on equal length the earlier one wins). */
const PARSERS: readonly DeParser[] = [
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

/** The words a pattern can start with, and their two-letter heads (a cheap first gate). */
interface Triggers {
  words: ReadonlySet<string>;
  heads: ReadonlySet<string>;
  /** First three letters of the weekday names, for compounds ("sonntagabend", "montags"). */
  weekdayHeads: ReadonlySet<string>;
  /** A duration adjective's ending ("dreitägigen"). */
  durationAdjective: RegExp;
}

function triggers(t: TimeTables): Triggers {
  const words = new Set<string>(readWordList("time/triggers.txt"));
  for (const k of t.months.keys()) {
    words.add(k);
    words.add(`${k}.`);
  }
  for (const table of [t.weekdays, t.partsOfDay, t.numbers, t.units, t.relativeDays, t.holidays])
    for (const k of table.keys()) words.add(k);
  for (const w of t.seasonForms.keys()) words.add(w);
  // two-letter heads of every word a pattern can start with (incl. inflected relative adjectives, ordinal words,
  // weekday compounds, number-word duration adjectives "mehrjährig", "langjährig" and decades "zwanziger")
  const heads = new Set<string>();
  for (const w of [...words, ...t.relative.keys(), ...t.ordinals.keys(), ...t.weekdays.keys(), ...t.numbers.keys()])
    heads.add(w.slice(0, 2));
  for (const w of ["mehr", "viel", "lang", "zwanziger", "dreißiger"]) heads.add(w.slice(0, 2));
  const weekdayHeads = new Set<string>();
  for (const k of t.weekdays.keys()) weekdayHeads.add(k.slice(0, 3));
  const durationAdjective = new RegExp(`(${[...t.duration.adjectiveUnits.keys()].join("|")})(e|en|er|es|em)?$`);
  return { words, heads, weekdayHeads, durationAdjective };
}

/** Cheap test whether a pattern could start at token i (most tokens cannot). */
function mayStart(m: DeM, i: number, trig: Triggers): boolean {
  const k = m.kind(i);
  if (k === TokenKind.NUMBER || k === TokenKind.ORDINAL) return true;
  if (k !== TokenKind.WORD && k !== TokenKind.ABBREV) return false;
  const start = m.doc.tokens.start[i] ?? 0;
  if (!trig.heads.has(m.doc.text.slice(start, start + 2).toLowerCase())) return false;
  const w = m.lw(i);
  if (trig.words.has(w)) return true;
  if (m.rel(i) !== undefined || m.t.ordinals.has(adjStem(w))) return true;
  if (w.length > 6 && trig.weekdayHeads.has(w.slice(0, 3))) return true; // "sonntagabend", "montags"
  if (w.endsWith("ziger") || w.endsWith("ßiger")) return true;
  return trig.durationAdjective.test(w);
}

/**
 * Whether a date may become the narrative anchor: not in parentheses ("(1908)"), not a
 * year span ("1870/71"), not an open interval ("ab 1929", "bis 1881").
 */
function anchors(m: DeM, c: Cand, mod: string | undefined): boolean {
  if (mod === "ON_OR_AFTER" || mod === "ON_OR_BEFORE") return false;
  let p = c.s - 1;
  if (m.lw(p) === "zum" || m.lw(p) === "dem") p--;
  const before = m.lw(p);
  // range ends ("bis zum 10. Juli 1917") and attributive dates ("die Deklaration von 1856") are side remarks
  if (before === "bis") return false;
  if (before === "von" && c.family === "year" && m.lw(c.e) !== "bis" && m.lw(c.e) !== "–") return false;
  if (m.lw(c.e) === "/" && m.kind(c.e + 1) === TokenKind.NUMBER) return false;
  for (let k = c.s - 1; k >= 0 && m.same(k, c.s) && k > c.s - 12; k--) {
    const w = m.lw(k);
    if (w === ")") break;
    if (w === "(") return false;
  }
  return true;
}

/**
 * The German time grammar over the word tables; `getLexicon` gives the German lexicon for the clause tense (null
 * when its table is missing; asked on first use).
 */
export function germanTimeGrammar(t: TimeTables, getLexicon: () => Lexicon | null): TimeGrammar<DeM> {
  const trig = triggers(t);
  return {
    match: (doc: Doc, narrative: boolean) => new Match(doc, narrative, t, getLexicon),
    parsers: PARSERS,
    narrativeParsers: [vague],
    mayStart: (m, i) => mayStart(m, i, trig),
    refiners: [filterCands],
    prefixOf,
    clauseDir,
    anchors,
  };
}
