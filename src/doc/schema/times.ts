import { z } from "zod";

export const TimeType = z.enum(["DATE", "TIME", "DURATION", "SET"]);
export type TimeType = z.infer<typeof TimeType>;

export const Time = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** TIMEX3 value, e.g. 2025-09-03, 2025-W40, P3Y, XXXX-WXX-3 */
  value: z.string(),
  type: TimeType,
  /** Optional modifier (TIMEX3 mod): START, MID, END, BEFORE, AFTER, APPROX… */
  mod: z.string().nullable().optional(),
});
export type Time = z.infer<typeof Time>;
