/**
 * Title-based types (issue 18): a common noun right before a name says what it is — "die Partei Syriza", "der
 * Zeitung Kathimerini" (ORG), "auf der Insel Lesbos", "im Dorf Gabčíkovo" (LOC) — also for every name of a list it
 * heads ("die Sender Bugün TV und Kanaltürk", "Inseln wie Kos, Rhodos, Samos oder Lesbos"), and a name that
 * begins with such a noun ("Flughafen Ellenikon"). Only document entities (no KB link) are retyped: the KB's type
 * stands. The nouns are the language's (EntityGrammar.classNouns).
 */
import type { Draft } from "./builder.js";
import type { LinkContext } from "./context.js";

/** Words that join the names of a list ("Kos, Samos oder Lesbos"; "Inseln wie Kos"). */
const JOINERS = new Set([",", "und", "oder", "sowie", "wie", "etwa"]);
/** At most this many list items before the name are looked through for the heading noun. */
const MAX_ITEMS = 6;

/** The type the class noun before (or at the start of) a mention gives, or undefined. */
function classAt(ctx: LinkContext, start: number): "ORG" | "LOC" | undefined {
  const { classNouns } = ctx.grammar;
  const own = classNouns.get(ctx.words[start]);
  if (own && start + 1 < ctx.doc.tokens.count && ctx.builder.owner[start + 1] === ctx.builder.owner[start]) {
    return own; // "Flughafen Ellenikon"
  }
  let t = start - 1;
  const sent = ctx.doc.tokens.sent[start];
  for (let items = 0; t >= 0 && ctx.doc.tokens.sent[t] === sent && items <= MAX_ITEMS; items++) {
    const head = classNouns.get(ctx.words[t]);
    if (head) return head;
    // step over a joiner and the list item before it
    if (!JOINERS.has(ctx.words[t])) return undefined;
    t--;
    if (t >= 0 && JOINERS.has(ctx.words[t])) t--; // "wie" after a comma
    const owner = t >= 0 ? ctx.builder.owner[t] : -1;
    if (owner < 0) {
      // the noun right before "wie" ("Inseln wie Kos")
      return t >= 0 ? classNouns.get(ctx.words[t]) : undefined;
    }
    while (t > 0 && ctx.builder.owner[t - 1] === owner) t--;
    t--;
  }
  return undefined;
}

/** Retypes the article's document entities by the class nouns before their mentions. */
export function typeByClassNoun(ctx: LinkContext): void {
  const { doc } = ctx;
  for (const d of ctx.builder.drafts) {
    if (d.kb || !d.mentions.length || d.type === "MISC") continue;
    const type = typeOf(ctx, d, doc.tokens.indexAt.bind(doc.tokens));
    if (type) d.type = type;
  }
}

function typeOf(ctx: LinkContext, d: Draft, tokenAt: (char: number) => number): "ORG" | "LOC" | undefined {
  for (const m of d.mentions) {
    if (m.form !== "name" && m.form !== "alias") continue;
    const t = classAt(ctx, tokenAt(m.start));
    if (t) return t;
  }
  return undefined;
}
