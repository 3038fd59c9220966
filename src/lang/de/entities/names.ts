/** German names in their base form, for one entity key per referent (moved from src/entities/builder.ts). */

/**
 * "Deutschen Bahn" → "Deutsche Bahn", "Rheinischen Post" → "Rheinische Post": weak adjective endings of the
 * words before the head.
 */
export function normaliseName(name: string): string {
  const parts = name.split(" ");
  if (parts.length < 2) return name;
  for (let k = 0; k < parts.length - 1; k++) {
    const p = parts[k];
    if (/^\p{Lu}\p{Ll}+(?:isch|ig|lich|sch|er|al)en$/u.test(p) || /^\p{Lu}\p{Ll}+(?:isch|ig|lich)e[rsm]$/u.test(p)) {
      parts[k] = `${p.slice(0, -1)}`.replace(/e?$/, "e");
    }
  }
  return parts.join(" ");
}
