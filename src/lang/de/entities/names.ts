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

/**
 * Article + noun as a singular nominative: masculine "der" before a noun not ending in -n (the dative plural and weak
 * forms end in -n: "den Niederländern", "der Kollegen"), feminine "die" before a noun in -in ("die Französin"; a
 * plain "die Niederländer" is plural).
 */
export function singularNominative(article: string, noun: string): boolean {
  return (article === "der" && !noun.endsWith("n")) || (article === "die" && noun.endsWith("in"));
}
