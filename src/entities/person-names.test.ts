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

  it("reads a given name no list has as one right after a role noun ('der Abgeordnete Amilcar Pop')", () => {
    const ents = link("Es sei ein historischer Tag, sagte der Abgeordnete Amilcar Pop von der Partei Winaq.");
    expect(byName(ents, "Amilcar Pop")?.type).toBe("PER");
  });

  it("does not after a role noun when a third capitalised word follows or the word is known ('Abgeordnete Amilcar Pop Winaq')", () => {
    const three = link("Es sprach der Abgeordnete Amilcar Pop Winaq aus Guatemala.");
    expect(byName(three, "Amilcar Pop")).toBeUndefined();
    const known = link("Es sprach der Abgeordnete Grüne Partei in der Debatte.");
    expect(known.filter((e) => e.type === "PER")).toEqual([]);
  });
});
