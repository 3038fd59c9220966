/**
 * German statement cues (quote-cues.tsv): a word of a quotation that makes the quotation an event of its speaker
 * when no frame coded it — a threat, an accusation, a request, praise — matched as a stem or a compound's end.
 */
import type { PloverType } from "../../../doc/schema/events.js";
import type { StatementCue } from "../../../events/grammar.js";
import { endsWithStem, memo, readTsv } from "./tables.js";

interface QuoteCue extends StatementCue {
  stem: string;
}

let cues: QuoteCue[] | undefined;
const cueCache = new Map<string, QuoteCue | null>();

/** The statement cue a lower-case word is (the first row of quote-cues.tsv whose stem it is or ends in). */
export function statementCue(lower: string): StatementCue | null {
  cues ??= readTsv("events/quote-cues.tsv").map(([stem, type, mode]) => ({
    stem,
    type: type as PloverType,
    mode: mode === "-" ? null : mode,
  }));
  const list = cues;
  return memo(cueCache, lower, () => list.find((c) => endsWithStem(lower, c.stem)) ?? null);
}
