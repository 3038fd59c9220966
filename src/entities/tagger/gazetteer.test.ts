import { describe, expect, it } from "vitest";
import { alignWithKb } from "./gazetteer.js";
import { beginOf, LABELS, type NerType, spansOf } from "./labels.js";

// gazetteer code = 1 + (inside | type << 1 | form << 3 | kind << 5 | ambiguous << 9), type PER=0 ORG=1 LOC=2
const kbB = (type: number, extra = 0): number => 1 + ((type << 1) | extra);
const kbI = (type: number, extra = 0): number => 1 + (1 | (type << 1) | extra);
const lab = (tags: string[]): Uint8Array => Uint8Array.from(tags.map((t) => LABELS.indexOf(t as never)));
const begin = (t: string): number => beginOf(t as NerType);

describe("aligning tagger spans with multi-token KB names", () => {
  it("widens a partial PER span to the whole KB name (Xi Jinping)", () => {
    const labels = lab(["O", "B-PER", "O"]);
    alignWithKb(labels, Int32Array.from([kbB(0), kbI(0), 0]), 3, begin);
    expect(spansOf(labels)).toEqual([{ start: 0, end: 2, type: "PER" }]);
  });

  it("leaves spans alone when the tagger chose another type or nothing inside the match", () => {
    const other = lab(["B-ORG", "O", "O"]);
    alignWithKb(other, Int32Array.from([kbB(0), kbI(0), 0]), 3, begin);
    expect(spansOf(other)).toEqual([{ start: 0, end: 1, type: "ORG" }]);
    const none = lab(["O", "O", "O"]);
    alignWithKb(none, Int32Array.from([kbB(0), kbI(0), 0]), 3, begin);
    expect(spansOf(none)).toEqual([]);
  });

  it("never cuts a longer tagger span and ignores single-token and ambiguous KB matches", () => {
    const longer = lab(["B-PER", "I-PER", "I-PER"]);
    alignWithKb(longer, Int32Array.from([0, kbB(0), kbI(0)]), 3, begin);
    expect(spansOf(longer)).toEqual([{ start: 0, end: 3, type: "PER" }]);
    const single = lab(["O", "B-LOC"]);
    alignWithKb(single, Int32Array.from([kbB(2), 0]), 2, begin);
    expect(spansOf(single)).toEqual([{ start: 1, end: 2, type: "LOC" }]);
    const ambiguous = lab(["O", "B-LOC"]);
    alignWithKb(ambiguous, Int32Array.from([kbB(2, 1 << 9), kbI(2, 1 << 9)]), 2, begin);
    expect(spansOf(ambiguous)).toEqual([{ start: 1, end: 2, type: "LOC" }]);
  });
});
