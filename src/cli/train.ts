import { Command } from "commander";
import { trainNerCommand } from "../entities/tagger/cli.js";

/** `lagebild train <model>`: trains a shipped statistical model from ../shared data. */
export function registerTrain(program: Command): void {
  const trainCmd = new Command("train").description("train a statistical model from the data sets in ../shared");
  trainCmd.addCommand(trainNerCommand());
  program.addCommand(trainCmd);
}
