/**
 * Federal titles that Germany, Austria and Switzerland share ("Bundeskanzler", "Bundespräsident", "Kanzler"):
 * the KB gives them Germany; in an article that names Austria or Switzerland more often than Germany
 * (federal-context.tsv) they mean that country's office holder.
 */
import type { SharedTitles } from "../../../entities/grammar.js";
import { readTsvRows, readWordList } from "../data.js";

interface Cues {
  /** Words beginning with one of these count ("österreich*"). */
  prefixes: string[];
  /** Whole words. */
  words: Set<string>;
}

/** Reads federal-context.tsv and federal-titles.txt. */
export function loadFederalTitles(): SharedTitles {
  const federalCues: [string, Cues][] = [];
  for (const [iso, cues] of readTsvRows("entities/federal-context.tsv")) {
    const all = (cues ?? "").split(" ").filter(Boolean);
    federalCues.push([
      iso ?? "",
      {
        prefixes: all.filter((c) => c.endsWith("*")).map((c) => c.slice(0, -1)),
        words: new Set(all.filter((c) => !c.endsWith("*"))),
      },
    ]);
  }
  const titles = [...readWordList("entities/federal-titles.txt")];
  return {
    home: "DEU",
    isTitle: (roleText) => titles.some((p) => roleText.startsWith(p)),
    countryOf: (words) => federalCountry(federalCues, words),
  };
}

/** The country of federal-context.tsv whose words the article uses most, when it beats Germany. */
function federalCountry(federalCues: readonly [string, Cues][], words: readonly string[]): string {
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
