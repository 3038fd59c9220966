/** Test helper: tokenise a text and link its entities (KB + rules; tagger spans only if given). */
import { Doc, type Entity } from "../../../doc/index.js";
import type { TagSpan } from "../../../entities/context.js";
import { linkEntities } from "../../../entities/index.js";
import { sharedKb } from "../../../kb/index.js";
import { textLayers } from "../../../pipeline/analyze.js";
import { german } from "../resources.js";

export function link(text: string, published: string | null = "2025-09-04", tags: readonly TagSpan[] = []): Entity[] {
  const doc = new Doc({ text, published });
  textLayers(doc);
  return linkEntities(doc, { grammar: german().entities, kb: sharedKb() }, published, { tags });
}

/** A Doc ready for tagger-span construction in tests (token indices by text). */
export function tokenized(text: string): Doc {
  const doc = new Doc({ text });
  textLayers(doc);
  return doc;
}

export function byName(ents: readonly Entity[], name: string): Entity | undefined {
  return ents.find((e) => e.name === name);
}

export function mentionTexts(e: Entity | undefined): string[] {
  return e ? e.mentions.map((m) => m.text) : [];
}
