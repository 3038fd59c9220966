/**
 * Anaphoric heads of country long forms: "seit Gründung der Volksrepublik" refers to the most recently
 * mentioned country whose long form has that head (Volksrepublik China, Demokratische Volksrepublik
 * Korea …). Which heads exist and which countries carry them is KB data (src/kb/curated/anaphor-heads.tsv).
 */
import { isCap, type LinkContext } from "./context.js";

export function matchAnaphoricHead(ctx: LinkContext, i: number): number {
  const { doc, kb, builder } = ctx;
  if (!isCap(doc, i) || !kb.isHeadStart(ctx.words[i])) return -1;
  for (let len = Math.min(2, doc.tokens.count - i); len >= 1; len--) {
    let key = ctx.words[i];
    for (let j = i + 1; j < i + len; j++) key += ` ${ctx.words[j]}`;
    const isos = kb.headCountries(key);
    if (!isos.length || builder.taken(i, i + len)) continue;
    const d = builder.mostRecent((x) => x.kb?.kind === "country" && x.country !== null && isos.includes(x.country), i);
    if (!d) return -1;
    builder.mention(d, i, i + len, "descriptor");
    return i + len;
  }
  return -1;
}
