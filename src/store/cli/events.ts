import type { Command } from "commander";
import { PloverType } from "../../doc/schema/index.js";
import { InputError } from "../../errors.js";
import { dateRange } from "../query.js";
import type { EventRow } from "../types.js";
import { type Column, parseFormat, parseLimit, printRows, queryOptions, withStore } from "./output.js";

interface EventsOptions {
  db: string;
  format: string;
  actor?: string;
  target?: string;
  type?: string;
  from?: string;
  to?: string;
  limit?: string;
  offset?: string;
  all?: boolean;
  reprints?: boolean;
}

const side = (e: { name: string } | null, text: string | null, country: string | null) =>
  e ? `${e.name}${country ? ` (${country})` : ""}` : (text ?? country);

export const EVENT_COLUMNS: Column<EventRow>[] = [
  { header: "date", value: (e) => e.date },
  { header: "type", value: (e) => e.type },
  { header: "actor", value: (e) => side(e.actor, e.actorText, e.actorCountry), max: 25 },
  { header: "target", value: (e) => side(e.target, e.targetText, e.targetCountry), max: 25 },
  {
    header: "flags",
    value: (e) =>
      [e.negated && "negated", e.hypothetical && "hypothetical", e.future && "future"].filter(Boolean).join(","),
  },
  { header: "text", value: (e) => e.text, max: 70 },
  { header: "article", value: (e) => e.articleId },
];

export function parsePloverType(value: string | undefined): PloverType | undefined {
  if (value === undefined) return undefined;
  const v = value.toUpperCase();
  const r = PloverType.safeParse(v);
  if (!r.success)
    throw new InputError(`--type must be a PLOVER type (${PloverType.options.join(", ")}), not "${value}"`);
  return r.data;
}

/** `lagebild events`: PLOVER events filtered by actor, target, type and dates. */
export function registerEvents(program: Command): void {
  queryOptions(program.command("events").description("PLOVER events in the corpus, newest first"))
    .option("--actor <x>", "actor: entity name, alias, id, or an ISO-3 country code (RUS)")
    .option("--target <y>", "target: entity name, alias, id, or an ISO-3 country code")
    .option("--type <t>", "PLOVER type (e.g. CONSULT, ACCUSE)")
    .option("--from <date>", "on or after (YYYY-MM-DD or a full ISO timestamp)")
    .option("--to <date>", "on or before")
    .option("--limit <n>", "rows to show", "50")
    .option("--offset <n>", "rows to skip", "0")
    .option("--all", "also negated and hypothetical events")
    .option("--reprints", "also count events in near-duplicate reprints")
    .action(async (o: EventsOptions) => {
      const format = parseFormat(o.format);
      const range = dateRange(o.from, o.to);
      const type = parsePloverType(o.type);
      const limit = parseLimit(o.limit, 50);
      const offset = o.offset && /^\d+$/.test(o.offset) ? Number(o.offset) : 0;
      await withStore(o.db, async (store) => {
        const page = await store.events({
          actor: o.actor,
          target: o.target,
          type,
          ...range,
          limit,
          offset,
          includeUnreal: o.all,
          includeReprints: o.reprints,
        });
        printRows(page.items, EVENT_COLUMNS, format, {
          json: page,
          total: page.total,
          unresolved: page.unresolved,
          what: "events",
        });
      });
    });
}
