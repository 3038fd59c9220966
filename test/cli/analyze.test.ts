import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocJSON } from "../../src/doc/index.js";
import { CLI, HAS_SHARED, SHARED_DIR, SHARED_REASON } from "../helpers.js";

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "lagebild-cli-"));
const write = (name: string, data: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

describe("lagebild analyze: bad input gets one clear line and a non-zero exit", () => {
  const cases: [string, string[], RegExp][] = [
    ["a missing file", [join(dir, "nope.txt")], /no such file/],
    ["an empty file", [write("empty.txt", "")], /empty/],
    ["a whitespace-only file", [write("blank.txt", "  \n\t\n")], /empty/],
    ["binary input", [write("bin.dat", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0]))], /binary/],
    ["invalid UTF-8", [write("latin1.txt", Buffer.from("Gr\xfc\xdfe aus K\xf6ln", "latin1"))], /not valid UTF-8/],
    [
      "an unparseable date",
      [write("ok.txt", "Putin lobte Kim."), "--published", "2025-02-30"],
      /is not a calendar date/,
    ],
    ["a date in words", [write("ok2.txt", "Putin lobte Kim."), "--published", "gestern"], /is not a calendar date/],
    ["an unknown format", [write("ok3.txt", "Putin lobte Kim."), "--format", "xml"], /--format/],
    ["a directory", [dir], /directory/],
  ];
  for (const [what, args, message] of cases) {
    it(`rejects ${what}`, () => {
      const r = run(["analyze", ...args]);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    });
  }
});

describe("lagebild analyze: output", () => {
  it("prints a schema-valid Doc for text from stdin", () => {
    const r = run(["analyze", "-", "--published", "2025-09-04"], "Putin lobte Kim. Kim dankte ihm.");
    expect(r.code).toBe(0);
    const doc = DocJSON.parse(JSON.parse(r.stdout));
    expect(doc.published).toBe("2025-09-04");
    expect(doc.lang).toBe("de");
    expect(doc.sentences).toHaveLength(2);
  });

  it("prints a text report with --format text", () => {
    const r = run(["analyze", "-", "--format", "text"], "Putin lobte Kim. Kim dankte ihm.");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 sentences/);
  });

  it("warns on stderr for non-German text and still returns a Doc", () => {
    const r = run(["analyze", "-"], "The president said on Monday that the talks with the minister were over.");
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/not German/);
    const doc = DocJSON.parse(JSON.parse(r.stdout));
    expect(doc.lang).toBe("en");
    expect(doc.sentences.length).toBeGreaterThan(0);
    expect(doc.entities).toEqual([]);
  });

  it("reads the article body, title and date from HTML", () => {
    const html = `<!doctype html><html><head><title>Gipfel in Peking</title>
      <meta property="article:published_time" content="2025-09-04T10:00:00+02:00"></head>
      <body><nav>Menü Start Politik</nav><article><h1>Gipfel in Peking</h1>
      <p>Der chinesische Staatschef Xi Jinping hat am Mittwoch in Peking eine große Militärparade abgenommen. Zu den Gästen gehörten zahlreiche Staats- und Regierungschefs.</p>
      <p>Der russische Präsident Wladimir Putin lobte die Gastgeber. „Wir danken China“, sagte er nach Angaben der Agentur Tass.</p>
      <p>Beobachter sprachen von einem deutlichen Signal an den Westen, das in Washington aufmerksam verfolgt werde.</p></article>
      <footer>Impressum</footer></body></html>`;
    const r = run(["analyze", write("page.html", html)]);
    expect(r.code).toBe(0);
    const doc = DocJSON.parse(JSON.parse(r.stdout));
    expect(doc.published).toBe("2025-09-04");
    expect(doc.title).toBe("Gipfel in Peking");
    expect(doc.text).toContain("Militärparade");
    expect(doc.text).not.toContain("Impressum");
  });
});

describe.skipIf(!HAS_SHARED)(`the example article ${HAS_SHARED ? "" : SHARED_REASON}`, () => {
  it("gives a schema-valid Doc whose text is the file's text, with 15 sentences", () => {
    const path = join(SHARED_DIR, "examples/kim-putin.de.txt");
    const r = run(["analyze", path, "--published", "2025-09-04", "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = DocJSON.parse(JSON.parse(r.stdout));
    expect(doc.text).toBe(readFileSync(path, "utf8").normalize("NFC"));
    expect(doc.sentences).toHaveLength(15);
    const firstWords = doc.sentences.map((s) => doc.text.slice(s.start, s.end).split(/\s/)[0]);
    expect(firstWords).toEqual([
      "Der",
      "Nordkorea",
      "Zuvor",
      "Anschließend",
      "Putin:",
      "„Wenn",
      "Putin",
      "Russland",
      "Zudem",
      "Sie",
      "„Ihre",
      "„Ich",
      "Putin",
      "Zum",
      "„Wir",
    ]);
    for (const s of doc.sentences)
      expect(/[.“”«"]$/.test(doc.text.slice(s.start, s.end)) || s === doc.sentences[4]).toBe(true);
  });
});
