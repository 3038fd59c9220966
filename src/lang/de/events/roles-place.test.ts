import { describe, expect, it } from "vitest";
import { analyze } from "../../../pipeline/analyze.js";

/** Type, actor and target (entity names) of the events of a text. */
function sides(text: string): { type: string; actor: string | null; target: string | null }[] {
  const doc = analyze({ text, published: "2025-10-15" });
  const name = (id: string | null) => (id ? (doc.entities.find((e) => e.id === id)?.name ?? null) : null);
  return doc.events.map((e) => ({ type: e.type, actor: name(e.actor), target: name(e.target) }));
}

describe("place adverbials name where, not whom", () => {
  it("does not make the city where the police stormed a building the target", () => {
    const [e] = sides("Die Polizei hat die Zentrale eines Medienkonzerns in Istanbul gestürmt.");
    expect(e).toMatchObject({ type: "COERCE", actor: "Polizei" });
    expect(e.target).not.toBe("Istanbul");
  });

  it("does not make the place of a police action the target when the police detains people there", () => {
    const [e] = sides("Die Polizei nahm in Istanbul drei Journalisten fest.");
    expect(e.target).not.toBe("Istanbul");
  });

  it("does not make a place in a dative PP the target of a protest ('auf dem Brenner demonstrierten')", () => {
    const evs = sides("Hunderte Aktivisten demonstrierten am Sonntag auf dem Brenner.");
    expect(evs.every((e) => e.target === null)).toBe(true);
  });

  it("keeps a foreign place as the target of an attack on targets there", () => {
    expect(sides("Israel bombardierte Ziele in Aleppo.")[0]).toMatchObject({ type: "ASSAULT", target: "Aleppo" });
    expect(sides("Die Armee bombardierte Ziele im Libanon.")[0]).toMatchObject({ type: "ASSAULT", target: "Libanon" });
  });

  it("keeps the host of a visit named by a place", () => {
    const [e] = sides("Werner Faymann hatte am Dienstag Hotspots auf der griechischen Insel Lesbos besucht.");
    expect(e).toMatchObject({ type: "CONSULT", target: "Griechenland" });
  });

  it("keeps a body named with its seat as the target ('die Regierung in Caracas')", () => {
    const [e] = sides("Die USA verhängten Sanktionen gegen die Regierung in Caracas.");
    expect(e.type).toBe("SANCTION");
    expect(e.target).not.toBeNull();
  });
});

describe("places that stand for a government or a country", () => {
  it("keeps a city after 'aus' or in the genitive as its government ('das Angebot aus Seoul', 'die Entscheidung Berlins')", () => {
    const doc = analyze({ text: "Pjöngjang hat das Gesprächsangebot aus Seoul abgelehnt.", published: "2025-10-15" });
    expect(doc.events[0]?.targetCountry).toBe("KOR");
    const berlin = analyze({
      text: "Polen begrüßte die Entscheidung Berlins, Leopard-Panzer an die Ukraine zu liefern.",
      published: "2025-10-15",
    });
    expect(berlin.events.find((e) => e.type === "SUPPORT")?.targetCountry).toBe("DEU");
  });

  it("gives a police action the country of its scene, not the city as the side acted on", () => {
    const doc = analyze({ text: "Die Polizei löste die Kundgebung in Minsk gewaltsam auf.", published: "2025-10-15" });
    const [e] = doc.events;
    expect(e.targetCountry).toBe("BLR");
    expect(doc.entities.find((x) => x.id === e.target)?.name ?? null).not.toBe("Minsk");
  });
});

describe("groups of people as actors", () => {
  it("makes the antecedent group of a relative clause the actor ('zahlreiche Aktivisten, die … demonstrierten')", () => {
    const evs = sides(
      "Für Italiens Premier Matteo Renzi ist das ein Alarmsignal. Ähnlich sehen das zahlreiche Aktivisten, die am Sonntag auf dem Brenner demonstrierten.",
    );
    expect(evs.find((e) => e.type === "PROTEST")?.actor).toBe("Aktivisten");
  });

  it("makes a group defined through a genitive the actor of criticism ('Kritik von Abgeordneten der Regierungspartei')", () => {
    const evs = sides("Es war eine Entscheidung, die ihm Kritik von Abgeordneten der Regierungspartei einbrachte.");
    expect(evs.find((e) => e.type === "ACCUSE")?.actor).toBe("Abgeordneten");
  });
});
