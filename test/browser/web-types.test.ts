import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("web UI sources", () => {
  it("type-check under web/tsconfig.json (strict, DOM)", () => {
    const r = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "web/tsconfig.json"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
