/**
 * Country adjectives and demonyms ("nordkoreanischen Soldaten", "die Russen", "russisch-chinesische
 * Gespräche") become mentions with form "adjective" of the country entity (created if the country is
 * not otherwise named).
 */
import { isCap, isSentStart, isWord, type LinkContext } from "./context.js";

/** Returns the token after the adjective, or -1. */
export function matchCountryAdjective(ctx: LinkContext, i: number): number {
  const { doc, kb, builder } = ctx;
  if (!isWord(doc, i)) return -1;
  const t = ctx.words[i];
  const cap = isCap(doc, i);
  // a capitalised adjective only counts at sentence start ("Russische Truppen …") or as a demonym
  if (cap && !kb.isDemonym(t) && !isSentStart(doc, i)) return -1;
  // inside a longer tagged name ("Deutsche Bank", "Russische Akademie der Wissenschaften")
  const tag = ctx.tagAt[i];
  if (tag >= 0 && ctx.tags[tag].type !== "LOC" && ctx.tags[tag].end - ctx.tags[tag].start > 1) return -1;
  const country = kb.countryOfAdjective(t);
  if (country) {
    builder.mention(builder.forKb(country), i, i + 1, "adjective");
    return i + 1;
  }
  // "russisch-chinesische", "deutsch-französischen": each part its own mention
  if (!cap && t.includes("-")) {
    const base = doc.tokens.start[i];
    let off = 0;
    let found = false;
    for (const part of t.split("-")) {
      const c = part.length >= 4 ? kb.countryOfAdjective(part) : undefined;
      if (c) {
        builder.mention(builder.forKb(c), i, i + 1, "adjective", base + off, base + off + part.length);
        found = true;
      }
      off += part.length + 1;
    }
    if (found) return i + 1;
  }
  return -1;
}
