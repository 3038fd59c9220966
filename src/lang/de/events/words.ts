/** Closed word classes the event chunker needs (lower case), read from src/lang/de/events/function-words.tsv. */
import { readTsv } from "./tables.js";

let classes: Map<string, Set<string>> | undefined;

function load(): Map<string, Set<string>> {
  if (!classes) {
    classes = new Map();
    for (const [cls, words] of readTsv("events/function-words.tsv")) {
      classes.set(cls, new Set(words.split(" ").filter(Boolean)));
    }
  }
  return classes;
}

export type WordClass =
  | "prep"
  | "det"
  | "pron"
  | "werden"
  | "perfaux"
  | "speech"
  | "attach"
  | "intentadj"
  | "adv"
  | "quant"
  | "personsuffix"
  | "sein"
  | "relsubj"
  | "relobj";

/** Whether a lower-case word ends with a member of the class ("Besucher" ends with "er" of personsuffix). */
export function endsWithClass(cls: WordClass, lower: string): boolean {
  const words = load().get(cls);
  if (!words) return false;
  for (let k = 1; k <= lower.length && k <= 12; k++) if (words.has(lower.slice(lower.length - k))) return true;
  return false;
}

/** Whether a lower-case word belongs to a closed class. */
export function isClass(cls: WordClass, lower: string): boolean {
  return load().get(cls)?.has(lower) ?? false;
}
