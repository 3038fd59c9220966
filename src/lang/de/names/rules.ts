/**
 * German transcription of foreign personal names, as rules over their English (Latin) spelling.
 *
 * Provenance: written by the lagebild team from the German press transcription conventions for Cyrillic
 * (the "deutsche Transkription" of Russian, Ukrainian, Belarusian and Bulgarian as described in the Duden
 * rules for foreign names and in Wikipedia's "Deutsche Transkription" articles: ж→sch, х→ch, ш→sch, ч→tsch,
 * щ→schtsch, ц→z, в→w, з→s, intervocalic с→ss, я/ю/ё/е→ja/ju/jo/je, -ий→-i, Ukrainian и→y, -ий→-yj), and for
 * Arabic, Persian and Hebrew names the simplified German press forms (ch for kh, sch for sh, dsch for j, u for
 * ou, k for q; Persian z→s). No data set was copied. The rules work on the English spelling because that is
 * what the Wikidata-derived sources give; the original script is not available.
 *
 * Chinese (Hanyu Pinyin), Korean, Japanese and Vietnamese names are written in German as in English; those
 * origins have no rules (only the diacritic-free variant applies).
 */

/** Where a rule may fire, judged on the source (English) spelling. */
export type RuleContext =
  | "any"
  /** at the start of a word (or of a hyphen-joined part) */
  | "start"
  /** at the end of a word */
  | "end"
  /** between two vowels */
  | "between-vowels"
  /** after a vowel */
  | "after-vowel"
  /** before a consonant (not at the end) */
  | "before-consonant"
  /** after a consonant */
  | "after-consonant"
  /** at the end of the first word of the name (the given name) */
  | "end-of-given";

export interface TranslitRule {
  /** lower-case English letters */
  readonly from: string;
  /** German letters (lower case) */
  readonly to: string;
  readonly at?: RuleContext;
}

/** Rule sets, each a list tried longest `from` first (ties: listed order). */
export type RuleSetName =
  | "russian"
  | "bulgarian"
  | "ukrainian"
  | "kazakh"
  | "turkic"
  | "mongolian"
  | "arabic"
  | "persian"
  | "hebrew";

/** y before a vowel is German j (Yanukovych → Janukowytsch, Netanyahu → Netanjahu). */
const Y_VOWEL: readonly TranslitRule[] = [
  { from: "ya", to: "ja" },
  { from: "yu", to: "ju" },
  { from: "yo", to: "jo" },
  { from: "ye", to: "je" },
  { from: "yi", to: "ji" },
];

/** Letters Arabic and Persian names share in their English spellings. */
const ARABIC_LETTERS: readonly TranslitRule[] = [
  { from: "kh", to: "ch" },
  { from: "sh", to: "sch" },
  { from: "ch", to: "tsch" },
  { from: "ou", to: "u" },
  { from: "oo", to: "u" },
  { from: "ee", to: "i" },
  { from: "q", to: "k" },
  { from: "j", to: "dsch" },
  { from: "'", to: "" },
  { from: "’", to: "" },
];

const CYRILLIC_CORE: readonly TranslitRule[] = [
  { from: "shch", to: "schtsch" },
  { from: "tsch", to: "tsch" }, // already German ("Klitschko")
  { from: "sch", to: "sch" },
  { from: "tch", to: "tsch" },
  { from: "zh", to: "sch" },
  { from: "kh", to: "ch" },
  { from: "sh", to: "sch" },
  { from: "ch", to: "tsch" },
  { from: "ts", to: "z" },
  ...Y_VOWEL,
  { from: "ss", to: "ss" },
  { from: "s", to: "ss", at: "between-vowels" },
  { from: "z", to: "s" },
  { from: "v", to: "w" },
];

/** Russian е after a vowel is iotated: Kulubaev → Kulubajew, Dmitriev → Dmitrijew (not in Bulgarian). */
const IOTATED_E: TranslitRule = { from: "e", to: "je", at: "after-vowel" };

/** Diphthong endings written with y/i in English. */
const CYRILLIC_Y: readonly TranslitRule[] = [
  { from: "ey", to: "ej", at: "end" },
  { from: "ei", to: "ej", at: "end" },
  { from: "ey", to: "ei", at: "before-consonant" },
  { from: "ay", to: "ai", at: "end" },
  { from: "ay", to: "ai", at: "before-consonant" },
  { from: "oy", to: "oi", at: "end" },
  { from: "oy", to: "oi", at: "before-consonant" },
  { from: "uy", to: "ui", at: "end" },
  { from: "uy", to: "ui", at: "before-consonant" },
];

export const RULE_SETS: Readonly<Record<RuleSetName, readonly TranslitRule[]>> = {
  /** Russian and Belarusian; also Georgian and Armenian names, which German writes the same way. */
  russian: [
    ...CYRILLIC_CORE,
    IOTATED_E,
    ...CYRILLIC_Y,
    { from: "skiy", to: "ski", at: "end" },
    { from: "sky", to: "ski", at: "end" },
    { from: "iy", to: "i", at: "end" },
    { from: "ii", to: "i", at: "end" },
    // -ий in a given name: Dmitry → Dmitri, Yevgeny → Jewgeni (a surname keeps -y: Nawalny)
    { from: "y", to: "i", at: "end-of-given" },
    { from: "j", to: "dsch" },
  ],
  /** Bulgarian: as Russian without the iotated е (Georgieva → Georgiewa). */
  bulgarian: [
    ...CYRILLIC_CORE,
    ...CYRILLIC_Y,
    { from: "iy", to: "i", at: "end" },
    { from: "y", to: "i", at: "end-of-given" },
  ],
  /** Ukrainian: и → y, -ий → -yj (English -yi/-yy/-iy), і → i, г → h; the national romanisation's ia/iu/ie
   * after a consonant are я/ю/є → ja/ju/je. */
  ukrainian: [
    { from: "yi", to: "yj", at: "end" },
    { from: "ia", to: "ja", at: "after-consonant" },
    { from: "iu", to: "ju", at: "after-consonant" },
    { from: "ie", to: "je", at: "after-consonant" },
    ...CYRILLIC_CORE,
    IOTATED_E,
    ...CYRILLIC_Y,
    { from: "skyy", to: "skyj", at: "end" },
    { from: "sky", to: "skyj", at: "end" },
    { from: "yy", to: "yj", at: "end" },
    { from: "iy", to: "ij", at: "end" },
    { from: "ii", to: "ij", at: "end" },
  ],
  /** Kazakh: English j is ж, German sch (Kassym-Jomart → Kassym-Schomart). */
  kazakh: [...CYRILLIC_CORE, IOTATED_E, ...CYRILLIC_Y, { from: "iy", to: "i", at: "end" }, { from: "j", to: "sch" }],
  /** Kyrgyz, Tajik, Uzbek, Turkmen, Azerbaijani: English j is дж, German dsch; ee is a long e. */
  turkic: [
    ...CYRILLIC_CORE,
    { from: "ee", to: "ee" },
    IOTATED_E,
    ...CYRILLIC_Y,
    { from: "iy", to: "i", at: "end" },
    { from: "j", to: "dsch" },
  ],
  /** Mongolian (Cyrillic): as Russian, but English j is kept (Gombojav → Gombojaw). */
  mongolian: [...CYRILLIC_CORE, ...CYRILLIC_Y],
  /** Arabic (Mashriq and Gulf; the Maghreb uses French spellings, which German keeps). */
  arabic: [...ARABIC_LETTERS, { from: "ya", to: "ja", at: "start" }, { from: "yu", to: "ju", at: "start" }],
  /** Persian and Pashto: as Arabic, plus z → s and intervocalic s → ss (Pezeshkian → Peseschkian). */
  persian: [
    ...ARABIC_LETTERS,
    { from: "zh", to: "sch" },
    { from: "ss", to: "ss" },
    { from: "s", to: "ss", at: "between-vowels" },
    { from: "z", to: "s" },
  ],
  /** Hebrew: y → j before a vowel, sh → sch, apostrophes dropped (Netanyahu → Netanjahu, Sa'ar → Saar). */
  hebrew: [{ from: "sh", to: "sch" }, ...Y_VOWEL, { from: "'", to: "" }, { from: "’", to: "" }],
};

/**
 * Words (mostly given names) German writes in its own form rather than by the letter rules (lower-case English →
 * German). Only forms where the rules give something the German press does not use.
 */
export const WORD_FORMS: Readonly<Partial<Record<RuleSetName, Readonly<Record<string, string>>>>> = {
  russian: {
    aleksandr: "Alexander",
    alexandr: "Alexander",
    aleksey: "Alexej",
    alexey: "Alexej",
    aleksei: "Alexej",
    alexei: "Alexej",
    yuri: "Juri",
    yury: "Juri",
    yuriy: "Juri",
  },
  ukrainian: { aleksandr: "Alexander", yuriy: "Jurij", yulia: "Julija" },
  arabic: { mohamed: "Mohammed", muhammad: "Mohammed", khan: "Khan" },
  persian: { khan: "Khan" },
};

/** Country (ISO 3166-1 alpha-3) → rule set for names of people from there. */
export const ORIGIN_BY_COUNTRY: Readonly<Record<string, RuleSetName>> = {
  RUS: "russian",
  BLR: "russian",
  BGR: "bulgarian",
  GEO: "russian",
  ARM: "russian",
  UKR: "ukrainian",
  KAZ: "kazakh",
  KGZ: "turkic",
  TJK: "turkic",
  UZB: "turkic",
  TKM: "turkic",
  AZE: "turkic",
  MNG: "mongolian",
  SAU: "arabic",
  ARE: "arabic",
  QAT: "arabic",
  KWT: "arabic",
  BHR: "arabic",
  OMN: "arabic",
  YEM: "arabic",
  IRQ: "arabic",
  SYR: "arabic",
  JOR: "arabic",
  LBN: "arabic",
  PSE: "arabic",
  EGY: "arabic",
  LBY: "arabic",
  SDN: "arabic",
  IRN: "persian",
  AFG: "persian",
  ISR: "hebrew",
};
