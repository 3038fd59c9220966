import type { RC } from "../../../../time/match.js";
import type { DeM } from "../match.js";
import { adjStem } from "../tables.js";

/** A parsed year part: tokens up to `e`, and how to get the year number. */
export interface YearPart {
  e: number;
  year: (rc: RC) => number | null;
}

/** "v. Chr." / "v.Chr" / "n. Chr." after token i: end index and whether BC; else null. */
export function eraAt(m: DeM, i: number): { e: number; bc: boolean } | null {
  const a = m.lw(i);
  if ((a === "v." || a === "n.") && m.lw(i + 1).startsWith("chr")) return { e: i + 2, bc: a === "v." };
  if (a === "v.chr" || a === "v.chr.") return { e: i + 1, bc: true };
  if (a === "n.chr" || a === "n.chr.") return { e: i + 1, bc: false };
  return null;
}

/** A year written in digits at i: 4 digits 1000–2199, or 1–4 digits followed by an era. */
export function yearNumber(m: DeM, i: number, loose = false): { e: number; y: number } | null {
  const v = m.int(i);
  if (Number.isNaN(v)) return null;
  const len = m.lw(i).length;
  const era = eraAt(m, i + 1);
  if (era) return { e: era.e, y: era.bc ? 1 - v : v };
  if (len === 4 && v >= 1000 && v <= 2199) return { e: i + 1, y: v };
  if (loose && len <= 4 && v > 0) return { e: i + 1, y: v };
  return null;
}

/**
 * The year after a month or season: "2025", "479 v. Chr.", "vergangenen Jahres",
 * "dieses Jahres", "des Vorjahres", "des Jahres 1940", "des folgenden Jahres".
 */
export function yearPartAt(m: DeM, i: number): YearPart | null {
  const yn = yearNumber(m, i);
  if (yn) return { e: yn.e, year: () => yn.y };
  let j = i;
  if (m.lw(j) === "des") j++;
  const w = m.lw(j);
  if (w === "vorjahres" || w === "vorjahrs") return { e: j + 1, year: (rc) => (rc.base ? rc.base.y - 1 : null) };
  if (w === "jahres" && j > i) {
    const y2 = yearNumber(m, j + 1, true);
    if (y2) return { e: y2.e, year: () => y2.y };
    return { e: j + 1, year: (rc) => (rc.anchor ?? rc.base)?.y ?? null };
  }
  const off = m.rel(j);
  if (off !== undefined && m.lw(j + 1) === "jahres") {
    const ana = m.t.anaphoric.has(adjStem(w));
    return {
      e: j + 2,
      year: (rc) => {
        const b = ana ? (rc.anchor ?? rc.base) : rc.base;
        return b ? b.y + off : null;
      },
    };
  }
  return null;
}
