/**
 * Quote extraction over one document: sentence units (sentences joined when a quotation spans them) are read in
 * order; each family of the language's grammar contributes drafts; speaker, source and date are resolved in one
 * place (resolve.ts); state (last speaker, last cited report) flows from unit to unit. An interview transcript's
 * answer turns are statements of the interviewee.
 */
import type { Doc } from "../doc/index.js";
import type { Quote } from "../doc/schema/index.js";
import type { Kb } from "../kb/index.js";
import { resolveFirstPerson } from "./first-person.js";
import type { QuoteGrammar } from "./grammar.js";
import { type QuoteOutput, resolveUnit } from "./resolve.js";
import { createDocScan, createUnitScan } from "./scan.js";
import type { TokView } from "./view.js";

export function extractQuotes<V extends TokView>(doc: Doc, grammar: QuoteGrammar<V>, kb: Kb): Quote[] {
  const v = grammar.view(doc, kb);
  if (v.n === 0) return [];
  // an interview transcript: the answers from the first turn label on are the interviewee's own text
  const transcriptFrom = grammar.transcriptStart(doc.text);
  const scan = createDocScan(doc, v, (p) => grammar.isShortLabel(v, p));
  const out: QuoteOutput = { quotes: [], lastCarry: null };
  for (let ui = 0; ui < scan.units.length; ui++) {
    if (transcriptFrom >= 0 && v.end(scan.units[ui].e - 1) > transcriptFrom) continue;
    const unit = createUnitScan(scan, ui);
    for (const family of grammar.families) family.run(unit);
    if (unit.drafts.length) resolveUnit(grammar, unit, out);
  }
  if (transcriptFrom >= 0) out.quotes.push(...grammar.transcriptQuotes(doc, transcriptFrom, out.quotes.length));
  resolveFirstPerson(doc, out.quotes, kb, (w) => grammar.firstPerson(w));
  return out.quotes;
}
