/**
 * A person's given name alone ("Jaroslaw und sein Zwillingsbruder Lech") in an article that names the person in
 * full ("Jarosław Kaczyński", "Lech Kaczyński") is a mention of that person, not a place or firm of that form: not
 * the city Jaroslawl reached by a transliterated or fuzzy form, nor an unknown place "Lech". A place or body the KB knows by exactly that
 * word ("Cleveland" beside "Cleveland Cavaliers") keeps its own reading, and so does a person the KB links.
 */
import type { Draft, EntityBuilder } from "./builder.js";

/** The word without diacritics ("Jarosław" → "jaroslaw"), for comparing spellings of one name. */
function fold(word: string): string {
  // plain ASCII has no marks to strip (most words): lower case only
  let ascii = true;
  for (let k = 0; k < word.length && ascii; k++) ascii = word.charCodeAt(k) < 0x80;
  if (ascii) return word.toLowerCase();
  return word.normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/Ł/g, "L").toLowerCase();
}

interface FullName {
  person: Draft;
}

/** Persons' full-name mentions by the folded given name. */
function fullNames(builder: EntityBuilder, text: string): Map<string, FullName[]> {
  const out = new Map<string, FullName[]>();
  for (const d of builder.drafts) {
    if (d.type !== "PER") continue;
    for (const m of d.mentions) {
      if (m.form !== "name" && m.form !== "alias") continue;
      const surface = text.slice(m.start, m.end);
      const space = surface.search(/\s/u);
      if (space < 2) continue;
      const key = fold(surface.slice(0, space));
      let list = out.get(key);
      if (!list) {
        list = [];
        out.set(key, list);
      }
      list.push({ person: d });
    }
  }
  return out;
}

/** The lone word all of a draft's mentions are (one word, one spelling once folded), or null. */
function loneWord(d: Draft, text: string): string | null {
  let word: string | null = null;
  for (const m of d.mentions) {
    const surface = text.slice(m.start, m.end);
    if (!/^\p{Lu}[\p{L}]+$/u.test(surface)) return null;
    const f = fold(surface);
    if (word !== null && word !== f) return null;
    word = f;
  }
  return word;
}

/** Moves lone given-name drafts into the person named in full with that given name. */
export function absorbLoneGivenNames(builder: EntityBuilder, firstNames: ReadonlySet<string>): void {
  const text = builder.doc.text;
  const full = fullNames(builder, text);
  if (!full.size) return;
  for (const d of [...builder.drafts]) {
    if (!d.mentions.length || d.firmType || d.adjectiveCountry) continue;
    const word = loneWord(d, text);
    if (word === null) continue;
    const holders = full.get(word);
    if (!holders) continue;
    // a person the KB knows keeps its link ("Tsai" for Tsai Ing-wen); a name the KB gives exactly this word keeps its
    // own reading ("Cleveland")
    if (d.kb && (d.type === "PER" || fold(d.kb.name) === word)) continue;
    const into = holderOf(builder, d, holders);
    // a place or firm goes to a person only whose name begins with a known given name or the KB knows ("HTC" stays
    // beside a "HTC Vive" misread as a person)
    if (!into || (d.type !== "PER" && !firstNames.has(into.name.split(" ")[0]) && into.kb?.type !== "PER")) continue;
    builder.absorb(d, into);
  }
}

/**
 * The person a lone given name stands for: the one person named in full with it, or, when several share it, the
 * one whose surname the word's sentence names ("Kaczynski … Jaroslaw und sein Zwillingsbruder Lech"); none when
 * that does not single one out.
 */
function holderOf(builder: EntityBuilder, d: Draft, holders: readonly FullName[]): Draft | null {
  const persons = [...new Set(holders.map((h) => h.person))].filter((p) => p !== d);
  if (persons.length <= 1) return persons[0] ?? null;
  const at = d.mentions[0].start;
  const sentence = builder.doc.sentences.find((s) => s.start <= at && at < s.end);
  if (!sentence) return null;
  const words = new Set(
    builder.doc.text
      .slice(sentence.start, sentence.end)
      .split(/[^\p{L}]+/u)
      .map(fold),
  );
  const named = persons.filter((p) => {
    const parts = p.name.split(" ");
    return parts.length > 1 && words.has(fold(parts[parts.length - 1]));
  });
  return named.length === 1 ? named[0] : null;
}
