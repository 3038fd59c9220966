/**
 * PostgreSQL write-path benchmark: the CPU the database side costs per article, without the
 * analysis. The 10kgnad articles are analysed once (cached in a temp file), then written
 * into a fresh schema one article per transaction, as `lagebild worker` does (knownHashes,
 * then writeBatch of one). Reports, per article: CPU of the PostgreSQL backend (from /proc,
 * found by application_name), CPU of this client process (the pg driver and the store's
 * query building), wall time, and the statements sent.
 *
 *   npm run build && node dist/bench/pg-write.js [--pg URL] [--limit N] [--rounds R] [--batch B]
 *
 * CPU times, unlike wall time, stay comparable on a shared machine; compare A/B runs back to back.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import pg from "pg";
import type { DocJSON } from "../src/doc/schema/index.js";
import { AnalyzePool } from "../src/ingest/pool.js";
import { openStore } from "../src/store/open.js";
import { contentHash } from "../src/store/query.js";
import type { ArticleInput } from "../src/store/types.js";
import { arg } from "./args.js";
import { loadGnad } from "./gnad.js";

const PG = arg("pg", process.env.LAGEBILD_TEST_PG || "postgres://postgres@127.0.0.1:5432/test");
const LIMIT = Number(arg("limit", "0"));
const ROUNDS = Number(arg("rounds", "2"));
const BATCH = Math.max(1, Number(arg("batch", "1")));
/** Keep the last round's schema (named in the output) for experiments. */
const KEEP = process.argv.includes("--keep");
/** A session setting for experiments, e.g. --set synchronous_commit=off (never a default). */
const SET = arg("set", "");
/** SQL run on the fresh schema before writing, for ablation experiments (e.g. dropping an index). */
const ABLATE = arg("ablate", "");

function cpuSeconds(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8");
  const rest = f.slice(f.lastIndexOf(")") + 2).split(" ");
  return (Number(rest[11]) + Number(rest[12])) / 100;
}

interface Cached {
  hash: string;
  json: string;
  sig: number[] | null;
}

async function analysed(): Promise<Cached[]> {
  const articles = loadGnad();
  const n = LIMIT > 0 ? Math.min(LIMIT, articles.length) : articles.length;
  const file = `${tmpdir()}/lagebild-pg-write-${n}.json`;
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Cached[];
  const pool = new AnalyzePool(2);
  const out = await Promise.all(
    articles.slice(0, n).map(async (a) => {
      const r = await pool.analyze({ text: a.text, published: "2025-09-04" });
      if ("error" in r) throw new Error(r.error);
      return { hash: contentHash(a.text), json: r.json, sig: r.sig ? [...r.sig] : null };
    }),
  );
  await pool.close();
  writeFileSync(file, JSON.stringify(out));
  return out;
}

async function main(): Promise<void> {
  const items = await analysed();
  if (!items.length) {
    process.stdout.write("pg-write bench: skipped (../shared/data/10kgnad/test.csv not present)\n");
    return;
  }
  const admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const schema = `lagebild_pgw_${process.pid}_${randomBytes(3).toString("hex")}`;
      const u = new URL(PG);
      u.searchParams.set("schema", schema);
      process.env.PGAPPNAME = schema;
      const store = await openStore(u.toString(), { create: true });
      if (ABLATE) await admin.query(`SET search_path = ${schema}; ${ABLATE}; RESET search_path`);
      if (SET) {
        const pgStore = store as unknown as { pool: pg.Pool };
        pgStore.pool.on("connect", (c) => void c.query(`SET ${SET}`));
        await pgStore.pool.query(`SET ${SET}`);
      }
      const inputs: ArticleInput[] = items.map((it, i) => ({
        hash: it.hash,
        doc: JSON.parse(it.json) as DocJSON,
        meta: { category: "x" },
        origin: `test.csv:${i + 1}`,
        minhash: it.sig ? Uint32Array.from(it.sig) : null,
      }));
      const backends = async () =>
        (
          await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = $1", [schema])
        ).rows.map((r) => r.pid);
      const before = new Map((await backends()).map((p) => [p, cpuSeconds(p)]));
      const q0 = queries;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < inputs.length; i += BATCH) {
        const part = inputs.slice(i, i + BATCH);
        const known = await store.knownHashes(part.map((p) => p.hash));
        await store.writeBatch(part.filter((p) => !known.has(p.hash)));
      }
      const wall = (performance.now() - t0) / 1000;
      const c = process.cpuUsage(c0);
      let backend = 0;
      for (const p of await backends()) backend += cpuSeconds(p) - (before.get(p) ?? 0);
      const stmts = queries - q0 - 1; // minus the backends() query above
      await store.close();
      const n = inputs.length;
      const ms = (s: number) => `${((s / n) * 1000).toFixed(2)} ms`;
      process.stdout.write(
        `pg-write: ${n} articles, batch ${BATCH}: backend CPU ${ms(backend)}, client CPU ${ms((c.user + c.system) / 1e6)}, ` +
          `wall ${ms(wall)}, ${(stmts / n).toFixed(1)} queries per article\n`,
      );
      if (KEEP && round === ROUNDS - 1) process.stdout.write(`pg-write: kept schema ${schema}\n`);
      else await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  } finally {
    await admin.end();
  }
}

/** Queries sent by every pg client of this process (round trips), counted by wrapping Client.query. */
let queries = 0;
const origQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  queries++;
  return (origQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`pg-write bench: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
