import { Command } from "commander";
import { InputError } from "../errors.js";
import { loadTimeGold, scoreTime } from "./eval.js";

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

/** `lagebild eval time <path>`: WikiWarsDE (TIMEX2, narrative mode) or our news gold (.jsonl, news mode). */
export function evalTimeCommand(): Command {
  return new Command("time")
    .description("time expressions: strict/lenient P/R/F1 and value accuracy on WikiWarsDE or a news gold .jsonl")
    .argument("<path>", "WikiWarsDE folder / *.key.xml, or a .jsonl gold file or folder")
    .option("--mode <mode>", "news | narrative (default: narrative for WikiWarsDE, news for .jsonl)")
    .option("--errors", "list misses, false positives, span and value errors")
    .option("--json", "print the scores as one JSON object on the last line")
    .action((path: string, opts: { mode?: string; errors?: boolean; json?: boolean }) => {
      if (opts.mode && opts.mode !== "news" && opts.mode !== "narrative")
        throw new InputError(`--mode must be news or narrative, not "${opts.mode}"`);
      const { docs, format } = loadTimeGold(path);
      const mode = (opts.mode as "news" | "narrative" | undefined) ?? (format === "timex2" ? "narrative" : "news");
      const s = scoreTime(docs, mode);
      const lines = [
        `documents ${s.documents}  gold ${s.gold}  system ${s.system}  mode ${mode}`,
        "              P       R      F1   value-acc",
        `strict   ${pct(s.strict.precision)}  ${pct(s.strict.recall)}  ${pct(s.strict.f1)}`,
        `lenient  ${pct(s.lenient.precision)}  ${pct(s.lenient.recall)}  ${pct(s.lenient.f1)}  ${pct(s.valueAccuracy)}`,
      ];
      const types = Object.keys(s.byType).filter((t) => t !== "ALL");
      if (types.length) {
        lines.push("per type (lenient)");
        for (const t of types.sort()) {
          const r = s.byType[t];
          if (r)
            lines.push(
              `${t.padEnd(9)}${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  ${pct(r.valueAccuracy)}   gold ${r.gold} system ${r.system}`,
            );
        }
      }
      if (opts.errors) lines.push(...s.errors);
      process.stdout.write(`${lines.join("\n")}\n`);
      if (opts.json) {
        const { errors: _e, ...rest } = s;
        process.stdout.write(
          `${JSON.stringify({ precision: s.lenient.precision, recall: s.lenient.recall, f1: s.lenient.f1, mode, ...rest })}\n`,
        );
      }
    });
}
