import { Command } from "commander";
import { loadEventGold, scoreEvents } from "./eval.js";

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

/** `lagebild eval events <file> [--json] [--errors]`. */
export function evalEventsCommand(): Command {
  return new Command("events")
    .description(
      "PLOVER events: P/R/F1 for type, type+actor+target, per type, and precision on sentences without events",
    )
    .argument(
      "<file>",
      "gold .jsonl ({id, text, published?, events: [{type, actor, target, negated?, hypothetical?}]})",
    )
    .option("--errors", "list sentences whose events differ from the gold")
    .option("--json", "print the scores as one JSON object on the last line")
    .action((file: string, opts: { json?: boolean; errors?: boolean }) => {
      const s = scoreEvents(loadEventGold(file));
      const lines = [
        `sentences ${s.sentences}  gold events ${s.full.gold}  system events ${s.full.system}`,
        "                       P       R      F1",
        `type               ${pct(s.typeOnly.precision)}  ${pct(s.typeOnly.recall)}  ${pct(s.typeOnly.f1)}`,
        `type+actor+target  ${pct(s.full.precision)}  ${pct(s.full.recall)}  ${pct(s.full.f1)}`,
        `no-event sentences: precision ${pct(s.noEventPrecision)} (${s.noEventSentences} sentences)`,
        `flags on full matches: negated ${pct(s.negatedAccuracy)}  hypothetical ${pct(s.hypotheticalAccuracy)}`,
        "per type        type P/R/F1              full P/R/F1           gold  system",
      ];
      for (const t of Object.keys(s.byType).sort()) {
        const r = s.byType[t];
        lines.push(
          `${t.padEnd(10)} ${pct(r.typeOnly.precision)} ${pct(r.typeOnly.recall)} ${pct(r.typeOnly.f1)}   ${pct(r.full.precision)} ${pct(r.full.recall)} ${pct(r.full.f1)}   ${String(r.full.gold).padStart(4)}  ${String(r.full.system).padStart(4)}`,
        );
      }
      if (opts.errors) lines.push(...s.errors);
      process.stdout.write(`${lines.join("\n")}\n`);
      if (opts.json) {
        const { errors: _e, ...rest } = s;
        process.stdout.write(
          `${JSON.stringify({ precision: s.full.precision, recall: s.full.recall, f1: s.full.f1, ...rest })}\n`,
        );
      }
    });
}
