/**
 * The closed-class word lists of the German time parsers and the clause tense, read from the data files beside
 * them (parsers/*.tsv, tense.tsv; rows "list<TAB>entry[<TAB>value…]").
 */
import { WordLists } from "../lists.js";

type Words = ReadonlySet<string>;

export interface ParserWords {
  tense: {
    /** Finite forms and cue words that point to the future ("wird", "kommende"). */
    future: Words;
    /** Perfect auxiliaries ("hat", "ist"). */
    aux: Words;
    /** Words before an adjective in -te ("die bekannte …"). */
    determiners: Words;
    /** Words in -te/-ten that are no weak past forms ("heute", "zweite"). */
    notVerbTe: Words;
  };
  /** Words before a year that make it a date even before a capitalised word ("im", "seit", "Ende"). */
  strongDatePreps: Words;
  /** Words after which a bare number or month is a date (the strong ones, coordination, articles, …). */
  datePreps: Words;
  relativePeriod: {
    singularUnits: Words;
    vagueQuantities: Words;
    /** "später" → 1, "zuvor" → -1. */
    after: ReadonlyMap<string, number>;
    /** "vorjahr" → [unit, offset, from the narrative anchor]. */
    compounds: ReadonlyMap<string, readonly [string, number, boolean]>;
    /** "jahresende" → [unit, mod]. */
    partCompounds: ReadonlyMap<string, readonly [string, string]>;
    approx: Words;
  };
  duration: {
    /** Quantifier → TIMEX3 mod ("mehr als" → MORE_THAN). */
    mods: ReadonlyMap<string, string>;
    pluralUnits: Words;
    articleOkBefore: Words;
    /** Ending of a duration adjective → unit ("tägig" → D). */
    adjectiveUnits: ReadonlyMap<string, string>;
    /** A duration adjective: number word or digits-, the ending, an inflection ending. */
    adjective: RegExp;
    vagueHeads: Words;
    /** "jahrelang" → Y. */
    long: ReadonlyMap<string, string>;
  };
  clock: { podPreps: Words; podAdjectives: Words };
  notDateBefore: Words;
  partOfPeriod: { parts: ReadonlyMap<string, string>; genitiveUnits: ReadonlyMap<string, string> };
  rangeConnectors: Words;
  morningBefore: Words;
  quarterWords: Words;
  halfWords: Words;
  set: { adverbs: ReadonlyMap<string, string>; every: Words };
  vague: { words: ReadonlyMap<string, string>; phrases: readonly (readonly [readonly string[], string])[] };
  year: { quantityBefore: Words; approx: Words; amountAfter: Words };
}

/** Reads the lists (once per process, through the German resources). */
export function loadParserWords(): ParserWords {
  const p = (f: string) => new WordLists(`time/parsers/${f}.tsv`);
  const tense = new WordLists("time/tense.tsv");
  const common = p("common");
  const rp = p("relative-period");
  const du = p("duration");
  const clock = p("clock");
  const pp = p("part-of-period");
  const sq = p("season-quarter");
  const st = p("set");
  const va = p("vague");
  const yr = p("year");
  const strongDatePreps = common.set("strong-date-prep");
  const adjectiveUnits = du.map("adjective-unit");
  const compounds = new Map<string, readonly [string, number, boolean]>();
  for (const [w, [unit, n, ana]] of rp.rows("compound")) compounds.set(w, [unit ?? "", Number(n), ana === "true"]);
  const partCompounds = new Map<string, readonly [string, string]>();
  for (const [w, [unit, mod]] of rp.rows("part-compound")) partCompounds.set(w, [unit ?? "", mod ?? ""]);
  return {
    tense: {
      future: tense.set("future"),
      aux: tense.set("aux"),
      determiners: tense.set("determiner"),
      notVerbTe: tense.set("not-verb-te"),
    },
    strongDatePreps,
    datePreps: new Set([...strongDatePreps, ...common.set("date-prep")]),
    relativePeriod: {
      singularUnits: rp.set("singular-unit"),
      vagueQuantities: rp.set("vague-quantity"),
      after: new Map([...rp.map("after")].map(([w, d]) => [w, Number(d)])),
      compounds,
      partCompounds,
      approx: rp.set("approx"),
    },
    duration: {
      mods: du.map("mod"),
      pluralUnits: du.set("plural-unit"),
      articleOkBefore: du.set("article-ok-before"),
      adjectiveUnits,
      adjective: new RegExp(`^(.+?)(${[...adjectiveUnits.keys()].join("|")})(e|en|er|es|em)?$`),
      vagueHeads: du.set("vague-head"),
      long: du.map("long"),
    },
    clock: { podPreps: clock.set("pod-prep"), podAdjectives: clock.set("pod-adjective") },
    notDateBefore: p("numeric-date").set("not-date-before"),
    partOfPeriod: { parts: pp.map("part"), genitiveUnits: pp.map("genitive-unit") },
    rangeConnectors: p("range").set("connect"),
    morningBefore: p("relative-day").set("morning-before"),
    quarterWords: sq.set("quarter"),
    halfWords: sq.set("half"),
    set: { adverbs: st.map("adverb"), every: st.set("every") },
    vague: {
      words: va.map("word"),
      phrases: [...va.map("phrase")].map(([words, value]) => [words.split(" "), value] as const),
    },
    year: { quantityBefore: yr.set("quantity-before"), approx: yr.set("approx"), amountAfter: yr.set("amount-after") },
  };
}
