/**
 * Noun phrases around cue verbs: the speaker ("der Sprecher des Ministeriums", "Kim", "er"),
 * source NPs after "laut"/"nach" and before "zufolge". Shallow rules over tokens: articles,
 * adjectives, capitalised nouns and names, genitive chains, "von X", parentheses and a name apposition.
 */

import { tokenMemo } from "../../../doc/memo.js";
import { TokenKind } from "../../../doc/tokens.js";
import { ARTICLE_FORMS, INFLECTION_ENDING } from "../np/index.js";
import { clauseClass, quoteTables } from "./tables.js";
import type { DeView, TokSpan } from "./view.js";

/** Closed word classes of clause-words.tsv this module reads (looked up once). */
const CLASS_NP_AGE_UNITS: ReadonlySet<string> = clauseClass("np.age-units");
const CLASS_NP_AGE_ADJECTIVES: ReadonlySet<string> = clauseClass("np.age-adjectives");

/** Relative pronouns ("…, der sagte", "…, die angab"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = clauseClass("np.relative-pronouns");

/** Definite and indefinite article forms (shared with the events chunker: ../np). */
export { ARTICLE_FORMS, INFLECTION_ENDING };

/** Articles, demonstrative and possessive determiners that open an NP. */
const ARTICLES: ReadonlySet<string> = new Set([...ARTICLE_FORMS, ...clauseClass("np.determiners")]);
/**
 * Prepositions whose PP belongs to a speaker NP ("vom Institut für Kernphysik", "ein Reporter aus Leicestershire").
 * Locative "in"/"im" only with `locative` (an NP that must end right before the verb: "Der Korrespondent in
 * Mexiko-Stadt berichtete"); after a cue it is usually adverbial ("sagte Putin in Moskau").
 */
const PP_ATTACH: ReadonlySet<string> = clauseClass("np.pp-attach");
const TIME_PREPS: ReadonlySet<string> = clauseClass("np.time-preps");
/** Quantifiers of a partitive genitive: "Einer der Feuerwehrmänner", "Einige der Verbände". */
const PARTITIVE: ReadonlySet<string> = clauseClass("np.partitive");
/** Possessives that open a genitive after a noun ("Angaben seines Anwalts"). */
const POSS_GENITIVE: ReadonlySet<string> = clauseClass("np.poss-genitive");
/** Articles that open a genitive after a noun ("Angaben der Polizei"). */
export const GENITIVE: ReadonlySet<string> = clauseClass("np.genitive");

/** A lower-case token that is not a common German word: a name such as "dpa", "n-tv". */
function lowerName(v: DeView, i: number): boolean {
  const w = v.lower[i];
  if (w.length < 2 || quoteTables().functionWords.has(w) || ARTICLES.has(w) || w === "dies") return false;
  return !v.lex.isCommonWord(w) && !v.lex.isVerb(w);
}

/** Whether token i is an adjective, asked once per token of a view. */
const isAdj = tokenMemo(adjAt);

function adjAt(v: DeView, i: number): boolean {
  if (v.isCap(i) || !v.isWord(i)) return false;
  const w = v.lower[i];
  if (quoteTables().functionWords.has(w)) return false;
  const pos = v.lex.pos(w);
  return pos.includes("ADJ") || (/(e|en|er|es|em)$/.test(w) && !pos.includes("VERB") && !pos.includes("AUX"));
}

/** Whether token i can head a noun phrase, asked once per token of a view (the NP rules ask the same tokens again). */
const isNounLike = tokenMemo(nounLikeAt);

function nounLikeAt(v: DeView, i: number): boolean {
  // "39-Jährige", "100-Meter-Läufer"
  const h = v.text[i].lastIndexOf("-");
  if (h > 0 && (v.isWord(i) || v.kind(i) === TokenKind.NUMBER) && /^\p{Lu}/u.test(v.text[i].slice(h + 1))) return true;
  // a nominalised age written in lower case: "der 81-jährige"
  if (h > 0 && /^\d+-jährige[nr]?$/.test(v.lower[i])) return true;
  if (!v.isWord(i)) return false;
  if (v.isCap(i)) {
    if ((v.isSentStart(i) || (i > 0 && v.isQuote(i - 1))) && !v.startsName(i)) {
      // a capitalised adverb or adjective at the sentence start ("Oftmals", "Ähnlich") is no noun — unless the
      // entities layer found a person or organisation there ("Kurz sagte, …")
      const w = v.lower[i];
      if (quoteTables().functionWords.has(w)) return false;
      const pos = v.lex.pos(w);
      if (pos.length && !pos.includes("NOUN") && v.lex.isCommonWord(w)) return false;
    }
    return true;
  }
  return lowerName(v, i);
}

const ARTICLE_SET: ReadonlySet<string> = new Set(ARTICLE_FORMS);
/** Indefinite pronouns that can be a speaker on their own. */
const INDEFINITE_HEADS: ReadonlySet<string> = clauseClass("np.indefinite-heads");
/** Quantifiers that stand between an article and its noun. */
const QUANTIFIERS: ReadonlySet<string> = clauseClass("np.quantifiers");
/** Inflected participle endings: "geborene", "überlebenden", "nahestehende". */
const PARTICIPLE_ENDING = /(end|en|t)(e|en|er|es|em)$/;

/**
 * The noun head after an extended participle attribute that starts at k (after an article): a run without
 * punctuation or finite verbs, up to 12 tokens, ending in an inflected participle (present "-end-" or past)
 * directly before the head. -1 when there is none.
 */
function participleAttribute(v: DeView, k: number, limit: number): number {
  const T = quoteTables();
  // the attribute opens with a preposition, an article, a pronoun ("sich") or an adverb, never with the head itself
  if (k >= limit || isNounLike(v, k) || isAdj(v, k) || v.isQuote(k) || v.isPunct(k)) return -1;
  // the attribute has a PP or an object ("in New York", "das Unglück"), not just adverbs ("die nicht erstatteten")
  let noun = false;
  for (let i = k + 1; i < limit && i <= k + 12; i++) {
    if (v.isPunct(i) || v.isFinal(i)) return -1;
    const w = v.lower[i];
    if (v.isCap(i)) noun = true;
    if (v.isCap(i) || !v.isWord(i) || T.functionWords.has(w)) continue;
    if (PARTICIPLE_ENDING.test(w) && v.lex.verb(w.replace(INFLECTION_ENDING, "")).some((a) => a.mood === "part")) {
      const n = i + 1;
      if (noun && n < limit && (isNounLike(v, n) || v.isQuote(n) || isAdj(v, n))) return n;
      return -1;
    }
    if (v.lex.isVerb(w) && !v.lex.pos(w).includes("ADJ")) return -1;
  }
  return -1;
}

/**
 * A locative PP starting at k that is followed by a name apposition closing the NP: "der Oberkommandierende der
 * US-Streitkräfte im Irak, General George Casey" — the PP belongs to the role noun then, not to the verb.
 */
function nameAppositionAfterPP(v: DeView, k: number, limit: number, e: number): boolean {
  let comma = k + 1;
  while (comma < limit && comma - k <= 6 && !v.isPunct(comma)) comma++;
  if (comma >= limit || !v.isPunct(comma, ",")) return false;
  const pp = npAt(v, k, comma);
  if (!pp || pp.e !== comma) return false;
  const c = nameRunEnd(v, pp.e, e);
  return c >= pp.e + 3 && (c >= e || v.isPunct(c, ",") || v.isFinal(c));
}

/** The end of the run of up to four capitalised name-like tokens after the comma at `comma` (an apposed name). */
function nameRunEnd(v: DeView, comma: number, e: number): number {
  let c = comma + 1;
  while (c < e && c - comma <= 4 && isNounLike(v, c) && v.isCap(c)) c++;
  return c;
}

/** The start of an NP at j: a pronoun or partitive that is the whole NP (done), else the token after its
 * article, quantifier and attributes and whether a name was read already. */
function npStart(
  v: DeView,
  j: number,
  e: number,
  locative: boolean,
): { done: TokSpan | null } | { k: number; sawNoun: boolean } {
  const T = quoteTables();
  const w = v.lower[j];
  if (T.pronouns.has(w) && v.isWord(j)) return { done: { s: j, e: j + 1 } };
  // an indefinite pronoun standing alone: "Damals dachte niemand, …", "Einige vertreten die Auffassung, …"
  if (INDEFINITE_HEADS.has(w) && v.isWord(j) && j + 1 < e && (v.isPunct(j + 1) || v.lex.isVerb(v.lower[j + 1])))
    return { done: { s: j, e: j + 1 } };
  let k = j;
  let sawNoun = false;
  if (PARTITIVE.has(w) && j + 1 < e && GENITIVE.has(v.lower[j + 1])) {
    // partitive: "Einer der 13 beteiligten Feuerwehrmänner"
    const sub = npAt(v, j + 1, e, locative);
    if (sub) return { done: { s: j, e: sub.e } };
  }
  if (ARTICLES.has(w)) k++;
  const limit = Math.min(e, j + 30);
  // a quantifier after the article: "die beiden Sängerinnen", "die vielen Helfer"
  if (k > j && k < limit && QUANTIFIERS.has(v.lower[k]) && !v.isCap(k)) k++;
  if (k > j && ARTICLE_SET.has(w)) {
    // an extended participle attribute between article and noun: "die in New York geborene Lopez", "die das Unglück
    // überlebende Frau", "die den Sozialdemokraten nahestehende „El País“"
    const head = participleAttribute(v, k, limit);
    if (head >= 0) {
      const sub = npAt(v, head, e, locative);
      if (sub) return { done: { s: j, e: sub.e } };
    }
  }
  if (
    (w === "von" || w === "van") &&
    v.isCap(j) &&
    j + 2 < limit &&
    (v.lower[j + 1] === "der" || v.lower[j + 1] === "den") &&
    v.isCap(j + 2) &&
    v.isWord(j + 2) &&
    !v.lex.isCommonWord(v.lower[j + 2])
  ) {
    // a name that starts with its particle: "Von der Leyen sagte", "van den Berg"
    k = j + 3;
    sawNoun = true;
  } else if (k === j && v.isSentStart(j) && v.isCap(j) && j + 1 < limit && v.isCap(j + 1) && v.isWord(j + 1)) {
    // a capitalised adjective at the sentence start before a noun: "Deutsche Diplomaten", "Human Rights Watch"
    const pos = v.lex.pos(w);
    if (pos.includes("ADJ") && !pos.includes("NOUN") && !quoteTables().functionWords.has(w)) k++;
  }
  return { k, sawNoun };
}

/**
 * One step of an NP past its noun: a genitive, a von-PP, names joined by "und", a coordinated NP, an attached PP,
 * a parenthesis or an apposition. The new end and whether the NP stops there, or null when nothing attaches at k.
 */
function afterNoun(
  v: DeView,
  k: number,
  limit: number,
  e: number,
  locative: boolean,
): { k: number; stop: boolean } | null {
  const T = quoteTables();
  if (
    k + 1 < limit &&
    !GENITIVE.has(v.lower[k]) &&
    (POSS_GENITIVE.has(v.lower[k]) || (isAdj(v, k) && v.lower[k].endsWith("er"))) &&
    isNounLike(v, k + 1) &&
    !v.isCap(k)
  ) {
    // a genitive without article: "Angaben libanesischer Sicherheitskreise", "Angaben seines Anwalts"
    const sub = npAt(v, k + 1, limit);
    if (sub) {
      return { k: sub.e, stop: false };
    }
    return null;
  }
  if (GENITIVE.has(v.lower[k]) && k + 1 < limit) {
    // a dative outlet ("sagte Kim der Zeitung X") is not a genitive of the speaker
    const next = v.lower[k + 1];
    // after a report noun it is a genitive: "einem Bericht der Zeitung The Jakarta Post"
    const afterReport = T.reportNouns.has(v.lower[k - 1]);
    if (
      !afterReport &&
      (T.outletNouns.has(next) || (isAdj(v, k + 1) && k + 2 < limit && T.outletNouns.has(v.lower[k + 2])))
    )
      return null;
    // from the article, so that a participle attribute is read: "der Nachfolger des am Montag zurückgetretenen
    // Airbus-Chefs"
    const sub = npAt(v, ARTICLE_SET.has(v.lower[k]) ? k : k + 1, limit);
    if (sub && sub.e > k + 1 && (isNounLike(v, sub.e - 1) || v.isPunct(sub.e - 1, ")") || v.isQuote(sub.e - 1))) {
      return { k: sub.e, stop: false };
    }
    return null;
  }
  if ((v.lower[k] === "von" || v.lower[k] === "vom") && k + 1 < limit) {
    const sub = npAt(v, v.lower[k] === "vom" ? k + 1 : k + 1, limit);
    if (
      sub &&
      (isNounLike(v, sub.e - 1) || v.isPunct(sub.e - 1, ")") || v.isQuote(sub.e - 1)) &&
      !T.pronouns.has(v.lower[sub.s])
    ) {
      return { k: sub.e, stop: false };
    }
    return null;
  }
  if (v.lower[k] === "und" && k + 1 < limit && v.isCap(k + 1) && v.isWord(k + 1)) {
    // "Sonia und Willy Bogner": names joined by und
    if (v.isCap(k - 1)) {
      return { k: k + 1, stop: false };
    }
    return null;
  }
  if ((v.lower[k] === "und" || v.lower[k] === "sowie") && k + 1 < limit && ARTICLES.has(v.lower[k + 1])) {
    // coordinated NPs: "der New York Times und der Los Angeles Times"
    const sub = npAt(v, k + 1, limit);
    if (sub && isNounLike(v, sub.e - 1)) {
      return { k: sub.e, stop: false };
    }
    return null;
  }
  if (
    (PP_ATTACH.has(v.lower[k]) ||
      ((v.lower[k] === "in" || v.lower[k] === "im") && (locative || nameAppositionAfterPP(v, k + 1, limit, e)))) &&
    k + 1 < limit &&
    v.isCap(k - 1)
  ) {
    // a PP attached to the head: "Sascha Kempf vom Max-Planck-Institut für Kernphysik in Heidelberg"
    const sub = npAt(v, k + 1, limit);
    if (sub && isNounLike(v, sub.e - 1) && !T.pronouns.has(v.lower[sub.s])) {
      return { k: sub.e, stop: false };
    }
    return null;
  }
  if (v.isPunct(k, "(")) {
    let c = k + 1;
    while (c < limit && !v.isPunct(c, ")")) c++;
    if (c < limit && c - k < 18) {
      return { k: c + 1, stop: false };
    }
    return null;
  }
  if (v.isPunct(k, ",") && k + 1 < e) {
    // apposition of a name: "der Sprecher, Dmitri Peskow, sagte"
    let c = nameRunEnd(v, k, e);
    // with a party or place in parentheses: "der Senator, Henning Scherf (SPD), warnte"
    if (c > k + 1 && c + 2 < e && v.isPunct(c, "(") && v.isPunct(c + 2, ")") && v.isPunct(c + 3, ",")) c += 3;
    if (c > k + 1 && c < e && (v.isPunct(c, ",") || v.isFinal(c))) {
      return { k: c, stop: true };
    }
    // a descriptive apposition closed by a comma or the sentence end: "Celebi, die Anwältin der Frau, …"
    // (also one opening with an adjective: "Charles Bouchard, kanadischer General und Kommandeur des Einsatzes")
    const adjOpen = isAdj(v, k + 1) && k + 2 < e && isNounLike(v, k + 2) && v.isCap(k + 2);
    if (!T.pronouns.has(v.lower[k + 1]) && (ARTICLES.has(v.lower[k + 1]) || v.isCap(k + 1) || adjOpen)) {
      const sub = npAt(v, k + 1, e);
      if (
        sub &&
        sub.e < e &&
        isNounLike(v, sub.e - 1) &&
        (v.isPunct(sub.e, ",") || v.isFinal(sub.e) || v.isPunct(sub.e, ":"))
      ) {
        return { k: sub.e, stop: true };
      }
    }
    return null;
  }
  return null;
}

/** The NP starting exactly at token j (within [j, e)), or null. */
export function npAt(v: DeView, j: number, e: number, locative = false): TokSpan | null {
  if (j >= e) return null;
  const start = npStart(v, j, e, locative);
  if ("done" in start) return start.done;
  let { k, sawNoun } = start;
  const limit = Math.min(e, j + 30);
  while (k < limit) {
    if (v.isQuote(k) && (k === j || sawNoun || ARTICLES.has(v.lower[k - 1]) || (k > j && isAdj(v, k - 1)))) {
      // a quoted name: "laut „BBC News“", "der Fernsehsender „Silverbird“", "der neue „Oberste Rat“", "„heise online“"
      let c = k + 1;
      while (c < limit && c - k <= 6 && !v.isQuote(c)) c++;
      if (c < limit && v.isQuote(c) && c > k + 1 && (v.isCap(k + 1) || (c - k <= 3 && lowerName(v, k + 1)))) {
        sawNoun = true;
        k = c + 1;
        // a quoted name closes the NP unless a genitive or PP follows ("laut „Reuters“ gaben Soldaten …")
        if (k < limit && isNounLike(v, k)) break;
        continue;
      }
      break;
    }
    if (isNounLike(v, k)) {
      sawNoun = true;
      k++;
      continue;
    }
    if (!sawNoun && k + 2 < limit && v.kind(k) === TokenKind.NUMBER && isAgePhrase(v, k + 1)) {
      // an age as attribute: "der 27 Jahre junge FPÖ-Bezirksrat", "die 45 Jahre alte Anwältin"
      k += 3;
      continue;
    }
    if (!sawNoun && (isAdj(v, k) || v.kind(k) === TokenKind.NUMBER)) {
      k++;
      continue;
    }
    if (!sawNoun) break;
    const step = afterNoun(v, k, limit, e, locative);
    if (!step) break;
    k = step.k;
    if (step.stop) break;
  }
  // trim to the last noun
  while (k > j && !isNounLike(v, k - 1) && !v.isPunct(k - 1, ")") && !v.isQuote(k - 1)) k--;
  if (!sawNoun || k <= j) return null;
  return { s: j, e: k };
}

/** A dash token between words: "–", "—" or a free-standing "-". */
/** "Jahre alte", "Jahre junge" after a number: an age attribute (np.age-units, np.age-adjectives). */
export function isAgePhrase(v: DeView, k: number): boolean {
  return CLASS_NP_AGE_UNITS.has(v.lower[k]) && CLASS_NP_AGE_ADJECTIVES.has(v.lower[k + 1]);
}

export function isDashTok(v: DeView, i: number): boolean {
  return v.isPunct(i, "–") || v.isPunct(i, "—") || v.isPunct(i, "-");
}

/** Skips frame adverbs and time expressions after a verb; returns the next token. */
export function skipAdverbs(v: DeView, j: number, e: number, timeEnd: (i: number) => number): number {
  const T = quoteTables();
  while (j < e) {
    const te = timeEnd(j);
    if (te > j) {
      j = te;
      continue;
    }
    if (T.frameAdverbs.has(v.lower[j]) && v.isWord(j)) {
      j++;
      continue;
    }
    // a parenthesis between dashes: "Der Minister – sichtlich verärgert – sagte"
    if (isDashTok(v, j)) {
      let c = j + 1;
      while (c < e && c - j <= 12 && !isDashTok(v, c) && !v.isFinal(c)) c++;
      if (c < e && c > j + 1 && isDashTok(v, c)) {
        j = c + 1;
        continue;
      }
    }
    // a preposition before a time expression: "am Montag", "im Mai", "seit Wochen"
    if (j + 1 < e && TIME_PREPS.has(v.lower[j]) && timeEnd(j + 1) > j + 1) {
      j = timeEnd(j + 1);
      continue;
    }
    break;
  }
  return j;
}

/** The NP before token i (for "X zufolge"): back to the clause start. */
export function npBefore(v: DeView, i: number, s: number): TokSpan | null {
  let j = i - 1;
  const T = quoteTables();
  while (j >= s) {
    const w = v.lower[j];
    if (v.isQuote(j) && j > s) {
      // a quoted name inside the NP: "einem Bericht des Magazins „Der Beobachter“ zufolge"
      let o = j - 1;
      while (o > s && o > j - 7 && !v.isQuote(o)) o--;
      if (o < j - 1 && v.isQuote(o) && v.isCap(o + 1)) {
        j = o - 1;
        continue;
      }
      break;
    }
    if (v.isPunct(j) || v.isQuote(j)) break;
    if (v.isWord(j) && !v.isCap(j) && !ARTICLES.has(w) && !isAdj(v, j) && !lowerName(v, j) && !GENITIVE.has(w)) {
      // names joined inside the NP: "Berichten der Fernsehsender Sky News und BBC zufolge"
      const joined = (w === "und" || w === "sowie") && j > s && v.isCap(j - 1) && v.isCap(j + 1);
      if (w !== "von" && w !== "vom" && !joined) break;
    }
    if (T.frameAdverbs.has(w) && !v.isCap(j)) break;
    j--;
  }
  for (let a = j + 1; a < i; a++) {
    if (!v.isCap(a) && !ARTICLES.has(v.lower[a]) && !isAdj(v, a)) continue;
    const np = npAt(v, a, i);
    if (np && np.e === i) return np;
  }
  return null;
}
