import type { Command } from "commander";
import { InputError } from "../../errors.js";
import { dateRange, ftsQuery } from "../query.js";
import type { ArticleSummary } from "../types.js";
import { type Column, parseFormat, parseLimit, printRows, queryOptions, withStore } from "./output.js";

interface SearchOptions {
  db: string;
  format: string;
  from?: string;
  to?: string;
  source?: string;
  limit?: string;
  offset?: string;
  reprints?: boolean;
}

const COLUMNS: Column<ArticleSummary>[] = [
  { header: "id", value: (a) => a.id },
  { header: "published", value: (a) => a.published },
  { header: "source", value: (a) => a.source, max: 20 },
  { header: "reprints", value: (a) => a.reprints },
  { header: "title", value: (a) => a.title, max: 40 },
  { header: "snippet", value: (a) => a.snippet, max: 100 },
];

/** `lagebild search <words…>`: full-text search over the articles. */
export function registerSearch(program: Command): void {
  queryOptions(
    program
      .command("search")
      .description("full-text search over the corpus articles (all words must occur; any characters are safe)")
      .argument("<words...>", "words to search for"),
  )
    .option("--from <date>", "published on or after (YYYY-MM-DD or a full ISO timestamp)")
    .option("--to <date>", "published on or before")
    .option("--source <name>", "only articles from this outlet")
    .option("--limit <n>", "rows to show", "20")
    .option("--offset <n>", "rows to skip", "0")
    .option("--reprints", "also list near-duplicate reprints")
    .action(async (words: string[], o: SearchOptions) => {
      const format = parseFormat(o.format);
      const range = dateRange(o.from, o.to);
      const q = words.join(" ");
      if (!ftsQuery(q)) throw new InputError(`nothing to search for in "${q}"; give at least one word`);
      const limit = parseLimit(o.limit, 20);
      const offset = o.offset && /^\d+$/.test(o.offset) ? Number(o.offset) : 0;
      await withStore(o.db, async (store) => {
        const page = await store.searchArticles({
          q,
          ...range,
          source: o.source,
          limit,
          offset,
          includeReprints: o.reprints,
        });
        printRows(page.items, COLUMNS, format, { json: page, total: page.total, what: "articles" });
      });
    });
}
