import { describe, expect, it } from "vitest";
import { corefDoc, mention } from "../test-helpers.js";

const LEAD =
  "Die Polizei hat die Zentrale eines regierungskritischen Medienkonzerns in Istanbul gestürmt. Am Mittwochmorgen verschafften sich Sicherheitskräfte Zugang zum Gelände der regierungskritischen Mediengruppe Koza Ipek.";

describe("named-next sieve", () => {
  it("links an indefinite organisation to the one the next sentence introduces with a title of its kind", () => {
    const doc = corefDoc(LEAD);
    expect(mention(doc, "eines regierungskritischen Medienkonzerns")).toEqual({
      entity: "Koza Ipek",
      via: "named-next",
    });
  });

  it("links nothing when the next sentence's title is of another kind", () => {
    const doc = corefDoc(
      "Ein Gericht hat die Festnahme angeordnet. Das meldete die staatsnahe Nachrichtenagentur Anadolu am Dienstag.",
    );
    expect(mention(doc, "Ein Gericht")?.entity ?? null).toBeNull();
  });

  it("links nothing when the next sentence introduces two organisations of that kind", () => {
    const doc = corefDoc(
      "Die Polizei hat die Zentrale eines regierungskritischen Medienkonzerns gestürmt. Betroffen sind die Mediengruppe Koza Ipek und die Mediengruppe Samanyolu.",
    );
    expect(mention(doc, "eines regierungskritischen Medienkonzerns")?.entity ?? null).toBeNull();
    const two = corefDoc(
      "Die Polizei hat die Zentrale eines regierungskritischen Medienkonzerns gestürmt. Betroffen sind die Mediengruppe Koza Ipek und die Mediengruppe Dogan Holding.",
    );
    expect(mention(two, "eines regierungskritischen Medienkonzerns")?.entity ?? null).toBeNull();
  });

  it("links nothing for a negated phrase", () => {
    const doc = corefDoc(LEAD.replace("eines regierungskritischen", "keines regierungskritischen"));
    expect(mention(doc, "keines regierungskritischen Medienkonzerns")?.entity ?? null).toBeNull();
  });
});
