import { describe, expect, it } from "vitest";
import { quoteWith, run } from "../../../quotes/test-helpers.js";

describe("speakers", () => {
  it("keeps the pronoun as speakerText and its span", async () => {
    const doc = await run("Der Minister kam nach Kiew. Er sagte, die Hilfe werde fortgesetzt.");
    const q = quoteWith(doc, "Hilfe werde");
    expect(q?.speakerText).toBe("Er");
    expect(q?.speakerSpan?.text).toBe("Er");
  });

  it("links a pronoun to the entity of the last speaker when entities exist", async () => {
    const doc = await run("„Wir stehen bereit“, sagte Wladimir Putin am Mittwoch. Er betonte, Russland werde helfen.");
    const first = quoteWith(doc, "Wir stehen bereit");
    const second = quoteWith(doc, "Russland werde helfen");
    expect(second?.speakerText).toBe("Er");
    // with an entities stage both resolve to the same entity; without one both stay null
    expect(second?.speaker).toBe(first?.speaker ?? null);
  });

  it("resolves 'der norwegische Sozialdemokrat' to the person named before, not to Norway; an institution is itself, with its country", async () => {
    const doc = await run(
      "Nato-Generalsekretär Jens Stoltenberg bezeichnete die Lage als instabil. Die Regierung müsse schneller handeln, forderte der norwegische Sozialdemokrat.",
    );
    const named = doc.entities.find((e) => e.name === "Jens Stoltenberg");
    const q = quoteWith(doc, "schneller handeln");
    expect(q?.speakerText).toBe("der norwegische Sozialdemokrat");
    expect(named && q?.speaker === named.id).toBe(true);
    const inst = await run("Die Lage sei ernst, erklärte die norwegische Regierung.");
    const government = inst.entities.find((e) => e.id === quoteWith(inst, "Lage sei ernst")?.speaker);
    expect(government).toMatchObject({ name: "Regierung", type: "ORG", country: "NOR" });
  });

  it("makes an unnamed speaker an entity of the document, not linked to the KB", async () => {
    const doc = await run("Eine Rednerin sagte, die Versammlung sei beendet.");
    const q = quoteWith(doc, "Versammlung sei beendet");
    expect(q?.speakerText).toBe("Eine Rednerin");
    expect(doc.entities.find((e) => e.id === q?.speaker)).toMatchObject({
      name: "Rednerin",
      type: "PER",
      wikidata: null,
    });
  });

  it("reads a plural unnamed speaker after the verb", async () => {
    const doc = await run("Die Verhandlungen stünden kurz vor dem Abschluss, sagten Diplomaten in Genf.");
    expect(quoteWith(doc, "Verhandlungen stünden")?.speakerText).toBe("Diplomaten");
  });
  it("takes the relative pronoun as the subject of a cue in a relative clause", async () => {
    const doc = await run(
      "Die Anwältin Maria Celebi, die am Montag angab, dass ihre Mandantin bedroht worden sei, klagte.",
    );
    // the pronoun is the mention; the name comes from its antecedent
    expect(quoteWith(doc, "dass ihre Mandantin")?.speakerSpan?.text).toBe("die");
    expect(quoteWith(doc, "dass ihre Mandantin")?.speakerText).toBe("Die Anwältin Maria Celebi");
  });

  it("keeps a locative PP inside a subject before the verb, not after it", async () => {
    const doc = await run("Der Korrespondent in Mexiko-Stadt berichtete, die Lage sei ruhig.");
    expect(quoteWith(doc, "die Lage sei ruhig")?.speakerText).toBe("Der Korrespondent in Mexiko-Stadt");
  });

  it("ends a quoted outlet name before the next clause's subject", async () => {
    const doc = await run("Laut „Reuters“ gaben Soldaten Warnschüsse ab.");
    expect(quoteWith(doc, "Warnschüsse")?.speakerText).toBe("„Reuters“");
  });
  it("takes an aus-PP as the source of 'verlautete' and a demonstrative as a subject", async () => {
    const doc = await run(
      "Aus Militärkreisen verlautete, dass 15 Zivilisten starben. Diese bestätigte, dass ein Haftbefehl besteht.",
    );
    expect(quoteWith(doc, "15 Zivilisten")?.speakerText).toBe("Aus Militärkreisen");
    expect(quoteWith(doc, "ein Haftbefehl")?.speakerText).toBe("Diese");
  });
  it("takes the von-agent of a passive cue as the speaker, and no speaker without one", async () => {
    const doc = await run(
      "Von der Regierung wurde betont, dass die Lage ernst sei. Es wurde mitgeteilt, dass die Schule schließe.",
    );
    expect(quoteWith(doc, "die Lage ernst")?.speakerText).toBe("der Regierung");
    const q = quoteWith(doc, "die Schule schließe");
    expect(q?.cue?.text).toBe("wurde mitgeteilt");
    expect(q?.speakerText).toBeNull();
  });
  it("does not take an accusative object after the verb as the speaker", async () => {
    const doc = await run(
      "Wolfgang Hürter, Aufsichtsvorsitzender von SWB, nennt den Vorgang „ein Musterbeispiel für Solidarität“.",
    );
    const q = quoteWith(doc, "Musterbeispiel");
    expect(q?.speakerText).toBe("Wolfgang Hürter, Aufsichtsvorsitzender von SWB");
  });
});
