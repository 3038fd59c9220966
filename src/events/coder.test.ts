import { describe, expect, it } from "vitest";
import { Doc } from "../doc/index.js";
import type { PloverType } from "../doc/schema/events.js";
import { sharedKb } from "../kb/index.js";
import { textLayers } from "../pipeline/analyze.js";
import { codeEvents } from "./coder.js";
import { type Clause, type Cue, type EventGrammar, emptyPhrase, type FrameFlag, type Phrase } from "./grammar.js";
import type { MentionRef } from "./mentions.js";

/**
 * A toy English grammar: one clause per sentence, a verb of VERBS as the cue, every KB mention a participant
 * (joined by "and"; "with"/"against" before it is its preposition), the first participant the actor and the next
 * the target. It shows that the engine needs nothing German.
 */
const VERBS: Record<string, { type: PloverType; flags?: FrameFlag[] }> = {
  attacks: { type: "ASSAULT" },
  help: { type: "AID" },
  cooperate: { type: "COOPERATE", flags: ["recip"] },
  meets: { type: "CONSULT", flags: ["needtgt"] },
};

interface ToyView {
  doc: Doc;
  lower: string[];
  mentions: ReadonlyMap<number, MentionRef>;
}

const has = (v: ToyView, c: Clause, word: string): boolean => v.lower.slice(c.start, c.end).includes(word);

function toyPhrases(v: ToyView, c: Clause): Phrase[] {
  const out: Phrase[] = [];
  for (let i = c.start; i < c.end; i++) {
    const m = v.mentions.get(i);
    if (!m) continue;
    const member = { entity: null, country: m.country, text: m.name, via: "entity" as const, mention: m };
    const prev = v.lower[i - 1];
    if (prev === "and" && out.length) {
      out[out.length - 1].members.push(member);
      continue;
    }
    const p = emptyPhrase(i, m.end);
    p.prep = prev === "with" || prev === "against" ? prev : null;
    p.members.push(member);
    out.push(p);
  }
  return out;
}

const toy: EventGrammar<ToyView> = {
  view: (doc, _kb, mentions) => ({
    doc,
    lower: Array.from({ length: doc.tokens.count }, (_, i) => doc.tokenText(i).toLowerCase()),
    mentions,
  }),
  clauses: (_v, sent, s, e) => [{ start: s, end: e, kind: "main", inQuote: false, sent }],
  cue(v, c): Cue | null {
    for (let i = c.start; i < c.end; i++) {
      const verb = VERBS[v.lower[i]];
      if (!verb) continue;
      const flags = new Set(verb.flags ?? []);
      const row = { type: verb.type, mode: null, flags };
      return { token: i, lemma: v.lower[i], verbKind: "F", noun: -1, ...row, rows: [row] };
    }
    return null;
  },
  phrases: (v, c) => toyPhrases(v, c),
  roles: (_v, ps) => ({
    actor: ps.find((p) => p.prep === null) ?? null,
    target: ps.filter((p) => p !== ps.find((q) => q.prep === null))[0] ?? null,
    passive: false,
  }),
  flags: (v, c) => ({
    negated: has(v, c, "not"),
    hypothetical: has(v, c, "if"),
    future: has(v, c, "will"),
    deontic: has(v, c, "must"),
  }),
  marks: (v, c, marker) => marker === "joint" && has(v, c, "jointly"),
  nonPolitical: (v, s, e) => v.lower.slice(s, e).includes("goal"),
  pronoun: () => "other",
  prepIs: (prep, role) =>
    role === "partner" ? prep === "with" : role === "party" && ["with", "against"].includes(prep),
  isPersonNoun: () => false,
  isPluralHead: () => false,
  headText: (p) => p.heads.join(" "),
  statement: () => null,
  hasNominal: () => false,
  nominals: () => [],
  possessiveBase: (w) => (w.endsWith("'s") ? w.slice(0, -2) : null),
  notAName: () => false,
  roleOrg: () => null,
  actBody: () => null,
};

function code(text: string): string[] {
  const doc = textLayers(new Doc({ text, published: "2025-10-15" }), "en");
  return codeEvents(doc, toy, sharedKb()).map(
    (e) =>
      `${e.type} ${e.actorCountry}→${e.targetCountry ?? "-"}${e.negated ? " neg" : ""}${e.future ? " fut" : ""}${e.reciprocal ? " recip" : ""}`,
  );
}

describe("the event engine over a grammar that is not German", () => {
  it("codes the cue's type with the actor and target the grammar names", () => {
    expect(code("Frankreich attacks Deutschland.")).toEqual(["ASSAULT FRA→DEU"]);
  });

  it("turns announced joint cooperation into a promise (AGREE), unless negated", () => {
    expect(code("Frankreich will help Deutschland.")).toEqual(["AGREE FRA→DEU fut"]);
    expect(code("Frankreich will not help Deutschland.")).toEqual(["AID FRA→DEU neg fut"]);
  });

  it("codes coordinated actors of a reciprocal frame as one event between them", () => {
    expect(code("Frankreich and Deutschland cooperate.")).toEqual(["COOPERATE FRA→DEU recip"]);
  });

  it("keeps a needtgt row for a target with a party preposition", () => {
    expect(code("Frankreich meets.")).toEqual([]);
    expect(code("Frankreich meets with Deutschland.")).toEqual(["CONSULT FRA→DEU"]);
  });

  it("does not code a material act the grammar marks as an obligation (deontic) as done", () => {
    // the toy grammar knows only the cue form "attacks"
    expect(code("Frankreich must attacks Deutschland.")).toEqual([]);
    expect(code("Frankreich attacks Deutschland.")).toEqual(["ASSAULT FRA→DEU"]);
  });

  it("codes nothing in a sentence the grammar calls non-political", () => {
    expect(code("Frankreich attacks Deutschland after the goal.")).toEqual([]);
  });
});
