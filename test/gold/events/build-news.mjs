// Builds and validates the news event gold (events.news.de.jsonl, events.news.heldout.de.jsonl) from the
// hand-written sources src/news-dev-*.txt and src/news-heldout-*.txt (read in name order).
// Source line: id | published | tags | text | events          ("//" lines and blank lines are skipped)
//   tags:   comma-separated kinds (statement, nominal, passive, participle, coerce, assault, flag, negative)
//   events: "-" for none, else events separated by ";", each TYPE:actor>target[:flags]
//           TYPE may be "AGREE/RETREAT" (either type accepted); actor/target "-" = null;
//           flags comma-separated: neg (negated), hyp (hypothetical), fut (future), rec (reciprocal)
// Checks: unique ids across both files, YYYY-MM-DD dates, known PLOVER types, known tags, ISO3 codes that
// exist (when ../shared/data/gazetteer-dr5hn-countries/countries.json is present), no three-capital-letter
// strings that are not country codes (the scorer would compare them as countries), "negative" tag iff no events.
// Usage: node test/gold/events/build-news.mjs [--check]   (--check: compare with the .jsonl instead of writing)
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = new Set(
  "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split(
    " ",
  ),
);
const TAGS = new Set(["statement", "nominal", "passive", "participle", "coerce", "assault", "flag", "negative"]);
const FLAGS = { neg: "negated", hyp: "hypothetical", fut: "future", rec: "reciprocal" };
const SPLITS = [
  ["events.news.de.jsonl", "news-dev-"],
  ["events.news.heldout.de.jsonl", "news-heldout-"],
];
const countriesPath = join(here, "../../../../shared/data/gazetteer-dr5hn-countries/countries.json");
const ISO3 = existsSync(countriesPath)
  ? new Set(JSON.parse(readFileSync(countriesPath, "utf8")).map((c) => c.iso3))
  : null;

const errors = [];
const seen = new Set();

function side(v, where) {
  if (v === "-") return null;
  if (/^[A-Z]{3}$/.test(v) && ISO3 && !ISO3.has(v)) errors.push(`${where}: ${v} is no ISO3 code`);
  if (!v.trim()) errors.push(`${where}: empty actor/target`);
  return v;
}

function parseLine(line, where) {
  const parts = line.split("|").map((s) => s.trim());
  if (parts.length !== 5) {
    errors.push(`${where}: needs 5 fields, has ${parts.length}`);
    return null;
  }
  const [id, published, tagStr, text, evStr] = parts;
  if (!/^nw\d{3}$/.test(id)) errors.push(`${where}: bad id ${id}`);
  if (seen.has(id)) errors.push(`${where}: duplicate id ${id}`);
  seen.add(id);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) errors.push(`${where}: bad date ${published}`);
  const tags = tagStr.split(",").map((s) => s.trim());
  for (const t of tags) if (!TAGS.has(t)) errors.push(`${where}: unknown tag ${t}`);
  const events = [];
  if (evStr !== "-") {
    for (const ev of evStr.split(";").map((s) => s.trim())) {
      const [type, args, flagStr] = ev.split(":");
      const types = type.split("/");
      for (const t of types) if (!TYPES.has(t)) errors.push(`${where}: unknown type ${t}`);
      const [actor, target] = (args ?? "").split(">");
      if (target === undefined) errors.push(`${where}: event ${ev} needs actor>target`);
      const e = {
        type: types.length > 1 ? types : types[0],
        actor: side(actor, where),
        target: side(target ?? "-", where),
      };
      for (const f of flagStr ? flagStr.split(",") : []) {
        if (!FLAGS[f]) errors.push(`${where}: unknown flag ${f}`);
        else e[FLAGS[f]] = true;
      }
      events.push(e);
    }
  }
  if (tags.includes("negative") !== (events.length === 0)) errors.push(`${where}: tag negative iff no events`);
  if (!/[.!?“"]$/.test(text)) errors.push(`${where}: text should end with punctuation`);
  return { id, text, published, tags, events };
}

function buildSplit(prefix) {
  const dir = join(here, "src");
  const items = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.startsWith(prefix) && x.endsWith(".txt"))
    .sort()) {
    readFileSync(join(dir, f), "utf8")
      .split("\n")
      .forEach((raw, i) => {
        const line = raw.trim();
        if (!line || line.startsWith("//")) return;
        const item = parseLine(line, `${f}:${i + 1}`);
        if (item) items.push(item);
      });
  }
  return items;
}

const check = process.argv.includes("--check");
const outputs = [];
for (const [dst, prefix] of SPLITS) {
  const items = buildSplit(prefix);
  const out = `${items.map((x) => JSON.stringify(x)).join("\n")}\n`;
  if (check) {
    const cur = existsSync(join(here, dst)) ? readFileSync(join(here, dst), "utf8") : "";
    if (cur !== out) errors.push(`${dst}: differs from the build of src/${prefix}*.txt`);
  } else outputs.push([dst, out]);
  const s = { sentences: items.length, events: 0, negatives: 0, byTag: {}, byType: {}, flags: {} };
  for (const it of items) {
    s.events += it.events.length;
    if (!it.events.length) s.negatives++;
    for (const t of it.tags) s.byTag[t] = (s.byTag[t] ?? 0) + 1;
    for (const e of it.events) {
      const t = Array.isArray(e.type) ? e.type.join("/") : e.type;
      s.byType[t] = (s.byType[t] ?? 0) + 1;
      for (const f of Object.values(FLAGS)) if (e[f]) s.flags[f] = (s.flags[f] ?? 0) + 1;
    }
  }
  console.log(`${dst}: ${s.sentences} sentences, ${s.events} events, ${s.negatives} without events`);
  console.log(`  tags: ${JSON.stringify(s.byTag)}`);
  console.log(`  types: ${JSON.stringify(s.byType)}`);
  console.log(`  flags: ${JSON.stringify(s.flags)}`);
}
if (errors.length) {
  for (const e of errors) console.error(e);
  console.error(`${errors.length} error(s); nothing written`);
  process.exit(1);
}
for (const [dst, out] of outputs) writeFileSync(join(here, dst), out);
console.log(check ? "ok (files match the sources)" : "ok (files written)");
