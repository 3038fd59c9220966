/**
 * Gazetteer matches: the longest KB name/alias/inflected form at a token ("Wladimir Putin",
 * "Russlands", "Weißen Haus", "Nachrichtenagentur Tass"). Places and outlets whose name is also a
 * common word of the language ("Lage", "Halle", "Bild") count only with context: a locative preposition, a
 * media cue word, or the tagger typing the same span. After a region noun ("Region/Provinz/Oblast …") a region
 * beats the same-name city.
 */
import type { KbMatch } from "../kb/index.js";
import { classNounOf } from "./class-nouns.js";
import { isSentStart, type LinkContext } from "./context.js";

const PLACE_KINDS = new Set(["city", "region"]);

function contextSupports(ctx: LinkContext, m: KbMatch): boolean {
  const { doc } = ctx;
  const tag = ctx.tagAt[m.start];
  if (tag >= 0) {
    const s = ctx.tags[tag];
    if (s.start === m.start && s.type === m.entry.type) return true;
  }
  if (m.start === 0) return false;
  const prev = ctx.words[m.start - 1];
  if (PLACE_KINDS.has(m.entry.kind)) return ctx.grammar.locativePrepositions.has(prev.toLowerCase());
  const cues = ctx.grammar.mediaCues;
  if (cues.has(prev)) return true;
  const next = m.end < doc.tokens.count ? ctx.words[m.end] : "";
  return cues.has(next);
}

/**
 * A match that only counts with context: flagged ambiguous in the KB, or a one-word gazetteer place whose
 * surface is a common word ("Dabei" as an alternate name of Dubai, "Wetter", "Boden", "Nord").
 */
function needsContext(ctx: LinkContext, m: KbMatch): boolean {
  const e = m.entry;
  if (e.ambiguous) return true;
  if (m.end - m.start !== 1 || !(e.id.startsWith("geo:") || e.id.startsWith("region:"))) return false;
  const surface = ctx.words[m.start];
  if (ctx.grammar.firstNames.has(surface)) return true; // "Paul" (a region of Cape Verde), "Victoria"
  if (!ctx.grammar.isCommonWord(surface)) return false;
  if (m.form === "alias") return true;
  if (e.kind === "city") return (e.population ?? 0) < 1_000_000;
  // regions of the home countries are named bare ("Bayern", "Tirol")
  return !(e.country && ctx.grammar.homeCountries.has(e.country));
}

/** The best KB match at token i (already gated), or undefined. */
export function kbMatchAt(ctx: LinkContext, i: number): KbMatch | undefined {
  const { doc, kb } = ctx;
  const all = kb.matchAt(doc, i, ctx.words);
  if (!all.length) return undefined;
  let cands = all.filter((m) => m.form !== "descriptor" && (!needsContext(ctx, m) || contextSupports(ctx, m)));
  if (!cands.length) return undefined;
  // a single capitalised common word at sentence start that the KB only knows as a small place
  if (cands[0].end - i === 1 && isSentStart(doc, i) && cands.every((m) => PLACE_KINDS.has(m.entry.kind))) {
    const tag = ctx.tagAt[i];
    if (ctx.tags.length && (tag < 0 || ctx.tags[tag].type !== "LOC")) {
      if ((cands[0].entry.population ?? 0) < 100_000) return undefined;
    }
  }
  if (i > 0 && ctx.grammar.regionWords.has(ctx.words[i - 1])) {
    const region = cands.find((m) => m.entry.kind === "region");
    if (region) return region;
  }
  // prefer the tagger's type when it disagrees with the KB ranking
  const tag = ctx.tagAt[i];
  if (tag >= 0 && cands.length > 1) {
    const typed = cands.find((m) => m.entry.type === ctx.tags[tag].type);
    if (typed) cands = [typed];
  }
  return cands[0];
}

/** Forms of the extended KB that a multi-word span may match as a name. */
const SPAN_FORMS = new Set(["name", "alias", "german", "short"]);

/**
 * The longest span of two to four capitalised words at token i that the extended KB knows as the name of an
 * organisation, party or outlet ("Team Stronach", "Wien Energie", "Labour Party"), as [end, type], or undefined.
 * The span becomes a document entity of that type; linking it is left to the evidence pass (link-evidence.ts).
 */
export function extendedSpanAt(ctx: LinkContext, i: number): { end: number; type: "ORG" | "PER" } | undefined {
  const { doc, kb } = ctx;
  const n = doc.tokens.count;
  const sent = doc.tokens.sent[i];
  // "Die Zeit drängt": a span that starts with a function word or is all common words needs the core's cues
  if (ctx.grammar.blockedWords.has(ctx.words[i].toLowerCase())) return undefined;
  let last = i;
  while (last + 1 < n && last + 1 - i < 4 && doc.tokens.sent[last + 1] === sent && isCapWord(ctx, last + 1)) last++;
  for (let end = last + 1; end >= i + 2; end--) {
    let common = true;
    for (let t = i; t < end && common; t++) common = ctx.grammar.isCommonWord(ctx.words[t]);
    if (common) continue;
    const text = doc.text.slice(doc.tokens.start[i], doc.tokens.end[end - 1]);
    const cands = kb.candidates(text, { types: ["ORG"] }).filter((c) => SPAN_FORMS.has(c.form));
    if (cands.length) return { end, type: "ORG" };
  }
  return undefined;
}

function isCapWord(ctx: LinkContext, t: number): boolean {
  const w = ctx.words[t];
  return /^\p{Lu}/u.test(w) && /\p{L}/u.test(w);
}

/**
 * A one-word party (not a common word) or state organ only the extended KB knows ("Neos", "Nationalrat") at token i:
 * the type of a document entity the evidence pass links.
 */
export function extendedWordAt(ctx: LinkContext, i: number): "ORG" | undefined {
  const w = ctx.words[i];
  if (!isCapWord(ctx, i) || w.length < 3 || ctx.grammar.firstNames.has(w)) return undefined;
  if (ctx.grammar.blockedWords.has(w.toLowerCase())) return undefined;
  // a state organ's name may be a common noun ("der Nationalrat"); a party's may not ("Die Linke" needs its article)
  // a word with capitals inside ("PiS") is an abbreviation, whatever the lexicon reads in it; a word right after
  // an organisation noun is a name ("der rechtspopulistischen Partei Lider"). Asked only for a party candidate.
  let common: boolean | undefined;
  for (const c of ctx.kb.candidates(w, { types: ["ORG"] })) {
    if (c.form !== "name") continue;
    if (c.entry.kind === "institution") return "ORG";
    if (c.entry.kind !== "party") continue;
    common ??=
      ctx.grammar.isCommonWord(w) &&
      !/\p{Lu}/u.test(w.slice(1)) &&
      !(i > 0 && ctx.doc.tokens.sent[i - 1] === ctx.doc.tokens.sent[i] && classNounOf(ctx, ctx.words[i - 1]) === "ORG");
    if (!common) return "ORG";
  }
  return undefined;
}
