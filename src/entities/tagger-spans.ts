/**
 * Spans from the statistical tagger (src/entities/tagger, optional: without a model the stage runs on
 * the KB and rules alone) for names the KB does not know. A tagged person name outside the KB becomes a
 * local PER entity whose surname later mentions link to.
 */
import type { Doc } from "../doc/index.js";
import type { Kb } from "../kb/index.js";
import { trimAbbreviations } from "./abbreviations.js";
import type { Draft } from "./builder.js";
import { isSentStart, type LinkContext, resolveSurnameSoFar, type TagSpan } from "./context.js";
import type { NerLexicon } from "./grammar.js";
import { articleCountries } from "./link-evidence.js";
import { tagNames } from "./tagger/index.js";

let unavailable = false;

/** Tagger spans of the doc (with the language's word classes and the KB), or [] when no model is installed. */
export function taggerSpans(doc: Doc, lexicon: NerLexicon, kb: Kb): TagSpan[] {
  if (unavailable) return [];
  try {
    return tagNames(doc, lexicon, kb);
  } catch (err) {
    if (err instanceof Error && /model not found/i.test(err.message)) {
      unavailable = true;
      return [];
    }
    throw err;
  }
}

/** Per token: index of the tagger span covering it, or -1. */
export function tagIndex(count: number, spans: readonly TagSpan[]): Int32Array {
  const at = new Int32Array(count).fill(-1);
  spans.forEach((s, k) => {
    for (let t = s.start; t < s.end && t < count; t++) at[t] = k;
  });
  return at;
}

const STRONG_KINDS = new Set(["country", "igo", "agency", "outlet", "institution"]);

/**
 * A tagged person name without leading common nouns ("Außenamtssprecher Lin Jian" → "Lin Jian"); undefined
 * when the rest is a KB place or organisation after initials ("X. Brüssel").
 */
function trimPersonSpan(ctx: LinkContext, s: TagSpan): TagSpan | undefined {
  if (s.type !== "PER" || s.end - s.start < 2) return s;
  const { firstNames } = ctx.grammar;
  let start = s.start;
  while (start < s.end - 1 && isTitleWord(ctx, ctx.words[start]) && !firstNames.has(ctx.words[start])) start++;
  const last = ctx.kb.lookup(ctx.words[s.end - 1])[0];
  if (last && !firstNames.has(ctx.words[start])) {
    const bigCity = last.kind === "city" && (last.population ?? 0) >= 100_000;
    if (STRONG_KINDS.has(last.kind) || bigCity) {
      let initials = true;
      for (let t = start; t < s.end - 1; t++) if (!/^\p{Lu}\.$/u.test(ctx.words[t])) initials = false;
      if (initials) return undefined;
    }
  }
  return start === s.start ? s : { start, end: s.end, type: s.type };
}

/** A title before a name: a role noun or a word with a role ending ("Außenamtssprecher", "Grünen-Fraktionschefin"). */
function isTitleWord(ctx: LinkContext, w: string): boolean {
  if (!/^\p{Lu}/u.test(w)) return false; // "von", "de": name particles stay
  if (ctx.kb.roleNoun(w)) return true;
  const tail = w.slice(w.lastIndexOf("-") + 1).toLowerCase();
  for (const suf of ctx.grammar.roleSuffixes) if (tail.endsWith(suf)) return true;
  return false;
}

/** "Frau Roth", "Herrn Watts": a person span right after an honorific. */
function afterHonorific(ctx: LinkContext, s: TagSpan): boolean {
  return s.type === "PER" && s.start > 0 && ctx.grammar.honorifics.has(ctx.words[s.start - 1]);
}

/**
 * A person span on a word that is also a common word but a known surname ("Kurz", "Fischer"), capitalised inside a
 * sentence, and linkable on the article's evidence (`kb.resolveSurname`: an office holder of an article country on
 * the publication date): the surname, not the word.
 */
function surnameInContext(ctx: LinkContext, s: TagSpan, text: string): boolean {
  if (s.type !== "PER" || isSentStart(ctx.doc, s.start) || !ctx.kb.isCommonSurname(text)) return false;
  return resolveSurnameSoFar(ctx, text, articleCountries(ctx).ranked.slice(0, 2)) !== null;
}

/**
 * A span without the definite article the tagger took into it ("trotzdem: Die OeNB rechnet" → "OeNB"); not when
 * the rest begins with a common word, as names that begin with their article do ("Die Welt", "Der Standard").
 */
function trimArticle(ctx: LinkContext, s: TagSpan): TagSpan {
  if (s.end - s.start < 2) return s;
  const w = ctx.words[s.start];
  if (!/^\p{Lu}/u.test(w) || !ctx.grammar.definiteArticles.has(w.toLowerCase())) return s;
  if (ctx.grammar.isCommonWord(ctx.words[s.start + 1])) return s;
  return { start: s.start + 1, end: s.end, type: s.type };
}

/** Commits a tagger span as a local entity (or the KB entity with that exact name). */
export function commitTagSpan(ctx: LinkContext, span: TagSpan): Draft | undefined {
  const { doc, kb, builder } = ctx;
  const bare = trimAbbreviations(ctx, span);
  const s = bare && trimPersonSpan(ctx, trimArticle(ctx, bare));
  if (!s || builder.taken(s.start, s.end)) return undefined;
  const text = doc.text.slice(doc.tokens.start[s.start], doc.tokens.end[s.end - 1]);
  if (s.end - s.start === 1 && ctx.grammar.blockedWords.has(text.toLowerCase())) return undefined;
  if (!/\p{Lu}/u.test(text)) return undefined;
  // one letter alone ("der Gruppe A.", "des Typs C."): no name, but for "Frau K."
  if (s.end - s.start === 1 && /^\p{Lu}\.?$/u.test(text) && !afterHonorific(ctx, s)) return undefined;
  // a single common word the tagger took for a name ("Rohöl", "Wolfram"), or a demonym
  if (
    s.end - s.start === 1 &&
    (kb.countryOfAdjective(text) ||
      (ctx.grammar.isCommonWord(text) && !afterHonorific(ctx, s) && !surnameInContext(ctx, s, text)))
  ) {
    return undefined;
  }
  if (s.type === "PER" && s.end - s.start === 1) {
    // "Assad" after "Bashar al-Assad" that the tagger had typed MISC: one person after all
    const earlier = ctx.surnames.claimWeak(text);
    if (earlier) {
      builder.mention(earlier, s.start, s.end, "alias");
      return earlier;
    }
  }
  const known = kb.lookup(text.split(/\s+/).join(" ")).find((e) => e.type === s.type);
  let d: Draft;
  if (known) d = builder.forKb(known);
  else {
    // "Müllers" after "Müller": same referent
    let name = text;
    if (s.type === "PER" && name.endsWith("s") && builder.withName(name.slice(0, -1)).length > 0) {
      name = name.slice(0, -1);
    }
    // one referent per name even if the tagger types it differently ("Verdi" ORG, later PER)
    const same = builder.withName(name).find((x) => !x.kb);
    d = same ?? builder.forLocal(s.type, name);
  }
  builder.mention(d, s.start, s.end, "name");
  const from = bare?.start ?? span.start;
  if (s.start > from && !builder.taken(from, s.start)) {
    // the title the tagger had included: a descriptor of the person and their role
    builder.mention(d, from, s.start, "descriptor");
    if (!d.role) d.role = ctx.words.slice(from, s.start).join(" ");
  }
  const toks: string[] = [];
  for (let t = s.start; t < s.end; t++) toks.push(doc.tokenText(t));
  if (toks.length >= 2) {
    if (d.type === "PER") ctx.surnames.register(d, toks);
    else ctx.surnames.registerWeak(d, toks);
  }
  return d;
}
