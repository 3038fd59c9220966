/**
 * German forms of foreign personal names: transcription of English spellings by origin (rules in ./rules.ts)
 * and diacritic-free variants ("Erdoğan" → "Erdogan", "Wałęsa" → "Walesa", "Söder" → "Soeder").
 */
import { ORIGIN_BY_COUNTRY, RULE_SETS, type RuleSetName, type TranslitRule, WORD_FORMS } from "./rules.js";

export type { RuleSetName } from "./rules.js";

/** Letters NFD does not decompose, and their plain forms. */
const SPECIAL: Readonly<Record<string, string>> = {
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
  ı: "i",
  æ: "ae",
  Æ: "Ae",
  œ: "oe",
  Œ: "Oe",
  ð: "d",
  þ: "th",
};
const SPECIAL_RE = /[łŁøØđĐıæÆœŒðþ]/g;

/** The name without diacritics: "Erdoğan" → "Erdogan", "Wałęsa" → "Walesa", "Støre" → "Store". ß is kept. */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize("NFC");
}

const UMLAUT: Readonly<Record<string, string>> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ø: "oe",
  Ø: "Oe",
};

/** German typewriter spelling of umlauts, then the rest folded: "Söder" → "Soeder", "Støre" → "Stoere". */
export function umlautFold(s: string): string {
  return foldDiacritics(s.replace(/[äöüÄÖÜøØ]/g, (c) => UMLAUT[c] ?? c));
}

/** The transcription rule set for names of people from a country (ISO3), if German writes them differently. */
export function originOf(country: string | null | undefined): RuleSetName | null {
  return (country && ORIGIN_BY_COUNTRY[country]) || null;
}

const VOWELS = new Set(["a", "e", "i", "o", "u", "ä", "ö", "ü", "á", "é", "í", "ó", "ú", "ë"]);
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.has(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

const sorted = new Map<RuleSetName, readonly TranslitRule[]>();
function rulesOf(set: RuleSetName): readonly TranslitRule[] {
  let r = sorted.get(set);
  if (!r) {
    // longest source first; equal lengths keep the listed order (Array.prototype.sort is stable)
    r = [...RULE_SETS[set]].sort((a, b) => b.from.length - a.from.length);
    sorted.set(set, r);
  }
  return r;
}

function fits(rule: TranslitRule, w: string, i: number, given: boolean): boolean {
  const after = i + rule.from.length;
  switch (rule.at ?? "any") {
    case "any":
      return true;
    case "start":
      return i === 0;
    case "end":
      return after === w.length;
    case "end-of-given":
      return given && after === w.length;
    case "between-vowels":
      return isVowel(w[i - 1]) && isVowel(w[after]);
    case "after-vowel":
      return isVowel(w[i - 1]);
    case "after-consonant":
      return isLetter(w[i - 1]) && !isVowel(w[i - 1]);
    case "before-consonant":
      return after < w.length && isLetter(w[after]) && !isVowel(w[after]);
  }
}

/** One word part (no spaces or hyphens), keeping its capitalisation. */
function transcribePart(part: string, set: RuleSetName, given: boolean): string {
  const w = part.toLowerCase();
  const fixed = WORD_FORMS[set]?.[w];
  if (fixed) return fixed;
  const rules = rulesOf(set);
  let out = "";
  let i = 0;
  while (i < w.length) {
    let hit: TranslitRule | undefined;
    for (const r of rules) {
      if (w.startsWith(r.from, i) && fits(r, w, i, given)) {
        hit = r;
        break;
      }
    }
    if (hit) {
      out += hit.to;
      i += hit.from.length;
    } else {
      out += w[i];
      i++;
    }
  }
  const upper = part.charAt(0) !== part.charAt(0).toLowerCase();
  return upper ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/**
 * The German transcription of a name given in its English spelling: "Sergey Lavrov" (russian) → "Sergej Lawrow",
 * "Volodymyr Zelenskyy" (ukrainian) → "Wolodymyr Selenskyj". Words with digits or a final period (initials,
 * "Jr.") are kept.
 */
export function transcribe(name: string, set: RuleSetName): string {
  const words = name.split(" ");
  return words
    .map((word, k) => {
      if (/[\d.]/.test(word)) return word;
      const given = k === 0 && words.length > 1;
      return word
        .split("-")
        .map((p, j, parts) => (p ? transcribePart(p, set, given && j === parts.length - 1) : p))
        .join("-");
    })
    .join(" ");
}

/**
 * The German forms news may use for a person's name given in its English spelling, most likely first; the name
 * itself is not included. For a country with a transcription rule set: the transcription, then diacritic-free
 * variants of the name and of the transcription; otherwise only the diacritic-free variants
 * ("Recep Tayyip Erdoğan" → ["Recep Tayyip Erdogan"]).
 */
export function germanNameForms(name: string, country: string | null | undefined): string[] {
  const out: string[] = [];
  const add = (s: string): void => {
    if (s && s !== name && !out.includes(s)) out.push(s);
  };
  const set = originOf(country);
  const german = set ? transcribe(name, set) : name;
  add(german);
  for (const base of [name, german]) {
    add(foldDiacritics(base));
    if (/[äöüÄÖÜøØ]/.test(base)) add(umlautFold(base));
  }
  return out;
}
