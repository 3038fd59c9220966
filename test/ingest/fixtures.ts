import type { DocJSON, Entity, Event, PloverType, Quote } from "../../src/doc/schema/index.js";
import { minhash } from "../../src/store/minhash.js";
import { contentHash } from "../../src/store/query.js";
import type { ArticleInput } from "../../src/store/types.js";

/** Test Docs written by hand: spans are found in the text by their surface strings. */

export interface EntitySpec {
  id: string;
  name: string;
  type: Entity["type"];
  country?: string | null;
  wikidata?: string | null;
  kbId?: string | null;
  aliases?: string[];
  /** Every occurrence of each surface string in the text becomes a mention. */
  surfaces: string[];
}

export interface QuoteSpec {
  id: string;
  text: string;
  kind?: Quote["kind"];
  speaker?: string | null;
  speakerText?: string | null;
  source?: string | null;
  date?: string | null;
}

export interface EventSpec {
  id: string;
  type: PloverType;
  text: string;
  actor?: string | null;
  target?: string | null;
  actorCountry?: string | null;
  targetCountry?: string | null;
  actorText?: string | null;
  targetText?: string | null;
  date?: string | null;
  negated?: boolean;
  hypothetical?: boolean;
}

export interface DocSpec {
  text: string;
  published?: string | null;
  title?: string;
  source?: string;
  entities?: EntitySpec[];
  quotes?: QuoteSpec[];
  events?: EventSpec[];
}

function spanOf(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`fixture: "${part}" is not in the text`);
  return { start, end: start + part.length };
}

export function fixtureDoc(spec: DocSpec): DocJSON {
  const { text } = spec;
  const entities: Entity[] = (spec.entities ?? []).map((e) => {
    const mentions: Entity["mentions"] = [];
    for (const s of e.surfaces) {
      for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) {
        mentions.push({ start: i, end: i + s.length, text: s, form: s === e.name ? "name" : "alias" });
      }
    }
    if (!mentions.length) throw new Error(`fixture: no mention of ${e.name}`);
    return {
      id: e.id,
      name: e.name,
      type: e.type,
      country: e.country ?? null,
      wikidata: e.wikidata ?? null,
      aliases: e.aliases ?? [],
      mentions,
      kbId: e.kbId ?? null,
    };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => ({
    id: q.id,
    kind: q.kind ?? "direct",
    ...spanOf(text, q.text),
    text: q.text,
    speaker: q.speaker ?? null,
    speakerText: q.speakerText ?? null,
    cue: null,
    source: q.source ?? null,
    date: q.date ?? null,
  }));
  const events: Event[] = (spec.events ?? []).map((v) => ({
    id: v.id,
    type: v.type,
    mode: null,
    actor: v.actor ?? null,
    target: v.target ?? null,
    ...spanOf(text, v.text),
    text: v.text,
    date: v.date ?? null,
    location: null,
    negated: v.negated ?? false,
    hypothetical: v.hypothetical ?? false,
    quote: null,
    actorCountry: v.actorCountry ?? null,
    targetCountry: v.targetCountry ?? null,
    actorText: v.actorText ?? null,
    targetText: v.targetText ?? null,
  }));
  const doc: DocJSON = {
    text,
    lang: "de",
    published: spec.published ?? null,
    sentences: [{ start: 0, end: text.length }],
    entities,
    quotes,
    times: [],
    events,
    pipeline: ["fixture"],
  };
  if (spec.title) doc.title = spec.title;
  if (spec.source) doc.source = spec.source;
  return doc;
}

export function fixtureInput(spec: DocSpec, meta: Record<string, string> = {}): ArticleInput {
  const doc = fixtureDoc(spec);
  return { hash: contentHash(doc.text), doc, meta, origin: "fixture", minhash: minhash(doc.text) };
}

/** A small corpus with two Putin spellings, quotes, events and a reprint. */
export function sampleCorpus(): ArticleInput[] {
  const putin = (id: string, surfaces: string[]): EntitySpec => ({
    id,
    name: "Wladimir Putin",
    type: "PER",
    country: "RUS",
    wikidata: "Q7747",
    aliases: ["Putin"],
    surfaces,
  });
  const kim = (id: string): EntitySpec => ({
    id,
    name: "Kim Jong-un",
    type: "PER",
    country: "PRK",
    wikidata: "Q56226",
    surfaces: ["Kim Jong-un"],
  });
  const a1 = fixtureInput(
    {
      text: 'Putin empfing Kim Jong-un in Moskau. "Wir sind Freunde", sagte Putin laut Tass.',
      published: "2025-09-03",
      title: "Putin empfängt Kim",
      source: "Der Standard",
      entities: [
        { ...putin("e1", ["Putin"]) },
        kim("e2"),
        { id: "e3", name: "Moskau", type: "LOC", country: "RUS", wikidata: "Q649", surfaces: ["Moskau"] },
        { id: "e4", name: "TASS", type: "ORG", country: "RUS", wikidata: "Q223799", surfaces: ["Tass"] },
      ],
      quotes: [{ id: "q1", text: "Wir sind Freunde", speaker: "e1", speakerText: "Putin", source: "e4" }],
      events: [{ id: "v1", type: "CONSULT", text: "Putin empfing Kim Jong-un", actor: "e1", target: "e2" }],
    },
    { category: "International" },
  );
  const a2 = fixtureInput({
    text: 'Wladimir Putin kritisierte die EU scharf. "Die Sanktionen gegen Russland sind illegal", sagte Wladimir Putin am Dienstag.',
    published: "2025-10-08",
    source: "Die Presse",
    entities: [
      putin("e1", ["Wladimir Putin"]),
      {
        id: "e2",
        name: "Europäische Union",
        type: "ORG",
        country: null,
        wikidata: "Q458",
        aliases: ["EU"],
        surfaces: ["EU"],
      },
      { id: "e3", name: "Russland", type: "LOC", country: "RUS", wikidata: "Q159", surfaces: ["Russland"] },
    ],
    quotes: [
      {
        id: "q1",
        text: "Die Sanktionen gegen Russland sind illegal",
        speaker: "e1",
        speakerText: "Wladimir Putin",
        date: "2025-10-07",
      },
    ],
    events: [
      { id: "v1", type: "ACCUSE", text: "Wladimir Putin kritisierte die EU scharf", actor: "e1", target: "e2" },
      {
        id: "v2",
        type: "ASSAULT",
        text: "Die Sanktionen gegen Russland",
        actor: "e2",
        target: "e3",
        negated: true,
      },
    ],
  });
  const a3 = fixtureInput({
    text: "Die EU verhängte neue Sanktionen gegen Russland. Ein Sprecher sagte, man bleibe hart. Kim Jong-un schwieg.",
    published: "2025-10-20",
    source: "ORF",
    entities: [
      { id: "e1", name: "Europäische Union", type: "ORG", wikidata: "Q458", aliases: ["EU"], surfaces: ["EU"] },
      { id: "e2", name: "Russland", type: "LOC", country: "RUS", wikidata: "Q159", surfaces: ["Russland"] },
      kim("e3"),
    ],
    quotes: [{ id: "q1", kind: "indirect", text: "man bleibe hart", speaker: null, speakerText: "Ein Sprecher" }],
    events: [
      {
        id: "v1",
        type: "SANCTION",
        text: "Die EU verhängte neue Sanktionen gegen Russland",
        actor: "e1",
        target: "e2",
      },
      {
        id: "v2",
        type: "PROTEST",
        text: "Kim Jong-un schwieg",
        actor: null,
        actorText: "Demonstranten",
        target: null,
        targetCountry: "AUT",
      },
    ],
  });
  return [a1, a2, a3];
}
