import { z } from "zod";

/** A half-open character range into `doc.text` (JS string indices, end exclusive). */
export const SpanRange = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type SpanRange = z.infer<typeof SpanRange>;

/** A range with its (derived) text, as written in JSON output. */
export const TextSpan = SpanRange.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpan>;

/** YYYY-MM-DD */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/** Where a quote's or event's date came from. */
export const DateFrom = z.enum(["text", "published"]);
export type DateFrom = z.infer<typeof DateFrom>;
