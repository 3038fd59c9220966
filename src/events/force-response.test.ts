import { describe, expect, it } from "vitest";
import { analyze } from "../pipeline/analyze.js";

const MINSK =
  "Minsk – Hunderte Demonstranten griffen die Polizei mit Steinen an. Die Polizei setzte daraufhin Gummigeschosse ein.";

describe("force without a target answers whoever just acted against the force", () => {
  it("turns police force against the crowd that attacked the police in the sentence before", () => {
    const doc = analyze({ text: MINSK, published: "2025-10-15" });
    const force = doc.events.find((e) => e.type === "COERCE");
    const crowd = doc.events.find((e) => e.type === "ASSAULT");
    // the crowd as the attack gave it: its entity ("Demonstranten"), else its words
    expect(crowd?.actor ?? crowd?.actorText).toBeTruthy();
    expect([force?.target, force?.targetText]).toEqual([crowd?.actor ?? null, crowd?.actor ? null : crowd?.actorText]);
  });

  it("does not answer mere criticism with a target", () => {
    const doc = analyze({
      text: "Wien – Die Opposition warf der Polizei Willkür vor. Die Polizei nahm am Abend mehrere Personen fest.",
      published: "2025-10-15",
    });
    const force = doc.events.find((e) => e.type === "COERCE");
    expect(force).toBeDefined();
    expect([force?.target, force?.targetText]).toEqual([null, null]);
  });
});

describe("an attack without an agent continues the last named attack on the same side", () => {
  it("gives the air strikes of the next sentence to the air force named before", () => {
    const doc = analyze({
      text: "Ankara – Die türkische Luftwaffe hat Stellungen der PKK im Nordirak bombardiert. Bei den Luftangriffen seien 260 PKK-Kämpfer getötet worden.",
      published: "2025-10-15",
    });
    const attacks = doc.events.filter((e) => e.type === "ASSAULT");
    expect(attacks.length).toBe(2);
    expect(attacks.map((e) => e.actorCountry)).toEqual(["TUR", "TUR"]);
  });
});
