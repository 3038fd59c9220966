import { describe, expect, it } from "vitest";
import { Doc, type Entity } from "../doc/index.js";
import { entityIn, lastPersonBefore, sourceEntity } from "./entities.js";

function ent(id: string, name: string, type: Entity["type"], spans: [number, number][]): Entity {
  return {
    id,
    name,
    type,
    country: null,
    wikidata: null,
    aliases: [],
    mentions: spans.map(([start, end]) => ({ start, end, text: name, form: "name" as const })),
  };
}

describe("the quote engine's view of the entities layer", () => {
  const text = `Anna Berger traf die Firma Acme. ${"Es regnete. ".repeat(200)}Berger sagte, Acme lüge.`;
  const late = text.indexOf("Berger sagte");

  function doc(): Doc {
    const d = new Doc({ text });
    d.entities = [
      ent("e1", "Anna Berger", "PER", [
        [0, 11],
        [late, late + 6],
      ]),
      ent("e2", "Acme", "ORG", [[27, 31]]),
    ];
    return d;
  }

  it("prefers a person over an organisation in a span, and finds mentions far into the text", () => {
    const d = doc();
    expect(entityIn(d, 0, 31)?.id).toBe("e1");
    expect(entityIn(d, 20, 31)?.id).toBe("e2");
    expect(entityIn(d, late, late + 12)?.id).toBe("e1");
    expect(entityIn(d, 12, 19)).toBeNull();
  });

  it("takes the last person named before an offset, however far back", () => {
    const d = doc();
    expect(lastPersonBefore(d, late - 1)?.id).toBe("e1");
    expect(lastPersonBefore(d, 5)).toBeNull();
  });

  it("sees the mentions and entities the engine adds after its first lookup", () => {
    const d = doc();
    const acme2 = text.indexOf("Acme lüge");
    expect(entityIn(d, acme2, acme2 + 4)).toBeNull();
    const id = sourceEntity(d, { start: acme2, end: acme2 + 4, report: false, kbEntry: null, named: true });
    expect(id).toBe("e2");
    expect(entityIn(d, acme2, acme2 + 4)?.id).toBe("e2");
    const fresh = text.indexOf("Firma");
    d.entities.push(ent("e3", "Firma", "ORG", [[fresh, fresh + 5]]));
    expect(entityIn(d, fresh, fresh + 5)?.id).toBe("e3");
  });
});
