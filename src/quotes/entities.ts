/**
 * The entities layer as the quote engine reads it: the entity a mention overlaps, the last person named, and
 * the entity of a source (appended when the entities layer has none).
 */

import { nextEntityId } from "../doc/entity-ids.js";
import type { Doc, Entity } from "../doc/index.js";
import { addMention, blocksBefore, entityIndex, type IndexedMention, overlapping } from "./entity-index.js";
import type { SourceHit } from "./grammar.js";

/**
 * The entity whose mention overlaps [start, end); persons first, then the mention nearest the end. Besides the
 * entities layer's names, the coreference layer's resolved roles, descriptions and appositions count ("erklärte der
 * Minister" → the minister); pronouns are resolved by the speaker rules themselves.
 */
export function entityIn(doc: Doc, start: number, end: number): Entity | null {
  let best: IndexedMention | null = null;
  let bestScore = -1;
  for (const m of overlapping(entityIndex(doc), start, end)) {
    const score = (m.ent.type === "PER" ? 2000000 : m.ent.type === "ORG" ? 1000000 : 0) + m.end;
    if (score > bestScore || (score === bestScore && best && m.ord < best.ord)) {
      bestScore = score;
      best = m;
    }
  }
  return best?.ent ?? null;
}

/** The entity the coreference layer resolved the mention starting at `start` to (a pronoun too), or null. */
export function corefEntity(doc: Doc, start: number): Entity | null {
  return entityIndex(doc).corefAt.get(start) ?? null;
}

/** The last person entity mentioned before offset `at`. */
export function lastPersonBefore(doc: Doc, at: number): Entity | null {
  const ix = entityIndex(doc);
  // the block holding a mention's last character lists it: the first block back with a person ending before `at`
  // holds the one ending last
  for (const block of blocksBefore(ix, at)) {
    let best: IndexedMention | null = null;
    for (const m of block) {
      if (m.coref || m.ent.type !== "PER" || m.end > at) continue;
      if (!best || m.end > best.end || (m.end === best.end && m.ord < best.ord)) best = m;
    }
    if (best) return best.ent;
  }
  return null;
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
      addMention(doc, existing, mention);
    }
    return existing.id;
  }
  const ent: Entity = {
    id: nextEntityId(doc.entities),
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
