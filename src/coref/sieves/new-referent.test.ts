import { describe, expect, it } from "vitest";
import { corefDoc, mention } from "../test-helpers.js";

describe("new referents", () => {
  it("makes an acting body an organisation of its own, with the country the phrase gives", () => {
    const doc = corefDoc("Die griechische Küstenwache hat am Sonntag 580 Menschen gerettet.");
    expect(doc.entities.find((e) => e.name === "Küstenwache")).toMatchObject({ type: "ORG", country: "GRC" });
  });

  it("keeps one entity for a body mentioned again", () => {
    const doc = corefDoc("Die Polizei sperrte die Straße. Später meldete die Polizei eine Festnahme.");
    expect(doc.entities.filter((e) => e.name === "Polizei")).toHaveLength(1);
    expect(mention(doc, "die Polizei")?.entity).toBe("Polizei");
  });

  it("makes a spokesperson of a body a new person related to that body", () => {
    const doc = corefDoc("Die Feuerwehr rückte aus. Ein Sprecher der Feuerwehr sagte, niemand sei verletzt worden.");
    const m = mention(doc, "Ein Sprecher der Feuerwehr");
    const spokes = doc.entities.find((e) => e.name === m?.entity);
    expect(spokes?.type).toBe("PER");
    expect(doc.entities.find((e) => e.id === spokes?.relatedTo)?.name).toBe("Feuerwehr");
  });

  it("makes the community of states a body of its own, the noun only after its adjective", () => {
    const doc = corefDoc(
      "Belgrad werde sich an die internationale Gemeinschaft wenden. Der Appell der internationalen Gemeinschaft verhallte. Die Staatengemeinschaft schwieg.",
    );
    expect(doc.entities.filter((e) => e.name === "Internationale Gemeinschaft")).toHaveLength(1);
    expect(mention(doc, "der internationalen Gemeinschaft")?.entity).toBe("Internationale Gemeinschaft");
    expect(mention(doc, "Die Staatengemeinschaft")?.entity).toBe("Staatengemeinschaft");
  });

  it("makes no body of another community", () => {
    const doc = corefDoc(
      "Die Europäische Gemeinschaft und die Glaubensgemeinschaft kritisierten die Arbeitsgemeinschaft. Die Gemeinschaft schwieg.",
    );
    expect(doc.entities.filter((e) => /gemeinschaft/i.test(e.name) && e.name !== "Europäische Gemeinschaft")).toEqual(
      [],
    );
  });
});
