import type { PloverType } from "../doc/schema/index.js";
import type { ArticleSummary, EventRow, QuadClass, QuoteRow } from "./types.js";

/**
 * Row → API object mapping shared by the SQL engines (SQLite, PostgreSQL): both store the
 * same columns (flags as 0/1 integers), so one mapping serves both.
 */

export type Row = Record<string, unknown>;

/** Comma-separated integer ids for an IN (…) list; "NULL" when empty (matches nothing). */
export function inList(ids: readonly number[]): string {
  return ids.length ? ids.map((n) => String(Math.trunc(n))).join(",") : "NULL";
}

export function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

export function toSummary(r: Row): ArticleSummary {
  const out: ArticleSummary = {
    id: String(r.id),
    title: str(r.title),
    published: str(r.published),
    source: str(r.source),
    url: str(r.url),
    lang: str(r.lang),
    duplicateOf: str(r.duplicate_of),
    reprints: Number(r.reprints ?? 0),
  };
  if (typeof r.snippet === "string") out.snippet = r.snippet.replace(/\s+/g, " ");
  return out;
}

export function toQuote(r: Row): QuoteRow {
  return {
    id: String(r.id),
    articleId: String(r.article_id),
    kind: r.kind as QuoteRow["kind"],
    text: r.text as string,
    start: r.start as number,
    end: r.end as number,
    speaker: r.speaker_id === null ? null : { id: String(r.speaker_id), name: r.speaker_name as string },
    speakerText: str(r.speaker_text),
    cue: str(r.cue),
    source: r.source_id === null ? null : { id: String(r.source_id), name: r.source_name as string },
    date: str(r.day),
    dateFrom: str(r.date_from),
    published: str(r.published),
    articleTitle: str(r.article_title),
    articleSource: str(r.article_source),
  };
}

export function toEvent(r: Row): EventRow {
  return {
    id: String(r.id),
    articleId: String(r.article_id),
    type: r.type as PloverType,
    quad: r.quad as QuadClass,
    mode: str(r.mode),
    actor:
      r.actor_id === null
        ? null
        : { id: String(r.actor_id), name: r.actor_name as string, country: str(r.actor_entity_country) },
    target:
      r.target_id === null
        ? null
        : { id: String(r.target_id), name: r.target_name as string, country: str(r.target_entity_country) },
    actorText: str(r.actor_text),
    targetText: str(r.target_text),
    actorCountry: str(r.actor_country),
    targetCountry: str(r.target_country),
    text: r.text as string,
    start: r.start as number,
    end: r.end as number,
    date: str(r.day),
    dateFrom: str(r.date_from),
    negated: r.negated === 1,
    hypothetical: r.hypothetical === 1,
    future: r.future === 1,
    published: str(r.published),
    articleTitle: str(r.article_title),
  };
}
