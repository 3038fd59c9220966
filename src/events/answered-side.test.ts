import { describe, expect, it } from "vitest";
import { sides } from "../lang/de/events/test-helpers.js";

describe("a reaction answers whoever acted in the sentence before", () => {
  it("takes the actor of the event before as the target of a reaction that names none", () => {
    const evs = sides(
      "Hunderte Bauern protestierten am Sonntag in Bratislava gegen das geplante Lager. Die Regierung erklärte in einer ersten Reaktion, zu keinen weiteren Gesprächen bereit zu sein.",
    );
    const rej = evs.filter((e) => e.type === "REJECT" && e.actor === "Regierung");
    expect(rej.length).toBeGreaterThan(0);
    expect(rej[0].target).toBe("Bauern");
  });

  it("leaves a statement without a reaction word to the discourse topic", () => {
    const evs = sides(
      "Hunderte Bauern protestierten am Sonntag in Bratislava gegen das geplante Lager. Der Minister verwies auf das Budget. Die Regierung erklärte, zu keinen weiteren Gesprächen bereit zu sein.",
    );
    expect(evs.filter((e) => e.actor === "Regierung" && e.target === "Bauern")).toEqual([]);
  });
});

describe("an organisation answers an organisation", () => {
  it("rejects the union whose chief made the demand, not the chief", () => {
    const evs = sides(
      "Bonn – Die Gewerkschaft Verdi will den Streik bei der Deutschen Post fortsetzen, bis der Konzern auf seine neuen Gesellschaften verzichtet, sagte Verdi-Chef Frank Bsirske am Donnerstag. Sonst werde es keinen Frieden geben. Die Deutsche Post hatte einen Verzicht auf die neuen Firmen immer wieder strikt abgelehnt.",
    );
    const rej = evs.find((e) => e.type === "REJECT" && e.actor === "Deutsche Post");
    expect(rej?.target).toBe("Verdi");
  });
});

describe("citizens protesting against their own state protest against its leader", () => {
  const text =
    "Belgrad – Präsident Aleksandar Vučić sprach am Sonntag von einem Umsturzversuch. Vučić ist seit Monaten unter Druck. Serbien verliert seither Investoren. Zehntausende gingen seit dem Frühjahr auf die Straßen und forderten Neuwahlen.";

  it("reads a crowd's protest and demand against the country as against the leader the article names", () => {
    const evs = sides(text);
    expect(evs.filter((e) => e.type === "PROTEST" || e.type === "REQUEST").map((e) => e.target)).toEqual([
      "Aleksandar Vučić",
      "Aleksandar Vučić",
    ]);
  });
});
