import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, REPO_DIR } from "../../test/helpers.js";

const BUILT = existsSync(join(REPO_DIR, "dist/src/cli/analyze.js"));
const dir = mkdtempSync(join(tmpdir(), "lagebild-analyze-cap-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [CLI, "analyze", ...args], {
    encoding: "utf8",
    input,
    env: { ...process.env, LAGEBILD_DEBUG: "" },
    maxBuffer: 64 * 1024 * 1024,
  });

describe.skipIf(!BUILT)("lagebild analyze's size cap", () => {
  const sentence = "Der Gemeinderat von Neudorf hat am Montag beschlossen, die Hauptstraße zu sanieren. ";
  // 6 MB: over the default cap of 5 MB
  const big = sentence.repeat(Math.ceil((6 * 1024 * 1024) / sentence.length));

  it("refuses a file over 5 MB by default with one clear line naming the limit and --max-size", () => {
    const file = join(dir, "big.txt");
    writeFileSync(file, big);
    const r = run([file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/big\.txt: the input is 6\.\d MB, over the 5\.0 MB limit; raise it with --max-size/);
  });

  it("refuses standard input over the cap too", () => {
    const r = run(["-", "--max-size", "1"], sentence.repeat(Math.ceil((1.5 * 1024 * 1024) / sentence.length)));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/stdin: the input is 1\.5 MB, over the 1\.0 MB limit/);
  });

  it("takes a smaller or larger cap from --max-size and refuses a bad value", () => {
    const file = join(dir, "small.txt");
    writeFileSync(file, sentence.repeat(20));
    expect(run([file, "--max-size", "0.001"]).stderr).toMatch(/over the 0\.0 MB limit/);
    expect(run([file, "--max-size", "0x10"]).stderr).toMatch(/--max-size must be a positive number/);
    expect(run([file, "--max-size", "1"]).status).toBe(0);
  });
});
