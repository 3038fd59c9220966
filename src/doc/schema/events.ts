import { z } from "zod";
import { PLOVER_TYPES } from "../plover.js";
import { DateFrom } from "./common.js";

export const PloverType = z.enum(PLOVER_TYPES);
export type PloverType = z.infer<typeof PloverType>;

export const Event = z.object({
  id: z.string(),
  type: PloverType,
  mode: z.string().nullable(),
  actor: z.string().nullable(),
  target: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  date: z.string().nullable(),
  location: z.string().nullable(),
  negated: z.boolean(),
  hypothetical: z.boolean(),
  quote: z.string().nullable(),
  dateFrom: DateFrom.nullable().optional(),
  /** ISO-3 countries of actor and target where determinable. */
  actorCountry: z.string().nullable().optional(),
  targetCountry: z.string().nullable().optional(),
  /** Surface text of actor/target when they are not linked entities ("Demonstranten"). */
  actorText: z.string().nullable().optional(),
  targetText: z.string().nullable().optional(),
  /** Future/intent/promise marker and reciprocal events. */
  future: z.boolean().optional(),
  reciprocal: z.boolean().optional(),
  /** The headline's event that the body reports again (same type, actor and target): not counted twice in aggregates. */
  repeat: z.boolean().optional(),
});
export type Event = z.infer<typeof Event>;
