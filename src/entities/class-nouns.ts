/**
 * Title-based types (issue 18): a common noun right before a name says what it is — "die Partei Syriza", "der
 * Zeitung Kathimerini" (ORG), "auf der Insel Lesbos", "im Dorf Gabčíkovo" (LOC) — also for every name of a list it
 * heads ("die Sender Bugün TV und Kanaltürk", "Inseln wie Kos, Rhodos, Samos oder Lesbos"), and a name that
 * begins with such a noun ("Flughafen Ellenikon"). Only document entities (no KB link) are retyped: the KB's type
 * stands. The nouns are the language's (EntityGrammar.classNouns). A country adjective right before the noun gives
 * those names its country as well ("der serbischen Nachrichtenagentur Tanjug", "griechischen Inseln wie Kos").
 */
import type { Draft } from "./builder.js";
import type { LinkContext } from "./context.js";

/** Words that join the names of a list ("Kos, Samos oder Lesbos"; "Inseln wie Kos"). */
const JOINERS = new Set([",", "und", "oder", "sowie", "wie", "etwa"]);
/** At most this many list items before the name are looked through for the heading noun. */
const MAX_ITEMS = 6;

/** The class noun's type and token. */
interface ClassHead {
  type: "ORG" | "LOC";
  at: number;
}

/** The class noun before (or at the start of) a mention, or undefined. */
function classAt(ctx: LinkContext, start: number): ClassHead | undefined {
  const { classNouns } = ctx.grammar;
  const own = classNouns.get(ctx.words[start]);
  if (own && start + 1 < ctx.doc.tokens.count && ctx.builder.owner[start + 1] === ctx.builder.owner[start]) {
    return { type: own, at: start }; // "Flughafen Ellenikon"
  }
  let t = start - 1;
  const sent = ctx.doc.tokens.sent[start];
  for (let items = 0; t >= 0 && ctx.doc.tokens.sent[t] === sent && items <= MAX_ITEMS; items++) {
    const head = classNouns.get(ctx.words[t]);
    if (head) return { type: head, at: t };
    // step over a joiner and the list item before it
    if (!JOINERS.has(ctx.words[t])) return undefined;
    t--;
    if (t >= 0 && JOINERS.has(ctx.words[t])) t--; // "wie" after a comma
    const owner = t >= 0 ? ctx.builder.owner[t] : -1;
    if (owner < 0) {
      // the noun right before "wie" ("Inseln wie Kos")
      const type = t >= 0 ? classNouns.get(ctx.words[t]) : undefined;
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
  for (const d of ctx.builder.drafts) {
    if (d.kb || !d.mentions.length || d.type === "MISC") continue;
    const head = headOf(ctx, d, doc.tokens.indexAt.bind(doc.tokens));
    if (!head || keepsPerson(ctx, d, head)) continue;
    d.type = head.type;
    if (!d.country) d.country = countryBefore(ctx, head.at);
  }
}

/**
 * A full name the tagger took for a person after an organisation noun in the genitive, or beginning with a given
 * name, stays a person: "die Präsidentin des Verbands Cinzia Franchini" (the Verband is not named).
 */
function keepsPerson(ctx: LinkContext, d: Draft, head: ClassHead): boolean {
  if (d.type !== "PER" || head.type !== "ORG" || !d.name.includes(" ")) return false;
  const w = ctx.words[head.at];
  const genitive = /s$/.test(w) && ctx.grammar.classNouns.has(w.replace(/e?s$/, ""));
  return genitive || ctx.grammar.firstNames.has(d.name.split(" ")[0]);
}

function headOf(ctx: LinkContext, d: Draft, tokenAt: (char: number) => number): ClassHead | undefined {
  for (const m of d.mentions) {
    if (m.form !== "name" && m.form !== "alias") continue;
    const h = classAt(ctx, tokenAt(m.start));
    if (h) return h;
  }
  return undefined;
}

/** The country of a country adjective right before token t ("serbischen" Nachrichtenagentur), not a demonym. */
function countryBefore(ctx: LinkContext, t: number): string | null {
  if (t <= 0 || ctx.doc.tokens.sent[t - 1] !== ctx.doc.tokens.sent[t]) return null;
  const w = ctx.words[t - 1];
  if (ctx.kb.isDemonym(w)) return null;
  return ctx.kb.countryOfAdjective(w)?.country ?? null;
}
