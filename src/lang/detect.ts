import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = here.includes(join("dist", "src")) ? here.replace(join("dist", "src"), "src") : here;

let profiles: Map<string, Set<string>> | undefined;
function loadProfiles(): Map<string, Set<string>> {
  if (!profiles) {
    const raw = JSON.parse(readFileSync(join(srcDir, "stopwords.json"), "utf8")) as Record<string, unknown>;
    profiles = new Map();
    for (const [lang, words] of Object.entries(raw)) {
      if (Array.isArray(words)) profiles.set(lang, new Set(words as string[]));
    }
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

const WORD = /\p{L}+/gu;
/** Characters read: enough for a reliable vote, cheap on long articles. */
const SAMPLE = 3000;

/**
 * Identifies the language of `text` (ISO 639-1), reading at most its first 3,000
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
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      letters++;
      latin++;
      continue;
    }
    if (c < 0x250 || !/\p{L}/u.test(ch)) continue;
    letters++;
    if (/\p{Script=Latin}/u.test(ch)) {
      latin++;
      continue;
    }
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

  const scores = new Map<string, number>();
  let words = 0;
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    words++;
    for (const [lang, set] of loadProfiles()) if (set.has(m[0])) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
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
  if (bestScore >= 2 && bestScore >= de * 1.5 && bestScore >= words * 0.08) return best;
  return "de";
}
