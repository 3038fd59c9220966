import { randomBytes } from "node:crypto";
import pg from "pg";

/** PostgreSQL and Redis for integration tests: set by .ci/run when the services answer. */
export const PG_URL = process.env.LAGEBILD_TEST_PG ?? "";
export const REDIS_URL = process.env.LAGEBILD_TEST_REDIS ?? "";
export const PG_REASON = "(skipped: LAGEBILD_TEST_PG not set)";
export const REDIS_REASON = "(skipped: LAGEBILD_TEST_REDIS not set)";
export const PG_REDIS_REASON = "(skipped: LAGEBILD_TEST_PG and LAGEBILD_TEST_REDIS must both be set)";

/** A schema name unique to this test run (parallel runs never share one). */
export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
}

/** The test database URL with `?schema=NAME` (the store creates the schema). */
export function pgUrlWithSchema(schema: string): string {
  const u = new URL(PG_URL);
  u.searchParams.set("schema", schema);
  return u.toString();
}

/** Drops the given schemas (and everything in them). */
export async function dropSchemas(schemas: readonly string[]): Promise<void> {
  if (!PG_URL || !schemas.length) return;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await c.end();
  }
}
