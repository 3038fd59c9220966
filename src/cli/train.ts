import { Command } from "commander";
import { trainNerCommand } from "../entities/tagger/cli.js";
import { german } from "../lang/de/index.js";

/** `lagebild train <model>`: trains a shipped statistical model from ../shared data. */
export function registerTrain(program: Command): void {
  const trainCmd = new Command("train").description("train a statistical model from the data sets in ../shared");
  trainCmd.addCommand(trainNerCommand(() => german().entities.ner));
  program.addCommand(trainCmd);
}
