import { Command } from "commander";
import { type Prf, scoreQuotes } from "./eval.js";

const pct = (x: number) => (100 * x).toFixed(2);

/** `lagebild eval quotes <dir> [--json]`: SpkAtt-2023 message/cue/source P/R/F1, overall and per form. */
export function evalQuotesCommand(): Command {
  return new Command("quotes")
    .description(
      "score quote extraction on SpkAtt-2023 task 2 JSON files (message, cue, source token overlap; micro over tokens, and averaged per message as the official scorer does)",
    )
    .argument("<dir>", "folder of SpkAtt JSON files, e.g. ../shared/data/spkatt2023-news/dev")
    .option("--json", "print the scores as one JSON object on the last line")
    .action((dir: string, opts: { json?: boolean }) => {
      const s = scoreQuotes(dir);
      const rows: [string, string, Prf][] = [];
      for (const [label, part] of [
        ["all", s],
        ["direct", s.direct],
        ["indirect", s.indirect],
      ] as const) {
        rows.push([label, "message", part.message], [label, "cue", part.cue], [label, "source", part.source]);
      }
      process.stdout.write(
        `SpkAtt quotes: ${s.documents} documents, ${s.gold} gold messages (IsNested = false), ${s.predicted} predicted\n`,
      );
      process.stdout.write("form\trole\tP\tR\tF1\n");
      for (const [form, role, p] of rows)
        process.stdout.write(`${form}\t${role}\t${pct(p.precision)}\t${pct(p.recall)}\t${pct(p.f1)}\n`);
      const o = s.official;
      process.stdout.write(
        `official scorer's averaging (SpkAtt-2023 eval/score.py, subtask 2): ${o.pairs} message pairs by maximum-weight assignment, P and R averaged over pairs and unpaired messages\n`,
      );
      for (const [role, p] of [
        ["message", o.message],
        ["source", o.source],
        ["cue", o.cue],
      ] as const)
        process.stdout.write(`official\t${role}\t${pct(p.precision)}\t${pct(p.recall)}\t${pct(p.f1)}\n`);
      if (opts.json) {
        const { precision, recall, f1 } = s.message;
        process.stdout.write(`${JSON.stringify({ precision, recall, f1, ...s })}\n`);
      }
    });
}
