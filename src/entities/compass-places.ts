/**
 * A part of a place named by a compass prefix before the place's name ("Südosteuropa", "Ostukraine", "Nordsyrien"):
 * a place, a document entity; of the country when the place is a country named by its own name ("Ostukraine" →
 * UKR; not "Südamerika", where "Amerika" is only another name of the USA), of none otherwise (a region's south
 * may be another country's: "Südtirol"); also the place's adjective ("Nordtiroler"). The prefixes are the language's (EntityGrammar.compassPrefixes); a word
 * the KB knows as a whole never gets here (kbMatchAt runs first).
 */
import { isCap, type LinkContext } from "./context.js";

/** The shortest place name read after the prefix. */
const MIN_BASE = 4;

/** Per list of compass prefixes: the char codes they begin with. */
const FIRST_CHARS = new WeakMap<readonly string[], ReadonlySet<number>>();
function firstChars(prefixes: readonly string[]): ReadonlySet<number> {
  let out = FIRST_CHARS.get(prefixes);
  if (!out) {
    out = new Set(prefixes.map((p) => p.charCodeAt(0)));
    FIRST_CHARS.set(prefixes, out);
  }
  return out;
}

/** Returns the token after the compound, or -1. */
export function matchCompassPlace(ctx: LinkContext, i: number): number {
  const { doc, builder, words } = ctx;
  const w = words[i];
  if (builder.owner[i] >= 0) return -1;
  // the prefix first: the cheapest test that fails for almost every word (its first letter, then the prefixes)
  if (!firstChars(ctx.grammar.compassPrefixes).has(w.charCodeAt(0))) return -1;
  let prefixed = false;
  for (const p of ctx.grammar.compassPrefixes) if (w.startsWith(p)) prefixed = true;
  if (!prefixed || !isCap(doc, i) || !/^\p{Lu}\p{Ll}+$/u.test(w)) return -1;
  if (compassPlace(ctx, i, w, "name")) return i + 1;
  // the place's adjective ("Auf Nordtiroler Seite": Nordtirol)
  for (const suf of ctx.grammar.placeAdjectiveSuffixes) {
    if (w.endsWith(suf) && compassPlace(ctx, i, w.slice(0, -suf.length), "adjective")) return i + 1;
  }
  return -1;
}

/** Adds token i as a mention of the place `name` (compass prefix + KB country or region); false if it is none. */
function compassPlace(ctx: LinkContext, i: number, name: string, form: "name" | "adjective"): boolean {
  const { kb, builder } = ctx;
  for (const p of ctx.grammar.compassPrefixes) {
    if (!name.startsWith(p) || name.length - p.length < MIN_BASE) continue;
    const rest = name.slice(p.length);
    const base = rest.charAt(0).toUpperCase() + rest.slice(1);
    const e = kb.lookup(base).find((x) => x.type === "LOC" && (x.kind === "country" || x.kind === "region"));
    if (!e) continue;
    const d = builder.forLocal("LOC", name);
    if (!d.country && e.kind === "country" && e.name === base) d.country = e.country;
    d.countrySettled = true;
    builder.mention(d, i, i + 1, form);
    return true;
  }
  return false;
}
