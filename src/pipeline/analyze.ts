import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Doc, type DocInit } from "../doc/doc.js";
import { type Kb, sharedKb } from "../kb/index.js";
import { hasLanguage, languageResources } from "./languages.js";
import { getStage } from "./registry.js";
import type { Context, Layer, Stage } from "./stage.js";
import "./stages.js";

const here = dirname(fileURLToPath(import.meta.url));
const CONFIG_PATH = join(
  here,
  here.includes(join("dist", "src")) ? "../../.." : "../..",
  "config",
  "pipeline.default.json",
);

/** The pipeline configuration: an ordered list of stage names plus per-stage options. */
export interface PipelineConfig {
  stages: string[];
  options?: Record<string, Record<string, unknown>>;
}

let defaultConfig: PipelineConfig | undefined;
export function loadDefaultConfig(): PipelineConfig {
  if (!defaultConfig) defaultConfig = JSON.parse(readFileSync(CONFIG_PATH, "utf8")) as PipelineConfig;
  return defaultConfig;
}

/** A checked, ready-to-run pipeline. */
export class Pipeline {
  readonly stages: readonly Stage[];
  private readonly options: Record<string, Record<string, unknown>>;

  private kbOverride: Kb | undefined;

  /**
   * @param config stage names in order and their options
   * @param resources `kb`: a knowledge base to use instead of the shipped one (tests, tools)
   */
  constructor(config: PipelineConfig = loadDefaultConfig(), resources: { kb?: Kb } = {}) {
    this.kbOverride = resources.kb;
    const stages: Stage[] = [];
    const available = new Set<Layer>();
    for (const name of config.stages) {
      const stage = getStage(name);
      if (!stage) throw new Error(`unknown pipeline stage "${name}"`);
      for (const code of stage.languages ?? [])
        if (!hasLanguage(code))
          throw new Error(`stage "${name}" serves "${code}", but no language module registers it`);
      for (const req of stage.requires) {
        if (!available.has(req))
          throw new Error(`stage "${name}" requires layer "${req}", which no earlier stage assigns`);
      }
      for (const a of stage.assigns) available.add(a);
      stages.push(stage);
    }
    this.stages = stages;
    this.options = config.options ?? {};
  }

  /**
   * Runs every stage over the Doc, in order. Stages for other languages are skipped with a
   * warning. With `timings`, adds each stage's wall time in milliseconds (for benchmarks).
   */
  run(doc: Doc, timings?: Map<string, number>): Doc {
    const skipped: string[] = [];
    for (const stage of this.stages) {
      if (stage.languages && !stage.languages.includes(doc.lang)) {
        skipped.push(stage.name);
        continue;
      }
      const kbOverride = this.kbOverride;
      const ctx: Context = {
        reference: doc.published,
        options: this.options[stage.name] ?? {},
        lang: languageResources(doc.lang),
        get kb() {
          return kbOverride ?? sharedKb();
        },
      };
      if (timings) {
        const t0 = performance.now();
        stage.run(doc, ctx);
        timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - t0);
      } else stage.run(doc, ctx);
      doc.pipeline.push(stage.name);
    }
    if (skipped.length) {
      doc.warnings.push(`language "${doc.lang}" is not supported by: ${skipped.join(", ")}; those layers are empty`);
    }
    return doc;
  }
}

let shared: Pipeline | undefined;

/**
 * Analyses one article with the default pipeline.
 *
 * @example
 * const doc = analyze({ text: "Putin lobte Kim am Mittwoch.", published: "2025-09-04" });
 * doc.toJSON().sentences; // [{ start: 0, end: 28 }]
 */
export function analyze(input: DocInit | string): Doc {
  if (!shared) shared = new Pipeline();
  // untyped callers: the Doc constructor checks every field (InputError naming it)
  const doc = new Doc(typeof input === "string" ? { text: input } : input);
  return shared.run(doc);
}

let textPipeline: Pipeline | undefined;

/**
 * Fills only the token and sentence layers, for a document whose language is known (`lang`, default German):
 * the tools and tests that read gold data use this instead of the whole pipeline.
 *
 * @example
 * const doc = textLayers(new Doc({ text: "Am 3. Mai sagte er das." }));
 * doc.sentences; // [{ start: 0, end: 23 }]
 */
export function textLayers(doc: Doc, lang = "de"): Doc {
  textPipeline ??= new Pipeline({ stages: ["tokens.v1", "sentences.v1"] });
  doc.lang = lang;
  return textPipeline.run(doc);
}
