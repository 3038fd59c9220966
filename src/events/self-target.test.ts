import { describe, expect, it } from "vitest";
import { code, sides } from "../lang/de/events/test-helpers.js";

describe("self targets", () => {
  it("gives no target to a union chief's praise of his own union", () => {
    const evs = code(
      "Die Gewerkschaft Verdi streikt seit Tagen. Verdi-Chef Frank Bsirske lobte Verdi für die Ausdauer.",
    );
    const praise = evs.find((e) => e.type === "SUPPORT");
    expect(praise?.actor).toBe("Frank Bsirske");
    expect(praise?.target).toBeNull();
  });

  it("keeps a state acting at home as its own target country", () => {
    const evs = code("Die belgische Polizei nahm in Brüssel drei Verdächtige fest.");
    expect(evs.some((e) => e.type === "COERCE" && e.target === "BEL")).toBe(true);
  });

  it("does not make a party the target of a politician its role names as the party's, as a quote's speaker", () => {
    const evs = sides(
      "Wien – Michael Berger kandidiert in Favoriten. Wir werden die Wahl gewinnen, sagt der 30-jährige FPÖ-Bezirkschef. Die FPÖ hat im Bezirk viele Anhänger. Berger kritisierte die Verkehrspolitik scharf.",
    );
    const criticism = evs.find((e) => e.type === "ACCUSE");
    expect(criticism?.actor).toBe("Michael Berger");
    expect(criticism?.target).not.toBe("FPÖ");
  });
});
