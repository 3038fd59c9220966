/**
 * Linking on evidence (issue 18, item 4): after the left-to-right pass, every entity of the article that has no
 * Wikidata id yet asks the knowledge base for candidates by its name forms (`kb.candidates`) and takes one only
 * when the article's evidence singles it out — the country of the article (countries named, country adjectives),
 * a country the text gave the entity itself, the role words next to it (an office the candidate held on the
 * publication date), the notability prior. Every link records why (`linkReason`). The KB type may correct the
 * tagger's ("Neos", "Syriza" are parties); a bare surname links only through `kb.resolveSurname` (a full name
 * of that person earlier, or the one office holder of an article country on that date); a name the KB does not
 * single out stays a document entity, with a country only when all its candidates agree.
 */
import type { KbCandidate, KbEntry } from "../kb/index.js";
import { affiliationCountry } from "./affiliation.js";
import type { Draft } from "./builder.js";
import { typeByClassNoun, typeByListNeighbours, typeByPlacePreposition } from "./class-nouns.js";
import type { LinkContext } from "./context.js";
import { datelineCountry } from "./dateline.js";

/** Countries of the article, most mentioned first (places and country adjectives; linked actors count half). */
export function articleCountries(ctx: LinkContext): { ranked: string[]; weight: Map<string, number> } {
  const weight = new Map<string, number>();
  for (const d of ctx.builder.drafts) {
    if (!d.country || !d.mentions.length) continue;
    // a state body named by a country adjective ("das italienische Außenministerium") names the country as well
    const w = d.kb?.kind === "country" || d.adjectiveCountry ? 1 : d.type === "LOC" ? 0.5 : d.kb ? 0.25 : 0;
    if (w) weight.set(d.country, (weight.get(d.country) ?? 0) + w * d.mentions.length);
  }
  const ranked = [...weight.keys()].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || a.localeCompare(b));
  return { ranked, weight };
}

/** The name forms the article used for a draft (its name and the texts of its name/alias mentions). */
function surfaces(ctx: LinkContext, d: Draft): string[] {
  const out = new Set<string>([d.name]);
  for (const m of d.mentions) {
    if (m.form === "name" || m.form === "alias") out.add(ctx.doc.text.slice(m.start, m.end).replace(/\s+/g, " "));
  }
  return [...out];
}

/**
 * The name after a class noun inside a span ("Mitte-Links-Partei CHP" → CHP, "Belgrader Zeitung Danas" → Danas),
 * with the type that noun gives; null when the span has none.
 */
function afterClassNoun(ctx: LinkContext, surface: string): { name: string; type: "ORG" | "LOC" } | null {
  const words = surface.split(" ");
  for (let k = words.length - 2; k >= 0; k--) {
    const w = words[k];
    const type = ctx.grammar.classNouns.get(w.slice(w.lastIndexOf("-") + 1));
    if (!type) continue;
    const rest = words.slice(k + 1);
    return rest.every((x) => /^\p{Lu}/u.test(x)) ? { name: rest.join(" "), type } : null;
  }
  return null;
}

/** KB candidates for the article's name forms of a draft; a name after a class noun only of that noun's type. */
function candidatesOf(ctx: LinkContext, d: Draft, multi: boolean): Map<string, KbCandidate> {
  const seen = new Map<string, KbCandidate>();
  const add = (s: string, oneWord: boolean, type: string | null): void => {
    for (const c of ctx.kb.candidates(s)) {
      if (!DIRECT_FORMS.has(c.form) && !(c.form === "genitive" && c.entry.type !== "ORG")) continue;
      if (type && c.entry.type !== type) continue;
      if (oneWord && c.entry.kind === "org" && !brandFits(ctx, s, c.entry)) continue;
      const prev = seen.get(c.entry.id);
      if (!prev || c.prior > prev.prior) seen.set(c.entry.id, c);
    }
  };
  for (const s of surfaces(ctx, d)) {
    add(s, !multi, null);
    const tail = multi ? afterClassNoun(ctx, s) : null;
    if (tail) add(tail.name, !tail.name.includes(" "), tail.type);
  }
  return seen;
}

/** A full name with a single candidate links when prior (0–1) + evidence reaches this (a legislator of the
 * article's country: 0.4 + 1; a legislator "Thomas Müller" of no country the article names: no). */
const FULL_NAME_MIN = 0.5;

const DIRECT_FORMS = new Set(["name", "alias", "german", "ascii", "short"]);

interface Scored {
  c: KbCandidate;
  score: number;
  why: string[];
}

/** Whether one of the candidate's offices matches the role codes the article gave the draft on `date`. */
function roleMatches(ctx: LinkContext, e: KbEntry, roles: readonly string[], date: string | null): boolean {
  if (!roles.length) return false;
  const f = ctx.kb.facts(e.id);
  if (!f) return false;
  for (const t of f.terms) {
    if (!t.roles.some((r) => roles.includes(r))) continue;
    if (!date) return true;
    if ((t.start === null || t.start.slice(0, 10) <= date) && (t.end === null || date < t.end)) return true;
  }
  return false;
}

function score(
  ctx: LinkContext,
  d: Draft,
  c: KbCandidate,
  countries: ReturnType<typeof articleCountries>,
  date: string | null,
): Scored {
  const why: string[] = [];
  let s = c.prior / 100;
  const cc = c.entry.country;
  const top = countries.ranked[0];
  if (cc && d.country && !d.kb) {
    if (cc === d.country) {
      s += 2;
      why.push(`country ${cc} from the text`);
    } else s -= 3;
  }
  if (cc && cc === top) {
    s += 1;
    why.push(`article country ${cc}`);
  } else if (cc && countries.weight.has(cc)) {
    s += 0.5;
    why.push(`${cc} named in the article`);
  }
  if (roleMatches(ctx, c.entry, d.roleCodes, date)) {
    s += 2;
    why.push(`office ${d.roleCodes[0]}${date ? ` on ${date}` : ""}`);
  }
  if (c.form === "ascii" || c.form === "genitive") s -= 0.25;
  return { c, score: s, why };
}

/** Words after a company's short name in its full name that do not change what it names ("Audi AG", "Sony Group"). */
const LEGAL_FORMS = new Set(
  "AG KG SE GmbH Group Gruppe Holding Inc. Inc Corporation Corp. Company Co. Konzern AD SA S.A. plc PLC Ltd Ltd. N.V. NV ASA AB Oyj SpA S.p.A. Motor".split(
    " ",
  ),
);

/**
 * A one-word surface for a company or brand (name-suggestion-index): it must be the company's name (up to a legal
 * form: "Audi" for "Audi AG"; not "Champion" for "Champion USA") or another of its names ("Ukreximbank"), written
 * as the company writes it ("Classic" is not the brand "CLASSIC"), and not a
 * surname the KB knows ("Hofer" is the candidate Norbert Hofer before it is the supermarket chain).
 */
function brandFits(ctx: LinkContext, surface: string, e: KbEntry): boolean {
  const name = e.name;
  if (name !== surface) {
    if (name.toLowerCase() === surface.toLowerCase()) return false;
    if (name.startsWith(`${surface} `)) {
      const rest = name.slice(surface.length + 1).split(" ");
      if (!rest.every((w) => LEGAL_FORMS.has(w))) return false;
    }
  }
  return ctx.kb.personsBySurname(surface).length === 0;
}

/** Whether a candidate's type fits what the article says about the draft. */
function typeFits(d: Draft, c: KbCandidate, multiToken: boolean): boolean {
  const t = c.entry.type;
  if (t === "MISC" || (d.firmType && t !== d.type)) return false;
  if (d.type === "MISC") return t !== "PER";
  if (d.type === "PER") {
    // a full name is a person ("Helmut Hofer" is no company of that name); a one-word "person" may be a party
    // or an organisation the tagger mistyped, or a place (only with country support, see linkOnEvidence)
    return multiToken ? t === "PER" : t !== "PER";
  }
  if (t === "PER") return multiToken && d.type !== "LOC";
  return true;
}

/**
 * Links the article's unlinked drafts on evidence, and gives unlinked ones the country their candidates agree on.
 * `date` is the publication date (ISO 8601) or null.
 */
export function linkOnEvidence(ctx: LinkContext, date: string | null): void {
  const { kb, builder } = ctx;
  typeByClassNoun(ctx);
  typeByPlacePreposition(ctx);
  typeByListNeighbours(ctx);
  const countries = articleCountries(ctx);
  const linkedIds: string[] = [];
  for (const d of builder.drafts) if (d.kb && d.mentions.length) linkedIds.push(d.kb.id);
  for (const d of [...builder.drafts]) {
    if (!d.mentions.length) continue;
    if (d.kb && (d.kb.kind === "party" || d.kb.kind === "institution")) {
      // same-named parties and state organs of several countries ("Grüne", "Bundesrat"): the country decides
      const other = sameNamedOfCountry(ctx, d, countries.ranked);
      if (other) {
        builder.link(d, other.entry, `same-named ${d.kb.kind} of several countries; ${other.why}`);
        continue;
      }
      if (genericOrganElsewhere(ctx, d, countries)) continue;
    }
    if (d.wikidata) continue;
    if (d.kb) {
      // a core entry without a Wikidata id: the extended layer may know it
      const rich = kb.entity(d.kb.id);
      if (rich?.wikidata) {
        d.wikidata = rich.wikidata;
        d.country = d.country ?? rich.country;
        d.linkReason = "knowledge-base name";
      }
      continue;
    }
    const multi = d.nameTokens >= 2 || d.name.includes(" ") || d.name.includes("-");
    // the tagger's MISC is often an organisation ("Deutsche Post"): a full name may still link, to no person; one
    // word only to the one organisation of that name, of a country the article names ("Die OeNB rechnet")
    const seen = candidatesOf(ctx, d, multi);
    const fitting = [...seen.values()].filter((c) => typeFits(d, c, multi));
    if (d.type === "MISC" && !multi) {
      linkOneWordMisc(ctx, d, fitting, countries);
      continue;
    }
    if (!fitting.length) {
      if (d.type === "PER" && !multi) linkSurnameOnEvidence(ctx, d, linkedIds, countries.ranked, date);
      continue;
    }
    const scored = fitting.map((c) => score(ctx, d, c, countries, date)).sort((a, b) => b.score - a.score);
    const best = scored[0];
    const second = scored[1];
    const margin = second ? best.score - second.score : Number.POSITIVE_INFINITY;
    const e = best.c.entry;
    let ok = false;
    let reason = "";
    if (d.type === "PER" && e.type !== "PER" && e.type !== "ORG") {
      // a one-word "person" that is a place of the article's country ("Lesbos" in a Greek article)
      ok = e.country !== null && e.country === countries.ranked[0] && margin >= 1;
      reason = `place of the article country ${e.country}`;
    } else if (multi && scored.length === 1) {
      // the tagger's MISC ("New Yorker": the magazine or the retailer?) needs the article's country as well
      ok = best.score >= (d.type === "MISC" ? 1 : FULL_NAME_MIN);
      reason = `exact ${best.c.form === "name" ? "full name" : `${best.c.form} form`}`;
    } else if (scored.length === 1 && e.type === d.type && e.country && countries.weight.has(e.country)) {
      // one candidate, of the type the text gives the name ("Inseln wie Kos"), of a country the article names
      ok = best.score >= 0.5;
      reason = `only ${e.type === "LOC" ? "place" : "organisation"} of that name, in a country the article names`;
    } else {
      ok = best.score >= 1 && margin >= 0.5;
      reason = `${best.c.form === "short" ? "short form" : best.c.form === "name" ? "name" : `${best.c.form} form`}`;
      if (scored.length > 1) reason += ` (${scored.length} candidates)`;
    }
    if (!ok) {
      if (!d.country) {
        // the candidates agree on a country the article names: the name is of that country even if unlinked
        const cs = new Set(fitting.map((c) => c.entry.country));
        const [only] = cs;
        if (cs.size === 1 && only && countries.weight.has(only)) d.country = only;
      }
      continue;
    }
    if (best.why.length) reason += `; ${best.why.join(", ")}`;
    const into = builder.link(d, e, reason);
    linkedIds.push(e.id);
    if (into.type === "PER") ctx.surnames.register(into, into.name.split(" "));
  }
  affiliationCountry(ctx);
  articleCountryFallback(ctx, countries);
}

/** Forms by which a one-word MISC may link to an organisation: its own name, not a translation or ASCII form. */
const MISC_FORMS = new Set(["name", "alias", "short"]);

/**
 * A one-word name the tagger typed MISC links to an organisation only when that is its one candidate, by the
 * organisation's own name, of a country the article names ("Die OeNB rechnet" in an Austrian article).
 */
function linkOneWordMisc(
  ctx: LinkContext,
  d: Draft,
  fitting: readonly KbCandidate[],
  countries: ReturnType<typeof articleCountries>,
): void {
  if (fitting.length !== 1) return;
  const [c] = fitting;
  const e = c.entry;
  if (e.type !== "ORG" || !MISC_FORMS.has(c.form) || !e.country || !countries.weight.has(e.country)) return;
  ctx.builder.link(d, e, `only organisation of that name, in a country the article names (${e.country})`);
}

/**
 * Names the KB does not single out, in an article about one country: they are that country's ("Thomas Irschik" in
 * an article naming Austria and Vienna throughout). Only when one country clearly dominates the article (named
 * at least DOMINANT_MIN times by place names and adjectives, and DOMINANT_RATIO times as often as the next).
 */
function articleCountryFallback(ctx: LinkContext, countries: ReturnType<typeof articleCountries>): void {
  const dateline = datelineCountry(ctx);
  const home = mainCountry(countries, dateline);
  if (!home) return;
  // a main country that only the dateline makes main gives way to another country named in the name's sentences
  const veto = home !== countries.ranked[0] || !dominates(countries);
  // decided on the countries the text gave, before any name takes the main country (no order dependence)
  const take: Draft[] = [];
  for (const d of ctx.builder.drafts) {
    if (d.country || d.countrySettled || d.kb || !d.mentions.length || d.type === "MISC") continue;
    if (veto && otherCountryAround(ctx, d, home)) continue;
    take.push(d);
  }
  for (const d of take) d.country = home;
}

/** Whether the article's top country dominates it (named DOMINANT_MIN times, DOMINANT_RATIO times the next). */
function dominates(countries: ReturnType<typeof articleCountries>): boolean {
  const [top, second] = countries.ranked;
  if (!top) return false;
  const w = countries.weight.get(top) ?? 0;
  const w2 = second ? (countries.weight.get(second) ?? 0) : 0;
  return w >= DOMINANT_MIN && w >= DOMINANT_RATIO * w2;
}

/**
 * Whether the sentences of a draft's mentions name some country other than `home` and not `home` itself ("Die
 * Direktorin des Ägyptischen Museums in Berlin, Friederike Seyfried" in an article datelined Kairo).
 */
function otherCountryAround(ctx: LinkContext, d: Draft, home: string): boolean {
  const { doc, builder } = ctx;
  const toks = doc.tokens;
  let other = false;
  for (const m of d.mentions) {
    const sent = toks.sent[toks.indexAt(m.start)];
    const { start, end } = doc.sentences[sent];
    for (let t = toks.indexAt(start); t < toks.count && toks.start[t] < end; t++) {
      const o = builder.owner[t];
      if (o < 0 || o === d.index) continue;
      const c = builder.drafts[o].country;
      if (c === home) return false;
      if (c) other = true;
    }
  }
  return other;
}

/**
 * The article's main country: the one that dominates it, else the dateline's country when no other country
 * dominates that one ("Wien – …" in an article that discusses a German institute as often as Austrian ones).
 */
export function mainCountry(countries: ReturnType<typeof articleCountries>, dateline: string | null): string | null {
  const top = countries.ranked[0];
  if (!top) return null;
  if (dominates(countries)) return top;
  if (!dateline) return null;
  const w = countries.weight.get(top) ?? 0;
  return w < DOMINANT_RATIO * (countries.weight.get(dateline) ?? 0) || dateline === top ? dateline : null;
}

const DOMINANT_MIN = 3;
const DOMINANT_RATIO = 2;

/**
 * The country a word right before one of the draft's mentions names ("die deutschen Grünen", "des Schweizer
 * Bundesrats"), or null.
 */
function adjacentCountry(ctx: LinkContext, d: Draft): string | null {
  const { doc, kb } = ctx;
  for (const m of d.mentions) {
    const t = doc.tokens.indexAt(m.start);
    if (t <= 0) continue;
    const prev = ctx.words[t - 1];
    const c = kb.countryOfAdjective(prev);
    if (c?.country && !kb.isDemonym(prev)) return c.country;
  }
  return null;
}

/**
 * For a draft linked to a party or state organ by name: the same-named entity of another country when the
 * country next to the name is that one's, or, failing that, the first of the article's countries (in rank order)
 * that has such an entity, unless the linked entry's own country ranks before it.
 */
function sameNamedOfCountry(
  ctx: LinkContext,
  d: Draft,
  ranked: readonly string[],
): { entry: KbEntry; why: string } | null {
  const cur = d.kb;
  if (!cur) return null;
  const byCountry = new Map<string, KbEntry[]>();
  for (const s of surfaces(ctx, d)) {
    for (const c of ctx.kb.candidates(s, { kinds: [cur.kind] })) {
      if (!c.entry.country || c.entry.id === cur.id || (c.form !== "name" && c.form !== "alias" && c.form !== "short"))
        continue;
      const l = byCountry.get(c.entry.country) ?? [];
      if (!l.some((e) => e.id === c.entry.id)) l.push(c.entry);
      byCountry.set(c.entry.country, l);
    }
  }
  if (!byCountry.size) return null;
  const near = adjacentCountry(ctx, d);
  if (near) {
    const l = near === cur.country ? undefined : byCountry.get(near);
    return l?.length === 1 ? { entry: l[0], why: `country ${near} next to the name` } : null;
  }
  // the article's countries in rank order, down to the linked entry's own: the first with one such entry
  // ("SVP" in an article about South Tyrol that names Austria more often: not the Swiss party, unnamed there)
  for (const c of ranked) {
    if (c === cur.country) return null;
    const l = byCountry.get(c);
    if (l) return l.length === 1 ? { entry: l[0], why: `article country ${c}` } : null;
  }
  return null;
}

/**
 * A state organ the article names by the generic word its KB name qualifies with a country prefix ("Kongress" for
 * "US-Kongress") in an article about another country (its main country named at least twice as often, and no
 * adjective of the organ's country next to it): that country's organ, which the KB does not know ("der Kongress"
 * in an article about Guatemala). The draft is unlinked and takes the article's country.
 */
function genericOrganElsewhere(ctx: LinkContext, d: Draft, countries: ReturnType<typeof articleCountries>): boolean {
  const cur = d.kb;
  if (!cur?.country || cur.kind !== "institution") return false;
  const h = cur.name.indexOf("-");
  if (h < 1 || ctx.kb.prefixScope(cur.name.slice(0, h)) !== cur.country) return false;
  const generic = cur.name.slice(h + 1);
  if (!d.mentions.every((m) => ctx.doc.text.slice(m.start, m.end) === generic)) return false;
  const top = countries.ranked[0];
  if (!top || top === cur.country) return false;
  if ((countries.weight.get(top) ?? 0) < DOMINANT_RATIO * (countries.weight.get(cur.country) ?? 0)) return false;
  const near = adjacentCountry(ctx, d);
  if (near && near !== top) return false;
  d.kb = null;
  d.wikidata = null;
  d.linkReason = null;
  d.role = null;
  d.roleCodes = [];
  ctx.builder.rename(d, generic);
  d.country = top;
  return true;
}

/** A one-word person name: linked only through the KB's surname rule (full name earlier, or the office holder). */
function linkSurnameOnEvidence(
  ctx: LinkContext,
  d: Draft,
  linked: readonly string[],
  countries: readonly string[],
  date: string | null,
): void {
  const r = ctx.kb.resolveSurname(d.name, {
    linked,
    date,
    countries: countries.slice(0, 2),
    roles: d.roleCodes,
  });
  if (!r || r.entry.type !== "PER") return;
  ctx.builder.link(d, r.entry, r.reason);
}
