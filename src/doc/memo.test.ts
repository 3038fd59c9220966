import { describe, expect, it } from "vitest";
import { memoKey, tokenMemo, wordMemo } from "./memo.js";

describe("per-word and per-token memos", () => {
  it("keeps a word's answer per owner and asks again for another owner", () => {
    const asked: string[] = [];
    const len = wordMemo(10, (owner: { id: string }, w: string) => {
      asked.push(`${owner.id}:${w}`);
      return w.length;
    });
    const a = { id: "a" };
    const b = { id: "b" };
    expect(len(a, "Haus")).toBe(4);
    expect(len(a, "Haus")).toBe(4);
    expect(len(b, "Haus")).toBe(4);
    expect(asked).toEqual(["a:Haus", "b:Haus"]);
  });

  it("starts again empty when full, so it never grows past its limit", () => {
    let calls = 0;
    const upper = wordMemo(2, (_o: object, w: string) => {
      calls++;
      return w.toUpperCase();
    });
    const o = {};
    for (const w of ["a", "b", "c", "a"]) upper(o, w);
    expect(calls).toBe(4); // "a" was dropped when the memo filled up
    expect(upper(o, "a")).toBe("A");
  });

  it("answers a token once per view and separately for another view", () => {
    let calls = 0;
    const even = tokenMemo((_v: { n: number }, i: number) => {
      calls++;
      return i % 2 === 0;
    });
    const v = { n: 4 };
    expect([0, 1, 0, 1].map((i) => even(v, i))).toEqual([true, false, true, false]);
    expect(calls).toBe(2);
    expect(even({ n: 4 }, 0)).toBe(true);
    expect(calls).toBe(3);
  });

  it("copies long words and leaves short ones", () => {
    const long = "Bundesgesundheitsministerium";
    expect(memoKey(long)).toBe(long);
    expect(memoKey("Haus")).toBe("Haus");
  });
});
