import { Command } from "commander";
import { type KindScore, loadCorefGold, scoreCoref } from "./eval.js";

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "-").padStart(6);

/** `lagebild eval coref <file> [--errors] [--json]`: resolution accuracy per mention kind. */
export function evalCorefCommand(): Command {
  return new Command("coref")
    .description(
      "coreference: accuracy of the referent per mention kind (pronoun, role, description, name part, apposition) on a gold .jsonl (test/gold/coref)",
    )
    .argument("<file>", "gold .jsonl, e.g. test/gold/coref/coref.de.jsonl")
    .option("--errors", "list the mentions resolved wrongly")
    .option("--json", "print the scores as one JSON object on the last line")
    .action((file: string, opts: { errors?: boolean; json?: boolean }) => {
      const s = scoreCoref(loadCorefGold(file));
      const row = (label: string, k: KindScore) =>
        `${label.padEnd(12)} ${String(k.gold).padStart(5)} ${pct(k.correct, k.gold)} ${pct(k.linkedCorrect, k.linked)} ${String(k.linked).padStart(6)}`;
      const lines = [`articles ${s.articles}`, "kind          gold    acc  link-P linked"];
      for (const kind of Object.keys(s.byKind).sort()) lines.push(row(kind, s.byKind[kind]));
      lines.push(row("all", s.all));
      if (opts.errors) lines.push(...s.errors);
      process.stdout.write(`${lines.join("\n")}\n`);
      if (opts.json)
        process.stdout.write(`${JSON.stringify({ byKind: s.byKind, all: s.all, articles: s.articles })}\n`);
    });
}
