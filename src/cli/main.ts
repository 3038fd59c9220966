import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { InputError } from "../errors.js";

type Register = (program: Command) => void;

/**
 * Every command, by name, with the module that registers it. Modules load only when their
 * command runs (or for --help), so `lagebild analyze` does not pay for the server, the
 * store drivers or the job queue.
 */
const COMMANDS: Record<string, () => Promise<Register[]>> = {
  analyze: async () => [(await import("./analyze.js")).registerAnalyze],
  eval: async () => [(await import("./eval.js")).registerEval],
  train: async () => [(await import("./train.js")).registerTrain],
  serve: async () => [(await import("../server/cli.js")).registerServe],
  start: async () => [(await import("../server/cli.js")).registerServe],
  ingest: async () => [(await import("./ingest.js")).registerIngest],
  search: async () => [(await import("../store/cli/search.js")).registerSearch],
  quotes: async () => [(await import("../store/cli/quotes.js")).registerQuotes],
  events: async () => [(await import("../store/cli/events.js")).registerEvents],
  entity: async () => [(await import("../store/cli/entity.js")).registerEntity],
  dyad: async () => [(await import("../store/cli/dyad.js")).registerDyad],
  export: async () => [(await import("../store/cli/export.js")).registerExport],
  worker: async () => [(await import("../queue/cli.js")).registerWorker],
  queue: async () => [(await import("../queue/cli.js")).registerQueue],
};

const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string };

/**
 * Builds the command-line program. With `only`, just that command is registered (the fast
 * path for running one); without it, all of them (for help and unknown commands).
 */
async function buildProgram(only?: string): Promise<Command> {
  const program = new Command("lagebild")
    .description("German news into structured, source-attributed knowledge")
    .version(pkg.version)
    .showHelpAfterError("(run lagebild --help for usage)")
    .exitOverride();
  const names = only && COMMANDS[only] ? [only] : Object.keys(COMMANDS);
  const seen = new Set<Register>();
  for (const name of names) {
    for (const register of await COMMANDS[name]()) {
      if (seen.has(register)) continue;
      seen.add(register);
      register(program);
    }
  }
  return program;
}

/** Runs the CLI; user errors print one line and exit 1, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  try {
    const command = argv[2];
    const wantsHelp = argv.includes("--help") || argv.includes("-h");
    await (await buildProgram(wantsHelp && argv.length <= 3 ? undefined : command)).parseAsync(argv);
    // a command that finished but failed in part (ingest with failed items, a stopped run) set the status
    return Number(process.exitCode ?? 0) || 0;
  } catch (e) {
    return reportError(e);
  }
}

function reportError(e: unknown): number {
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
