/**
 * Ingest benchmark alone: `npm run build && node dist/bench/ingest.js [--db FILE]`.
 * Ingests ../shared/data/10kgnad/test.csv twice with the CLI (first run: everything stored;
 * second run: nothing added) and prints wall time, peak RSS and the database size.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { timedIngest } from "./corpus.js";

const i = process.argv.indexOf("--db");
const tmp = i > 0 ? null : mkdtempSync(join(tmpdir(), "lagebild-ingest-bench-"));
const db = i > 0 ? process.argv[i + 1] : join(tmp as string, "10kgnad.db");
try {
  if (!existsSync(new URL("../../../shared/data/10kgnad/test.csv", import.meta.url))) {
    process.stdout.write("ingest bench: ../shared/data/10kgnad/test.csv not found (skipped)\n");
  } else {
    for (const run of ["first", "second"]) {
      const r = timedIngest(db);
      const size = statSync(db).size + (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);
      process.stdout.write(
        `${run} run: ${r.stored} stored, ${r.alreadyStored} already stored, ${r.failures} failed — ${r.seconds.toFixed(2)} s wall` +
          `${r.peakRssMb ? `, peak RSS ${r.peakRssMb.toFixed(0)} MB` : ""}, database ${(size / 1024 / 1024).toFixed(1)} MB\n`,
      );
    }
  }
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
