import { describe, expect, it } from "vitest";
import { code, sides } from "./test-helpers.js";

describe("coordinated verb phrases and denials", () => {
  it("codes each of two coordinated verbs of one subject, the second with the first one's subject", () => {
    const evs = code("Mexikos Regierung verurteilte den Überfall scharf und forderte eine Untersuchung.");
    expect(evs.map((e) => e.type).sort()).toEqual(["ACCUSE", "REQUEST"]);
    expect(evs.every((e) => e.actor === "MEX")).toBe(true);
  });

  it("does not split a coordination of infinitives or participles", () => {
    const evs = code("Die Polizei hat am Montag zwei Männer festgenommen und verhört.");
    expect(evs.filter((e) => e.type === "COERCE")).toHaveLength(1);
  });

  it("aims a denial without a party at the named speaker of the claim before it", () => {
    const evs = sides(
      "Der Oppositionsführer Lech Wałęsa habe für den Geheimdienst gearbeitet, sagte Institutsdirektor Lukasz Kaminski am Donnerstag. Die Unterschrift sei echt. Wałęsa war von 1990 bis 1995 Präsident Polens. Er bestritt die Existenz derartiger Unterlagen und sprach von einer Fälschung.",
    );
    const reject = evs.find((e) => e.type === "REJECT");
    expect(reject?.actor).toBe("Lech Wałęsa");
    expect(reject?.target).toBe("Lukasz Kaminski");
  });
});

describe("correlative subjects", () => {
  it("reads 'Sowohl X (Partei) als auch Y' as two actors, not as actor and target", () => {
    const evs = code(
      "Sowohl Bundeskanzler Werner Faymann (SPÖ) als auch Innenministerin Johanna Mikl-Leitner (ÖVP) stellten der Türkei eine strengere Linie in Aussicht.",
    );
    expect(evs.map((e) => [e.type, e.target])).toEqual([
      ["THREATEN", "TUR"],
      ["THREATEN", "TUR"],
    ]);
  });
});
