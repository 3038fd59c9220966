/**
 * The entities layer as the quote engine reads it: the entity a mention overlaps, the last person named, and
 * the entity of a source (appended when the entities layer has none).
 */
import type { Doc, Entity } from "../doc/index.js";
import type { SourceHit } from "./grammar.js";

/**
 * The entity whose mention overlaps [start, end); persons first, then the mention nearest the end. Besides the
 * entities layer's names, the coreference layer's resolved roles, descriptions and appositions count ("erklärte der
 * Minister" → the minister); pronouns are resolved by the speaker rules themselves.
 */
export function entityIn(doc: Doc, start: number, end: number): Entity | null {
  let best: Entity | null = null;
  let bestScore = -1;
  const consider = (ent: Entity, mEnd: number) => {
    const score = (ent.type === "PER" ? 2000000 : ent.type === "ORG" ? 1000000 : 0) + mEnd;
    if (score > bestScore) {
      bestScore = score;
      best = ent;
    }
  };
  for (const ent of doc.entities) {
    for (const m of ent.mentions) if (m.end > start && m.start < end) consider(ent, m.end);
  }
  if (doc.mentions.length) {
    const byId = new Map(doc.entities.map((e) => [e.id, e]));
    for (const m of doc.mentions) {
      if (!m.entity || m.kind === "pronoun" || m.kind === "name" || m.end <= start || m.start >= end) continue;
      const ent = byId.get(m.entity);
      if (ent) consider(ent, m.end);
    }
  }
  return best;
}

/** The entity the coreference layer resolved the mention starting at `start` to (a pronoun too), or null. */
export function corefEntity(doc: Doc, start: number): Entity | null {
  for (const m of doc.mentions) {
    if (m.start !== start || !m.entity) continue;
    return doc.entities.find((e) => e.id === m.entity) ?? null;
  }
  return null;
}

/** The last person entity mentioned before offset `at`. */
export function lastPersonBefore(doc: Doc, at: number): Entity | null {
  let best: Entity | null = null;
  let bestEnd = -1;
  for (const ent of doc.entities) {
    if (ent.type !== "PER") continue;
    for (const m of ent.mentions) {
      if (m.end <= at && m.end > bestEnd) {
        bestEnd = m.end;
        best = ent;
      }
    }
  }
  return best;
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
