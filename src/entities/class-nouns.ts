/**
 * Title-based types (issue 18): a common noun right before a name says what it is — "die Partei Syriza", "der
 * Zeitung Kathimerini" (ORG), "auf der Insel Lesbos", "im Dorf Gabčíkovo" (LOC) — also for every name of a list it
 * heads ("die Sender Bugün TV und Kanaltürk", "Inseln wie Kos, Rhodos, Samos oder Lesbos"), and a name that
 * begins with such a noun ("Flughafen Ellenikon"). Only document entities (no KB link) are retyped: the KB's type
 * stands. The nouns are the language's (EntityGrammar.classNouns). A country adjective right before the noun gives
 * those names its country as well ("der serbischen Nachrichtenagentur Tanjug", "griechischen Inseln wie Kos").
 */
import { wordMemo } from "../doc/memo.js";
import type { Draft } from "./builder.js";
import type { LinkContext } from "./context.js";
import type { EntityGrammar } from "./grammar.js";

/** Words that join the names of a list ("Kos, Samos oder Lesbos"; "Inseln wie Kos"). */
const JOINERS = new Set([",", "und", "oder", "sowie", "wie", "etwa"]);
/** At most this many list items before the name are looked through for the heading noun. */
const MAX_ITEMS = 6;

/** The class noun's type and token. */
interface ClassHead {
  type: "ORG" | "LOC";
  at: number;
}

/** The shortest compound head that counts as a class noun ("Ratingagentur" → Agentur; not "Ort" in "Sportort"). */
const MIN_HEAD = 5;

/**
 * The class noun a word is or ends in: the noun itself ("Zeitung", "Verbandes"), the part after a hyphen
 * ("Hightech-Verbandes", "US-Ratingagentur") or the head of a closed compound ("Ratingagentur",
 * "Wirtschaftsforschungsinstituts"); undefined for other words.
 */
export function classNounOf(ctx: LinkContext, w: string): "ORG" | "LOC" | undefined {
  return classNounMemo(ctx.grammar, w) || undefined;
}

/** classNounOf per word, once per grammar ("" for none: the memo keeps no undefined). */
const classNounMemo = wordMemo(
  50_000,
  (g: EntityGrammar, w: string): "ORG" | "LOC" | "" => classNounOfWord(g, w) ?? "",
);

function classNounOfWord(grammar: EntityGrammar, w: string): "ORG" | "LOC" | undefined {
  const { classNouns, ner } = grammar;
  const own = classNouns.get(w);
  if (own) return own;
  const tail = w.slice(w.lastIndexOf("-") + 1);
  if (tail !== w && /^\p{Lu}/u.test(tail)) {
    const t = classNouns.get(tail);
    if (t) return t;
  }
  if (!/^\p{Lu}/u.test(tail)) return undefined;
  const head = ner.compoundHead(tail);
  if (head) return head.length < MIN_HEAD ? undefined : classNouns.get(head.charAt(0).toUpperCase() + head.slice(1));
  // a compound the lexicon does not know ("Ratingagentur", "Außenministerium"): a long class noun at its end
  const lower = tail.toLowerCase();
  for (const [noun, type] of suffixNouns(classNouns)) {
    if (lower.length >= noun.length + MIN_STEM && lower.endsWith(noun)) return type;
  }
  return undefined;
}

/** Class nouns long enough to be recognised at the end of an unknown compound (lower case). */
const MIN_SUFFIX = 6;
/** The shortest first part of such a compound. */
const MIN_STEM = 3;
const SUFFIXES = new WeakMap<ReadonlyMap<string, "ORG" | "LOC">, ReadonlyArray<readonly [string, "ORG" | "LOC"]>>();
function suffixNouns(classNouns: ReadonlyMap<string, "ORG" | "LOC">): ReadonlyArray<readonly [string, "ORG" | "LOC"]> {
  let out = SUFFIXES.get(classNouns);
  if (!out) {
    out = [...classNouns].filter(([n]) => n.length >= MIN_SUFFIX).map(([n, t]) => [n.toLowerCase(), t] as const);
    SUFFIXES.set(classNouns, out);
  }
  return out;
}

/** The class noun before (or at the start of) a mention, or undefined. */
function classAt(ctx: LinkContext, start: number, person: boolean): ClassHead | undefined {
  const own = ctx.grammar.classNouns.get(ctx.words[start]);
  if (own && start + 1 < ctx.doc.tokens.count && ctx.builder.owner[start + 1] === ctx.builder.owner[start]) {
    return { type: own, at: start }; // "Flughafen Ellenikon"
  }
  let t = start - 1;
  const sent = ctx.doc.tokens.sent[start];
  for (let items = 0; t >= 0 && ctx.doc.tokens.sent[t] === sent && items <= MAX_ITEMS; items++) {
    const head = classNounOf(ctx, ctx.words[t]);
    if (head) return { type: head, at: t };
    // step over a joiner and the list item before it
    if (!JOINERS.has(ctx.words[t])) return undefined;
    const joiner = ctx.words[t];
    t--;
    if (t >= 0 && JOINERS.has(ctx.words[t])) t--; // "wie" after a comma
    const owner = t >= 0 ? ctx.builder.owner[t] : -1;
    if (owner < 0) {
      // the noun right before "wie" ("Inseln wie Kos") or a comma ("die Firma, Cyanogen Inc."); not a person's
      // organisation in an apposition ("die Chefin der Staatsholding, Martha Oberndorfer")
      const type = t >= 0 && !(person && joiner === ",") ? classNounOf(ctx, ctx.words[t]) : undefined;
      return type ? { type, at: t } : undefined;
    }
    while (t > 0 && ctx.builder.owner[t - 1] === owner) t--;
    t--;
  }
  return undefined;
}

/** Retypes the article's document entities by the class nouns before their mentions, and gives them the country
 * of a country adjective right before that noun. */
export function typeByClassNoun(ctx: LinkContext): void {
  const { doc } = ctx;
  const tokenAt = doc.tokens.indexAt.bind(doc.tokens);
  for (const d of ctx.builder.drafts) {
    if (d.kb || !d.mentions.length || d.type === "MISC") continue;
    if (endsInOrgNoun(ctx, d)) continue;
    const head = headOf(ctx, d, tokenAt);
    if (!head || keepsPerson(ctx, d, head)) continue;
    d.type = head.type;
    if (!d.country) d.country = countryBefore(ctx, head.at);
  }
}

/**
 * A one-word document entity the tagger took for a person is a place when one of its mentions follows a
 * preposition that takes places only and no capitalised word follows it ("in Piräeus eintraf"; not "in Goethes
 * Faust"); not a given name.
 */
export function typeByPlacePreposition(ctx: LinkContext): void {
  const { doc, builder, words } = ctx;
  for (const d of builder.drafts) {
    if (d.kb || d.type !== "PER" || !d.mentions.length || d.name.includes(" ") || d.nameTokens > 1) continue;
    if (ctx.grammar.firstNames.has(d.name)) continue;
    const at = d.mentions.some((m) => {
      const t = doc.tokens.indexAt(m.start);
      const prev = words[t - 1];
      const next = words[t + 1];
      if (prev === undefined || !ctx.grammar.placeOnlyPrepositions.has(prev)) return false;
      return next === undefined || doc.tokens.sent[t + 1] !== doc.tokens.sent[t] || !/^\p{Lu}/u.test(next);
    });
    if (at) d.type = "LOC";
  }
}

/**
 * A one-word document entity typed a place or person whose list neighbours are all organisations is one too
 * ("Nationalbank, Wifo und IHS": Wifo is no place). Only the items right next to its mentions count, joined by the
 * language's list joiners; at least one must be a named organisation, and none of another type.
 */
export function typeByListNeighbours(ctx: LinkContext): void {
  const { doc, builder } = ctx;
  for (const d of builder.drafts) {
    if (d.kb || !d.mentions.length || (d.type !== "LOC" && d.type !== "PER") || d.name.includes(" ")) continue;
    let orgs = 0;
    let others = 0;
    for (const m of d.mentions) {
      const first = doc.tokens.indexAt(m.start);
      const last = doc.tokens.indexAt(m.end - 1);
      // the item before the mention and the one after it, each behind its joiner (no pair arrays per mention)
      for (let side = 0; side < 2; side++) {
        const joiner = side === 0 ? first - 1 : last + 1;
        const item = side === 0 ? first - 2 : last + 2;
        if (item < 0 || item >= doc.tokens.count || doc.tokens.sent[item] !== doc.tokens.sent[first]) continue;
        if (!ctx.grammar.listJoiners.has(ctx.words[joiner])) continue;
        const o = builder.owner[item];
        if (o < 0) continue;
        const n = builder.drafts[o];
        if (n.type === "ORG" && n.mentions.some((x) => x.form === "name" || x.form === "alias")) orgs++;
        else others++;
      }
    }
    if (orgs > 0 && others === 0) d.type = "ORG";
  }
}

/**
 * A name of several words whose last word is an organisation noun is an organisation ("Italienisches
 * Außenministerium", "Wiener Stadtwerke Holding"), with the country of a country adjective it begins with; not a
 * person's name that begins with a given name.
 */
function endsInOrgNoun(ctx: LinkContext, d: Draft): boolean {
  if (d.type === "ORG") return false;
  const words = d.name.split(" ");
  if (words.length < 2 || ctx.grammar.firstNames.has(words[0])) return false;
  if (classNounOf(ctx, words[words.length - 1]) !== "ORG") return false;
  d.type = "ORG";
  if (!d.country && !ctx.kb.isDemonym(words[0])) d.country = ctx.kb.countryOfAdjective(words[0])?.country ?? null;
  return true;
}

/**
 * A full name the tagger took for a person after an organisation noun in the genitive, or beginning with a given
 * name, stays a person: "die Präsidentin des Verbands Cinzia Franchini" (the Verband is not named).
 */
function keepsPerson(ctx: LinkContext, d: Draft, head: ClassHead): boolean {
  if (d.type !== "PER" || head.type !== "ORG" || !d.name.includes(" ")) return false;
  const w = ctx.words[head.at];
  const genitive = /s$/.test(w) && classNounOf(ctx, w.replace(/e?s$/, "")) !== undefined;
  return genitive || ctx.grammar.firstNames.has(d.name.split(" ")[0]);
}

function headOf(ctx: LinkContext, d: Draft, tokenAt: (char: number) => number): ClassHead | undefined {
  for (const m of d.mentions) {
    if (m.form !== "name" && m.form !== "alias") continue;
    const h = classAt(ctx, tokenAt(m.start), d.type === "PER");
    if (h) return h;
  }
  return undefined;
}

/**
 * The country of a country adjective right before token t ("serbischen" Nachrichtenagentur), not a demonym, or of
 * a country prefix of the noun itself ("US-Ratingagentur").
 */
function countryBefore(ctx: LinkContext, t: number): string | null {
  const w0 = ctx.words[t];
  const h = w0.indexOf("-");
  if (h > 0) {
    const scope = ctx.kb.prefixScope(w0.slice(0, h));
    if (scope && /^[A-Z]{3}$/.test(scope)) return scope;
  }
  if (t <= 0 || ctx.doc.tokens.sent[t - 1] !== ctx.doc.tokens.sent[t]) return null;
  const w = ctx.words[t - 1];
  if (ctx.kb.isDemonym(w)) return null;
  return ctx.kb.countryOfAdjective(w)?.country ?? null;
}
