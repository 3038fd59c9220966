/**
 * First-name and surname lists for the tagger's name gazetteer features, compiled at training
 * time from the locale data of the MIT-licensed npm package @faker-js/faker (dev dependency) and
 * stored inside the model file, so the run time needs no package.
 */

/** Latin-script locales whose person names are used. */
const LOCALES = ["de", "de_AT", "de_CH", "en", "fr", "it", "es", "pl", "tr", "nl", "pt_BR", "sv", "cs_CZ"];

const NAME_FIRST = 1;
const NAME_LAST = 2;

type NameData = string[] | Record<string, string[]> | undefined;

function flat(x: NameData): string[] {
  if (!x) return [];
  return Array.isArray(x) ? x : Object.values(x).flat();
}

/** word → bit set (1 = first name, 2 = surname). */
export async function buildNameTable(): Promise<Map<string, number>> {
  let faker: { allLocales: Record<string, { person?: { first_name?: NameData; last_name?: NameData } }> };
  try {
    faker = (await import("@faker-js/faker")) as unknown as typeof faker;
  } catch {
    throw new Error("the name lists come from the dev dependency @faker-js/faker: run `npm install` first");
  }
  const out = new Map<string, number>();
  const add = (name: string, bit: number): void => {
    // multi-word entries ("Ana María") contribute each word
    for (const w of name.normalize("NFC").split(/[\s]+/)) {
      if (w.length < 2 || !/^\p{Lu}[\p{L}'-]+$/u.test(w)) continue;
      out.set(w, (out.get(w) ?? 0) | bit);
    }
  };
  for (const loc of LOCALES) {
    const p = faker.allLocales[loc]?.person;
    if (!p) continue;
    for (const n of flat(p.first_name)) add(n, NAME_FIRST);
    for (const n of flat(p.last_name)) add(n, NAME_LAST);
  }
  return out;
}
