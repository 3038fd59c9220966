/**
 * Sources: the agency, outlet or channel a statement came through — "laut der Nachrichtenagentur Tass",
 * "sagte X der Zeitung Y", "einem Reuters-Bericht zufolge", "schrieb X auf der Plattform X". Which entity a
 * source is (linked by overlap, or appended) is the engine's sourceEntity (src/quotes/entities.ts).
 */

import type { Doc } from "../../../doc/index.js";
import { wordMemo } from "../../../doc/memo.js";
import type { Kb, KbEntry } from "../../../kb/index.js";
import type { SourceHit } from "../../../quotes/grammar.js";
import { clauseClass, quoteTables } from "./tables.js";
import type { DeView } from "./view.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_SOURCE_COORD: ReadonlySet<string> = clauseClass("source.coord");
const CLASS_SOURCE_ARTICLES: ReadonlySet<string> = clauseClass("source.articles");

/** The first agency or outlet the KB knows by this surface (memoised per surface: every capitalised word asks). */
const outletOf = wordMemo(50_000, (kb: Kb, surface: string): KbEntry | null => {
  for (const e of kb.lookup(surface)) if (e.kind === "agency" || e.kind === "outlet") return e;
  return null;
});

function kbOutlet(v: DeView, surface: string): KbEntry | null {
  return outletOf(v.kb, surface);
}

function nameAfter(v: DeView, j: number, e: number): [number, number] | null {
  // „Handelsblatt“ in quotes, or capitalised / unknown lower-case name tokens
  if (j < e && v.isQuote(j)) {
    let c = j + 1;
    while (c < e && !v.isQuote(c)) c++;
    // a name between the marks (two marks in a row, "Nachrichtenagentur„ „Tass", hold none)
    if (c < e && c > j + 1 && c - j <= 5) return [j + 1, c];
    return null;
  }
  let c = j;
  while (c < e && c - j < 4 && v.isWord(c)) {
    const digitOrHyphen = /\d|-/.test(v.text[c]);
    if (!v.isCap(c) && !digitOrHyphen && v.text[c] !== v.lower[c]) break;
    if (!v.isCap(c) && quoteTables().functionWords.has(v.lower[c])) break;
    // a lower-case name is no German word: "die Agentur dpa", not "die Zeitung zitiert"
    if (!v.isCap(c) && !digitOrHyphen && (v.lex.isCommonWord(v.lower[c]) || v.lex.isVerb(v.lower[c]))) break;
    // only a name's first word may be lower-case ("die Agentur dpa"); "die Tageszeitung Sme infrage" ends at Sme
    if (c > j && !v.isCap(c) && !digitOrHyphen) break;
    c++;
  }
  return c > j ? [j, c] : null;
}

const outletsOf = new WeakMap<Doc, readonly (readonly string[])[]>();

/**
 * The outlets a document introduces with an outlet noun ("die Tageszeitung Sme", "die Sender Kanaltürk und
 * Bugün TV"), as lower-cased token sequences: later bare mentions of them are outlets too.
 */
function documentOutlets(v: DeView): readonly (readonly string[])[] {
  const known = outletsOf.get(v.doc);
  if (known) return known;
  const T = quoteTables();
  const coord = CLASS_SOURCE_COORD;
  const out: string[][] = [];
  for (let i = 0; i < v.n; i++) {
    if (!v.isWord(i) || !T.outletNouns.has(v.lower[i])) continue;
    let nm = nameAfter(v, i + 1, v.n);
    while (nm) {
      if (!v.isQuote(nm[0])) out.push(v.lower.slice(nm[0], nm[1]));
      i = nm[1] - 1;
      // a coordinated name after a plural outlet noun is one more outlet ("die Sender Kanaltürk und Bugün TV")
      nm = coord.has(v.lower[nm[1]] ?? "") && v.isCap(nm[1] + 1) ? nameAfter(v, nm[1] + 1, v.n) : null;
    }
  }
  outletsOf.set(v.doc, out);
  return out;
}

/** The length of the document outlet named at token i that a channel preposition governs, or 0. */
function channelOutletAt(v: DeView, i: number, outlets: readonly (readonly string[])[]): number {
  if (!v.isCap(i)) return 0;
  const T = quoteTables();
  const articles = CLASS_SOURCE_ARTICLES;
  let p = i - 1;
  if (articles.has(v.lower[p] ?? "")) p--;
  if (!T.channelPrepositions.has(v.lower[p] ?? "")) return 0;
  for (const o of outlets) {
    if (o.every((w, k) => v.lower[i + k] === w)) return o.length;
  }
  return 0;
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word);
}

const personTokens = new WeakMap<Doc, Uint8Array>();

/** Whether token i lies in a person's mention of the entities layer (marks built once per document). */
function inPersonName(v: DeView, i: number): boolean {
  let marks = personTokens.get(v.doc);
  if (!marks) {
    marks = new Uint8Array(v.n);
    const toks = v.doc.tokens;
    for (const e of v.doc.entities) {
      if (e.type !== "PER") continue;
      for (const m of e.mentions) {
        for (let k = toks.indexAt(m.start); k < v.n && v.start(k) < m.end; k++) if (v.start(k) >= m.start) marks[k] = 1;
      }
    }
    personTokens.set(v.doc, marks);
  }
  return marks[i] === 1;
}

/** Outlet/agency mentions in tokens [s, e) outside quotations. */
export function findSources(v: DeView, s: number, e: number, skip: (i: number) => boolean): SourceHit[] {
  const T = quoteTables();
  const out: SourceHit[] = [];
  const outlets = documentOutlets(v);
  for (let i = s; i < e; i++) {
    if (skip(i) || !v.isWord(i)) continue;
    const w = v.lower[i];
    const len = channelOutletAt(v, i, outlets);
    if (len > 0 && i + len <= e) {
      // "sagte Toros in Bugün TV", "versicherte Fico gegenüber Sme"
      const surface = v.doc.text.slice(v.start(i), v.end(i + len - 1));
      out.push({
        start: v.start(i),
        end: v.end(i + len - 1),
        report: false,
        kbEntry: kbOutlet(v, surface),
        named: true,
      });
      i += len - 1;
      continue;
    }
    if (T.outletNouns.has(w) || (w.includes("-") && T.outletNouns.has(w.slice(w.lastIndexOf("-") + 1)))) {
      const nm = nameAfter(v, i + 1, e);
      if (nm) {
        const surface = v.doc.text.slice(v.start(nm[0]), v.end(nm[1] - 1));
        const report = i > s && T.reportNouns.has(v.lower[i - 2] ?? "");
        out.push({
          start: v.start(nm[0]),
          end: v.end(nm[1] - 1),
          report,
          kbEntry: kbOutlet(v, surface),
          named: true,
        });
        i = nm[1] - 1;
        continue;
      }
    }
    const h = v.text[i].lastIndexOf("-");
    if (h > 0 && T.reportNouns.has(w.slice(h + 1))) {
      // "Reuters-Bericht", "dpa-Meldung"
      const prefix = v.text[i].slice(0, h);
      const entry = kbOutlet(v, prefix);
      if (entry || /^[A-Z]/.test(prefix) || prefix === prefix.toLowerCase()) {
        out.push({ start: v.start(i), end: v.start(i) + h, report: true, kbEntry: entry, named: entry !== null });
      }
      continue;
    }
    // a word of a person's name is no outlet ("Kristina Mena" is no MENA); an acronym stays one even inside a
    // person's mention ("Heeressprecher der APA")
    if (v.isCap(i) || v.text[i] === w) {
      const entry = kbOutlet(v, v.text[i]);
      if (entry && (isAcronym(v.text[i]) || !inPersonName(v, i))) {
        const prev = v.lower[i - 1] ?? "";
        const report = T.reportNouns.has(prev) || T.reportNouns.has(v.lower[i - 2] ?? "");
        out.push({ start: v.start(i), end: v.end(i), report, kbEntry: entry, named: true });
      }
    }
  }
  return out;
}
