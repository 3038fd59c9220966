import { z } from "zod";
import { DateFrom, TextSpan } from "./common.js";

export const QuoteKind = z.enum(["direct", "indirect", "mixed"]);
export type QuoteKind = z.infer<typeof QuoteKind>;

export const Quote = z.object({
  id: z.string(),
  kind: QuoteKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Entity id of the speaker, or null when the speaker is not a linked entity. */
  speaker: z.string().nullable(),
  speakerText: z.string().nullable(),
  cue: TextSpan.nullable(),
  /** Entity id of the agency, outlet or channel the statement came through. */
  source: z.string().nullable(),
  date: z.string().nullable(),
  dateFrom: DateFrom.nullable().optional(),
  /** Where the speaker is named in the text (for a pronoun: the pronoun; for carry-over: the earlier mention). */
  speakerSpan: TextSpan.optional(),
  /** All cue tokens when the cue is discontinuous ("kündigte … an"); `cue` then spans first to last. */
  cueParts: z.array(TextSpan).optional(),
});
export type Quote = z.infer<typeof Quote>;
