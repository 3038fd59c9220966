import type { Command } from "commander";
import { InputError } from "../../errors.js";
import { dateRange, parseInterval } from "../query.js";
import type { ActorRef, DyadBucket } from "../types.js";
import { type Column, parseFormat, printRows, queryOptions, withStore } from "./output.js";

interface DyadOptions {
  db: string;
  format: string;
  interval?: string;
  from?: string;
  to?: string;
}

const COLUMNS: Column<DyadBucket>[] = [
  { header: "period", value: (b) => b.period },
  { header: "verb.coop", value: (b) => b["verbal-cooperation"] },
  { header: "mat.coop", value: (b) => b["material-cooperation"] },
  { header: "verb.conf", value: (b) => b["verbal-conflict"] },
  { header: "mat.conf", value: (b) => b["material-conflict"] },
  { header: "cooperation", value: (b) => b.cooperation },
  { header: "conflict", value: (b) => b.conflict },
  { header: "score", value: (b) => b.score },
];

const describe = (r: ActorRef) =>
  [
    r.entities.map((e) => `${e.name} (${e.id})`).join(", "),
    r.country ? `country ${r.country}` : "",
    r.text ? `actor text "${r.text}"` : "",
  ]
    .filter(Boolean)
    .join(" + ");

/** `lagebild dyad <A> <B>`: cooperation and conflict between two actors over time. */
export function registerDyad(program: Command): void {
  queryOptions(
    program
      .command("dyad")
      .description(
        "events between two actors (both directions) per PLOVER quad class over time, with a cooperation–conflict score (−10…+10)",
      )
      .argument("<a>", "first actor: name, alias, id or ISO-3 country code")
      .argument("<b>", "second actor"),
  )
    .option("--interval <i>", "day | week | month | year", "month")
    .option("--from <date>", "on or after (YYYY-MM-DD or a full ISO timestamp)")
    .option("--to <date>", "on or before")
    .action(async (a: string, b: string, o: DyadOptions) => {
      const format = parseFormat(o.format);
      const interval = parseInterval(o.interval);
      const range = dateRange(o.from, o.to);
      await withStore(o.db, async (store) => {
        const r = await store.dyad({ a, b, interval, ...range });
        if (!r)
          throw new InputError(`cannot find both actors in the corpus: "${a}" and "${b}" (names, ids or ISO-3 codes)`);
        if (format === "table") {
          process.stdout.write(`A: ${describe(r.a)}\nB: ${describe(r.b)}\n\n`);
        }
        const rows = r.buckets.length ? [...r.buckets, { ...r.total, period: "total" }] : [];
        printRows(rows, COLUMNS, format, { json: r, what: "events between them" });
      });
    });
}
