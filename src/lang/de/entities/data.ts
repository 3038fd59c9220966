/** Word lists of the entities stage (src/lang/de/entities/*.txt), loaded once per process. */
import { readFileSync } from "node:fs";
import { deDataPath } from "../data.js";

/** A file in src/lang/de/entities (also when running from dist/src/lang/de/entities). */
function entitiesDataPath(name: string): string {
  return deDataPath(`entities/${name}`);
}

const cache = new Map<string, ReadonlySet<string>>();

/** One entry per line, "#" comments skipped. */
export function wordList(name: string): ReadonlySet<string> {
  let s = cache.get(name);
  if (!s) {
    const out = new Set<string>();
    for (const raw of readFileSync(entitiesDataPath(name), "utf8").split("\n")) {
      const line = raw.trim();
      if (line && !line.startsWith("#")) out.add(line);
    }
    s = out;
    cache.set(name, s);
  }
  return s;
}

/** Given names (src/kb/curated/first-names.txt). */
export function firstNames(): ReadonlySet<string> {
  let s = cache.get("first-names");
  if (!s) {
    const out = new Set<string>();
    const file = deDataPath("../../kb/curated/first-names.txt");
    for (const raw of readFileSync(file, "utf8").split("\n")) {
      const line = raw.trim();
      if (line && !line.startsWith("#")) out.add(line);
    }
    s = out;
    cache.set("first-names", s);
  }
  return s;
}

/** Function words that are never names (src/kb/curated/blocked-forms.txt), lower-case. */
export function blockedWords(): ReadonlySet<string> {
  let s = cache.get("blocked");
  if (!s) {
    const out = new Set<string>();
    const file = deDataPath("../../kb/curated/blocked-forms.txt");
    for (const raw of readFileSync(file, "utf8").split("\n")) {
      const line = raw.trim();
      if (line && !line.startsWith("#")) out.add(line.toLowerCase());
    }
    s = out;
    cache.set("blocked", s);
  }
  return s;
}

let federalCues: [string, { prefixes: string[]; words: Set<string> }][] | undefined;

/**
 * The country the federal titles of an article refer to ("Bundeskanzler" in Vienna is Austrian):
 * the country of federal-context.tsv whose words the article uses most, when it beats Germany.
 */
export function federalCountry(words: readonly string[]): string {
  if (!federalCues) {
    federalCues = [];
    for (const raw of readFileSync(entitiesDataPath("federal-context.tsv"), "utf8").split("\n")) {
      const line = raw.trim();
      if (!line || line.startsWith("#")) continue;
      const [iso, cues] = line.split("\t");
      const all = cues.split(" ").filter(Boolean);
      federalCues.push([
        iso,
        {
          prefixes: all.filter((c) => c.endsWith("*")).map((c) => c.slice(0, -1)),
          words: new Set(all.filter((c) => !c.endsWith("*"))),
        },
      ]);
    }
  }
  const counts = new Map<string, number>();
  for (const w of words) {
    const c = w.charCodeAt(0);
    // every cue starts with a letter; skip punctuation and numbers cheaply
    if (!(c >= 65 && c <= 90) && !(c >= 97 && c <= 122) && c < 0xc0) continue;
    const lw = w.toLowerCase();
    for (const [iso, cues] of federalCues) {
      if (cues.words.has(lw) || cues.prefixes.some((p) => lw.startsWith(p)))
        counts.set(iso, (counts.get(iso) ?? 0) + 1);
    }
  }
  let best = "DEU";
  let bestN = counts.get("DEU") ?? 0;
  for (const [iso, n] of counts) if (n > bestN) [best, bestN] = [iso, n];
  return best;
}
