/**
 * The German coreference grammar: candidate mentions (candidates.ts), the natural gender of persons from first
 * names (data/names/first-names.tsv, compiled from Wikidata by scripts/build-first-names.ts), the grammatical gender
 * of organisations from the article before their names ("die FPÖ", "der ORF"), and German subject positions.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CorefGrammar, Gender } from "../../../coref/grammar.js";
import { tokenView } from "../../../doc/token-view.js";
import type { Lexicon } from "../lexicon/index.js";
import { findCandidates, loadCorefTables, longestTail, subjectAt } from "./candidates.js";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = here.includes(join("dist", "src"))
  ? join(here, "..", "..", "..", "..", "..")
  : join(here, "..", "..", "..", "..");

/** First name → natural gender. */
function loadFirstNames(path = join(ROOT, "data", "names", "first-names.tsv")): Map<string, "m" | "f"> {
  const out = new Map<string, "m" | "f">();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const [name, g] = line.split("\t");
    if (g === "m" || g === "f") out.set(name, g);
  }
  return out;
}

/** KB kinds → the organisation kinds of nouns.tsv. */
const KB_KIND: Readonly<Record<string, string>> = {
  party: "party",
  igo: "igo",
  agency: "media",
  outlet: "media",
  country: "country",
  institution: "government",
};

const ARTICLE_GENDER: Readonly<Record<string, Gender>> = { die: "f", das: "n", des: "m", dem: "m" };

export function germanCorefGrammar(lex: Lexicon): CorefGrammar {
  const tables = loadCorefTables();
  const firstNames = loadFirstNames();
  return {
    candidates: (doc, kb) => findCandidates(doc, kb, lex, tables),
    personGender(ent) {
      const first = ent.name.split(/\s+/)[0] ?? "";
      return firstNames.get(first) ?? firstNames.get(first.split("-")[0]) ?? null;
    },
    nameGender(doc, start) {
      const v = tokenView(doc);
      const i = doc.tokens.indexAt(start);
      if (i === 0 || i >= v.n) return null;
      // "des EU-Gipfels": the article is the compound's, not the name's
      if (v.text[i].includes("-") || doc.text.charAt(v.end(i)) === "-") return null;
      const g = ARTICLE_GENDER[v.lower[i - 1]] ?? null;
      // "die Grünen", "die Neos": a plural name
      return g === "f" && /(en|s)$/.test(v.lower[i]) && v.isCap(i) ? "pl" : g;
    },
    orgKind(ent, kb) {
      const kbKind = ent.kbId ? kb.byId(ent.kbId)?.kind : undefined;
      if (kbKind && KB_KIND[kbKind]) return KB_KIND[kbKind];
      if (ent.type === "LOC") return null;
      for (const word of ent.name.toLowerCase().split(/[\s-]+/)) {
        const row = tables.nouns.get(word) ?? longestTail(word, tables);
        if (row?.kind) return row.kind;
      }
      return null;
    },
    subjectAt: (doc, i) => subjectAt(tokenView(doc), lex, i),
  };
}
