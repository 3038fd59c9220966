import { readFileSync } from "node:fs";
import { deDataPath, readWordList } from "../data.js";
import { loadParserWords, type ParserWords } from "./words.js";

/** Reads a two-column TSV (comments with #) from src/lang/de/time/. */
function readTsv(name: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of readFileSync(deDataPath(`time/${name}`), "utf8").split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const [k, v] = line.split("\t");
    if (k && v !== undefined) out.set(k.trim(), v.trim());
  }
  return out;
}

function numeric(m: Map<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of m) out.set(k, Number(v));
  return out;
}

export interface TimeTables extends ParserWords {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  partsOfDay: Map<string, string>;
  numbers: Map<string, number>;
  ordinals: Map<string, number>;
  seasons: Map<string, string>;
  /** Season of every form of a season word: "sommer", "sommers", "sommeres", "spätsommer", "frühsommer". */
  seasonForms: Map<string, string>;
  units: Map<string, string>;
  relative: Map<string, number>;
  relativeDays: Map<string, number>;
  holidays: Map<string, string>;
  pastForms: Set<string>;
  /** Relative adjective stems that point at the narrative anchor rather than the reference date ("folgend"). */
  anaphoric: Set<string>;
  /** Weekday names ordered longest first, for compounds like "sonntagabend". */
  weekdayPrefixes: [string, number][];
}

/** Reads the German time word tables (the German resources load them once per process). */
export function loadTimeTables(): TimeTables {
  const weekdays = numeric(readTsv("weekdays.tsv"));
  const seasons = readTsv("seasons.tsv");
  const seasonForms = new Map<string, string>();
  for (const [k, v] of seasons) for (const f of [k, `${k}s`, `${k}es`, `spät${k}`, `früh${k}`]) seasonForms.set(f, v);
  return {
    months: numeric(readTsv("months.tsv")),
    weekdays,
    partsOfDay: readTsv("parts-of-day.tsv"),
    numbers: numeric(readTsv("numbers.tsv")),
    ordinals: numeric(readTsv("ordinals.tsv")),
    seasons,
    seasonForms,
    units: readTsv("units.tsv"),
    relative: numeric(readTsv("relative.tsv")),
    relativeDays: numeric(readTsv("relative-days.tsv")),
    holidays: readTsv("holidays.tsv"),
    pastForms: readWordList("time/past-forms.txt"),
    anaphoric: readWordList("time/anaphoric.txt"),
    weekdayPrefixes: [...weekdays].sort((a, b) => b[0].length - a[0].length),
    ...loadParserWords(),
  };
}

/** Strips a German adjective inflection ending: "vergangenen" → "vergangen", "letzte" → "letzt". */
export function adjStem(w: string): string {
  for (const suf of ["en", "er", "es", "em", "e"]) {
    if (w.length > suf.length + 2 && w.endsWith(suf)) return w.slice(0, -suf.length);
  }
  return w;
}
