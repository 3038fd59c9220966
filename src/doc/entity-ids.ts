/**
 * The entities layer by id, for stages that add entities while they read (coreference, quotes) and look entities
 * up by id (quotes, events): one cached id map and one id allocator per layer, kept up to date as entities are
 * appended — a fresh scan or Set of the layer per lookup or per new entity made long texts quadratic.
 */
import type { Entity } from "./schema/index.js";

interface Ids {
  /** Entities of the layer already in `byId`. */
  count: number;
  byId: Map<string, Entity>;
}

const CACHE = new WeakMap<Entity[], Ids>();

function idsOf(entities: Entity[]): Ids {
  let c = CACHE.get(entities);
  if (!c || c.count > entities.length) {
    c = { count: 0, byId: new Map() };
    CACHE.set(entities, c);
  }
  // entities are appended: take in the new ones (the first of an id wins, as a find over the layer would)
  for (; c.count < entities.length; c.count++) {
    const e = entities[c.count];
    if (!c.byId.has(e.id)) c.byId.set(e.id, e);
  }
  return c;
}

/** The first entity of the layer with id `id`. */
export function entityById(entities: Entity[], id: string | null | undefined): Entity | undefined {
  return id ? idsOf(entities).byId.get(id) : undefined;
}

/** A fresh id for an entity about to be appended to the layer: e<n+1> for n entities, or the next one free. */
export function nextEntityId(entities: Entity[]): string {
  const { byId } = idsOf(entities);
  let k = entities.length + 1;
  while (byId.has(`e${k}`)) k++;
  return `e${k}`;
}
