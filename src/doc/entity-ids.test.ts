import { describe, expect, it } from "vitest";
import { entityById, nextEntityId } from "./entity-ids.js";
import type { Entity } from "./schema/index.js";

const ent = (id: string, name = id): Entity => ({
  id,
  name,
  type: "ORG",
  country: null,
  wikidata: null,
  aliases: [],
  mentions: [],
});

describe("entity ids of a layer", () => {
  it("finds entities by id, also those appended after the first lookup", () => {
    const layer = [ent("e1"), ent("e2")];
    expect(entityById(layer, "e2")?.name).toBe("e2");
    expect(entityById(layer, "e3")).toBeUndefined();
    layer.push(ent("e3", "new"));
    expect(entityById(layer, "e3")?.name).toBe("new");
    expect(entityById(layer, null)).toBeUndefined();
  });

  it("gives e<n+1>, or the next id no entity of the layer holds", () => {
    const layer = [ent("e1"), ent("e3")];
    expect(nextEntityId(layer)).toBe("e4");
    const gap = [ent("e1"), ent("e2"), ent("e4")];
    expect(nextEntityId(gap)).toBe("e5");
    const taken = [ent("e2"), ent("e3")];
    expect(nextEntityId(taken)).toBe("e4");
    taken.push(ent(nextEntityId(taken)));
    expect(nextEntityId(taken)).toBe("e5");
  });
});
