import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseColumns, parseDelimiter } from "../../src/ingest/csv.js";
import { type IngestOptions, ingest } from "../../src/ingest/ingest.js";
import { type Item, readSources } from "../../src/ingest/sources.js";
import { SqliteStore } from "../../src/store/sqlite/store.js";
import { HAS_SHARED, SHARED_DIR, SHARED_REASON } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "lagebild-ingest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let dbn = 0;
const newDb = () => join(dir, `i${dbn++}.db`);
const run = (inputs: string[], o: IngestOptions = {}) => ingest(inputs, { quiet: true, workers: 0, ...o });

function count(db: string, sql = "SELECT COUNT(*) FROM articles"): number {
  const s = new SqliteStore(db);
  const n = s.db.prepare(sql).pluck().get() as number;
  s.db.close();
  return n;
}

const LONG =
  "Die Landesregierung hat am Dienstag ein Investitionsprogramm für Schulen und Kindergärten beschlossen. " +
  "Insgesamt sollen in den kommenden fünf Jahren rund dreihundert Millionen Euro in Neubauten und Sanierungen fließen. " +
  "Die Bildungslandesrätin sprach von einem wichtigen Signal für die Gemeinden, die seit Jahren über fehlende Mittel klagen. " +
  "Die Opposition kritisierte, das Geld komme zu spät und reiche bei weitem nicht aus, um den Rückstand aufzuholen. " +
  "Der Gemeindebund begrüßte den Beschluss, forderte aber eine raschere Auszahlung der ersten Tranche noch in diesem Jahr. " +
  "Nach Angaben des Landes sind bereits vierzig Projekte eingereicht worden, weitere sollen bis zum Herbst folgen. " +
  "Eine unabhängige Kommission wird die Anträge prüfen und die Reihung nach Dringlichkeit festlegen.";

describe("ingest: CSV and TSV options", () => {
  it("reads a ;-separated, '-quoted CSV without header by --columns, keeping other columns as metadata", async () => {
    const f = join(dir, "a.csv");
    writeFileSync(
      f,
      "Politik;'Der Minister sagte: ''Wir handeln.'' Danach ging er.'\nSport;'Rapid gewann; das Spiel war knapp.'\n",
    );
    const db = newDb();
    const s = await run([f], { db, delimiter: ";", quote: "'", columns: parseColumns("category,text") });
    expect(s.stored).toBe(2);
    expect(s.failures).toEqual([]);
    const store = new SqliteStore(db);
    const a = await store.getArticle("1");
    expect(a?.meta).toEqual({ category: "Politik" });
    expect(a?.doc.text).toBe("Der Minister sagte: 'Wir handeln.' Danach ging er.");
    expect(a?.origin).toBe(`${f}:1`);
    await store.close();
  });

  it("reports a row with the wrong number of fields, an unclosed quote and a bad date, and stores the rest", async () => {
    const f = join(dir, "b.csv");
    writeFileSync(
      f,
      'title,published,text\nEins,2025-09-04,"Erster Text."\nZwei,2025-09-05\nDrei,gestern,"Dritter Text."\nVier,,"Vierter Text.\n',
    );
    const db = newDb();
    const s = await run([f], { db });
    expect(s.stored).toBe(1);
    const reasons = s.failures.map((x) => x.error).join("\n");
    expect(reasons).toMatch(/b\.csv:3: expected 3 fields \(title, published, text\), found 2/);
    expect(reasons).toMatch(/b\.csv:4: "published" is not a date: "gestern"/);
    expect(reasons).toMatch(/line 5: a quoted field \("…\) is never closed/);
  });

  it("reads .tsv with tabs by default and a header row naming the columns", async () => {
    const f = join(dir, "c.tsv");
    writeFileSync(f, "source\ttext\turl\nORF\tEin Text mit, Komma.\thttps://example.org/1\n");
    const db = newDb();
    const s = await run([f], { db });
    expect(s.stored).toBe(1);
    const store = new SqliteStore(db);
    const a = await store.getArticle("1");
    expect([a?.source, a?.url]).toEqual(["ORF", "https://example.org/1"]);
    await store.close();
  });

  it("refuses --columns without a text column and multi-character delimiters", () => {
    expect(() => parseColumns("category,body")).toThrow(/"text" column/);
    expect(() => parseDelimiter(";;")).toThrow(/one character/);
    expect(parseDelimiter("tab")).toBe("\t");
  });
});

describe("ingest: bad inputs are reported per item and the run goes on", () => {
  const folder = join(dir, "mixed");
  beforeAll(() => {
    mkdirSync(join(folder, "sub"), { recursive: true });
    writeFileSync(join(folder, "good.txt"), "Ein guter Artikel über die Wahl in Wien.");
    writeFileSync(
      join(folder, "sub", "page.html"),
      "<html><body><article><p>Ein Artikel als HTML-Seite über Graz.</p></article></body></html>",
    );
    writeFileSync(join(folder, "empty.txt"), "   \n");
    writeFileSync(
      join(folder, "latin1.txt"),
      Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x61, 0x75, 0x73, 0x20, 0x57, 0x69, 0x65, 0x6e]),
    );
    writeFileSync(join(folder, "huge.txt"), "Wort ".repeat(1_300_000)); // 6.5 MB
    writeFileSync(
      join(folder, "lines.jsonl"),
      '{"text":"Erste Zeile als Artikel.","ressort":"Sport","id":7}\n{"text": 12}\nnot json\n{"text":"","html":""}\n',
    );
    writeFileSync(
      join(folder, "list.json"),
      JSON.stringify([{ text: "Ein Artikel aus JSON.", ressort: "Inland" }, { foo: 1 }]),
    );
    writeFileSync(join(folder, "broken.json"), "{ nope");
    symlinkSync(join(folder, "does-not-exist.txt"), join(folder, "dangling.txt"));
  });

  it("stores the good items and gives a reason for each bad one", async () => {
    const db = newDb();
    const emptyFolder = join(dir, "empty-folder");
    mkdirSync(emptyFolder, { recursive: true });
    const s = await run([folder, join(dir, "no-such-input"), emptyFolder], { db });
    expect(s.stored).toBe(4); // good.txt, page.html, one JSONL line, one JSON record
    const reasons = s.failures.map((x) => x.error);
    const has = (re: RegExp) =>
      expect(
        reasons.some((r) => re.test(r)),
        `${re} in\n${reasons.join("\n")}`,
      ).toBe(true);
    has(/empty\.txt: the input is empty/);
    has(/latin1\.txt: not valid UTF-8/);
    has(/huge\.txt: the file is 6\.\d MB, over the 5\.0 MB limit/);
    has(/lines\.jsonl:2: the record has no non-empty "text"/);
    has(/lines\.jsonl:3: invalid JSON/);
    has(/list\.json\[1\]: the record has no non-empty "text"/);
    has(/broken\.json: invalid JSON/);
    has(/dangling\.txt: cannot read/);
    has(/no-such-input: no such file or folder/);
    has(/empty-folder: no \.txt, \.html, .* files in the folder/);
    expect(s.failures).toHaveLength(11);
    const store = new SqliteStore(db);
    const meta = (await store.listArticles({ q: "JSON" })).items[0];
    expect((await store.getArticle(meta.id))?.meta).toEqual({ ressort: "Inland" });
    const line = (await store.listArticles({ q: "Erste Zeile" })).items[0];
    expect((await store.getArticle(line.id))?.meta).toEqual({ ressort: "Sport", id: "7" });
    await store.close();
  });

  it("is idempotent: a second run stores nothing new and skips every stored text", async () => {
    const db = newDb();
    const first = await run([folder], { db });
    const second = await run([folder], { db });
    expect(second.stored).toBe(0);
    expect(second.alreadyStored).toBe(first.stored);
    expect(count(db)).toBe(first.stored);
  });

  it("stores a text given twice in one run once (exact duplicate)", async () => {
    const f = join(dir, "dup.jsonl");
    writeFileSync(f, '{"text":"Derselbe Text."}\n{"text":"Derselbe  Text. "}\n');
    const s = await run([f], { db: newDb() });
    expect([s.stored, s.exactDuplicates]).toEqual([1, 1]);
  });
});

describe("ingest: exact copies from other outlets", () => {
  it("stores the text once and counts each other outlet's copy as a reprint, also across runs", async () => {
    const f = join(dir, "copies.jsonl");
    const rec = (source: string) => JSON.stringify({ text: LONG, source, published: "2025-09-02" });
    writeFileSync(f, `${rec("APA")}\n${rec("Kurier")}\n${rec("APA")}\n`);
    const db = newDb();
    const s = await run([f], { db });
    expect([s.stored, s.exactDuplicates, s.exactCopies]).toEqual([1, 2, 1]);
    const g = join(dir, "copies2.jsonl");
    writeFileSync(g, `${rec("Der Standard")}\n${rec("Kurier")}\n`);
    const again = await run([g], { db });
    expect([again.stored, again.alreadyStored, again.exactDuplicates, again.exactCopies]).toEqual([0, 1, 1, 1]);
    const store = new SqliteStore(db);
    const a = await store.getArticle("1");
    expect(a?.reprints).toBe(2);
    expect(a?.copies.map((c) => c.source)).toEqual(["Kurier", "Der Standard"]);
    await store.close();
  });
});

describe("ingest: near-duplicates", () => {
  it("links the same story from two outlets with small edits as canonical + one reprint", async () => {
    const f = join(dir, "reprint.jsonl");
    const edited = LONG.replace("am Dienstag", "am Dienstagabend").replace("rund dreihundert", "etwa dreihundert");
    writeFileSync(
      f,
      `${JSON.stringify({ text: LONG, source: "APA", published: "2025-09-02" })}\n${JSON.stringify({ text: edited, source: "Kurier", published: "2025-09-02" })}\n`,
    );
    const db = newDb();
    const s = await run([f], { db });
    expect([s.stored, s.nearDuplicates]).toEqual([2, 1]);
    expect(s.reprintedStories).toEqual([{ id: "1", title: null, reprintsThisRun: 1, reprints: 1 }]);
    const store = new SqliteStore(db);
    const canon = await store.getArticle("1");
    const reprint = await store.getArticle("2");
    expect([canon?.source, canon?.reprints, canon?.duplicateOf]).toEqual(["APA", 1, null]);
    expect([reprint?.source, reprint?.duplicateOf]).toEqual(["Kurier", "1"]);
    await store.close();
  });
});

describe("ingest: RSS and Atom feeds", () => {
  let server: Server;
  let base = "";
  let closedPort = 0;
  beforeAll(async () => {
    // a port nothing listens on: open one, note it, close it
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", () => r()));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    server = createServer((req, res) => {
      if (req.url === "/a.html") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(
          '<html><head><meta property="article:published_time" content="2025-09-04T10:00:00Z"></head><body><article><h1>Gipfel</h1><p>Putin empfing Kim in Wladiwostok zu Gesprächen über Zusammenarbeit.</p></article></body></html>',
        );
      } else if (req.url === "/feed.xml") {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end(rss());
      } else {
        res.writeHead(404);
        res.end("not found");
      }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const rss = () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Testfeed</title>
    <item><title>Gipfel</title><link>${base}/a.html</link><pubDate>Thu, 04 Sep 2025 10:00:00 GMT</pubDate></item>
    <item><title>Weg</title><link>${base}/missing.html</link></item>
    <item><title>Unerreichbar</title><link>http://127.0.0.1:${closedPort}/x.html</link></item>
    <item><title>Ohne Link</title></item>
  </channel></rss>`;

  it("fetches each item's page from a feed URL; unreachable pages and missing links are failed items", async () => {
    const db = newDb();
    const s = await run([`${base}/feed.xml`], { db, timeoutMs: 5000 });
    expect(s.stored).toBe(1);
    const reasons = s.failures.map((x) => x.error).join("\n");
    expect(reasons).toMatch(/missing\.html: cannot fetch \(HTTP 404\)/);
    expect(reasons).toMatch(/x\.html: cannot fetch \(ECONNREFUSED\)/);
    expect(reasons).toMatch(/item 4: the entry has no link/);
    const store = new SqliteStore(db);
    const a = await store.getArticle("1");
    expect([a?.published, a?.source, a?.url]).toEqual(["2025-09-04", "Testfeed", `${base}/a.html`]);
    await store.close();
  });

  it("reads an Atom feed from a file", async () => {
    const f = join(dir, "feed.atom");
    writeFileSync(
      f,
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atomfeed</title>
       <entry><title>Gipfel</title><link rel="alternate" href="${base}/a.html"/><updated>2025-09-04T12:00:00Z</updated></entry></feed>`,
    );
    const s = await run([f], { db: newDb() });
    expect([s.stored, s.failures.length]).toEqual([1, 0]);
  });

  it("reports a page URL that cannot be fetched", async () => {
    const s = await run([`${base}/nothing-here`], { db: newDb() });
    expect(s.failures.map((x) => x.error)).toEqual([`${base}/nothing-here: cannot fetch (HTTP 404)`]);
  });
});

describe.skipIf(!HAS_SHARED)(`ingest: reading 10kgnad test.csv ${HAS_SHARED ? "" : SHARED_REASON}`, () => {
  it("reads all 1,028 articles with --delimiter ';' --quote \"'\" --columns category,text", async () => {
    const csv = join(SHARED_DIR, "data/10kgnad/test.csv");
    expect(existsSync(csv)).toBe(true);
    const items: Item[] = [];
    for await (const it of readSources([csv], { delimiter: ";", quote: "'", columns: ["category", "text"] }))
      items.push(it);
    expect(items.filter((i) => !i.ok)).toEqual([]);
    expect(items).toHaveLength(1028);
    const first = items[0];
    expect(first.ok && first.meta.category).toBe("Wirtschaft");
  });
});
