import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors.js";

export const DEFAULT_MAX_MB = 5;

const tooBig = (what: string, bytes: number, maxBytes: number) =>
  new InputError(
    `${what}: the input is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit; raise it with --max-size (MB)`,
  );

/** Reads a file (or "-" for standard input) as bytes, with clear errors; more than `maxBytes` is an InputError. */
export function readSource(path: string, maxBytes = DEFAULT_MAX_MB * 1024 * 1024): Uint8Array {
  if (path === "-") {
    let bytes: Buffer;
    try {
      bytes = readFileSync(0);
    } catch (e) {
      throw new InputError(`cannot read standard input: ${(e as Error).message}`);
    }
    if (bytes.length > maxBytes) throw tooBig("stdin", bytes.length, maxBytes);
    return bytes;
  }
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (st.isDirectory()) throw new InputError(`${path}: is a directory; "lagebild ingest" reads folders`);
  if (st.size > maxBytes) throw tooBig(path, st.size, maxBytes);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
