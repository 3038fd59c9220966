import { describe, expect, it } from "vitest";
import { sides } from "./test-helpers.js";

describe("events on real news: sides, stance and what is no event", () => {
  it("takes no speaker's own organisation as the target of the speaker's statement (Verdi-Chef → not Verdi)", () => {
    const evs = sides(
      "Die Gewerkschaft Verdi will ihren Streik bei der Deutschen Post fortsetzen. Wir werden diesen Angriff auf das Lohnniveau nicht hinnehmen, sagte Verdi-Chef Frank Bsirske.",
    );
    const reject = evs.find((e) => e.type === "REJECT");
    expect(reject?.actor).toBe("Frank Bsirske");
    expect(reject?.target).not.toBe("Verdi");
  });

  it("gives a statement with 'auch' the party of the earlier statement it seconds", () => {
    const evs = sides(
      "Die FPÖ hat die Verankerung des Bargelds in der Verfassung vorgeschlagen. Die SPÖ hat den Vorschlag der FPÖ als wirkungslos zurückgewiesen. Auch für die Grünen ist so eine Maßnahme Unsinn.",
    );
    expect(evs.find((e) => e.actor === "Grüne")?.target).toBe("FPÖ");
  });

  it("addresses a conditional demand to the subject of its condition", () => {
    const evs = sides(
      "Am Dienstag forderte FPÖ-Chef Heinz Christian Strache eine Volksabstimmung, sollte der Nationalrat nicht das Recht auf Bargeld in der Verfassung verankern.",
    );
    expect(evs.find((e) => e.type === "REQUEST")?.target).toBe("Nationalrat");
  });

  it("reads a participle clause after a noun as done to that noun, by its von-agent", () => {
    const evs = sides(
      "Bereits in den vergangenen Tagen haben FPÖ und ÖVP, unterstützt von Neos und Team Stronach, die Verankerung des Rechts auf Barzahlungen in der Verfassung vorgeschlagen.",
    );
    const support = evs.filter((e) => e.type === "SUPPORT");
    expect(support.map((e) => e.actor).sort()).toEqual(["NEOS", "Team Stronach"]);
    expect(support.every((e) => e.target === "FPÖ")).toBe(true);
  });

  it("codes no signing by the name a document is signed with", () => {
    const evs = sides(
      "Es sei eine handschriftliche Zusage zur Zusammenarbeit entdeckt worden, unterschrieben mit Lech Wałęsa und dem Tarnnamen Bolek, sagt Institutschef Kaminski.",
    );
    expect(evs.filter((e) => e.type === "SUPPORT")).toEqual([]);
  });

  it("takes 'von X' right after a noun before the verb as its attribute, not the passive's agent", () => {
    expect(sides("Der Vertrag zur Unterbringung von Flüchtlingen wurde schon Mitte Juli unterzeichnet.")).toEqual([]);
    const attack = sides(
      "Bei Kämpfen von Armee und UN-Soldaten gegen ugandische Rebellen sind drei Zivilisten getötet worden.",
    );
    expect(attack.some((e) => e.type === "ASSAULT" && e.actor !== null)).toBe(true);
  });

  it("lets no speaker stand in for a clause whose subject is a thing or a crowd", () => {
    const evs = sides(
      "Bis zu 2.000 Menschen kommen täglich nach Serbien, sagte Innenminister Nebojsa Stefanovic am Freitag. Der Großteil reise sofort weiter.",
    );
    expect(evs.filter((e) => e.type === "CONSULT")).toEqual([]);
  });

  it("codes no material act denied in the subjunctive", () => {
    expect(sides("Russland würde die Ukraine nicht angreifen, sagte Wladimir Putin.")).toEqual([]);
  });

  it("finds the subject after the verb behind a fronted time adverbial", () => {
    const evs = sides(
      "Vergangene Woche hatten US-Einheiten nach Pentagon-Angaben den stellvertretenden IS-Chef Abdelrahman al-Kaduli getötet.",
    );
    expect(evs.find((e) => e.type === "ASSAULT")?.actor).toBe("USA");
  });
  it("codes no act denied with a past Konjunktiv II, but keeps one a condition turns round", () => {
    expect(sides("Er hätte keinen Journalisten getötet, sagte der Präsident.").some((e) => e.type === "ASSAULT")).toBe(
      false,
    );
    const cond = sides("Die Polizei hätte die Demonstranten nicht angegriffen, wenn sie keine Steine geworfen hätten.");
    expect(cond.some((e) => e.type === "COERCE" || e.type === "ASSAULT")).toBe(true);
    // a manner denied is no denied act: "hätten nicht rechtmäßig gestreikt" is a strike
    expect(
      sides("Die Lufthansa teilte mit, die Piloten hätten im April nicht rechtmäßig gestreikt.").some(
        (e) => e.type === "PROTEST",
      ),
    ).toBe(true);
  });
  it("codes a crackdown 'gegen X vorgehen' as coercion of X, and no event for 'vorgehen' without a target", () => {
    const evs = sides("Das türkische Militär geht weiter gegen die PKK vor.");
    expect(evs.find((e) => e.type === "COERCE")?.target).toBe("PKK");
    expect(sides("Wie die Regierung vorgehen will, ist unklar.")).toEqual([]);
  });

  it("takes the side a conflict act is against over a place phrase with a country", () => {
    const evs = sides(
      "An der griechisch-mazedonischen Grenze ist die mazedonische Polizei am Mittwoch erneut mit Tränengas gegen Flüchtlinge vorgegangen.",
    );
    expect(evs.find((e) => e.type === "COERCE")?.target).toBe("Flüchtlinge");
  });
  it("takes no outlet a statement was told to as its target", () => {
    const evs = sides(
      "CSU-Chef Markus Söder warnte die SPD davor, die Koalition zu belasten. Man dürfe nicht immer neue Forderungen stellen, wie er der Süddeutschen Zeitung sagte.",
    );
    expect(evs.some((e) => e.target === "Süddeutsche Zeitung")).toBe(false);
    const asked = sides("Auf Anfrage des STANDARD lehnt die Abgeordnete Katharina Kucharowits den Vorschlag ab.");
    expect(asked.some((e) => e.target === "Der Standard")).toBe(false);
  });
});
