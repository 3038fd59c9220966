import { describe, expect, it } from "vitest";
import { Doc } from "../doc/index.js";
import { emptyKbFile, kbFromFile } from "../kb/index.js";
import { textLayers } from "../pipeline/analyze.js";
import type { EntityGrammar } from "./grammar.js";
import { linkEntities } from "./index.js";

const none: ReadonlySet<string> = new Set();

/** A language that knows one given name and nothing else. */
const toy: EntityGrammar = {
  firstNames: new Set(["John"]),
  blockedWords: none,
  honorifics: none,
  abbreviations: none,
  roleSuffixes: none,
  locativePrepositions: none,
  placeOnlyPrepositions: none,
  organNouns: none,
  compassPrefixes: [],
  directionWords: none,
  mediaCues: none,
  regionWords: none,
  classNouns: new Map(),
  homeCountries: none,
  nonCurrent: none,
  nonCurrentPrefixes: [],
  pluralDeterminers: none,
  affiliationWords: none,
  definiteArticles: none,
  listJoiners: none,
  singularNominative: () => false,
  placeAdjectiveSuffixes: [],
  surnameParticles: none,
  nameParticles: none,
  sharedTitles: { home: "", isTitle: () => false, countryOf: () => "" },
  ner: { wordClass: () => 0, compoundHead: () => null },
  isCommonWord: () => false,
  normaliseName: (name) => name,
};

describe("the entity linker with a language's grammar", () => {
  it("finds a given name + surname from the grammar's list and links the later surname, without any KB", () => {
    const doc = textLayers(new Doc({ text: "John Smith spoke first. Then Smith left." }), "en");
    const ents = linkEntities(doc, { grammar: toy, kb: kbFromFile(emptyKbFile()) }, null, { tags: [] });
    expect(ents.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ["John Smith", "PER", ["John Smith", "Smith"]],
    ]);
  });
});
