/** Test helper: tokenise a text and link its entities (KB + rules; tagger spans only if given). */
import { Doc, type Entity } from "../../../doc/index.js";
import type { NerType, TagSpan } from "../../../entities/context.js";
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

/** Tagger spans for the given words of a text (as the statistical tagger would give them). */
export function tags(text: string, spans: readonly (readonly [string, NerType])[]): TagSpan[] {
  const doc = tokenized(text);
  const out: TagSpan[] = [];
  for (const [name, type] of spans) {
    const words = name.split(" ");
    for (let i = 0; i + words.length <= doc.tokens.count; i++) {
      if (words.every((w, k) => doc.tokenText(i + k) === w)) out.push({ start: i, end: i + words.length, type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The entity one of whose mentions is written `text`. */
export function entityOf(ents: readonly Entity[], text: string): Entity | undefined {
  return ents.find((e) => e.mentions.some((m) => m.text === text));
}
