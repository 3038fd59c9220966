import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { decodeText } from "./decode.js";

const TEXT = "Präsident Wladimir Putin lobte Kim Jong-un: „Wir helfen.“ 😀";

function utf32(text: string, littleEndian: boolean): Uint8Array {
  const cps = [0xfeff, ...[...text].map((c) => c.codePointAt(0) as number)];
  const out = new Uint8Array(cps.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < cps.length; i++) view.setUint32(i * 4, cps[i], littleEndian);
  return out;
}

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const codes = (bom ? "\ufeff" : "") + text;
  const out = new Uint8Array(codes.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < codes.length; i++) view.setUint16(i * 2, codes.charCodeAt(i), littleEndian);
  return out;
}

describe("decoding input bytes", () => {
  it("decodes UTF-16 and UTF-32 (either byte order) that starts with a byte-order mark, without the mark", () => {
    expect(decodeText(utf16(TEXT, true), "le16.txt")).toBe(TEXT);
    expect(decodeText(utf16(TEXT, false), "be16.txt")).toBe(TEXT);
    expect(decodeText(utf32(TEXT, true), "le32.txt")).toBe(TEXT);
    expect(decodeText(utf32(TEXT, false), "be32.txt")).toBe(TEXT);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]), "bom8.txt")).toBe(TEXT);
  });

  it("names UTF-16 without a mark as UTF-16 (not binary data) and says how to convert it", () => {
    const run = () =>
      decodeText(utf16("Der Gemeinderat hat am Montag beschlossen, die Straße zu sanieren.", true, false), "x.txt");
    expect(run).toThrow(InputError);
    expect(run).toThrow(/UTF-16LE/);
  });

  it("still refuses binary data and broken UTF-32", () => {
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 0, 0, 0]), "p.png")).toThrow(
      /binary/,
    );
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0]), "odd.txt")).toThrow(/multiple of 4/);
  });
});
