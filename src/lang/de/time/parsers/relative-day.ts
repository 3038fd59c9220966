import type { Cand } from "../../../../time/match.js";
import { shift } from "../../../../time/resolve.js";
import type { DeM, DeParser } from "../match.js";

/**
 * Relative days: "gestern", "vorgestern", "heute", "morgen", "übermorgen", optionally with a
 * part of day ("gestern Abend", "heute Morgen", "morgen früh").
 */
export const relativeDay: DeParser = (m: DeM, i: number): Cand | null => {
  const w = m.lw(i);
  const off = m.t.relativeDays.get(w);
  if (off === undefined) return null;
  if (w === "morgen") {
    if (m.cap(i) && !m.sentStart(i)) return null;
    if (m.t.morningBefore.has(m.lw(i - 1))) return null;
  }
  let e = i + 1;
  let pod = "";
  const nw = m.lw(e);
  const p = m.t.partsOfDay.get(nw);
  if (p && (nw !== "morgen" || m.cap(e) || off !== 1)) {
    pod = p;
    e++;
  }
  return {
    s: i,
    e,
    type: pod ? "TIME" : "DATE",
    family: "relative-day",
    resolve: (rc) => {
      if (rc.narrative && off === 0 && !pod) return { value: "PRESENT_REF" };
      const v = shift(rc.base, "D", off);
      if (!v) return { value: off === 0 ? "PRESENT_REF" : off < 0 ? "PAST_REF" : "FUTURE_REF" };
      return { value: pod ? `${v}T${pod}` : v };
    },
  };
};
