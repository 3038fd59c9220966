import type { Command } from "commander";
import { InputError } from "../../errors.js";
import type { EntityProfile } from "../types.js";
import { EVENT_COLUMNS } from "./events.js";
import { csvCell, parseFormat, parseLimit, queryOptions, renderTable, withStore } from "./output.js";
import { QUOTE_COLUMNS } from "./quotes.js";

interface EntityOptions {
  db: string;
  format: string;
  limit?: string;
}

function profileText(p: EntityProfile): string {
  const e = p.entity;
  const out: string[] = [];
  const ids = [e.country, e.wikidata, e.role].filter(Boolean).join(", ");
  out.push(`${e.name} — ${e.type}${ids ? ` (${ids})` : ""}, id ${e.id}`);
  out.push(`articles: ${e.articleCount}, mentions: ${e.mentionCount}`);
  out.push(`aliases: ${e.aliases.length ? e.aliases.join(", ") : "(none)"}`);
  out.push("", "co-occurring entities:");
  out.push(
    p.coOccurring.length
      ? renderTable(p.coOccurring, [
          { header: "entity", value: (c) => c.entity.name, max: 40 },
          { header: "type", value: (c) => c.entity.type },
          { header: "articles", value: (c) => c.articles },
        ]).trimEnd()
      : "  (none)",
  );
  out.push("", "latest quotes by:");
  out.push(p.quotesBy.length ? renderTable(p.quotesBy, QUOTE_COLUMNS).trimEnd() : "  (none)");
  out.push("", "latest quotes about:");
  out.push(p.quotesAbout.length ? renderTable(p.quotesAbout, QUOTE_COLUMNS).trimEnd() : "  (none)");
  out.push("", "events by type (as actor / as target):");
  out.push(
    p.eventCounts.length
      ? p.eventCounts.map((c) => `  ${c.type.padEnd(10)} ${c.asActor} / ${c.asTarget}`).join("\n")
      : "  (none)",
  );
  out.push("", "latest events:");
  out.push(p.events.length ? renderTable(p.events, EVENT_COLUMNS).trimEnd() : "  (none)");
  return `${out.join("\n")}\n`;
}

function profileCsv(p: EntityProfile): string {
  const rows: string[][] = [["section", "id", "name", "date", "detail", "text"]];
  const e = p.entity;
  rows.push([
    "entity",
    e.id,
    e.name,
    "",
    `${e.type} ${e.country ?? ""} ${e.wikidata ?? ""} articles=${e.articleCount}`,
    "",
  ]);
  for (const a of e.aliases) rows.push(["alias", e.id, a, "", "", ""]);
  for (const c of p.coOccurring)
    rows.push(["co-occurring", c.entity.id, c.entity.name, "", `articles=${c.articles}`, ""]);
  for (const q of p.quotesBy) rows.push(["quote-by", q.id, q.speaker?.name ?? "", q.date ?? "", q.kind, q.text]);
  for (const q of p.quotesAbout)
    rows.push(["quote-about", q.id, q.speaker?.name ?? q.speakerText ?? "", q.date ?? "", q.kind, q.text]);
  for (const v of p.events)
    rows.push([
      "event",
      v.id,
      `${v.actor?.name ?? v.actorText ?? ""} → ${v.target?.name ?? v.targetText ?? ""}`,
      v.date ?? "",
      v.type,
      v.text,
    ]);
  return `${rows.map((r) => r.map(csvCell).join(",")).join("\n")}\n`;
}

/** `lagebild entity <name>`: one corpus entity's profile. */
export function registerEntity(program: Command): void {
  queryOptions(
    program
      .command("entity")
      .description(
        "profile of a corpus entity: aliases, article count, co-occurring entities, quotes by and about, events",
      )
      .argument("<name...>", "name, alias, entity id or Wikidata id"),
  )
    .option("--limit <n>", "rows per section", "10")
    .action(async (words: string[], o: EntityOptions) => {
      const format = parseFormat(o.format);
      const limit = parseLimit(o.limit, 10);
      const name = words.join(" ");
      await withStore(o.db, async (store) => {
        const p = await store.entityProfile(name, { limit });
        if (!p) throw new InputError(`no entity named "${name}" in the corpus (try lagebild search or a shorter name)`);
        if (format === "json") process.stdout.write(`${JSON.stringify(p, null, 2)}\n`);
        else if (format === "csv") process.stdout.write(profileCsv(p));
        else {
          process.stdout.write(profileText(p));
          const others = (await store.resolveEntities(name, 6)).filter((e) => e.id !== p.entity.id);
          if (others.length) {
            process.stdout.write(
              `\nalso named "${name}": ${others.map((e) => `${e.name} (${e.type}, id ${e.id}, ${e.articleCount} articles)`).join("; ")}\n`,
            );
          }
        }
      });
    });
}
