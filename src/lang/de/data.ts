/**
 * Reading the German data files of this folder (word lists and tables with their provenance in the
 * header comments). Works from src/ and from dist/src/: the files stay in src/lang/de.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** Path of a German data file, e.g. deDataPath("quotes/cue-verbs.tsv"). */
export function deDataPath(name: string): string {
  // dist/src/lang/de → src/lang/de holds the data files; both trees resolve to the repo's src.
  const srcDir = here.includes(`${join("dist", "src")}`) ? here.replace(join("dist", "src"), "src") : here;
  return join(srcDir, name);
}

/** Reads a one-entry-per-line list (comments with #, blank lines ignored). */
export function readWordList(name: string): Set<string> {
  const out = new Set<string>();
  for (const raw of readFileSync(deDataPath(name), "utf8").split("\n")) {
    const line = raw.trim();
    if (line && !line.startsWith("#")) out.add(line);
  }
  return out;
}

/** Reads a tab-separated table (comments with #, blank lines ignored; cells trimmed). */
export function readTsvRows(name: string): string[][] {
  const rows: string[][] = [];
  for (const raw of readFileSync(deDataPath(name), "utf8").split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    rows.push(line.split("\t").map((c) => c.trim()));
  }
  return rows;
}
