import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** Directory holding the German data files (works from src/ and from dist/src/). */
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

let abbreviations: Set<string> | undefined;
/** Lower-cased abbreviations without their final period. */
export function ABBREVIATIONS(): Set<string> {
  if (!abbreviations) abbreviations = readWordList("abbreviations.txt");
  return abbreviations;
}

let ordinalFollowers: Set<string> | undefined;
/** Lower-cased nouns after which "N." is an ordinal. */
export function ORDINAL_FOLLOWERS(): Set<string> {
  if (!ordinalFollowers) ordinalFollowers = readWordList("ordinal-followers.txt");
  return ordinalFollowers;
}
