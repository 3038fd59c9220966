import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { openStore } from "../../src/store/open.js";
import { dateRange, dyadBuckets, ftsQuery, parseDateBound, plover } from "../../src/store/query.js";
import { loadMigrations, migrate, schemaVersion } from "../../src/store/sqlite/migrate.js";
import { SqliteStore } from "../../src/store/sqlite/store.js";
import { periodOf } from "../../src/time/periods.js";
import { storeConformance } from "./store-conformance.js";

const dir = mkdtempSync(join(tmpdir(), "lagebild-store-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeConformance("SQLite", async () => new SqliteStore(join(dir, `c${n++}.db`)));

describe("SQLite migrations", () => {
  it("apply once to a new database, in version order, and are recorded", () => {
    const db = new Database(join(dir, "m.db"));
    const all = loadMigrations();
    expect(all[0].version).toBe(1);
    expect(migrate(db)).toEqual(all.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(all[all.length - 1].version);
    db.close();
  });

  it("refuse a database from a newer lagebild", () => {
    const db = new Database(join(dir, "new.db"));
    migrate(db);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'x')").run();
    expect(() => migrate(db)).toThrow(/newer than this lagebild/);
    db.close();
  });

  it("use WAL journaling", () => {
    const s = new SqliteStore(join(dir, "wal.db"));
    expect(s.db.pragma("journal_mode", { simple: true })).toBe("wal");
    s.db.close();
  });
});

describe("opening a store", () => {
  it("says to run ingest when the database file does not exist", async () => {
    await expect(openStore(join(dir, "missing.db"))).rejects.toThrow("run lagebild ingest first");
    await expect(openStore(join(dir, "missing.db"))).rejects.toBeInstanceOf(InputError);
  });

  it("says why a database cannot be created in a folder that does not exist", async () => {
    await expect(openStore(join(dir, "no-such-folder", "x.db"), { create: true })).rejects.toThrow(
      /cannot open the database/,
    );
  });

  it("refuses a file that is not a database", async () => {
    const p = join(dir, "junk.db");
    (await import("node:fs")).writeFileSync(p, "this is not sqlite at all, just text ".repeat(200));
    await expect(openStore(p)).rejects.toThrow(/not a lagebild database/);
  });
});

describe("FTS query escaping", () => {
  it("quotes every word so operators and punctuation are plain text", () => {
    expect(ftsQuery("Jong-un")).toBe('"Jong-un"');
    expect(ftsQuery('Kim "AND" (Putin')).toBe('"Kim" "AND" "(Putin"');
    expect(ftsQuery("Sanktion*")).toBe('"Sanktion"*');
    expect(ftsQuery(" ?! -- ")).toBeNull();
  });
});

describe("date filters", () => {
  it("accept days, months, years and German dates; reject impossible ones", () => {
    // one strict date parser (issue 21): a period or a German date is no day
    expect(() => parseDateBound("2025-02", "to")).toThrow(/cannot read "2025-02"/);
    expect(() => parseDateBound("2024", "from")).toThrow(InputError);
    expect(() => parseDateBound("4.9.2025", "from")).toThrow(InputError);
    expect(parseDateBound("2025-09-04", "from")).toBe("2025-09-04");
    expect(parseDateBound("2025-09-04T10:30:00Z", "to")).toBe("2025-09-04");
    expect(() => parseDateBound("2025-02-30", "from")).toThrow(/cannot read "2025-02-30"/);
    expect(() => parseDateBound("gestern", "to")).toThrow(InputError);
    expect(() => dateRange("2025-10-01", "2025-09-01")).toThrow(/after/);
  });
});

describe("dyad time buckets and PLOVER weights", () => {
  it("put days into ISO weeks across the year boundary, months and years", () => {
    expect(periodOf("2024-12-30", "week")).toBe("2025-W01");
    expect(periodOf("2021-01-03", "week")).toBe("2020-W53");
    expect(periodOf("2025-09-04", "month")).toBe("2025-09");
    expect(periodOf("2025-09-04", "year")).toBe("2025");
  });

  it("count quad classes per bucket and average the Goldstein-like weights; undated events get their own last bucket", () => {
    const rows = [
      { day: "2025-01-02", type: "CONSULT" as const },
      { day: "2025-01-20", type: "ASSAULT" as const },
      { day: "2025-02-01", type: "AID" as const },
      { day: null, type: "AID" as const },
    ];
    const b = dyadBuckets(rows, "month");
    expect(b.map((x) => [x.period, x.cooperation, x.conflict, x.score])).toEqual([
      ["2025-01", 1, 1, (plover("CONSULT").weight + plover("ASSAULT").weight) / 2],
      ["2025-02", 1, 0, plover("AID").weight],
      ["undated", 1, 0, plover("AID").weight],
    ]);
    expect(b[0]["material-conflict"]).toBe(1);
    expect(plover("REQUEST").quad).toBe("verbal-conflict");
  });
});
