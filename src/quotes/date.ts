/**
 * The date of a statement: the time expression governing the cue ("sagte Kim am Mittwoch"), else the
 * publication date (dateFrom "published"), via the time stage's governingTime.
 */
import type { Doc } from "../doc/index.js";
import { governingTime } from "../time/index.js";

export function statementDate(
  doc: Doc,
  start: number,
  end: number,
): { value: string; dateFrom: "text" | "published" } | null {
  return governingTime(doc, start, end);
}
