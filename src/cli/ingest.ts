import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { InputError } from "../errors.js";
import { parseColumns, parseDelimiter } from "../ingest/csv.js";
import { formatSummary, ingest } from "../ingest/ingest.js";
import { enqueueCommand } from "../queue/ingest-cli.js";
import { DEFAULT_DB } from "../store/open.js";
import { onStopSignals } from "./stop-signal.js";

interface IngestCliOptions {
  db: string;
  delimiter?: string;
  quote?: string;
  columns?: string;
  header?: boolean;
  workers?: string;
  batch: string;
  maxSize: string;
  lockTimeout: string;
  failures?: string;
  quiet?: boolean;
  json?: boolean;
  queue?: string;
  queueName?: string;
  wait?: boolean;
}

function posInt(value: string, what: string, min = 0): number {
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new InputError(`${what} must be a whole number ≥ ${min}, not "${value}"`);
  return Number(value);
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description(
      "store articles in the corpus: files and folders (.txt .html .json .jsonl .csv .tsv, RSS/Atom feeds) or feed/page URLs",
    )
    .argument("<inputs...>", "files, folders (recursive) or http(s) URLs")
    .option("--db <file>", "corpus database (SQLite file)", DEFAULT_DB)
    .option("--delimiter <char>", 'CSV/TSV field delimiter (e.g. ";" or tab)')
    .option("--quote <char>", 'CSV/TSV quote character (default ")')
    .option(
      "--columns <names>",
      "CSV/TSV column names in order (text required; title, published, url, source understood)",
    )
    .option("--header", "with --columns: the first CSV row is a header to skip")
    .option("--workers <n>", "analysis worker threads (default: number of cores; 0 = main thread)")
    .option("--batch <n>", "articles per write transaction", "200")
    .option("--max-size <MB>", "largest article file / article text in MB", "5")
    .option(
      "--lock-timeout <s>",
      "SQLite: seconds a write may wait while another process writes to the same file",
      "60",
    )
    .option("--failures <file>", "write every failure (JSON Lines: where, error) to this file")
    .option("--quiet", "no progress output")
    .option("--json", "print the summary as one JSON object")
    .option(
      "--queue <url>",
      "enqueue the articles on this Redis job queue for `lagebild worker`s instead of analysing here",
    )
    .option("--queue-name <name>", "with --queue: queue name (default lagebild-ingest)")
    .option("--wait", "with --queue: show progress until the workers have drained the queue")
    .action(async (inputs: string[], o: IngestCliOptions, cmd: Command) => {
      const maxMb = Number(o.maxSize);
      if (!Number.isFinite(maxMb) || maxMb <= 0)
        throw new InputError(`--max-size must be a positive number of MB, not "${o.maxSize}"`);
      if (o.queue !== undefined) {
        await enqueueCommand(inputs, {
          ...o,
          db: cmd.getOptionValueSource("db") === "cli" ? o.db : undefined,
          maxBytes: Math.round(maxMb * 1024 * 1024),
        });
        return;
      }
      const signal = onStopSignals("finishing the articles in progress and committing them");
      try {
        const s = await ingest(inputs, {
          db: o.db,
          delimiter: o.delimiter !== undefined ? parseDelimiter(o.delimiter) : undefined,
          quote: o.quote,
          columns: o.columns !== undefined ? parseColumns(o.columns) : undefined,
          header: o.header,
          workers: o.workers !== undefined ? posInt(o.workers, "--workers") : undefined,
          batchSize: posInt(o.batch, "--batch", 1),
          maxBytes: Math.round(maxMb * 1024 * 1024),
          lockTimeoutMs: posInt(o.lockTimeout, "--lock-timeout") * 1000,
          quiet: o.quiet,
          signal,
        });
        if (o.failures)
          writeFileSync(
            o.failures,
            s.failures.map((f) => JSON.stringify(f)).join("\n") + (s.failures.length ? "\n" : ""),
          );
        if (o.json) process.stdout.write(`${JSON.stringify(s)}\n`);
        else process.stderr.write(formatSummary(s));
        if (s.stopped) process.exitCode = 130;
        // a failed item is lost work the caller must see (scripts check the exit status): exit 1
        else if (s.failures.length) {
          process.stderr.write(
            `lagebild: error: ${s.failures.length} of ${s.read} items failed (see the failures above${o.failures ? ` and ${o.failures}` : ""})\n`,
          );
          process.exitCode = 1;
        }
      } finally {
        signal.release();
      }
    });
}
