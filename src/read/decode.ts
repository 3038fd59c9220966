import { InputError } from "../errors.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes bytes as UTF-8 text for analysis, refusing what is not text: binary data
 * (NUL bytes or many control characters) and invalid UTF-8, each with a clear message.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name}: the input is empty`);
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
  if (text.trim() === "") throw new InputError(`${name}: the input is empty (only whitespace)`);
  return text;
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
