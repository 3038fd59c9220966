/**
 * Countries of unlinked names from what the text puts next to them (issue 18): a person's organisation
 * ("SPÖ-Bürgermeister Hans Lotter", "Hans Lotter (SPÖ)", "Chef des deutschen Instituts DIW, Marcel Fratzscher",
 * "Thomas Irschik, Chef von Wien Energie"), a place's neighbours in a list of places ("Neusiedl, Eisenstadt, Mattersburg") and the city
 * whose adjective begins an organisation's name ("Wiener Stadtwerke Holding"). Only
 * drafts without a KB link and without a country are given one; the words that link a role to its organisation are
 * the language's (EntityGrammar.affiliationWords).
 */
import type { Draft } from "./builder.js";
import type { LinkContext } from "./context.js";

/** Articles between a name and its apposition ("Hans Lotter, dem SPÖ-Bürgermeister"). */
/** At most this many words of an apposition are read for its organisation. */
const APPOSITION_WORDS = 6;
/** At most this many words (adjective, class noun) between the linking word and the organisation. */
const LINK_GAP = 2;
/** An inflected adjective before the noun of an apposition ("stellvertretender", "frühere"). */
const ADJECTIVE = /^\p{Ll}{2,}(e|er|en|es|em)$/u;
/** Tokens that end an apposition. */
const STOPS = new Set([",", ".", ";", ":", "(", ")", "–", "-", "!", "?"]);

/** Gives unlinked persons their organisation's country, and unlinked places their list neighbours' country. */
export function affiliationCountry(ctx: LinkContext): void {
  demonymCountry(ctx);
  for (const d of ctx.builder.drafts) {
    if (d.kb || d.country || d.countrySettled || !d.mentions.length) continue;
    if (d.type === "PER") d.country = personCountry(ctx, d);
    else if (d.type === "LOC") d.country = listCountry(ctx, d) ?? relativeCountry(ctx, d);
    else if (d.type === "ORG") d.country = cityAdjectiveCountry(ctx, d);
  }
}

/** The shortest place name read inside an adjective ("Bayer Leverkusen" is not of a place "Bay"). */
const MIN_PLACE = 4;
/** Cities at least this large lend their adjective to organisations ("Wiener Stadtwerke", "Hamburger SV"). */
const CITY_ADJECTIVE_MIN = 100_000;

/**
 * The country of a city whose adjective begins an organisation's name of several words ("Wiener Stadtwerke Holding",
 * "Berliner Verkehrsbetriebe"): the adjective is the city's name with one of the language's endings
 * (EntityGrammar.placeAdjectiveSuffixes); only large cities and regions, the country of the best entry.
 */
function cityAdjectiveCountry(ctx: LinkContext, d: Draft): string | null {
  const sp = d.name.indexOf(" ");
  if (sp < 0) return null;
  const first = d.name.slice(0, sp);
  for (const suf of ctx.grammar.placeAdjectiveSuffixes) {
    if (!first.endsWith(suf) || first.length - suf.length < MIN_PLACE) continue;
    const [e] = ctx.kb.lookup(first.slice(0, -suf.length));
    if (!e?.country || e.ambiguous) continue;
    if ((e.kind === "city" && (e.population ?? 0) >= CITY_ADJECTIVE_MIN) || e.kind === "region") return e.country;
  }
  return null;
}

/**
 * A person named with a demonym takes its country: right before the name ("der Brite Andy Murray"), or as the
 * next sentence's back-reference to the person just named ("… Arjen Hoekstra von der Universität Twente. Damit
 * malt der Niederländer …": a singular demonym after "der", or a feminine one after "die", that does not follow
 * a noun, "die Mehrheit der Niederländer", with one person named in this and the previous sentence).
 */
function demonymCountry(ctx: LinkContext): void {
  const { doc, kb, words, builder } = ctx;
  for (const c of builder.drafts) {
    if (c.kb?.kind !== "country" || !c.country) continue;
    for (const m of c.mentions) {
      if (m.form !== "adjective") continue;
      const t = doc.tokens.indexAt(m.start);
      const w = words[t];
      if (!/^\p{Lu}/u.test(w) || !kb.isDemonym(w)) continue;
      const next = ownerAt(ctx, t + 1);
      const person = next && named(next) ? next : backReference(ctx, t);
      if (person && !person.kb && !person.country) person.country = c.country;
    }
  }
}

/** A person the article names (not a description such as "seinen Gegner"). */
function named(d: Draft): boolean {
  return d.type === "PER" && d.mentions.some((m) => m.form === "name" || m.form === "alias");
}

/**
 * The person a singular demonym in the nominative at token t refers back to: the only one named in this and the
 * previous sentence ("der Niederländer", "die Französin"; not "mit dem Amerikaner", often someone named earlier).
 */
function backReference(ctx: LinkContext, t: number): Draft | undefined {
  const { doc, words } = ctx;
  const w = words[t];
  const art = words[t - 1];
  if (art === undefined || !ctx.grammar.singularNominative(art, w)) return undefined;
  const before = words[t - 2];
  if (before !== undefined && doc.tokens.sent[t - 2] === doc.tokens.sent[t] && /^\p{Lu}/u.test(before))
    return undefined;
  // the one person named in this and the previous sentence
  const floor = doc.tokens.sent[t] - 1;
  let found: Draft | undefined;
  for (let k = t - 2; k >= 0 && doc.tokens.sent[k] >= floor; k--) {
    const o = ownerAt(ctx, k);
    if (!o || !named(o) || o === found) continue;
    if (found) return undefined;
    found = o;
  }
  return found;
}

/** The draft owning token t, or undefined. */
function ownerAt(ctx: LinkContext, t: number): Draft | undefined {
  if (t < 0 || t >= ctx.words.length) return undefined;
  const o = ctx.builder.owner[t];
  return o >= 0 ? ctx.builder.drafts[o] : undefined;
}

/** Another name between a linking word and the organisation (a country adjective, "deutschen", does not count). */
function blocks(o: Draft | undefined): boolean {
  return o !== undefined && o.kb?.kind !== "country";
}

/** The country of an organisation (with a country: no IGOs) owning token t. */
function orgCountryAt(ctx: LinkContext, t: number): string | null {
  const o = ownerAt(ctx, t);
  return o?.type === "ORG" && o.country ? o.country : null;
}

/**
 * The country of the organisation heading the role compound at token t: the one owning it ("SPÖ-Bürgermeister"),
 * else one the article named by that name ("Bitkom-Expertin" after "des Verbandes Bitkom"; the compound is not
 * made a mention of it: "Bitkom-Expertin" is a person).
 */
function compoundOrgCountry(ctx: LinkContext, t: number): string | null {
  const w = ctx.words[t];
  const h = w.indexOf("-");
  if (h < 2) return null;
  const own = orgCountryAt(ctx, t);
  if (own) return own;
  const named = ctx.builder.withName(w.slice(0, h)).find((o) => o.type === "ORG" && o.country && o.mentions.length);
  return named?.country ?? null;
}

function personCountry(ctx: LinkContext, d: Draft): string | null {
  const { doc, words } = ctx;
  for (const m of d.mentions) {
    if (m.form !== "name" && m.form !== "alias") continue;
    const first = doc.tokens.indexAt(m.start);
    const last = doc.tokens.indexAt(m.end - 1);
    const sent = doc.tokens.sent[first];
    const same = (t: number) => t >= 0 && t < words.length && doc.tokens.sent[t] === sent;
    // "SPÖ-Bürgermeister Hans Lotter"
    let c = same(first - 1) ? compoundOrgCountry(ctx, first - 1) : null;
    // "Hans Lotter, dem SPÖ-Bürgermeister", "Marcus Scheiblecker, Leiter des Wifo"
    if (!c && words[last + 1] === ",") c = appositionAfter(ctx, last + 2, same);
    // "Arjen Hoekstra von der Universität Twente" (a preposition: "sagte Miriam Leiva der dpa" is a dative)
    const next = words[last + 1];
    if (!c && same(last + 1) && ctx.grammar.affiliationWords.has(next) && !ctx.grammar.definiteArticles.has(next)) {
      c = orgAfterLink(ctx, last + 1, same);
    }
    // "Hans Lotter (SPÖ)", "David Storl (Deutschland)", "SR Aleksandar Stavrev (MKD)"
    if (!c && words[last + 1] === "(" && same(last + 2)) c = bracketCountry(ctx, last + 2, same);
    // "Chef des Instituts DIW, Marcel Fratzscher"
    if (!c && words[first - 1] === "," && same(first - 2)) c = appositionBefore(ctx, first - 2, same);
    if (c) return c;
  }
  return null;
}

/**
 * The country in brackets at token t after a name: of the organisation or country named there alone ("(SPÖ)",
 * "(Deutschland)"), or an ISO 3166 alpha-3 code of a country ("(MKD)"), as sports results name people.
 */
function bracketCountry(ctx: LinkContext, t: number, same: (t: number) => boolean): string | null {
  const { words } = ctx;
  if (words[t + 1] === ")" && /^[A-Z]{3}$/.test(words[t]) && ctx.kb.country(words[t])) return words[t];
  const o = ownerAt(ctx, t);
  let k = t;
  while (same(k + 1) && ownerAt(ctx, k + 1) === o) k++;
  if (words[k + 1] !== ")") return null;
  if (o?.kb?.kind === "country" && o.mentions.some((m) => m.form === "name" || m.form === "alias")) return o.country;
  return orgCountryAt(ctx, t);
}

/** An organisation within LINK_GAP words after the linking word at `at` (its country), or null. */
function orgAfterLink(ctx: LinkContext, at: number, same: (t: number) => boolean): string | null {
  for (let t = at + 1; t <= at + 1 + LINK_GAP && same(t) && !STOPS.has(ctx.words[t]); t++) {
    const c = orgCountryAt(ctx, t);
    if (c) return c;
    if (blocks(ownerAt(ctx, t))) return null;
  }
  return null;
}

/** The organisation of an apposition starting at token `t` ("dem SPÖ-Bürgermeister", "Chefin der Nationalbank"). */
function appositionAfter(ctx: LinkContext, t: number, same: (t: number) => boolean): string | null {
  const { words } = ctx;
  if (same(t) && ctx.grammar.definiteArticles.has(words[t])) t++;
  if (!same(t)) return null;
  const compound = compoundOrgCountry(ctx, t);
  if (compound) return compound;
  // the apposition begins with a noun, or an adjective and a noun ("stellvertretender Leiter"); not a clause or
  // an adverbial ("am Montag der Deutschen Presse-Agentur")
  if (!/^\p{Lu}/u.test(words[t]) && !(ADJECTIVE.test(words[t]) && same(t + 1) && /^\p{Lu}/u.test(words[t + 1]))) {
    return null;
  }
  for (let k = t; k < t + APPOSITION_WORDS && same(k) && !STOPS.has(words[k]); k++) {
    if (ownerAt(ctx, k)?.type === "PER") return null;
    if (ctx.grammar.affiliationWords.has(words[k])) return orgAfterLink(ctx, k, same);
  }
  return null;
}

/** The organisation of an apposition ending at token `t` before the name ("Chef des Instituts DIW, …"). */
function appositionBefore(ctx: LinkContext, t: number, same: (t: number) => boolean): string | null {
  const org = ownerAt(ctx, t);
  const c = orgCountryAt(ctx, t);
  if (!org || !c) return null;
  let k = t;
  while (same(k - 1) && ownerAt(ctx, k - 1) === org) k--;
  // the linking word LINK_GAP words or fewer before the organisation ("von Wien Energie", "des deutschen Instituts DIW")
  for (let j = k - 1; j >= k - 1 - LINK_GAP && same(j) && !STOPS.has(ctx.words[j]); j--) {
    if (ctx.grammar.affiliationWords.has(ctx.words[j])) return c;
    if (blocks(ownerAt(ctx, j))) return null;
  }
  return null;
}

/** Words that join the items of a list of places. */
/** At most this many list items on either side of a place are read. */
const LIST_ITEMS = 4;

/**
 * The country of the places listed with an unlinked place ("Neusiedl, Eisenstadt, Mattersburg, Oberpullendorf"):
 * only places below the country (cities, regions), and only when they all agree.
 */
function listCountry(ctx: LinkContext, d: Draft): string | null {
  const { doc } = ctx;
  const found = new Set<string>();
  for (const m of d.mentions) {
    if (m.form !== "name" && m.form !== "alias") continue;
    const first = doc.tokens.indexAt(m.start);
    const last = doc.tokens.indexAt(m.end - 1);
    walkList(ctx, d, first, -1, found);
    walkList(ctx, d, last, 1, found);
  }
  if (found.size !== 1) return null;
  const [c] = found;
  return c;
}

/** Collects the countries of the list items next to token `from` in direction `dir` (places only). */
function walkList(ctx: LinkContext, d: Draft, from: number, dir: 1 | -1, out: Set<string>): void {
  const { doc, words } = ctx;
  const sent = doc.tokens.sent[from];
  let t = from + dir;
  for (let items = 0; items < LIST_ITEMS; items++) {
    if (t < 0 || t >= words.length || doc.tokens.sent[t] !== sent || !ctx.grammar.listJoiners.has(words[t])) return;
    t += dir;
    const o = ownerAt(ctx, t);
    if (!o || o === d || o.type !== "LOC") return;
    if (o.country && o.kb && o.kb.kind !== "country") out.add(o.country);
    // step over the item's other tokens
    while (t + dir >= 0 && t + dir < words.length && ownerAt(ctx, t + dir) === o) t += dir;
    t += dir;
  }
}

/** At most this many tokens between a place and the direction word ("Idlib, rund 60 Kilometer südlich von Aleppo"). */
const DIRECTION_GAP = 4;

/**
 * The country of the place another place is set relative to ("das Containerdorf von Amygdaleza, nordwestlich von
 * Athen", "Idlib, 60 Kilometer südlich von Aleppo"): a direction word (EntityGrammar.directionWords) a few tokens
 * after the place, in its sentence, then a linking word ("von") and a KB place below the country with a country.
 */
function relativeCountry(ctx: LinkContext, d: Draft): string | null {
  const { doc, words } = ctx;
  for (const m of d.mentions) {
    if (m.form !== "name" && m.form !== "alias") continue;
    const last = doc.tokens.indexAt(m.end - 1);
    const sent = doc.tokens.sent[last];
    for (let t = last + 1; t <= last + DIRECTION_GAP + 1 && t + 2 < words.length && doc.tokens.sent[t] === sent; t++) {
      if (!ctx.grammar.directionWords.has(words[t])) {
        if (ownerAt(ctx, t)) break;
        continue;
      }
      if (!ctx.grammar.affiliationWords.has(words[t + 1]) || doc.tokens.sent[t + 2] !== sent) return null;
      const o = ownerAt(ctx, t + 2);
      return o?.type === "LOC" && o.kb && o.kb.kind !== "country" && o.country ? o.country : null;
    }
  }
  return null;
}
