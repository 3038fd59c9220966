/**
 * Scores the names found by the entities stage (name/alias mentions, typed by their entity) against a
 * GermEval/CoNLL NER file, strict span + type on outer entities: `node dist/src/entities/eval-linking.js
 * <file> [--rules-only]`. Each sentence is analysed on its own (gold tokens joined by spaces), so
 * article-level linking (surnames, descriptors) cannot help here; adjective and descriptor mentions are
 * not names and are not scored (GermEval's *deriv labels are mapped to O).
 */
import { Doc } from "../doc/index.js";
import { sharedKb } from "../kb/index.js";
import { textLayers } from "../pipeline/analyze.js";
import { languageResources } from "../pipeline/languages.js";
import { entityGrammarOf } from "./grammar.js";
import { linkEntities } from "./index.js";
import { readCorpus } from "./tagger/corpus.js";
import { type Span, spansOf } from "./tagger/labels.js";
import { NerScorer, type NerScores, scoreTable } from "./tagger/score.js";

/** Scores the linker with the grammar of language `lang` (default German: the corpora are German). */
function evalLinking(path: string, rulesOnly: boolean, lang = "de"): NerScores {
  const grammar = entityGrammarOf(languageResources(lang));
  if (!grammar) throw new Error(`no language module with an entity grammar serves "${lang}"`);
  const res = { grammar, kb: sharedKb() };
  const scorer = new NerScorer();
  for (const sent of readCorpus(path)) {
    const starts: number[] = [];
    let text = "";
    for (const t of sent.tokens) {
      if (text) text += " ";
      starts.push(text.length);
      text += t;
    }
    const tokAt = new Map<number, number>();
    const tokEnd = new Map<number, number>();
    sent.tokens.forEach((t, i) => {
      tokAt.set(starts[i], i);
      tokEnd.set(starts[i] + t.length, i + 1);
    });
    const doc = new Doc({ text });
    textLayers(doc, lang);
    const ents = linkEntities(doc, res, null, rulesOnly ? { tags: [] } : {});
    const pred: Span[] = [];
    const seen = new Set<string>();
    for (const e of ents) {
      for (const m of e.mentions) {
        if (m.form !== "name" && m.form !== "alias") continue;
        const s = tokAt.get(m.start);
        const en = tokEnd.get(m.end);
        // a name inside a compound ("EU" in "EU-weit", "AFP" in "AFP-Depesche") is a *part entity: O in the gold
        if (en === undefined && m.end < text.length && text[m.end] !== " ") continue;
        // a mention that does not fall on gold token boundaries cannot match: count it as a miss
        const span: Span = { start: s ?? -1, end: en ?? -1, type: e.type };
        const key = `${span.start}:${span.end}`;
        if (!seen.has(key)) {
          seen.add(key);
          pred.push(span);
        }
      }
    }
    scorer.add(spansOf(sent.labels), pred);
  }
  return scorer.scores();
}

const file = process.argv[2];
if (file && process.argv[1]?.endsWith("eval-linking.js")) {
  const s = evalLinking(file, process.argv.includes("--rules-only"));
  process.stdout.write(`${scoreTable(s)}\n${JSON.stringify({ precision: s.precision, recall: s.recall, f1: s.f1 })}\n`);
}
