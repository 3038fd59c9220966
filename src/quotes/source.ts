/**
 * Sources: the agency, outlet or channel a statement came through — "laut der Nachrichtenagentur Tass",
 * "sagte X der Zeitung Y", "einem Reuters-Bericht zufolge", "schrieb X auf der Plattform X". A source
 * is linked to an entity of the entities layer by overlap; when none exists, an entity is appended
 * (from the knowledge base when it knows the name).
 */
import type { Doc } from "../doc/index.js";
import type { Entity } from "../doc/schema/index.js";
import { type KbEntry, kb } from "../kb/index.js";
import { lexicon } from "../lang/de/lexicon/index.js";
import { entityIn } from "./speaker.js";
import { quoteTables } from "./tables.js";
import type { TokView } from "./view.js";

export interface SourceHit {
  start: number;
  end: number;
  /** A report ("Reuters-Bericht", "einem Bericht der Zeitung X"): later "demnach" sentences inherit it. */
  report: boolean;
  kbEntry: KbEntry | null;
  /** True if an outlet noun named it ("die Zeitung X"): an outlet even without a KB entry. */
  named: boolean;
}

function kbOutlet(surface: string): KbEntry | null {
  for (const e of kb().lookup(surface)) if (e.kind === "agency" || e.kind === "outlet") return e;
  return null;
}

function nameAfter(v: TokView, j: number, e: number): [number, number] | null {
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
    if (!v.isCap(c) && !digitOrHyphen && (lexicon().isCommonWord(v.lower[c]) || lexicon().isVerb(v.lower[c]))) break;
    c++;
  }
  return c > j ? [j, c] : null;
}

/** Outlet/agency mentions in tokens [s, e) outside quotations. */
export function findSources(v: TokView, s: number, e: number, skip: (i: number) => boolean): SourceHit[] {
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
          kbEntry: kbOutlet(surface),
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
      const entry = kbOutlet(prefix);
      if (entry || /^[A-Z]/.test(prefix) || prefix === prefix.toLowerCase()) {
        out.push({ start: v.start(i), end: v.start(i) + h, report: true, kbEntry: entry, named: entry !== null });
      }
      continue;
    }
    if (v.isCap(i) || v.text[i] === w) {
      const entry = kbOutlet(v.text[i]);
      if (entry) {
        const prev = v.lower[i - 1] ?? "";
        const report = T.reportNouns.has(prev) || T.reportNouns.has(v.lower[i - 2] ?? "");
        out.push({ start: v.start(i), end: v.end(i), report, kbEntry: entry, named: true });
      }
    }
  }
  return out;
}

/** Entity id for a source hit; appends an entity when the entities layer has none. */
export function sourceEntity(doc: Doc, hit: SourceHit): string | null {
  const found = entityIn(doc, hit.start, hit.end);
  if (found && (found.type === "ORG" || found.type === "MISC")) return found.id;
  if (!hit.kbEntry && !hit.named) return null;
  const text = doc.text.slice(hit.start, hit.end);
  const name = hit.kbEntry?.name ?? text;
  const existing = doc.entities.find((x) => x.name === name || (hit.kbEntry && x.kbId === hit.kbEntry.id));
  const mention = { start: hit.start, end: hit.end, text, form: "name" as const };
  if (existing) {
    if (!existing.mentions.some((m) => m.start === hit.start && m.end === hit.end)) {
      existing.mentions.push(mention);
      existing.mentions.sort((a, b) => a.start - b.start);
    }
    return existing.id;
  }
  const ids = new Set(doc.entities.map((x) => x.id));
  let k = doc.entities.length + 1;
  while (ids.has(`e${k}`)) k++;
  const ent: Entity = {
    id: `e${k}`,
    name,
    type: "ORG",
    country: hit.kbEntry?.country ?? null,
    wikidata: hit.kbEntry?.wikidata ?? null,
    aliases: [],
    mentions: [mention],
  };
  if (hit.kbEntry) {
    ent.kbId = hit.kbEntry.id;
    if (hit.kbEntry.role) ent.role = hit.kbEntry.role;
    if (hit.kbEntry.ownership) ent.ownership = hit.kbEntry.ownership;
  }
  doc.entities.push(ent);
  return ent.id;
}
