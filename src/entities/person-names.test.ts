import { describe, expect, it } from "vitest";
import { byName, link } from "../lang/de/entities/testing.js";

describe("person names outside the KB (no tagger)", () => {
  it("recognises a known given name followed by a capitalised surname", () => {
    const ents = link("Am Abend sprach Anna Müller vor Journalisten.");
    expect(byName(ents, "Anna Müller")?.type).toBe("PER");
  });

  it("keeps name particles inside the name", () => {
    const ents = link("Der Bericht stammt von Peter van der Berg.");
    expect(byName(ents, "Peter van der Berg")?.type).toBe("PER");
  });

  it("prefers the person reading when a given name is also a city (Wladimir)", () => {
    const ents = link("Wladimir Klitschko sprach in Kiew.");
    expect(byName(ents, "Wladimir Klitschko")?.type).toBe("PER");
    expect(
      ents.find((e) => e.name === "Wladimir" || (e.kbId?.startsWith("geo:") && e.name !== "Kiew")),
    ).toBeUndefined();
  });

  it("does not make a given name alone, or a given name before a common noun, a person", () => {
    expect(link("Paul sagte nichts.")).toEqual([]);
    expect(link("Das sagte Thomas Anfang Mai.").filter((e) => e.type === "PER")).toEqual([]);
  });
});
