import { describe, expect, it } from "vitest";
import type { Entity } from "../doc/index.js";
import { link, tags } from "../lang/de/entities/testing.js";

const typeOf = (ents: readonly Entity[], text: string) =>
  ents.find((e) => e.mentions.some((m) => m.text === text))?.type;
const countryOf = (ents: readonly Entity[], text: string) =>
  ents.find((e) => e.mentions.some((m) => m.text === text))?.country;

describe("types from the noun before a name (title-based NER)", () => {
  it("reads a newspaper and a broadcaster the tagger took for places as organisations", () => {
    const text = "Das sagte sie der Zeitung Kathimerini. Betroffen sind die Sender Bugün TV und Kanaltürk.";
    const ents = link(
      text,
      "2015-10-28",
      tags(text, [
        ["Kathimerini", "LOC"],
        ["Bugün TV", "ORG"],
        ["Kanaltürk", "LOC"],
      ]),
    );
    expect(typeOf(ents, "Kathimerini")).toBe("ORG");
    expect(typeOf(ents, "Kanaltürk")).toBe("ORG");
  });

  it("reads every island of a list headed by 'Inseln wie' as a place", () => {
    const text = "Vor griechischen Inseln wie Kosmo, Rhodiu, Samu oder Lesbu kamen Boote an.";
    const names = ["Kosmo", "Rhodiu", "Samu", "Lesbu"] as const;
    const ents = link(
      text,
      "2015-10-28",
      tags(
        text,
        names.map((n) => [n, "PER"] as const),
      ),
    );
    for (const n of names) expect(typeOf(ents, n), n).toBe("LOC");
  });

  it("reads a village after 'Dorf' and a party after 'Partei'", () => {
    const text = "Im Dorf Gabčíkovo protestierte die Partei Zukunftu.";
    const ents = link(
      text,
      "2015-10-28",
      tags(text, [
        ["Gabčíkovo", "PER"],
        ["Zukunftu", "PER"],
      ]),
    );
    expect(typeOf(ents, "Gabčíkovo")).toBe("LOC");
    expect(typeOf(ents, "Zukunftu")).toBe("ORG");
  });

  it("leaves a person after a noun that names no class, and a KB-linked name, alone", () => {
    const text = "Der Sprecher Mirko Tallu und die Zeitung Bild widersprachen.";
    const ents = link(text, "2015-10-28", tags(text, [["Mirko Tallu", "PER"]]));
    expect(typeOf(ents, "Mirko Tallu")).toBe("PER");
  });

  it("gives the names after a class noun the country of the adjective before it", () => {
    const text =
      "Das meldete die serbische Nachrichtenagentur Tanjuk. Vor griechischen Inseln wie Kosmo, Samu oder Lesbu kamen Boote an.";
    const ents = link(
      text,
      "2015-10-28",
      tags(text, [
        ["Tanjuk", "LOC"],
        ["Kosmo", "PER"],
        ["Samu", "LOC"],
        ["Lesbu", "LOC"],
      ]),
    );
    expect(countryOf(ents, "Tanjuk")).toBe("SRB");
    for (const n of ["Kosmo", "Samu", "Lesbu"]) expect(countryOf(ents, n), n).toBe("GRC");
  });

  it("takes no country from an adjective that is not right before the class noun", () => {
    const text = "Die griechische Regierung zitierte die Zeitung Kathimeru.";
    const ents = link(text, "2015-10-28", tags(text, [["Kathimeru", "LOC"]]));
    expect(countryOf(ents, "Kathimeru") ?? null).toBeNull();
  });

  it("reads a noun in the genitive before a name ('des früheren Flughafens Ellenikos')", () => {
    const text = "Auf das Gelände des früheren Flughafens Ellenikos soll das Lager.";
    const ents = link(text, "2015-10-28", tags(text, [["Ellenikos", "PER"]]));
    expect(typeOf(ents, "Ellenikos")).toBe("LOC");
  });

  it("keeps a given name and surname after a class noun a person ('des Verbands Cinzia Franchu')", () => {
    const text = "Das sagte die Präsidentin des Verbands Cinzia Franchu am Montag.";
    const ents = link(text, "2015-10-28", tags(text, [["Cinzia Franchu", "PER"]]));
    expect(typeOf(ents, "Cinzia Franchu")).toBe("PER");
  });
});
