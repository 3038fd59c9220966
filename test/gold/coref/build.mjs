// Builds coref.de.jsonl / coref.heldout.de.jsonl from the hand-written sources in src/.
// Source format (one article per block):
//   # c001 2016-01-20 gender, salience          id, published date, phenomena tags (comma-separated)
//   @e1|PER|AUT|m|Sebastian Kurz                 entity: id|type|country|gender|name[|key=value...]
//   @e5|PER|AUT|m|Sprecher des Ministeriums|relatedTo=e2
//   @e6|ORG|DEU|-|CDU und CSU|members=e3,e4         group entity (split antecedent of a plural pronoun)
//   Paragraph text with {Sebastian Kurz|e1|n} and {er|e1|p}; nested {der Sprecher {des Ministeriums|e2|d}|e5|r}.
// Every other non-empty line is one paragraph; paragraphs are joined with "\n".
// Mention markup: {surface|ref|kind[|flag...]}; ref "-" = null; kinds n name, np name-part, p pronoun,
// r role, d description, a apposition; flag w = world knowledge.
// Sources: src/dev-*.txt (→ coref.de.jsonl) and src/heldout-*.txt (→ coref.heldout.de.jsonl), read in name order.
// Usage: node test/gold/coref/build.mjs   (writes both .jsonl files next to this script)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const KINDS = { n: "name", np: "name-part", p: "pronoun", r: "role", d: "description", a: "apposition" };
const FLAGS = { w: "world" };

function parseMarkup(src, where) {
  let out = "";
  const stack = [];
  const mentions = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "{") {
      stack.push(out.length);
    } else if (c === "|" && stack.length) {
      const close = src.indexOf("}", i);
      if (close < 0) throw new Error(`${where}: unclosed mention`);
      const [ref, kind, ...flags] = src.slice(i + 1, close).split("|");
      if (!KINDS[kind]) throw new Error(`${where}: unknown kind ${kind}`);
      const start = stack.pop();
      const m = { start, end: out.length, text: out.slice(start), kind: KINDS[kind], ref: ref === "-" ? null : ref };
      for (const f of flags) {
        if (!FLAGS[f]) throw new Error(`${where}: unknown flag ${f}`);
        m[FLAGS[f]] = true;
      }
      mentions.push(m);
      i = close;
    } else if (c === "}") {
      throw new Error(`${where}: stray }`);
    } else {
      out += c;
    }
  }
  if (stack.length) throw new Error(`${where}: unclosed {`);
  return { text: out, mentions };
}

/** True when offset lies inside a „…“ direct quote. */
function inQuote(text, offset) {
  const before = text.slice(0, offset);
  return before.split("„").length > before.split("“").length;
}

export function buildFile(srcPath) {
  const lines = readFileSync(srcPath, "utf8").split("\n");
  const articles = [];
  let cur = null;
  const flush = () => {
    if (!cur) return;
    const { text, mentions } = parseMarkup(cur.paras.join("\n"), cur.id);
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of mentions) if (inQuote(text, m.start)) m.inQuote = true;
    const art = { id: cur.id, published: cur.published, text };
    if (cur.phenomena.length) art.phenomena = cur.phenomena;
    art.entities = cur.entities;
    art.mentions = mentions;
    articles.push(art);
  };
  lines.forEach((raw, n) => {
    const line = raw.trim();
    if (!line || line.startsWith("//")) return;
    if (line.startsWith("# ")) {
      flush();
      const [, id, published, ...rest] = line.split(/\s+/);
      const phenomena = rest
        .join(" ")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      cur = { id, published, phenomena, entities: [], paras: [] };
    } else if (line.startsWith("@")) {
      if (!cur) throw new Error(`${srcPath}:${n + 1}: entity before first article header`);
      const [id, type, country, gender, name, ...extra] = line.slice(1).split("|");
      const e = { id, name, type, country: country === "-" ? null : country };
      if (gender !== "-") e.gender = gender;
      for (const kv of extra) {
        const [k, v] = kv.split("=");
        e[k] = k === "members" ? v.split(",") : v;
      }
      cur.entities.push(e);
    } else {
      if (!cur) throw new Error(`${srcPath}:${n + 1}: text before first article header`);
      cur.paras.push(line);
    }
  });
  flush();
  return articles;
}

/** The split files: output name and the source-file prefix in src/. */
export const SPLITS = [
  ["coref.de.jsonl", "dev-"],
  ["coref.heldout.de.jsonl", "heldout-"],
];

/** All articles of one split, from every src/<prefix>*.txt in name order. */
export function buildSplit(prefix) {
  const dir = join(here, "src");
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(".txt"))
    .sort();
  return files.flatMap((f) => buildFile(join(dir, f)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [dst, prefix] of SPLITS) {
    const arts = buildSplit(prefix);
    writeFileSync(join(here, dst), `${arts.map((a) => JSON.stringify(a)).join("\n")}\n`);
    console.log(`${dst}: ${arts.length} articles`);
  }
}
