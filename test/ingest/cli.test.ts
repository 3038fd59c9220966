import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { contentHash } from "../../src/store/query.js";
import { CLI, REPO_DIR } from "../helpers.js";

const BUILT = existsSync(join(REPO_DIR, "dist/src/cli/ingest.js"));
const dir = mkdtempSync(join(tmpdir(), "lagebild-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: dir });

/** N distinct short German articles as JSON Lines. */
function generate(n: number): string[] {
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    texts.push(
      `Meldung ${i}: Der Gemeinderat von Neudorf-${i} hat am Montag beschlossen, die Hauptstraße ${i * 7} zu sanieren. ` +
        `Der Bürgermeister sagte, die Arbeiten sollten im Frühjahr beginnen und ${(i % 50) + 2} Wochen dauern.`,
    );
  }
  return texts;
}

function countStored(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare("SELECT COUNT(*) FROM articles").pluck().get() as number;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created yet, or the schema is being created
  }
}

describe.skipIf(!BUILT)(
  `CLI ingest and queries ${BUILT ? "" : "(skipped: dist/ is not built; run npm run build)"}`,
  () => {
    it("after SIGKILL mid-run, a re-run stores every article exactly once", async () => {
      const N = 3000;
      const texts = generate(N);
      const input = join(dir, "gen.jsonl");
      writeFileSync(input, `${texts.map((text) => JSON.stringify({ text, published: "2025-09-04" })).join("\n")}\n`);
      const db = join(dir, "kill.db");
      const child: ChildProcess = spawn(
        process.execPath,
        [CLI, "ingest", input, "--db", db, "--batch", "50", "--workers", "1", "--quiet"],
        { stdio: ["ignore", "ignore", "pipe"] },
      );
      let stderr = "";
      child.stderr?.on("data", (b: Buffer) => {
        stderr += b.toString();
      });
      const exited = new Promise<NodeJS.Signals | null>((r) => child.on("exit", (_code, sig) => r(sig)));
      let atKill = 0;
      for (;;) {
        await new Promise((r) => setTimeout(r, 20));
        atKill = countStored(db);
        if (atKill >= 100 || child.exitCode !== null) break;
      }
      expect(child.exitCode, `the ingest ended before it could be killed: ${stderr}`).toBeNull();
      child.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      const afterKill = countStored(db);
      expect(afterKill).toBeGreaterThanOrEqual(100);
      expect(afterKill).toBeLessThan(N); // killed midway

      const rerun = cli("ingest", input, "--db", db, "--quiet", "--json");
      expect(rerun.status, rerun.stderr).toBe(0);
      const summary = JSON.parse(rerun.stdout.trim().split("\n").pop() as string) as {
        stored: number;
        alreadyStored: number;
        failures: unknown[];
      };
      expect(summary.alreadyStored).toBe(afterKill);
      expect(summary.stored).toBe(N - afterKill);
      expect(summary.failures).toEqual([]);

      const d = new Database(db, { readonly: true });
      const hashes = new Map<string, number>();
      for (const h of d.prepare("SELECT hash FROM articles").pluck().all() as string[]) {
        hashes.set(h, (hashes.get(h) ?? 0) + 1);
      }
      expect(hashes.size).toBe(N);
      for (const t of texts) expect(hashes.get(contentHash(t))).toBe(1);
      // no rows left over from the uncommitted batch
      const orphans = d
        .prepare(
          "SELECT (SELECT COUNT(*) FROM minhash_bands WHERE article_id NOT IN (SELECT id FROM articles)) + (SELECT COUNT(*) FROM times WHERE article_id NOT IN (SELECT id FROM articles))",
        )
        .pluck()
        .get();
      expect(orphans).toBe(0);
      d.close();
    }, 180_000);

    it("answers queries over an ingested corpus in table, json and csv", () => {
      const input = join(dir, "small.jsonl");
      writeFileSync(
        input,
        [
          { text: "Kim Jong-un traf Putin in Wladiwostok.", published: "2025-09-03", source: "APA" },
          { text: "Die Regierung in Wien beschloss ein Budget.", published: "2025-09-10", source: "ORF" },
        ]
          .map((r) => JSON.stringify(r))
          .join("\n"),
      );
      const db = join(dir, "q.db");
      expect(cli("ingest", input, "--db", db, "--quiet").status).toBe(0);
      const table = cli("search", "Jong-un", "--db", db);
      expect(table.status, table.stderr).toBe(0);
      expect(table.stdout).toMatch(/^id\s+published/);
      expect(table.stdout).toMatch(/\[Jong-un\]/);
      const json = cli("search", "Budget", "--db", db, "--format", "json");
      expect(JSON.parse(json.stdout)).toMatchObject({ total: 1, items: [{ source: "ORF", published: "2025-09-10" }] });
      const csv = cli("search", "Wien OR (", "--db", db, "--format", "csv");
      expect(csv.status).toBe(0);
      expect(csv.stdout.split("\n")[0]).toBe("id,published,source,reprints,title,snippet");
      const exp = cli("export", "--format", "jsonl", "--db", db);
      expect(exp.stdout.trim().split("\n")).toHaveLength(2);
      const gml = cli("export", "--format", "graphml", "--db", db);
      expect(gml.stdout).toMatch(/<graphml/);
    });

    it("gives clear one-line errors for a missing corpus, bad dates, bad types and unknown entities", () => {
      const missing = cli("quotes", "--db", "nothing-here.db");
      expect(missing.status).toBe(1);
      expect(missing.stderr).toBe("lagebild: error: no corpus at nothing-here.db; run lagebild ingest first\n");
      const db = join(dir, "err.db");
      const input = join(dir, "err.jsonl");
      writeFileSync(input, `${JSON.stringify({ text: "Ein kurzer Artikel über Graz." })}\n`);
      expect(cli("ingest", input, "--db", db, "--quiet").status).toBe(0);
      const badDate = cli("events", "--from", "2025-02-30", "--db", db);
      expect(badDate.status).toBe(1);
      expect(badDate.stderr).toMatch(/--from: cannot read "2025-02-30" as a date/);
      const badType = cli("events", "--type", "HUG", "--db", db);
      expect(badType.stderr).toMatch(/--type must be a PLOVER type/);
      const noEntity = cli("entity", "Niemand Unbekannt", "--db", db);
      expect(noEntity.stderr).toMatch(/no entity named "Niemand Unbekannt"/);
      const noSpeaker = cli("quotes", "--speaker", "Niemand Unbekannt", "--db", db);
      expect(noSpeaker.status).toBe(0);
      expect(noSpeaker.stderr).toMatch(/nothing in the corpus is named "Niemand Unbekannt"/);
      const badFormat = cli("search", "x", "--format", "xml", "--db", db);
      expect(badFormat.stderr).toMatch(/--format must be table, json or csv/);
    });
  },
);
