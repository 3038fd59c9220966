import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type Database from "better-sqlite3";

const here = dirname(fileURLToPath(import.meta.url));

/** The migrations folder (SQL files live in src/, also for the compiled dist/ code). */
export function migrationsDir(): string {
  const dir = here.includes(join("dist", "src")) ? here.replace(join("dist", "src"), "src") : here;
  return join(dir, "migrations");
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Migrations `NNN-name.sql`, in version order. */
export function loadMigrations(dir = migrationsDir()): Migration[] {
  const out: Migration[] = [];
  for (const f of readdirSync(dir)) {
    const m = /^(\d{3})-(.+)\.sql$/.exec(f);
    if (m) out.push({ version: Number(m[1]), name: m[2], sql: readFileSync(join(dir, f), "utf8") });
  }
  out.sort((a, b) => a.version - b.version);
  for (let i = 1; i < out.length; i++) {
    if (out[i].version === out[i - 1].version) throw new Error(`two migrations with version ${out[i].version}`);
  }
  return out;
}

/**
 * Applies every migration newer than the database's version, each in its own
 * transaction, and records it in schema_migrations. Returns the versions applied.
 */
export function migrate(db: Database.Database, migrations = loadMigrations()): number[] {
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  const applied: number[] = [];
  // BEGIN IMMEDIATE takes the write lock before reading the version: two processes opening a new
  // file at once apply each migration once (the second waits, then sees it applied)
  db.transaction(() => {
    db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    const row = db.prepare("SELECT MAX(version) AS v FROM schema_migrations").get() as { v: number | null };
    const current = row.v ?? 0;
    if (current > latest) {
      throw new Error(
        `the database has schema version ${current}, newer than this lagebild (${latest}); upgrade lagebild`,
      );
    }
    const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
    for (const m of migrations) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
      applied.push(m.version);
    }
  }).immediate();
  return applied;
}

export function schemaVersion(db: Database.Database): number {
  const row = db.prepare("SELECT MAX(version) AS v FROM schema_migrations").get() as { v: number | null };
  return row.v ?? 0;
}
