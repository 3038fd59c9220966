import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, REPO_DIR } from "../../test/helpers.js";

const BUILT = existsSync(join(REPO_DIR, "dist/src/cli/ingest.js"));
const dir = mkdtempSync(join(tmpdir(), "lagebild-ingest-exit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    cwd: dir,
    env: { ...process.env, LAGEBILD_DEBUG: "" },
  });

describe.skipIf(!BUILT)("lagebild ingest's exit status", () => {
  it("is non-zero when any input failed, and the summary says how many", () => {
    const good = join(dir, "good.txt");
    writeFileSync(good, "Der Gemeinderat von Neudorf hat am Montag beschlossen, die Hauptstraße zu sanieren.\n");
    const bad = ["missing-1.txt", "missing-2.txt", "empty.txt", "binary.txt", "bad.jsonl"].map((n) => join(dir, n));
    writeFileSync(bad[2], "");
    writeFileSync(bad[3], Buffer.from([0, 1, 2, 3, 0, 0]));
    writeFileSync(bad[4], "{not json\n");
    const r = cli("ingest", good, ...bad, "--db", join(dir, "a.db"), "--quiet", "--workers", "0");
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain("1 stored");
    expect(r.stderr).toContain("5 failed");
    expect(r.stderr).toMatch(/5 of 6 items failed/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("is zero when every input was stored or already there", () => {
    const good = join(dir, "good2.txt");
    writeFileSync(good, "Die Stadtverwaltung teilte am Dienstag mit, das Freibad öffne im Mai wieder.\n");
    const db = join(dir, "b.db");
    expect(cli("ingest", good, "--db", db, "--quiet", "--workers", "0").status).toBe(0);
    expect(cli("ingest", good, "--db", db, "--quiet", "--workers", "0").status).toBe(0);
  });
});
