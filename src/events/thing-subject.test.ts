import { describe, expect, it } from "vitest";
import { code } from "../lang/de/events/test-helpers.js";

describe("a statement whose clause opens with a pronoun for a thing is no dealing of the speaker's", () => {
  it("codes no meeting for 'Das kommt alles zusammen' in an expert's words", () => {
    const evs = code(
      "Wien – Die Mieten steigen und die Löhne stagnieren. Das kommt alles zusammen, sagte die Ökonomin Maria Berger.",
    );
    expect(evs.filter((e) => e.type === "CONSULT")).toEqual([]);
  });

  it("still codes the speaker's own meeting announced in the first person", () => {
    const evs = code(
      "Wien – Wir kommen morgen mit der ukrainischen Regierung zusammen, sagte Außenministerin Beate Meinl-Reisinger.",
    );
    expect(evs.some((e) => e.type === "CONSULT")).toBe(true);
  });
});
