/**
 * Names as the first part of a hyphenated compound: "Reuters-Bericht", "Nato-Gipfel", "Putin-Kritiker",
 * "US-Regierung". The mention covers the name part only (char offsets inside the token).
 */
import { isCap, type LinkContext } from "./context.js";

const KINDS = new Set([
  "country",
  "igo",
  "agency",
  "outlet",
  "institution",
  "party",
  "org",
  "person",
  "city",
  "region",
]);

export function matchCompoundPrefix(ctx: LinkContext, i: number): number {
  const { doc, kb, builder, surnames } = ctx;
  if (!isCap(doc, i)) return -1;
  const t = ctx.words[i];
  const h = t.indexOf("-");
  if (h < 2 || h === t.length - 1) return -1;
  const prefix = t.slice(0, h);
  const base = doc.tokens.start[i];
  const person = surnames.get(prefix);
  if (person) {
    builder.mention(person, i, i + 1, "alias", base, base + h);
    return i + 1;
  }
  for (const e of kb.lookup(prefix)) {
    if (!KINDS.has(e.kind) || e.ambiguous) continue;
    if ((e.kind === "city" || e.kind === "region") && (e.population ?? 0) < 100_000 && e.kind === "city") continue;
    builder.mention(builder.forKb(e), i, i + 1, "name", base, base + h);
    return i + 1;
  }
  return -1;
}
