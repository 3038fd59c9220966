import { describe, expect, it } from "vitest";
import { corefDoc, mention } from "../test-helpers.js";

describe("crowds by number", () => {
  it("reads a number standing alone for people as the crowd named before ('Hunderttausende' after 'die Bürger')", () => {
    const doc = corefDoc(
      "Der Präsident trat nicht zurück. Die Bürger haben genug von der Korruption. Hunderttausende gingen am Samstag auf die Straßen.",
    );
    expect(mention(doc, "Hunderttausende")?.entity).toBe("Bürger");
    expect(mention(doc, "Hunderttausende")?.via).toBe("crowd");
  });

  it("passes over a group that is no crowd named in between ('Abgeordnete')", () => {
    const doc = corefDoc(
      "Zehntausende Demonstranten zogen vor das Parlament. Die Abgeordneten stimmten ab. Tausende warteten bis in die Nacht vor dem Gebäude.",
    );
    expect(mention(doc, "Tausende")?.entity).toBe("Demonstranten");
  });

  it("leaves a number alone when the text named no crowd before", () => {
    const doc = corefDoc("Der Minister sprach am Montag in Wien. Tausende kamen zu der Veranstaltung.");
    expect(mention(doc, "Tausende")?.entity ?? null).toBeNull();
    expect(doc.entities.some((e) => e.name === "Minister" && e.type === "ORG")).toBe(false);
  });

  it("reads no word that only quantifies ('Viele') and no number before its noun as a crowd by number", () => {
    const doc = corefDoc(
      "Die Demonstranten blockierten die Straße. Viele blieben bis zum Abend. Tausende Polizisten standen bereit.",
    );
    expect(mention(doc, "Viele")?.via ?? null).not.toBe("crowd");
    expect(doc.mentions.some((m) => m.text === "Tausende" && m.via === "crowd")).toBe(false);
  });
});
