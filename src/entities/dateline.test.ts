import { describe, expect, it } from "vitest";
import { entityOf, link, tags } from "../lang/de/entities/testing.js";

const TWO_COUNTRIES =
  "Ökonomen streiten. Wien – Das deutsche Institut DIW in Berlin und Deutschland lobt die Studie. In Österreich " +
  "sieht das Wirtschaftsinstitut Wiwo das anders, sagt Marko Scheibler. Deutschland zahlt, Österreich auch.";

describe("dateline country (names the text gives no country of their own)", () => {
  it("gives unlinked names the dateline's country when no other country dominates the article", () => {
    const ents = link(
      TWO_COUNTRIES,
      "2016-01-20",
      tags(TWO_COUNTRIES, [
        ["Marko Scheibler", "PER"],
        ["Wiwo", "ORG"],
      ]),
    );
    expect(entityOf(ents, "Marko Scheibler")?.country).toBe("AUT");
    expect(entityOf(ents, "Wiwo")?.country).toBe("AUT");
  });

  it("reads several places of one country joined by '/' ('Innsbruck/Eisenstadt –')", () => {
    const text =
      "Grenzkontrollen beginnen. Innsbruck/Eisenstadt – Der Landesrat Jona Tschurl und Italien streiten. Italien und Österreich auch.";
    const ents = link(text, "2016-04-26", tags(text, [["Jona Tschurl", "PER"]]));
    expect(entityOf(ents, "Jona Tschurl")?.country).toBe("AUT");
  });

  it("gives nothing without a dateline (a place not followed by a dash)", () => {
    const text = TWO_COUNTRIES.replace("Wien – Das", "In Wien sagt das");
    const ents = link(text, "2016-01-20", tags(text, [["Marko Scheibler", "PER"]]));
    expect(entityOf(ents, "Marko Scheibler")?.country).toBeNull();
  });

  it("gives nothing when the dateline's places are of two countries ('Bratislava/Wien –')", () => {
    const text = TWO_COUNTRIES.replace("Wien –", "Bratislava/Wien –");
    const ents = link(text, "2016-01-20", tags(text, [["Marko Scheibler", "PER"]]));
    expect(entityOf(ents, "Marko Scheibler")?.country).toBeNull();
  });

  it("gives nothing when another country dominates the article", () => {
    const text =
      "Streit. Wien – Deutschland, Berlin, München und Hamburg: In Deutschland sagt Marko Scheibler, Deutschland zahlt.";
    const ents = link(text, "2016-01-20", tags(text, [["Marko Scheibler", "PER"]]));
    expect(entityOf(ents, "Marko Scheibler")?.country).not.toBe("AUT");
  });

  it("gives way to another country named in the name's sentence ('Direktorin des Museums in Berlin, X')", () => {
    const text =
      "Grabkammer entdeckt. Kairo – Ägypten prüft. Die Direktorin des Museums in Berlin, Frida Seyfahrt, zweifelt. Ägypten und Deutschland.";
    const ents = link(text, "2016-01-20", tags(text, [["Frida Seyfahrt", "PER"]]));
    expect(entityOf(ents, "Frida Seyfahrt")?.country).toBeNull();
  });
});
