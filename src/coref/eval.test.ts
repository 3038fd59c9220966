import { describe, expect, it } from "vitest";
import { scoreCoref } from "./eval.js";

describe("coreference scoring", () => {
  const text = "Angela Merkel traf Horst Seehofer. Er lobte sie. Es regnete.";
  const gold = [
    {
      id: "t1",
      published: "2016-01-20",
      text,
      entities: [
        { id: "e1", name: "Angela Merkel" },
        { id: "e2", name: "Horst Seehofer" },
      ],
      mentions: [
        { start: 0, end: 13, text: "Angela Merkel", kind: "name", ref: "e1" },
        { start: 19, end: 33, text: "Horst Seehofer", kind: "name", ref: "e2" },
        { start: 35, end: 37, text: "Er", kind: "pronoun", ref: "e2" },
        { start: 44, end: 47, text: "sie", kind: "pronoun", ref: "e1" },
        { start: 49, end: 51, text: "Es", kind: "pronoun", ref: null },
      ],
    },
  ];

  it("scores each non-name mention by the entity of the system mention overlapping it", () => {
    const s = scoreCoref(gold);
    expect(s.byKind.pronoun.gold).toBe(3);
    expect(s.byKind.pronoun.correct).toBe(3);
    expect(s.errors).toEqual([]);
  });

  it("counts a wrong referent as an error", () => {
    const wrong = [{ ...gold[0], mentions: gold[0].mentions.map((m) => (m.text === "Er" ? { ...m, ref: "e1" } : m)) }];
    const s = scoreCoref(wrong);
    expect(s.byKind.pronoun.correct).toBe(2);
    expect(s.errors[0]).toContain('"Er"');
  });
});
