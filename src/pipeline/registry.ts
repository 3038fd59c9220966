import type { Stage } from "./stage.js";

const STAGES = new Map<string, Stage>();

/** Registers a stage under its (versioned) name, e.g. "de.quotes.v1". */
export function registerStage(stage: Stage): void {
  if (STAGES.has(stage.name)) throw new Error(`stage "${stage.name}" is registered twice`);
  STAGES.set(stage.name, stage);
}

export function getStage(name: string): Stage | undefined {
  return STAGES.get(name);
}
