import type { Command } from "commander";
import { dateRange } from "../query.js";
import type { QuoteRow } from "../types.js";
import { type Column, parseFormat, parseLimit, printRows, queryOptions, withStore } from "./output.js";

interface QuotesOptions {
  db: string;
  format: string;
  speaker?: string;
  source?: string;
  about?: string;
  q?: string;
  from?: string;
  to?: string;
  limit?: string;
  offset?: string;
  reprints?: boolean;
}

export const QUOTE_COLUMNS: Column<QuoteRow>[] = [
  { header: "date", value: (q) => q.date },
  { header: "speaker", value: (q) => q.speaker?.name ?? q.speakerText, max: 25 },
  { header: "via", value: (q) => q.source?.name, max: 15 },
  { header: "kind", value: (q) => q.kind },
  { header: "quote", value: (q) => q.text, max: 90 },
  { header: "article", value: (q) => q.articleId },
];

/** `lagebild quotes`: quotes filtered by speaker, source, entity mentioned, words and dates. */
export function registerQuotes(program: Command): void {
  queryOptions(program.command("quotes").description("quotes in the corpus, newest first"))
    .option("--speaker <name>", "who said it (entity name, alias, id or Wikidata id)")
    .option("--source <name>", "the agency or outlet it came through")
    .option("--about <name>", "an entity mentioned in the quote")
    .option("--q <words>", "words in the quote")
    .option("--from <date>", "on or after (YYYY-MM-DD or a full ISO timestamp)")
    .option("--to <date>", "on or before")
    .option("--limit <n>", "rows to show", "50")
    .option("--offset <n>", "rows to skip", "0")
    .option("--reprints", "also count quotes in near-duplicate reprints")
    .action(async (o: QuotesOptions) => {
      const format = parseFormat(o.format);
      const range = dateRange(o.from, o.to);
      const limit = parseLimit(o.limit, 50);
      const offset = o.offset && /^\d+$/.test(o.offset) ? Number(o.offset) : 0;
      await withStore(o.db, async (store) => {
        const page = await store.quotes({
          speaker: o.speaker,
          source: o.source,
          about: o.about,
          q: o.q,
          ...range,
          limit,
          offset,
          includeReprints: o.reprints,
        });
        printRows(page.items, QUOTE_COLUMNS, format, {
          json: page,
          total: page.total,
          unresolved: page.unresolved,
          what: "quotes",
        });
      });
    });
}
