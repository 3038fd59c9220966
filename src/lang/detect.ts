import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { charClass, isLetterClass } from "../tokens/char-class.js";

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = here.includes(join("dist", "src")) ? here.replace(join("dist", "src"), "src") : here;

/** Function word → bit mask of the languages it belongs to; `langs[k]` names bit k. */
interface Profiles {
  words: Map<string, number>;
  langs: string[];
}
let profiles: Profiles | undefined;
function loadProfiles(): Profiles {
  if (!profiles) {
    const raw = JSON.parse(readFileSync(join(srcDir, "stopwords.json"), "utf8")) as Record<string, unknown>;
    const words = new Map<string, number>();
    const langs: string[] = [];
    for (const [lang, list] of Object.entries(raw)) {
      if (!Array.isArray(list)) continue;
      const bit = 1 << langs.length;
      langs.push(lang);
      for (const w of list as string[]) words.set(w, (words.get(w) ?? 0) | bit);
    }
    profiles = { words, langs };
  }
  return profiles;
}

/** Scripts that identify a language (family) on their own. */
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, "ru"],
  [/\p{Script=Arabic}/u, "ar"],
  [/\p{Script=Hebrew}/u, "he"],
  [/\p{Script=Greek}/u, "el"],
  [/\p{Script=Hangul}/u, "ko"],
  [/\p{Script=Hiragana}|\p{Script=Katakana}/u, "ja"],
  [/\p{Script=Han}/u, "zh"],
];

/** Characters read: enough for a reliable vote, cheap on long articles. */
const SAMPLE = 1500;

/**
 * Identifies the language of `text` (ISO 639-1), reading at most its first 1,500
 * characters: script first, then the share of each language's function words.
 * German is the default when the evidence is thin (short headlines), "und" for text
 * without letters.
 *
 * @example detectLanguage("The president said on Monday that …") // "en"
 */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let letters = 0;
  let latin = 0;
  const scriptCounts = new Map<string, number>();
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      letters++;
      latin++;
      continue;
    }
    if (c < 0x250 || !isLetterClass(charClass(c))) continue;
    letters++;
    const ch = sample[i];
    for (const [re, lang] of SCRIPTS) {
      if (re.test(ch)) {
        scriptCounts.set(lang, (scriptCounts.get(lang) ?? 0) + 1);
        break;
      }
    }
  }
  if (letters === 0) return "und";
  let bestScript = "";
  let bestScriptCount = 0;
  for (const [lang, count] of scriptCounts) {
    if (count > bestScriptCount) {
      bestScript = lang;
      bestScriptCount = count;
    }
  }
  if (bestScriptCount > latin) return bestScript;

  const { words: lexicon, langs } = loadProfiles();
  const counts = new Array<number>(langs.length).fill(0);
  let words = 0;
  for (let i = 0; i < sample.length; ) {
    if (!isLetterClass(charClass(sample.charCodeAt(i)))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < sample.length && isLetterClass(charClass(sample.charCodeAt(j)))) j++;
    words++;
    if (j - i <= 8) {
      const mask = lexicon.get(sample.slice(i, j).toLowerCase());
      if (mask) for (let k = 0; k < langs.length; k++) if (mask & (1 << k)) counts[k]++;
    }
    i = j;
  }
  const scores = new Map<string, number>(langs.map((l, k) => [l, counts[k]]));
  const de = scores.get("de") ?? 0;
  let best = "de";
  let bestScore = de;
  for (const [lang, s] of scores) {
    if (s > bestScore) {
      best = lang;
      bestScore = s;
    }
  }
  if (best === "de") return "de";
  // another language must clearly beat German
  if (bestScore >= 3 && bestScore >= de * 2 && bestScore >= words * 0.08) return best;
  return "de";
}
