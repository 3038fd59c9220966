import { InputError } from "../errors.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes bytes as UTF-8 text for analysis, refusing what is not text: binary data
 * (NUL bytes or many control characters) and invalid UTF-8, each with a clear message.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name}: the input is empty`);
  const bom = unicodeBom(bytes);
  if (bom) return checkNotEmpty(decodeWithBom(bytes, bom, name), name);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16)
    throw new InputError(
      `${name}: looks like ${utf16} text without a byte-order mark; convert it to UTF-8, e.g. iconv -f ${utf16} -t utf-8`,
    );
  const probe = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < probe.length; i++) {
    const b = probe[i];
    if (b === 0) throw new InputError(`${name}: looks like binary data (NUL bytes), not text`);
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (control > probe.length * 0.05) throw new InputError(`${name}: looks like binary data, not text`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(
      `${name}: not valid UTF-8 (first bad byte at offset ${at}); convert it, e.g. iconv -f latin1 -t utf-8`,
    );
  }
  return checkNotEmpty(text, name);
}

function checkNotEmpty(text: string, name: string): string {
  if (text.trim() === "") throw new InputError(`${name}: the input is empty (only whitespace)`);
  return text;
}

type Bom = "utf-8" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be";

/** The encoding a byte-order mark at the start names (UTF-32 is checked before UTF-16, whose LE mark it starts with). */
export function unicodeBom(b: Uint8Array): Bom | null {
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return "utf-32le";
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return "utf-32be";
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf-8";
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return null;
}

/** Decodes text that starts with a byte-order mark (the mark is dropped); invalid sequences are an InputError. */
function decodeWithBom(bytes: Uint8Array, bom: Bom, name: string): string {
  const bad = (what: string) =>
    new InputError(`${name}: starts with a ${bom.toUpperCase()} byte-order mark but ${what}`);
  if (bom === "utf-32le" || bom === "utf-32be") {
    if (bytes.length % 4 !== 0) throw bad(`its length (${bytes.length} bytes) is not a multiple of 4`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const parts: string[] = [];
    let chunk: number[] = [];
    for (let i = 4; i < bytes.length; i += 4) {
      const cp = view.getUint32(i, bom === "utf-32le");
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw bad(`holds an invalid code point at offset ${i}`);
      chunk.push(cp);
      if (chunk.length >= 8192) {
        parts.push(String.fromCodePoint(...chunk));
        chunk = [];
      }
    }
    parts.push(String.fromCodePoint(...chunk));
    return parts.join("");
  }
  try {
    return new TextDecoder(bom, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw bad("is not valid in that encoding");
  }
}

/** "UTF-16LE"/"UTF-16BE" when the start looks like Latin text in UTF-16 without a mark (NULs in every other byte). */
function utf16WithoutBom(b: Uint8Array): string | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return "UTF-16LE";
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return "UTF-16BE";
  return null;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}
