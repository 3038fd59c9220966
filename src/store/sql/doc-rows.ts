import type { DocJSON } from "../../doc/schema/index.js";
import { sigToBuffer } from "../minhash.js";
import { effectiveDay, normName, plover } from "../query.js";
import type { ArticleInput } from "../types.js";

/**
 * The column values of an article, its quotes and its events as both SQL engines store them. `R` is how
 * an engine refers to a corpus entity at this point (SQLite: its id; PostgreSQL: its key,
 * joined to the id in the write statement); `ent` maps a Doc-local entity id to it.
 */

type Quote = NonNullable<DocJSON["quotes"]>[number];
type Event = NonNullable<DocJSON["events"]>[number];
type Value = string | number | null;

/**
 * articles (hash, title, published, url, source, lang, meta, origin, text, doc, minhash, duplicate_of,
 * similarity, ingested_at): the Doc is stored as its JSON without the text, which has a column of its own.
 */
export function articleValues(
  item: ArticleInput,
  duplicateOf: number | null,
  similarity: number | null,
  ingestedAt: string,
): (Value | Buffer)[] {
  const { text, ...rest } = item.doc;
  const doc = item.doc;
  return [
    item.hash,
    doc.title ?? null,
    doc.published ?? null,
    doc.url ?? null,
    doc.source ?? null,
    doc.lang ?? null,
    JSON.stringify(item.meta ?? {}),
    item.origin ?? null,
    text,
    JSON.stringify(rest),
    item.minhash ? sigToBuffer(item.minhash) : null,
    duplicateOf,
    similarity,
    ingestedAt,
  ];
}

/** Where a quote's or event's day comes from: its own date ("text"), the publication date, or none. */
function dateFrom(date: string | null | undefined, given: string | null | undefined, day: string | null) {
  return given ?? (date && day === date.slice(0, 10) ? "text" : day ? "published" : null);
}

/**
 * quotes (local_id, kind, start, end, text, speaker, speaker_text, speaker_norm, cue, source, date,
 * date_from, day, reprint).
 */
export function quoteValues<R extends Value>(
  q: Quote,
  published: string | null,
  ent: (local: string | null | undefined) => R | null,
  reprint: boolean,
): Value[] {
  const day = effectiveDay(q.date, published);
  return [
    q.id,
    q.kind,
    q.start,
    q.end,
    q.text,
    ent(q.speaker),
    q.speakerText ?? null,
    q.speakerText ? normName(q.speakerText) : null,
    q.cue?.text ?? null,
    ent(q.source),
    q.date ?? null,
    dateFrom(q.date, q.dateFrom, day),
    day,
    reprint ? 1 : 0,
  ];
}

/** The entities a quote is about: those with a mention inside it, other than the speaker, once each. */
export function quoteAbout<R extends Value>(
  doc: DocJSON,
  q: Quote,
  ent: (local: string | null | undefined) => R | null,
): R[] {
  const speaker = ent(q.speaker);
  const out = new Set<R>();
  for (const e of doc.entities ?? []) {
    const ref = ent(e.id);
    if (ref === null || ref === speaker || out.has(ref)) continue;
    if (e.mentions?.some((m) => m.start >= q.start && m.end <= q.end)) out.add(ref);
  }
  return [...out];
}

/**
 * events (local_id, type, quad, weight, mode, actor, target, actor_country, target_country, actor_text,
 * target_text, actor_norm, target_norm, start, end, text, date, date_from, day, location, negated,
 * hypothetical, future, reciprocal, quote_id, reprint). Without a country of its own, an actor's or
 * target's is its entity's (`countryOf`; null leaves it to the engine).
 */
export function eventValues<R extends Value>(
  e: Event,
  published: string | null,
  ent: (local: string | null | undefined) => R | null,
  quoteId: number | null,
  reprint: boolean,
  countryOf: (ref: R) => string | null = () => null,
): Value[] {
  const p = plover(e.type);
  const day = effectiveDay(e.date, published);
  const actor = ent(e.actor);
  const target = ent(e.target);
  return [
    e.id,
    e.type,
    p.quad,
    p.weight,
    e.mode ?? null,
    actor,
    target,
    e.actorCountry ?? (actor !== null ? countryOf(actor) : null),
    e.targetCountry ?? (target !== null ? countryOf(target) : null),
    e.actorText ?? null,
    e.targetText ?? null,
    e.actorText ? normName(e.actorText) : null,
    e.targetText ? normName(e.targetText) : null,
    e.start,
    e.end,
    e.text,
    e.date ?? null,
    dateFrom(e.date, e.dateFrom, day),
    day,
    ent(e.location),
    e.negated ? 1 : 0,
    e.hypothetical ? 1 : 0,
    e.future ? 1 : 0,
    e.reciprocal ? 1 : 0,
    quoteId,
    reprint ? 1 : 0,
    e.repeat ? 1 : 0,
  ];
}
