/**
 * Files of named word lists: one row per entry, "list<TAB>entry[<TAB>value…]" (comments with #, blank lines
 * ignored, cells trimmed), so the small closed-class lists of one parser or rule family live in one data file
 * beside it.
 *
 * @example
 * const w = new WordLists("time/parsers/duration.tsv");
 * w.set("plural-unit").has("wochen"); // true
 * w.map("mod").get("mehr als"); // "MORE_THAN"
 */
import { readTsvRows } from "./data.js";

export class WordLists {
  private readonly lists = new Map<string, Map<string, string[]>>();

  constructor(readonly file: string) {
    for (const [list, entry, ...values] of readTsvRows(file)) {
      if (!list || entry === undefined) throw new Error(`${file}: a row needs a list name and an entry`);
      let l = this.lists.get(list);
      if (!l) {
        l = new Map();
        this.lists.set(list, l);
      }
      l.set(entry, values);
    }
  }

  /** The entries and value columns of a list, in file order; a list the file lacks is an error. */
  rows(list: string): ReadonlyMap<string, readonly string[]> {
    const l = this.lists.get(list);
    if (!l) throw new Error(`${this.file}: no list "${list}"`);
    return l;
  }

  /** The entries of a list. */
  set(list: string): Set<string> {
    return new Set(this.rows(list).keys());
  }

  /** Entry → first value column. */
  map(list: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const [k, v] of this.rows(list)) out.set(k, v[0] ?? "");
    return out;
  }
}
