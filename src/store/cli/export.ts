import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import type { Command } from "commander";
import { InputError } from "../../errors.js";
import { dateRange } from "../query.js";
import type { ExportTable, Graph, Store } from "../types.js";
import { csvCell, withStore } from "./output.js";

interface ExportOptions {
  db: string;
  format: string;
  table?: string;
  out?: string;
  from?: string;
  to?: string;
}

const TABLES: ExportTable[] = ["articles", "entities", "quotes", "events"];

async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await new Promise<void>((r) => out.once("drain", () => r()));
}

const xml = (s: string | number | null | undefined) =>
  String(s ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** The actor graph as GraphML (nodes: entities; directed edges: event counts and scores). */
export function graphml(g: Graph): string {
  const keys = [
    '<key id="name" for="node" attr.name="name" attr.type="string"/>',
    '<key id="type" for="node" attr.name="type" attr.type="string"/>',
    '<key id="country" for="node" attr.name="country" attr.type="string"/>',
    '<key id="wikidata" for="node" attr.name="wikidata" attr.type="string"/>',
    '<key id="events" for="node" attr.name="events" attr.type="int"/>',
    '<key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '<key id="cooperation" for="edge" attr.name="cooperation" attr.type="int"/>',
    '<key id="conflict" for="edge" attr.name="conflict" attr.type="int"/>',
    '<key id="score" for="edge" attr.name="score" attr.type="double"/>',
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
  ];
  lines.push('<graph id="lagebild" edgedefault="directed">');
  for (const n of g.nodes) {
    lines.push(
      `<node id="e${n.id}"><data key="name">${xml(n.name)}</data><data key="type">${n.type}</data>` +
        `<data key="country">${xml(n.country)}</data><data key="wikidata">${xml(n.wikidata)}</data><data key="events">${n.events}</data></node>`,
    );
  }
  g.edges.forEach((e, i) => {
    lines.push(
      `<edge id="r${i}" source="e${e.source}" target="e${e.target}"><data key="weight">${e.weight}</data>` +
        `<data key="cooperation">${e.cooperation}</data><data key="conflict">${e.conflict}</data><data key="score">${e.score}</data></edge>`,
    );
  });
  lines.push("</graph>", "</graphml>");
  return `${lines.join("\n")}\n`;
}

/** Streams an export to `out`. */
export async function exportCorpus(
  store: Store,
  format: "jsonl" | "csv" | "graphml",
  out: Writable,
  opts: { table?: ExportTable; from?: string; to?: string } = {},
): Promise<number> {
  let n = 0;
  if (format === "jsonl") {
    for await (const a of store.exportArticles()) {
      await write(out, `${JSON.stringify(a)}\n`);
      n++;
    }
  } else if (format === "csv") {
    let header: string[] | null = null;
    for await (const row of store.exportRows(opts.table ?? "articles")) {
      if (!header) {
        header = Object.keys(row);
        await write(out, `${header.map(csvCell).join(",")}\n`);
      }
      await write(out, `${header.map((k) => csvCell(row[k])).join(",")}\n`);
      n++;
    }
  } else {
    const g = await store.graph({ from: opts.from, to: opts.to, limit: 100_000 });
    await write(out, graphml(g));
    n = g.edges.length;
  }
  return n;
}

/** `lagebild export`: the whole corpus as JSON Lines, one table as CSV, or the actor graph as GraphML. */
export function registerExport(program: Command): void {
  program
    .command("export")
    .description("export the corpus: jsonl (articles with their analysis), csv (one table), graphml (actor graph)")
    .requiredOption("--format <format>", "jsonl | csv | graphml")
    .option("--table <name>", `for csv: ${TABLES.join(" | ")}`, "articles")
    .option("--from <date>", "for graphml: events on or after")
    .option("--to <date>", "for graphml: events on or before")
    .option("--out <file>", "write to this file (default: standard output)")
    .option("--db <file>", "corpus database (SQLite file)", "lagebild.db")
    .action(async (o: ExportOptions) => {
      if (o.format !== "jsonl" && o.format !== "csv" && o.format !== "graphml") {
        throw new InputError(`--format must be jsonl, csv or graphml, not "${o.format}"`);
      }
      const table = o.table as ExportTable;
      if (!TABLES.includes(table))
        throw new InputError(`--table must be one of ${TABLES.join(", ")}, not "${o.table}"`);
      const range = dateRange(o.from, o.to);
      process.stdout.on("error", (e: NodeJS.ErrnoException) => {
        if (e.code === "EPIPE") process.exit(0); // the reader closed the pipe (e.g. | head)
        throw e;
      });
      await withStore(o.db, async (store) => {
        const out: Writable = o.out ? createWriteStream(o.out) : process.stdout;
        const n = await exportCorpus(store, o.format as "jsonl" | "csv" | "graphml", out, { table, ...range });
        if (o.out)
          await new Promise<void>((r, j) =>
            (out as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? j(e) : r())),
          );
        const what = o.format === "graphml" ? "edges" : o.format === "csv" ? `${table} rows` : "articles";
        process.stderr.write(`lagebild: exported ${n} ${what}${o.out ? ` to ${o.out}` : ""}\n`);
      });
    });
}
