import type { Doc } from "../doc/index.js";
import { analyze } from "../pipeline/analyze.js";

/** Runs the default pipeline and returns the document. */
export function corefDoc(text: string, published: string | null = "2025-09-04"): Doc {
  return analyze({ text, published });
}

/** The coreference mention whose text is `text` (the n-th one), with its entity's name and the rule that linked it. */
export function mention(doc: Doc, text: string, n = 0): { entity: string | null; via: string | null } | undefined {
  const m = doc.mentions.filter((x) => x.text === text)[n];
  if (!m) return undefined;
  const ent = m.entity ? doc.entities.find((e) => e.id === m.entity) : undefined;
  return { entity: ent?.name ?? null, via: m.via };
}
