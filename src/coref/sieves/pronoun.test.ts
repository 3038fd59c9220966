import { describe, expect, it } from "vitest";
import { corefDoc, mention } from "../test-helpers.js";

describe("pronoun sieve", () => {
  it("resolves er and sie by the gender of the first names", () => {
    const doc = corefDoc(
      "Angela Merkel traf Horst Seehofer in Berlin. Er sprach danach von Fortschritten. Sie schwieg.",
    );
    expect(mention(doc, "Er")?.entity).toBe("Horst Seehofer");
    expect(mention(doc, "Sie")?.entity).toBe("Angela Merkel");
  });

  it("reads sie with a plural verb as plural: no single person", () => {
    const doc = corefDoc("Angela Merkel traf Emmanuel Macron. Danach fuhren sie gemeinsam nach Aachen.");
    expect(mention(doc, "sie")?.entity ?? null).toBeNull();
  });

  it("does not link a pronoun to a phrase of its own clause", () => {
    const doc = corefDoc("Horst Seehofer war verärgert. Angela Merkel lobte ihn trotzdem.");
    expect(mention(doc, "ihn")?.entity).toBe("Horst Seehofer");
  });

  it("prefers the last sentence's subject", () => {
    const doc = corefDoc(
      "Olaf Scholz empfing Friedrich Merz im Kanzleramt. Er sagte danach, das Gespräch sei gut gewesen.",
    );
    expect(mention(doc, "Er")?.entity).toBe("Olaf Scholz");
  });

  it("leaves a pronoun alone when no person or organisation of its gender was named near it", () => {
    const doc = corefDoc("Angela Merkel reiste nach Paris. Er sei nicht informiert worden.");
    expect(mention(doc, "Er")?.entity ?? null).toBeNull();
  });

  it("reads 'er' in a later cue clause as the topic, not the referent of a demonstrative", () => {
    const doc = corefDoc(
      "Werner Faymann telefonierte mit Viktor Orbán. Dieser habe zugesagt, die Menschen an die Grenze zu bringen, teilte er mit.",
    );
    expect(mention(doc, "Dieser")?.entity).toBe("Viktor Orbán");
    expect(mention(doc, "er")?.entity).toBe("Werner Faymann");
  });

  it("keeps 'er' inside the demonstrative's reported speech with it", () => {
    const doc = corefDoc(
      "Werner Faymann telefonierte mit Viktor Orbán. Dieser sagte, er wolle die Menschen an die Grenze bringen.",
    );
    expect(mention(doc, "er")?.entity).toBe("Viktor Orbán");
  });

  it("keeps the nearest man for a cue clause without a demonstrative", () => {
    const doc = corefDoc(
      "Werner Faymann telefonierte mit Viktor Orbán. Orbán habe zugesagt, die Menschen an die Grenze zu bringen, teilte er mit.",
    );
    expect(mention(doc, "er")?.entity).toBe("Viktor Orbán");
  });
});
