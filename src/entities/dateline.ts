/**
 * The article's dateline (issue 18): news articles begin their body with the place they report from, then a dash
 * or the agency in brackets ("Wien – Die Flüchtlingsfrage …", "Innsbruck/Eisenstadt – Am Montag …", "MOSKAU (dpa)
 * – …"). Its country is where the article is set: names the text gives no country of their own are that country's
 * more often than any other's (see articleCountryFallback in link-evidence.ts).
 *
 * Persons are its weakest rows (foreign artists and players in reviews and match reports datelined at home). Four
 * signals to hold persons back were measured on the 10kGNAD test articles (696 person rows take the dateline's
 * country; a random 30 of the rows each signal removed, judged by hand) and none removed more wrong countries than
 * right ones: no home-country name in the person's sentences and no role (421 rows removed: 14 wrong, 14 right, 2
 * neutral); two or more sport/culture words in the article and no home-country name in the sentences (164: 10
 * wrong, 15 right, 5 neutral); the dateline's country not the article's most named one (176: 9 wrong, 16 right, 5
 * neutral); one mention only (419: 8 wrong, 15 right, 7 neutral). So persons keep the rule.
 */
import { DATELINE_ENDS, datelineStarts } from "../doc/dateline.js";
import type { LinkContext } from "./context.js";

/**
 * The country of the dateline's places, or null: one place or several joined by "/" (all of one country) at the
 * start of one of the first sentences or lines, right before a dash or a bracket.
 */
export function datelineCountry(ctx: LinkContext): string | null {
  const { doc, words, builder } = ctx;
  const toks = doc.tokens;
  for (const s of datelineStarts(doc)) {
    let t = s;
    let country: string | null = null;
    for (;;) {
      const o = t < toks.count ? builder.owner[t] : -1;
      const d = o >= 0 ? builder.drafts[o] : undefined;
      if (d?.type !== "LOC" || !d.country || (country && d.country !== country)) break;
      country = d.country;
      while (t < toks.count && builder.owner[t] === o) t++;
      if (words[t] !== "/") break;
      t++;
    }
    if (country && t < toks.count && DATELINE_ENDS.has(words[t])) return country;
  }
  return null;
}
