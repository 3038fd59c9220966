import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors.js";

/** Reads a file (or "-" for standard input) as bytes, with clear errors. */
export function readSource(path: string): Uint8Array {
  if (path === "-") {
    try {
      return readFileSync(0);
    } catch (e) {
      throw new InputError(`cannot read standard input: ${(e as Error).message}`);
    }
  }
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (st.isDirectory()) throw new InputError(`${path}: is a directory; "lagebild ingest" reads folders`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
