import type { Event } from "../../../doc/schema/events.js";
import { analyze } from "../../../pipeline/analyze.js";

/** A compact view of one coded event for assertions. */
export interface Coded {
  type: Event["type"];
  mode: string | null;
  actor: string | null;
  target: string | null;
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
  reciprocal: boolean;
}

/** Runs the whole pipeline and returns its events as {type, actor, target, flags} (countries, else texts). */
export function code(text: string, published = "2025-10-15"): Coded[] {
  const doc = analyze({ text, published });
  return doc.events.map((e) => ({
    type: e.type,
    mode: e.mode,
    actor: e.actorCountry ?? e.actorText ?? doc.entities.find((x) => x.id === e.actor)?.name ?? null,
    target: e.targetCountry ?? e.targetText ?? doc.entities.find((x) => x.id === e.target)?.name ?? null,
    negated: e.negated,
    hypothetical: e.hypothetical,
    future: e.future === true,
    reciprocal: e.reciprocal === true,
  }));
}

/** The single event of a sentence (fails the test by returning undefined otherwise). */
export function one(text: string): Coded | undefined {
  const evs = code(text);
  return evs.length === 1 ? evs[0] : undefined;
}

/** The events of a text with their sides as entity names (else country or text). */
export function sides(text: string): { type: string; actor: string | null; target: string | null }[] {
  const doc = analyze({ text, published: "2025-10-15" });
  const name = (id: string | null) => (id ? (doc.entities.find((e) => e.id === id)?.name ?? null) : null);
  return doc.events.map((e) => ({
    type: e.type,
    actor: name(e.actor) ?? e.actorCountry ?? e.actorText ?? null,
    target: name(e.target) ?? e.targetCountry ?? e.targetText ?? null,
  }));
}
