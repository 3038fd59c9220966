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
  | "quant";

/** Whether a lower-case word belongs to a closed class. */
export function isClass(cls: WordClass, lower: string): boolean {
  return load().get(cls)?.has(lower) ?? false;
}
