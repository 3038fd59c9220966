/**
 * Coreference in the style of a multi-pass sieve (Stanford): the candidate mentions are read in text order, and
 * for each the rules are tried from the most precise to the loosest — apposition, role in the text, role at the
 * publication date, role of the person just named, description, an organisation named in the next sentence, pronoun —
 * until one links it; a definite phrase naming an acting body that
 * nothing earlier answers becomes an entity of its own. Names come from the entities layer and keep the referents'
 * recency and salience up to date as the reading goes on.
 */
import type { Doc } from "../doc/index.js";
import type { CorefMention, MentionForm } from "../doc/schema/index.js";
import type { Kb } from "../kb/index.js";
import type { Candidate, CorefGrammar } from "./grammar.js";
import { type Referent, Referents } from "./referents.js";
import { apposition } from "./sieves/apposition.js";
import { crowdNumber } from "./sieves/crowd.js";
import { memberDescription, orgDescription, personDescription } from "./sieves/description.js";
import { namedNext } from "./sieves/named-next.js";
import { newReferent } from "./sieves/new-referent.js";
import { isDemonstrative, pronoun } from "./sieves/pronoun.js";
import { roleAtDate, roleInText, roleOfSalient } from "./sieves/role.js";
import type { Sieve, SieveContext } from "./sieves/types.js";

/** The rules, most precise first. */
export const SIEVES: readonly Sieve[] = [
  apposition,
  roleInText,
  roleAtDate,
  roleOfSalient,
  personDescription,
  memberDescription,
  orgDescription,
  namedNext,
  pronoun,
  crowdNumber,
  newReferent,
];

interface NameMention {
  start: number;
  end: number;
  text: string;
  ref: Referent;
  part: boolean;
  subject: boolean;
}

function nameMentions(doc: Doc, refs: Referents, grammar: CorefGrammar): NameMention[] {
  const out: NameMention[] = [];
  for (const r of refs.list) {
    const ent = r.ent;
    for (const m of ent.mentions) {
      if (m.form !== "name" && m.form !== "alias" && m.form !== "descriptor") continue;
      const part = ent.type === "PER" && m.form === "name" && m.text !== ent.name && ent.name.includes(m.text);
      const i = doc.tokens.indexAt(m.start);
      out.push({ start: m.start, end: m.end, text: m.text, ref: r, part, subject: grammar.subjectAt(doc, i) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const FORM: Record<Candidate["kind"], MentionForm> = {
  pronoun: "pronoun",
  role: "role",
  description: "description",
  apposition: "apposition",
};

/**
 * Whether an entity mention already covers the candidate's head (it is a name or a KB descriptor) — unless a
 * person phrase covers an organisation's name ("der Grüne" is a person of the party, not the party). Built once
 * per document as two marks per token (covered by any mention; by a person's), so the test is O(1) per candidate
 * (scanning every mention for every candidate made the stage quadratic on long texts).
 */
function coverage(doc: Doc): (c: Candidate) => boolean {
  const toks = doc.tokens;
  const any = new Uint8Array(toks.count);
  const person = new Uint8Array(toks.count);
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      // every token whose span lies inside the mention
      for (let t = toks.indexAt(m.start); t >= 0 && t < toks.count && toks.start[t] < m.end; t++) {
        if (toks.start[t] < m.start || toks.end[t] > m.end) continue;
        any[t] = 1;
        if (e.type === "PER") person[t] = 1;
      }
    }
  }
  return (c) => (c.denotes === "person" ? person : any)[c.e - 1] === 1;
}
/** Fills doc.mentions and adds the resolved mentions to their entities (new entities are appended). */
export function resolveCoref(doc: Doc, grammar: CorefGrammar, kb: Kb, published: string | null): CorefMention[] {
  const refs = new Referents(doc, grammar, kb);
  const names = nameMentions(doc, refs, grammar);
  const nameAt = new Map<number, Referent>();
  for (const n of names) nameAt.set(n.start, n.ref);
  const covered = coverage(doc);
  const candidates = grammar.candidates(doc, kb).filter((c) => !covered(c));
  const ctx: SieveContext = { doc, kb, refs, published, nameAt, candidates };
  const out: CorefMention[] = [];
  let ni = 0;
  for (const c of candidates) {
    for (; ni < names.length && names[ni].start < c.start; ni++) {
      const n = names[ni];
      refs.touch(n.ref, n.start, n.subject);
      out.push({
        start: n.start,
        end: n.end,
        text: n.text,
        kind: n.part ? "name-part" : "name",
        entity: n.ref.ent.id,
        via: "name",
      });
    }
    const sent = refs.sentAt(c.start);
    let linked: Referent | null = null;
    let via: string | null = null;
    for (const sieve of SIEVES) {
      linked = sieve.resolve(ctx, c, sent);
      if (linked) {
        via = sieve.name;
        break;
      }
    }
    const text = doc.text.slice(c.start, c.end);
    out.push({ start: c.start, end: c.end, text, kind: c.kind, entity: linked?.ent.id ?? null, via });
    if (linked) {
      // an entity the rules created has this phrase as its first mention; the others keep their names in the
      // entities layer, and their pronouns, roles and descriptions live in the coreference layer only
      if (!linked.ent.mentions.length)
        refs.firstMention(linked, { start: c.start, end: c.end, text, form: FORM[c.kind] });
      refs.touch(linked, c.start, c.subject, c.kind === "pronoun" && isDemonstrative(c));
    }
  }
  for (; ni < names.length; ni++) {
    const n = names[ni];
    out.push({
      start: n.start,
      end: n.end,
      text: n.text,
      kind: n.part ? "name-part" : "name",
      entity: n.ref.ent.id,
      via: "name",
    });
  }
  return out;
}
