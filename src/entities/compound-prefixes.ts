/**
 * Names as the first part of a hyphenated compound: "Reuters-Bericht", "Nato-Gipfel", "Putin-Kritiker",
 * "US-Regierung". The mention covers the name part only (char offsets inside the token).
 */
import { isCap, type LinkContext } from "./context.js";
import { articleCountries } from "./link-evidence.js";
import { kbSurnamePick } from "./link-surnames.js";

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
  // not the first part of a longer hyphenated name ("Red-Bull-Chef", "IG-Metall-Chef")
  if (t.indexOf("-", h + 1) > 0) return -1;
  const ext = extendedPrefix(ctx, i, prefix, h);
  if (ext > i) return ext;
  // a role compound without a name after it is a person of its own ("sagt der IKG-Präsident", "Merkel-Berater und
  // Chef"): the quote and coreference stages read it as one; the rules below would make it a mention of the name
  if (roleWithoutName(ctx, i, t.slice(h + 1))) return -1;
  // the surname of the one KB person the article's evidence singles out ("Merkel-Berater"), as for a bare surname
  const p = kbSurnamePick(ctx, prefix);
  if (p) {
    const d = builder.forKb(p.entry);
    if (!d.linkReason) d.linkReason = `${p.reason}; name in a compound`;
    builder.mention(d, i, i + 1, "alias", base, base + h);
    surnames.register(d, p.entry.name.split(" "));
    return i + 1;
  }
  return -1;
}

/** Whether a capitalised word follows token i in its sentence (a name after a role compound). */
function nameFollows(ctx: LinkContext, i: number): boolean {
  const next = ctx.words[i + 1];
  return next !== undefined && /^\p{Lu}/u.test(next) && ctx.doc.tokens.sent[i + 1] === ctx.doc.tokens.sent[i];
}

/** Whether the compound's second part is a role noun ("Präsident", "Handelsexpertin") with no name after it. */
function roleWithoutName(ctx: LinkContext, i: number, tail: string): boolean {
  if (nameFollows(ctx, i)) return false;
  if (ctx.kb.roleNoun(tail)) return true;
  const lower = tail.toLowerCase();
  for (const suf of ctx.grammar.roleSuffixes) if (lower.endsWith(suf)) return true;
  return false;
}

/**
 * A party, state organ or outlet of the extended KB ("SPÖ-Bürgermeister", "Syriza-Regierung"), of a country the
 * article names (its main country when several share the form); nor a party of a country the article does not
 * name ("FC-Torhüter").
 */
function extendedPrefix(ctx: LinkContext, i: number, prefix: string, h: number): number {
  const { kb, builder } = ctx;
  const base = ctx.doc.tokens.start[i];
  const countries = articleCountries(ctx);
  // two letters ("PR-Desaster", "EM-Match", "PD-Chef") are mostly other abbreviations: only a party of the
  // article's main country so far
  const named = h < 3 ? new Set(countries.ranked.slice(0, 1)) : countriesNamed(ctx);
  const cands = kb
    .candidates(prefix, { types: ["ORG"] })
    .filter(
      (c) =>
        EXT_KINDS.has(c.entry.kind) &&
        (c.form === "name" || c.form === "short") &&
        c.entry.wikidata &&
        (!c.entry.country || named.has(c.entry.country) || (h >= 3 && countries.weight.has(c.entry.country))),
    );
  if (!cands.length) return -1;
  let pick = cands.length === 1 ? cands[0].entry : undefined;
  let why = "name in a compound";
  if (!pick) {
    const top = countries.ranked[0];
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

const NAMED = new WeakMap<LinkContext, ReadonlySet<string>>();
/**
 * Countries the article names anywhere, by a country's name, a country adjective or a place that needs no context,
 * and the country of its national titles (computed once per article: a compound may come before the words that say
 * where the article is).
 */
function countriesNamed(ctx: LinkContext): ReadonlySet<string> {
  let out = NAMED.get(ctx);
  if (out) return out;
  // the country the shared national titles refer to ("SPÖ", "Nationalrat", "Wiener" make it Austria; else Germany)
  const set = new Set<string>([ctx.federal]);
  for (const w of ctx.words) {
    const adj = ctx.kb.countryOfAdjective(w);
    if (adj?.country) set.add(adj.country);
    if (!/^\p{Lu}/u.test(w)) continue;
    // the best entry of the word: a country, or a place that needs no context ("Linz", "Burgenland")
    const [e] = ctx.kb.lookup(w);
    if (e?.country && (e.kind === "country" || ((e.kind === "city" || e.kind === "region") && !e.ambiguous)))
      set.add(e.country);
  }
  out = set;
  NAMED.set(ctx, out);
  return out;
}
