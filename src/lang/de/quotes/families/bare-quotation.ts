/**
 * Quotations no other family took: a quotation that reads as speech (a clause, or more than ten words) and is
 * no title, label or scare quote. Its speaker is the NP before a colon ("… warnte Lagarde: „…“"), the subject
 * of the clause before the colon ("Milinkewitsch kritisierte die Handlungsweise …: „…“"), or the last speaker
 * when it spoke in the last two units.
 */
import type { QuoteFamily, UnitScan } from "../../../../quotes/grammar.js";
import type { QuotePair } from "../../../../quotes/pairs.js";
import type { Cue } from "../cues.js";
import { ARTICLE_FORMS, npAt } from "../np.js";
import { hasScareMarker, isShortLabel, pairHasClause, pairWords } from "../scare.js";
import { subjectOf } from "../speaker.js";
import { clauseClass, quoteTables } from "../tables.js";
import type { DeView, TokSpan } from "../view.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_NAME_GOVERNOR: ReadonlySet<string> = clauseClass("name-governor");
const CLASS_OBLIQUE: ReadonlySet<string> = clauseClass("oblique");

type Scan = UnitScan<DeView>;

export const bareQuotation: QuoteFamily<DeView> = {
  name: "bare-quotation",
  run(s) {
    const { v, u, pairs } = s;
    for (let k = 0; k < pairs.length; k++) {
      const p = pairs[k];
      if (p.open < u.s || p.open >= u.e || s.covered.has(k) || s.inDraft(p.open)) continue;
      if (isShortLabel(v, p) || hasScareMarker(v, p)) continue;
      // without a frame, a quotation must read as speech: a clause, not a name or title
      if (!pairHasClause(v, p) && pairWords(v, p) <= 10) continue;
      // a short quotation governed by an article or preposition is a title or name: "in „Jeder stirbt für sich
      // allein“", "der „Aktion Deutschland hilft“"
      if (p.open > u.s && governsName(v.lower[p.open - 1]) && pairWords(v, p) <= 8) continue;
      const end = p.unclosed ? p.close : p.close + 1;
      const { speaker, cue } = colonSpeaker(s, p);
      const inherited = !speaker && s.state.last && s.ui - s.state.lastUnit <= 2 ? s.state.last : null;
      s.drafts.push({ kind: "direct", msg: { s: p.open, e: end }, pair: p, cue, speaker, inherited, frame: null });
    }
  },
};

/** Words before a frameless quotation that make it a name or title (article, preposition). */
function governsName(w: string): boolean {
  return ARTICLE_FORMS.includes(w) || CLASS_NAME_GOVERNOR.has(w);
}

/** The speaker before a colon that introduces the quotation, with the verb as cue when it is a clause's subject. */
function colonSpeaker(s: Scan, p: QuotePair): { speaker: TokSpan | null; cue: number[] | null } {
  const { v, u } = s;
  if (!(p.open - 1 > u.s && v.isPunct(p.open - 1, ":"))) return { speaker: null, cue: null };
  // "… warnte Lagarde: „…“" without a recognised cue: the NP before the colon
  const np = npAt(v, u.s, p.open - 1);
  if (np && np.e === p.open - 1) return { speaker: np, cue: null };
  // "Milinkewitsch kritisierte die Handlungsweise …: „…“", "Dabei griff sie X an: „…“": the subject of the
  // clause before the colon, around its first finite verb
  const colon = p.open - 1;
  let f = -1;
  for (let i = u.s; i < colon && f < 0; i = s.jump(i)) {
    if (!v.isWord(i) || s.skip(i) || (v.isCap(i) && !v.isSentStart(i))) continue;
    if (quoteTables().functionWords.has(v.lower[i])) continue;
    if (v.lex.verb(v.lower[i]).some((a) => a.mood === "ind")) f = i;
  }
  if (f < 0) return { speaker: null, cue: null };
  const pseudo: Cue = { finite: f, tok: f, parts: [f], lemma: "", type: "speech", nonFinite: false };
  const sub = subjectOf(v, pseudo, u.s, colon, false, s.timeEnd);
  if (sub && !(sub.s > f && CLASS_OBLIQUE.has(v.lower[sub.s]))) return { speaker: sub, cue: [f] };
  return { speaker: null, cue: null };
}
