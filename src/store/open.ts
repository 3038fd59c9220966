import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { InputError } from "../errors.js";
import { SqliteStore } from "./sqlite/store.js";
import type { Store } from "./types.js";

export const DEFAULT_DB = "lagebild.db";

export interface OpenOptions {
  /** Create the database (and apply migrations) when it does not exist; for ingest. */
  create?: boolean;
  /** Open read-only (queries); the file must exist. */
  readonly?: boolean;
  /** SQLite: how long a write may wait for another process's lock, in ms (default 60 000). */
  lockTimeoutMs?: number;
}

/** True for a `--db` value naming a PostgreSQL database (postgres:// or postgresql://). */
export function isPostgresUrl(db: string | undefined): boolean {
  return /^postgres(ql)?:\/\//i.test(db?.trim() ?? "");
}

/**
 * Opens a corpus store from a `--db` value: a SQLite file path (default ./lagebild.db) or a
 * PostgreSQL URL (postgres://user@host:5432/db[?schema=name], see postgres/store.ts).
 * A missing file is an InputError unless `create` is set.
 */
export async function openStore(spec: string | undefined, opts: OpenOptions = {}): Promise<Store> {
  const db = spec?.trim() || DEFAULT_DB;
  if (isPostgresUrl(db)) {
    // loaded only when used, so SQLite users never load the pg driver
    const { openPostgres } = await import("./postgres/store.js");
    return openPostgres(db, { create: opts.create });
  }
  const path = resolve(db);
  if (!opts.create && !existsSync(path)) throw new InputError(`no corpus at ${db}; run lagebild ingest first`);
  if (existsSync(path) && statSync(path).isDirectory())
    throw new InputError(`${db}: is a directory, not a database file`);
  try {
    const store = new SqliteStore(path, { readonly: false, lockTimeoutMs: opts.lockTimeoutMs });
    return store;
  } catch (e) {
    const msg = (e as Error).message;
    if (/not a database|file is encrypted|malformed/i.test(msg))
      throw new InputError(`${db}: not a lagebild database (${msg})`);
    if (/newer than this lagebild/.test(msg)) throw new InputError(`${db}: ${msg}`);
    if ((e as { code?: string }).code === "SQLITE_CANTOPEN" || /directory does not exist/i.test(msg)) {
      throw new InputError(`${db}: cannot open the database (${msg})`);
    }
    throw e;
  }
}
