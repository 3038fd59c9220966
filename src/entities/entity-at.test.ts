import { describe, expect, it } from "vitest";
import { Doc } from "../doc/index.js";
import { sharedKb } from "../kb/index.js";
import { german } from "../lang/de/index.js";
import { textLayers } from "../pipeline/analyze.js";
import { entityAt, linkEntities } from "./index.js";

describe("entityAt", () => {
  it("finds the entity whose mention overlaps a char span, and nothing elsewhere", () => {
    const doc = new Doc({ text: "Laut Putin ist alles gut.", published: "2025-09-04" });
    textLayers(doc);
    doc.entities = linkEntities(doc, { grammar: german().entities, kb: sharedKb() }, doc.published, { tags: [] });
    expect(entityAt(doc, 5, 10)?.name).toBe("Wladimir Putin");
    expect(entityAt(doc, 0, 4)).toBeUndefined();
  });
});
