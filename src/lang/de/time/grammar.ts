/**
 * The German time grammar for the time engine (src/time/grammar.ts): one parser per phrase family
 * (parsers/*.ts), the start gate built from the word tables and triggers.txt, the seit/ab/bis prefixes, the
 * clause tense and the narrative-anchor rule.
 */
import type { Doc } from "../../../doc/index.js";
import { memoKey } from "../../../doc/memo.js";
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
  /** The two-letter ASCII heads as char codes (first << 16 | second), read without making a string. */
  asciiHeads: ReadonlySet<number>;
  /** The word-level part of mayStart per lower-case word form (bounded). */
  wordStarts: Map<string, boolean>;
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
  const asciiHeads = new Set<number>();
  for (const h of heads) {
    const a = h.charCodeAt(0);
    const b = h.charCodeAt(1);
    if (h.length === 2 && a < 128 && b < 128) asciiHeads.add((a << 16) | b);
  }
  return { words, heads, asciiHeads, wordStarts: new Map(), weekdayHeads, durationAdjective };
}

/** Whether the first two characters of the text at `start`, lower-cased, are a head (no string made for ASCII). */
function hasHead(text: string, start: number, trig: Triggers): boolean {
  if (start + 2 <= text.length) {
    let a = text.charCodeAt(start);
    let b = text.charCodeAt(start + 1);
    if (a < 128 && b < 128) {
      if (a >= 65 && a <= 90) a += 32;
      if (b >= 65 && b <= 90) b += 32;
      return trig.asciiHeads.has((a << 16) | b);
    }
  }
  return trig.heads.has(text.slice(start, start + 2).toLowerCase());
}

const WORD_STARTS_LIMIT = 50_000;

/** The word-level part of mayStart (a trigger word, relative adjective, ordinal, weekday compound, decade, duration
 * adjective), once per word form. */
function wordMayStart(m: DeM, i: number, trig: Triggers): boolean {
  const w = m.lw(i);
  let r = trig.wordStarts.get(w);
  if (r === undefined) {
    r =
      trig.words.has(w) ||
      m.rel(i) !== undefined ||
      m.t.ordinals.has(adjStem(w)) ||
      (w.length > 6 && trig.weekdayHeads.has(w.slice(0, 3))) || // "sonntagabend", "montags"
      w.endsWith("ziger") ||
      w.endsWith("ßiger") ||
      trig.durationAdjective.test(w);
    if (trig.wordStarts.size >= WORD_STARTS_LIMIT) trig.wordStarts.clear();
    trig.wordStarts.set(memoKey(w), r);
  }
  return r;
}

/** Cheap test whether a pattern could start at token i (most tokens cannot). */
function mayStart(m: DeM, i: number, trig: Triggers): boolean {
  const k = m.kind(i);
  if (k === TokenKind.NUMBER || k === TokenKind.ORDINAL) return true;
  if (k !== TokenKind.WORD && k !== TokenKind.ABBREV) return false;
  if (!hasHead(m.doc.text, m.doc.tokens.start[i] ?? 0, trig)) return false;
  return wordMayStart(m, i, trig);
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
