import type { Command } from "commander";
import { InputError } from "../errors.js";
import { analyze } from "../pipeline/analyze.js";
import { type InputFormat, parsePublishedOption, readOne } from "../read/index.js";
import { readSource } from "./io.js";
import { textReport } from "./report.js";

interface AnalyzeOptions {
  published?: string;
  format: string;
  input?: string;
}

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description("analyse one article (text, HTML or a one-line JSONL record) and print its Doc")
    .argument("<file>", 'the article file, or "-" for standard input')
    .option("--published <date>", "publication date (YYYY-MM-DD), the reference for relative dates")
    .option("--format <format>", "json | text", "json")
    .option("--input <format>", "input format: text | html | jsonl (default: from the file name and content)")
    .action((file: string, opts: AnalyzeOptions) => {
      if (opts.format !== "json" && opts.format !== "text") {
        throw new InputError(`--format must be json or text, not "${opts.format}"`);
      }
      if (opts.input && !["text", "html", "jsonl"].includes(opts.input)) {
        throw new InputError(`--input must be text, html or jsonl, not "${opts.input}"`);
      }
      const published = opts.published !== undefined ? parsePublishedOption(opts.published) : undefined;
      const init = readOne(readSource(file), file === "-" ? "stdin" : file, opts.input as InputFormat | undefined);
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
