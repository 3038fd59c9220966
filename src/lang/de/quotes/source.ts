/**
 * Sources: the agency, outlet or channel a statement came through — "laut der Nachrichtenagentur Tass",
 * "sagte X der Zeitung Y", "einem Reuters-Bericht zufolge", "schrieb X auf der Plattform X". Which entity a
 * source is (linked by overlap, or appended) is the engine's sourceEntity (src/quotes/entities.ts).
 */
import type { KbEntry } from "../../../kb/index.js";
import type { SourceHit } from "../../../quotes/grammar.js";
import { quoteTables } from "./tables.js";
import type { DeView } from "./view.js";

function kbOutlet(v: DeView, surface: string): KbEntry | null {
  for (const e of v.kb.lookup(surface)) if (e.kind === "agency" || e.kind === "outlet") return e;
  return null;
}

function nameAfter(v: DeView, j: number, e: number): [number, number] | null {
  // „Handelsblatt“ in quotes, or capitalised / unknown lower-case name tokens
  if (j < e && v.isQuote(j)) {
    let c = j + 1;
    while (c < e && !v.isQuote(c)) c++;
    if (c < e && c - j <= 5) return [j + 1, c];
    return null;
  }
  let c = j;
  while (c < e && c - j < 4 && v.isWord(c)) {
    const digitOrHyphen = /\d|-/.test(v.text[c]);
    if (!v.isCap(c) && !digitOrHyphen && v.text[c] !== v.lower[c]) break;
    if (!v.isCap(c) && quoteTables().functionWords.has(v.lower[c])) break;
    // a lower-case name is no German word: "die Agentur dpa", not "die Zeitung zitiert"
    if (!v.isCap(c) && !digitOrHyphen && (v.lex.isCommonWord(v.lower[c]) || v.lex.isVerb(v.lower[c]))) break;
    c++;
  }
  return c > j ? [j, c] : null;
}

/** Outlet/agency mentions in tokens [s, e) outside quotations. */
export function findSources(v: DeView, s: number, e: number, skip: (i: number) => boolean): SourceHit[] {
  const T = quoteTables();
  const out: SourceHit[] = [];
  for (let i = s; i < e; i++) {
    if (skip(i) || !v.isWord(i)) continue;
    const w = v.lower[i];
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
    if (v.isCap(i) || v.text[i] === w) {
      const entry = kbOutlet(v, v.text[i]);
      if (entry) {
        const prev = v.lower[i - 1] ?? "";
        const report = T.reportNouns.has(prev) || T.reportNouns.has(v.lower[i - 2] ?? "");
        out.push({ start: v.start(i), end: v.end(i), report, kbEntry: entry, named: true });
      }
    }
  }
  return out;
}
