import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { InputError } from "../errors.js";
import { registerQueue, registerWorker } from "../queue/cli.js";
import { registerServe } from "../server/cli.js";
import { registerDyad } from "../store/cli/dyad.js";
import { registerEntity } from "../store/cli/entity.js";
import { registerEvents } from "../store/cli/events.js";
import { registerExport } from "../store/cli/export.js";
import { registerQuotes } from "../store/cli/quotes.js";
import { registerSearch } from "../store/cli/search.js";
import { registerAnalyze } from "./analyze.js";
import { registerEval } from "./eval.js";
import { registerIngest } from "./ingest.js";
import { registerTrain } from "./train.js";

const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string };

/** Builds the command-line program; each command lives in its own module. */
export function buildProgram(): Command {
  const program = new Command("lagebild")
    .description("German news into structured, source-attributed knowledge")
    .version(pkg.version)
    .showHelpAfterError("(run lagebild --help for usage)")
    .exitOverride();
  registerAnalyze(program);
  registerEval(program);
  registerTrain(program);
  registerServe(program);
  registerIngest(program);
  registerSearch(program);
  registerQuotes(program);
  registerEvents(program);
  registerEntity(program);
  registerDyad(program);
  registerExport(program);
  registerWorker(program);
  registerQueue(program);
  return program;
}

/** Runs the CLI; user errors print one line and exit 1, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (e) {
    return reportError(e);
  }
}

export function reportError(e: unknown): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  if (e instanceof InputError) {
    process.stderr.write(`lagebild: error: ${e.message}\n`);
    return 1;
  }
  const err = e as Error;
  process.stderr.write(`lagebild: internal error: ${err?.message ?? String(e)}\n`);
  if (process.env.LAGEBILD_DEBUG) process.stderr.write(`${err?.stack ?? ""}\n`);
  else process.stderr.write("lagebild: (set LAGEBILD_DEBUG=1 for details; please report this)\n");
  return 70;
}
