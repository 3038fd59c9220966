import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/lagebild.js");
const built = existsSync(join(ROOT, "dist/src/server/run.js"));

/** Runs `lagebild serve …` until it prints its URL. */
function serve(args: string[], cwd: string): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [BIN, "serve", ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr?.on("data", (d) => {
    err += d;
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (d) => {
      out += d;
      const m = /serving (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1], stderr: () => err });
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

describe.skipIf(!built)(`lagebild serve${built ? "" : " (skipped: run npm run build first)"}`, () => {
  let child: ChildProcess | null = null;
  let dir = "";
  afterEach(() => {
    child?.kill("SIGTERM");
    child = null;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("serves the API on a free port without a corpus: analyze works, corpus routes answer 503", async () => {
    dir = mkdtempSync(join(tmpdir(), "lagebild-serve-"));
    const s = await serve(["--port", "0"], dir);
    child = s.child;
    expect(s.stderr()).toMatch(/no corpus database/);
    const res = await fetch(`${s.url}api/analyze`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "Putin lobte Kim am Mittwoch.", published: "2025-09-04" }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { published: string }).published).toBe("2025-09-04");
    expect((await fetch(`${s.url}api/articles`)).status).toBe(503);
    const spec = (await (await fetch(`${s.url}api/openapi.json`)).json()) as { openapi: string };
    expect(spec.openapi).toBe("3.1.0");
    expect((await fetch(s.url)).status).toBe(200);
  });

  it("refuses a missing database file with one clear line", async () => {
    dir = mkdtempSync(join(tmpdir(), "lagebild-serve-"));
    const err = await serve(["--port", "0", "--db", "missing.db"], dir).then(
      () => "",
      (e: Error) => e.message,
    );
    expect(err).toMatch(/exited with 1: lagebild: error: no database at missing\.db/);
    expect(err).not.toMatch(/\n\s+at /);
  });
});
