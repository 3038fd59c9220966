/**
 * Names as the first part of a hyphenated compound: "Reuters-Bericht", "Nato-Gipfel", "Putin-Kritiker",
 * "US-Regierung". The mention covers the name part only (char offsets inside the token).
 */
import { isCap, type LinkContext } from "./context.js";
import { articleCountries } from "./link-evidence.js";

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
  // a party, state organ or outlet of the extended KB ("SPÖ-Bürgermeister", "Syriza-Regierung"): of the
  // article's main country when several share the form
  const cands = kb
    .candidates(prefix, { types: ["ORG"] })
    .filter((c) => EXT_KINDS.has(c.entry.kind) && (c.form === "name" || c.form === "short") && c.entry.wikidata);
  if (!cands.length) return -1;
  let pick = cands.length === 1 ? cands[0].entry : undefined;
  let why = "name in a compound";
  if (!pick) {
    const top = articleCountries(ctx).ranked[0];
    const mine = cands.filter((c) => c.entry.country === top);
    if (mine.length === 1) {
      pick = mine[0].entry;
      why += `; article country ${top}`;
    }
  }
  if (!pick) return -1;
  const d = builder.forKb(pick);
  if (!d.linkReason) d.linkReason = why;
  builder.mention(d, i, i + 1, "name", base, base + h);
  return i + 1;
}

const EXT_KINDS = new Set(["party", "institution", "outlet"]);
