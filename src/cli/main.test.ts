import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, REPO_DIR } from "../../test/helpers.js";

const BUILT = existsSync(join(REPO_DIR, "dist/src/cli/main.js"));
const dir = mkdtempSync(join(tmpdir(), "lagebild-dates-"));
const db = join(dir, "corpus.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, LAGEBILD_DEBUG: "" } });

/** Each command with --from/--to, with the arguments it needs besides them. */
const COMMANDS: [string, string[]][] = [
  ["search", ["search", "Gemeinderat"]],
  ["quotes", ["quotes"]],
  ["events", ["events"]],
  ["dyad", ["dyad", "Putin", "Kim"]],
  ["export", ["export", "--format", "graphml"]],
];

describe.skipIf(!BUILT)("--from and --to take a calendar day or a full ISO timestamp, nothing partial", () => {
  beforeAll(() => {
    const file = join(dir, "a.jsonl");
    const text = "Der Gemeinderat von Neudorf hat am Montag beschlossen, die Hauptstraße zu sanieren.";
    writeFileSync(file, `${JSON.stringify({ text, published: "2016-03-05", title: "Neudorf" })}\n`);
    const r = run(["ingest", file, "--db", db, "--workers", "0", "--quiet"]);
    expect(r.status, r.stderr).toBe(0);
  });

  const BAD = [
    ["--from", "2016"],
    ["--to", "2016-01"],
    ["--from", "2016-02-30"],
    ["--to", "05.03.2016"],
  ];
  for (const [name, args] of COMMANDS) {
    // every bad form on one command, one on each of the others (each run starts a process)
    for (const [option, value] of name === "search" ? BAD : BAD.slice(0, 1)) {
      it(`lagebild ${name} refuses ${option} ${value} with one line naming the value, exit 1`, () => {
        const r = run([...args, "--db", db, option, value]);
        expect(r.status).toBe(1);
        expect(r.stdout).toBe("");
        expect(r.stderr.trim().split("\n")).toEqual([
          `lagebild: error: ${option}: cannot read "${value}" as a date; use YYYY-MM-DD (e.g. 2025-09-04) or a full ISO timestamp`,
        ]);
      });
    }
  }

  it("reads a day and a full timestamp as their calendar days", () => {
    const hit = run(["search", "Gemeinderat", "--db", db, "--from", "2016-03-05T08:00:00+01:00", "--to", "2016-03-05"]);
    expect(hit.status, hit.stderr).toBe(0);
    expect(hit.stdout).toContain("Neudorf");
    const miss = run(["search", "Gemeinderat", "--db", db, "--from", "2016-03-06", "--format", "json"]);
    expect(miss.status, miss.stderr).toBe(0);
    expect(miss.stdout).not.toContain("Neudorf");
  });

  it("says in --help what a date is", () => {
    const r = run(["quotes", "--help"]);
    expect(r.stdout).toMatch(/--from <date>\s+on or after \(YYYY-MM-DD or a full ISO timestamp\)/);
    expect(r.stdout).not.toContain("YYYY-MM or YYYY");
  });
});
