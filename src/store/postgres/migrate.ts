import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type pg from "pg";
import { loadMigrations, type Migration } from "../sqlite/migrate.js";

const here = dirname(fileURLToPath(import.meta.url));

/** The PostgreSQL migrations folder (SQL files live in src/, also for the compiled dist/ code). */
export function pgMigrationsDir(): string {
  const dir = here.includes(join("dist", "src")) ? here.replace(join("dist", "src"), "src") : here;
  return join(dir, "migrations");
}

/** Advisory lock key that serialises migrations of concurrently starting workers. */
const MIGRATE_LOCK = 0x1a6eb11d;

/**
 * Applies every migration newer than the schema's version, each in its own transaction,
 * recorded in schema_migrations. Several processes may start at once: an advisory lock
 * lets one migrate (and create the schema, if one is named) while the others wait. Returns the
 * versions applied.
 */
export async function migratePg(
  client: pg.PoolClient,
  opts: { schema?: string | null; migrations?: Migration[] } = {},
): Promise<number[]> {
  const migrations = opts.migrations ?? loadMigrations(pgMigrationsDir());
  await client.query("SELECT pg_advisory_lock($1)", [MIGRATE_LOCK]);
  try {
    if (opts.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${opts.schema.replace(/"/g, "")}"`);
    await client.query(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)",
    );
    const current = await pgSchemaVersion(client);
    const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
    if (current > latest) {
      throw new Error(
        `the database has schema version ${current}, newer than this lagebild (${latest}); upgrade lagebild`,
      );
    }
    const applied: number[] = [];
    for (const m of migrations) {
      if (m.version <= current) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [
          m.version,
          m.name,
          new Date().toISOString(),
        ]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
      applied.push(m.version);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATE_LOCK]);
  }
}

export async function pgSchemaVersion(client: pg.PoolClient | pg.Pool): Promise<number> {
  const r = await client.query<{ v: number | null }>("SELECT MAX(version) AS v FROM schema_migrations");
  return r.rows[0]?.v ?? 0;
}
