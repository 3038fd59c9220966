import { describe, expect, it } from "vitest";
import { HORIZON } from "../referents.js";
import { corefDoc, mention } from "../test-helpers.js";

describe("role sieves", () => {
  it("resolves a role noun to the person the text introduced with that role, in gender agreement", () => {
    const doc = corefDoc(
      "Außenminister Sebastian Kurz traf Innenministerin Johanna Mikl-Leitner in Wien. Der Minister sprach von einem guten Gespräch.",
    );
    expect(mention(doc, "Der Minister")).toEqual({ entity: "Sebastian Kurz", via: "role-in-text" });
  });

  it("reaches back a long article's length for the person a role noun names, not a book's", () => {
    const intro = "Außenminister Sebastian Kurz traf Innenministerin Johanna Mikl-Leitner in Wien. ";
    const filler = (n: number) => "Es regnete den ganzen Tag. ".repeat(n);
    const near = corefDoc(`${intro}${filler(300)}Der Minister sprach von einem guten Gespräch.`);
    expect(mention(near, "Der Minister")).toEqual({ entity: "Sebastian Kurz", via: "role-in-text" });
    const far = corefDoc(`${intro}${filler(HORIZON + 5)}Der Minister sprach von einem guten Gespräch.`);
    expect(mention(far, "Der Minister")?.via).not.toBe("role-in-text");
  });

  it("does not give a masculine role noun to a woman introduced with that role", () => {
    const doc = corefDoc("Innenministerin Johanna Mikl-Leitner kündigte Kontrollen an. Der Minister widersprach.");
    expect(mention(doc, "Der Minister")?.entity).not.toBe("Johanna Mikl-Leitner");
  });

  it("resolves an office the phrase scopes to its holder at the publication date", () => {
    const doc = corefDoc("Der russische Außenminister empfing am Mittwoch Gäste aus Peking.", "2025-09-04");
    // the entities stage's KB descriptor takes the phrase first; the coreference layer carries its referent
    expect(mention(doc, "russische Außenminister")?.entity).toBe("Sergej Lawrow");
  });

  it("does not guess an office holder without a publication date", () => {
    const doc = corefDoc("Der britische Premierminister empfing am Mittwoch Gäste.", null);
    expect(mention(doc, "Der britische Premierminister")?.entity ?? null).toBeNull();
  });

  it("does not give a party's role compound to a person of another party ('die CDU-Chefin' is not the SPD chief)", () => {
    const doc = corefDoc(
      "Vorgeschlagen hatte ihn SPD-Chef Sigmar Gabriel. Kanzlerin Angela Merkel hatte lange gesucht. Die CDU-Chefin lobte ihn nun.",
      "2016-11-14",
    );
    expect(mention(doc, "Die CDU-Chefin")?.entity).toBe("Angela Merkel");
  });

  it("keeps the role-in-text link when the compound names the person's own party", () => {
    const doc = corefDoc(
      "Kanzlerin Angela Merkel hatte lange gesucht. Vorgeschlagen hatte ihn Sigmar Gabriel. Die CDU-Kanzlerin lobte ihn nun.",
      "2016-11-14",
    );
    expect(mention(doc, "Die CDU-Kanzlerin")?.entity).toBe("Angela Merkel");
  });
});
