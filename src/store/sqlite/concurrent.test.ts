import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, REPO_DIR } from "../../../test/helpers.js";

const BUILT = existsSync(join(REPO_DIR, "dist/src/cli/ingest.js"));
const dir = mkdtempSync(join(tmpdir(), "lagebild-writers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function articles(n: number, tag: string): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text =
      `${tag} ${i}: Der Gemeinderat von Neudorf-${i} hat am Montag beschlossen, die Hauptstraße ${i * 7} zu sanieren. ` +
      `Der Bürgermeister sagte, die Arbeiten sollten im Frühjahr beginnen und ${(i % 50) + 2} Wochen dauern.`;
    lines.push(JSON.stringify({ text, published: "2025-09-04" }));
  }
  return `${lines.join("\n")}\n`;
}

const ingest = (input: string, db: string, ...more: string[]) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [CLI, "ingest", input, "--db", db, "--quiet", "--workers", "1", "--batch", "3", ...more],
      { cwd: dir, env: { ...process.env, LAGEBILD_DEBUG: "" } },
    );
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("exit", (code) => resolve({ code, stderr }));
  });

describe.skipIf(!BUILT)("two processes writing one SQLite file", () => {
  it("both ingests finish (exit 0), every article is stored once, the file is intact", async () => {
    const a = join(dir, "a.jsonl");
    const b = join(dir, "b.jsonl");
    // overlapping inputs: the same 150 articles in both, 100 more in each
    writeFileSync(a, articles(150, "Gemeinsam") + articles(100, "Nur-A"));
    writeFileSync(b, articles(100, "Nur-B") + articles(150, "Gemeinsam"));
    const db = join(dir, "shared.db");
    const [ra, rb] = await Promise.all([ingest(a, db), ingest(b, db)]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    const d = new Database(db, { readonly: true });
    try {
      const row = d.prepare("SELECT COUNT(*) AS n, COUNT(DISTINCT hash) AS h FROM articles").get();
      expect(row).toEqual({ n: 350, h: 350 });
      expect(d.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(d.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      d.close();
    }
  }, 240_000);

  it("a lock held beyond the timeout ends the run with one clear line; a re-run stores everything", async () => {
    const input = join(dir, "c.jsonl");
    writeFileSync(input, articles(20, "Gesperrt"));
    const db = join(dir, "locked.db");
    expect(spawnSync(process.execPath, [CLI, "ingest", join(dir, "a.jsonl"), "--db", db, "--quiet"]).status).toBe(0);
    const holder = new Database(db);
    holder.exec("BEGIN IMMEDIATE");
    let r: { code: number | null; stderr: string };
    try {
      r = await ingest(input, db, "--lock-timeout", "1");
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/locked by another process/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    const again = await ingest(input, db);
    expect(again.code, again.stderr).toBe(0);
    const d = new Database(db, { readonly: true });
    try {
      expect(d.prepare("SELECT COUNT(*) FROM articles WHERE text LIKE 'Gesperrt%'").pluck().get()).toBe(20);
    } finally {
      d.close();
    }
  }, 240_000);
});
