import { Command } from "commander";
import { evalCorefCommand } from "../coref/eval-command.js";
import { evalNerCommand } from "../entities/tagger/cli.js";
import { evalEventsCommand } from "../events/eval-command.js";
import { german } from "../lang/de/index.js";
import { evalQuotesCommand } from "../quotes/eval-command.js";
import { evalTimeCommand } from "../time/eval-command.js";
import { evalSentencesCommand } from "../tokens/eval-sentences.js";

/**
 * `lagebild eval <ner|quotes|time|events> …`: evaluation commands print precision,
 * recall and F1 (with --json, one JSON object on the last line). Each stage adds its
 * subcommand here.
 */
export function registerEval(program: Command): void {
  const evalCmd = new Command("eval").description("evaluate a stage against gold data (precision/recall/F1)");
  evalCmd.addCommand(evalSentencesCommand());
  evalCmd.addCommand(evalNerCommand(() => german().entities.ner));
  evalCmd.addCommand(evalTimeCommand());
  evalCmd.addCommand(evalEventsCommand());
  evalCmd.addCommand(evalQuotesCommand());
  evalCmd.addCommand(evalCorefCommand());
  program.addCommand(evalCmd);
}
