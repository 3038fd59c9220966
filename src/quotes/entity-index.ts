/**
 * The entities and coreference layers indexed for the quote engine's lookups (which entity a span names, which
 * person was named last, which entity a coreference mention has): mentions in blocks of the text, so that a lookup
 * reads the mentions near it instead of every mention of the document (on a long text, reading all of them for
 * every speaker made the stage quadratic). Built on first use per document and kept up to date as the engine adds
 * entities and mentions (`noteMention`); rebuilt if the layers were replaced.
 */

import { entityById } from "../doc/entity-ids.js";
import type { CorefMention, Doc, Entity } from "../doc/index.js";
import { SpanBlocks } from "../doc/span-blocks.js";

export interface IndexedMention {
  start: number;
  end: number;
  ent: Entity;
  /** Order in which the layers list it: entities (in layer order) first, then coreference mentions. */
  ord: number;
  /** A mention of the coreference layer (resolved role, description or apposition). */
  coref: boolean;
}

interface Index {
  entities: Entity[];
  entityCount: number;
  mentions: CorefMention[];
  mentionCount: number;
  blocks: SpanBlocks<IndexedMention>;
  /** Start offset → the first coreference mention there with an entity. */
  corefAt: Map<number, Entity | null>;
  /** Each entity's place among the entities (in layer order, appended ones after). */
  ordOf: Map<Entity, number>;
}

const cache = new WeakMap<Doc, Index>();

function put(ix: Index, m: IndexedMention): void {
  ix.blocks.add(m);
}

function addEntity(ix: Index, ent: Entity, ord: number): void {
  ix.ordOf.set(ent, ord);
  for (const m of ent.mentions) put(ix, { start: m.start, end: m.end, ent, ord, coref: false });
}

function build(doc: Doc): Index {
  const ix: Index = {
    entities: doc.entities,
    entityCount: doc.entities.length,
    mentions: doc.mentions,
    mentionCount: doc.mentions.length,
    blocks: new SpanBlocks(),
    corefAt: new Map(),
    ordOf: new Map(),
  };
  // entity mentions rank by their entity's place in the layer; coreference mentions after all of them
  const corefBase = 1 << 30;
  for (let k = 0; k < doc.entities.length; k++) addEntity(ix, doc.entities[k], k);
  for (let k = 0; k < doc.mentions.length; k++) {
    const m = doc.mentions[k];
    if (m.entity && !ix.corefAt.has(m.start)) ix.corefAt.set(m.start, entityById(doc.entities, m.entity) ?? null);
    if (!m.entity || m.kind === "pronoun" || m.kind === "name") continue;
    const ent = entityById(doc.entities, m.entity);
    if (ent) put(ix, { start: m.start, end: m.end, ent, ord: corefBase + k, coref: true });
  }
  return ix;
}

/** The index of `doc`, brought up to date with entities appended since it was built. */
export function entityIndex(doc: Doc): Index {
  let ix = cache.get(doc);
  if (
    !ix ||
    ix.entities !== doc.entities ||
    ix.mentions !== doc.mentions ||
    ix.mentionCount !== doc.mentions.length ||
    doc.entities.length < ix.entityCount
  ) {
    ix = build(doc);
    cache.set(doc, ix);
  }
  for (; ix.entityCount < doc.entities.length; ix.entityCount++) {
    addEntity(ix, doc.entities[ix.entityCount], ix.entityCount);
  }
  return ix;
}

/** Adds a mention to an entity already in the layer (mentions kept in text order) and to the index. */
export function addMention(doc: Doc, ent: Entity, m: Entity["mentions"][number]): void {
  ent.mentions.push(m);
  ent.mentions.sort((a, b) => a.start - b.start);
  const ix = cache.get(doc);
  if (!ix || ix.entities !== doc.entities) return; // built on next use
  const ord = ix.ordOf.get(ent);
  if (ord !== undefined) put(ix, { start: m.start, end: m.end, ent, ord, coref: false });
}

/** Every indexed mention overlapping [start, end) (a mention may come more than once). */
export function* overlapping(ix: Index, start: number, end: number): Generator<IndexedMention> {
  for (const m of ix.blocks.near(start, end - 1)) if (m.end > start && m.start < end) yield m;
}

/** The mentions ending at or before `at`, block by block backwards (see SpanBlocks.blocksBefore). */
export function blocksBefore(ix: Index, at: number): Generator<readonly IndexedMention[]> {
  return ix.blocks.blocksBefore(at);
}
