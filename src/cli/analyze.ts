import type { Command } from "commander";
import { InputError } from "../errors.js";
import { analyze } from "../pipeline/analyze.js";
import { type InputFormat, parsePublishedOption, readOne } from "../read/index.js";
import { DEFAULT_MAX_MB, readSource } from "./io.js";
import { textReport } from "./report.js";

interface AnalyzeOptions {
  published?: string;
  format: string;
  input?: string;
  maxSize: string;
}

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description("analyse one article (text, HTML or a one-line JSONL record) and print its Doc")
    .argument("<file>", 'the article file, or "-" for standard input')
    .option("--published <date>", "publication date (YYYY-MM-DD), the reference for relative dates")
    .option("--format <format>", "json | text", "json")
    .option("--input <format>", "input format: text | html | jsonl (default: from the file name and content)")
    .option("--max-size <MB>", "largest input in MB", String(DEFAULT_MAX_MB))
    .action((file: string, opts: AnalyzeOptions) => {
      if (opts.format !== "json" && opts.format !== "text") {
        throw new InputError(`--format must be json or text, not "${opts.format}"`);
      }
      if (opts.input && !["text", "html", "jsonl"].includes(opts.input)) {
        throw new InputError(`--input must be text, html or jsonl, not "${opts.input}"`);
      }
      const maxMb = /^\d+(\.\d+)?$/.test(opts.maxSize) ? Number(opts.maxSize) : Number.NaN;
      if (!(maxMb > 0)) throw new InputError(`--max-size must be a positive number of MB, not "${opts.maxSize}"`);
      const published = opts.published !== undefined ? parsePublishedOption(opts.published) : undefined;
      const bytes = readSource(file, Math.round(maxMb * 1024 * 1024));
      const init = readOne(bytes, file === "-" ? "stdin" : file, opts.input as InputFormat | undefined);
      if (published) init.published = published;
      const doc = analyze(init);
      for (const w of init.warnings ?? []) process.stderr.write(`lagebild: warning: ${w}\n`);
      if (doc.lang !== "de") {
        process.stderr.write(
          `lagebild: warning: the text looks like "${doc.lang}", not German; only language-independent layers were filled\n`,
        );
      }
      process.stdout.write(opts.format === "json" ? `${JSON.stringify(doc.toJSON(), null, 2)}\n` : textReport(doc));
    });
}
