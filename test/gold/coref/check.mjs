// Validates the coreference gold (coref.de.jsonl, coref.heldout.de.jsonl) and prints counts.
// Usage: node test/gold/coref/check.mjs [--uncovered]
// Checks: one JSON object per line; unique article ids over both files; entity ids unique per article and
// every ref/relatedTo pointing to one of them; every entity mentioned; mention offsets (text === slice),
// sorted, nested or disjoint, no duplicate spans; kinds and pronoun forms; gender/number agreement of
// personal pronouns with PER antecedents; the .jsonl equal to what build.mjs makes of src/ (when src/ is
// present). --uncovered lists pronoun-like tokens left unannotated.
// Counting: "anaphoric" = every mention that is not of kind name (name-part, pronoun, role, description,
// apposition), null-ref ones included; "repeated names" = name mentions after an entity's first mention.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSplit, SPLITS } from "./build.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const FILES = SPLITS;
// Personal pronoun forms that cannot refer to a single person of the other gender.
const MASC_ONLY = new Set(["er", "ihn", "ihm"]);
const FEM_OR_PLURAL = new Set(["sie", "ihnen"]);
const KINDS = ["name", "name-part", "pronoun", "role", "description", "apposition"];
const TYPES = ["PER", "ORG", "LOC", "MISC"];
const PRONOUNS = new Set(
  (
    "er sie es ihm ihn ihr ihnen ich mich mir wir uns man dieser diese dieses diesem diesen jener jene jenem jenen " +
    "der die das dem den denen derselbe dieselbe"
  ).split(" "),
);
const CHECK_UNCOVERED = /\b(er|sie|es|ihm|ihn|ihnen|ich|mich|mir|wir|uns|man)\b/giu;
const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);
const seenIds = new Set();
const totals = {};

for (const [file, prefix] of FILES) {
  const path = join(here, file);
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim());
  const c = {
    articles: 0,
    paragraphBreaks: 0,
    entities: 0,
    relatedEntities: 0,
    mentions: 0,
    firstNames: 0,
    repeatedNames: 0,
    anaphoric: 0,
    anaphoricNull: 0,
    world: 0,
    inQuote: 0,
    byKind: {},
    byKindNonNull: {},
  };
  for (const k of KINDS) {
    c.byKind[k] = 0;
    c.byKindNonNull[k] = 0;
  }
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    let a;
    try {
      a = JSON.parse(line);
    } catch {
      err(where, "not JSON");
      return;
    }
    if (typeof a.id !== "string" || seenIds.has(a.id)) err(where, `missing or duplicate id ${a.id}`);
    seenIds.add(a.id);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(a.published ?? "")) err(where, "published not YYYY-MM-DD");
    if (typeof a.text !== "string" || !a.text) err(where, "no text");
    if (!Array.isArray(a.entities) || !Array.isArray(a.mentions)) {
      err(where, "needs entities and mentions");
      return;
    }
    c.articles++;
    c.paragraphBreaks += a.text.split("\n").length - 1;
    const ents = new Map();
    for (const e of a.entities) {
      if (ents.has(e.id)) err(where, `duplicate entity ${e.id}`);
      ents.set(e.id, e);
      if (!TYPES.includes(e.type)) err(where, `${e.id}: bad type ${e.type}`);
      if (e.country !== null && !/^[A-Z]{3}$/.test(e.country ?? "")) err(where, `${e.id}: bad country`);
      if (e.type === "PER" && !["m", "f", "pl"].includes(e.gender)) err(where, `${e.id}: PER needs gender m, f or pl`);
      if (typeof e.name !== "string" || !e.name) err(where, `${e.id}: no name`);
    }
    for (const e of a.entities) {
      if (e.relatedTo !== undefined && !ents.has(e.relatedTo)) err(where, `${e.id}: relatedTo ${e.relatedTo} unknown`);
      if (e.relatedTo) c.relatedEntities++;
      if (e.members !== undefined) {
        if (!Array.isArray(e.members) || e.members.length < 2) err(where, `${e.id}: members needs two or more ids`);
        else for (const id of e.members) if (!ents.has(id)) err(where, `${e.id}: member ${id} unknown`);
      }
    }
    c.entities += ents.size;
    const used = new Set();
    const firstSeen = new Set();
    let prev = null;
    const spans = new Set();
    const stack = [];
    for (const m of a.mentions) {
      const mw = `${where} [${m.start},${m.end}) "${m.text}"`;
      if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start >= m.end || m.end > a.text.length)
        err(mw, "bad offsets");
      else if (a.text.slice(m.start, m.end) !== m.text) err(mw, `text != slice ("${a.text.slice(m.start, m.end)}")`);
      if (!KINDS.includes(m.kind)) err(mw, `bad kind ${m.kind}`);
      if (m.ref !== null && !ents.has(m.ref)) err(mw, `unknown ref ${m.ref}`);
      if (m.ref === undefined) err(mw, "ref missing (use null)");
      if (m.kind === "pronoun" && !PRONOUNS.has(m.text.toLowerCase())) err(mw, "not a pronoun form");
      if (m.kind !== "pronoun" && m.ref === null) err(mw, "null ref only for pronouns");
      if (m.world && m.kind !== "role" && m.kind !== "description") err(mw, "world flag on a non-role mention");
      if (prev && (m.start < prev.start || (m.start === prev.start && m.end > prev.end)))
        err(mw, "mentions not sorted");
      const key = `${m.start}:${m.end}`;
      if (spans.has(key)) err(mw, "duplicate span");
      spans.add(key);
      while (stack.length && stack[stack.length - 1].end <= m.start) stack.pop();
      if (stack.length && m.end > stack[stack.length - 1].end) err(mw, "crossing spans");
      stack.push(m);
      prev = m;
      if (m.ref) used.add(m.ref);
      c.mentions++;
      const first = m.ref !== null && !firstSeen.has(m.ref);
      if (m.ref !== null) firstSeen.add(m.ref);
      if (m.kind === "pronoun" && m.ref !== null) {
        const e = ents.get(m.ref);
        const w = m.text.toLowerCase();
        if (e?.type === "PER" && e.gender !== "m" && MASC_ONLY.has(w)) err(mw, `${w} for non-male ${e.id}`);
        if (e?.type === "PER" && e.gender === "m" && FEM_OR_PLURAL.has(w)) err(mw, `${w} for male ${e.id}`);
      }
      if (m.kind === "name") {
        if (first) c.firstNames++;
        else c.repeatedNames++;
        continue;
      }
      c.anaphoric++;
      c.byKind[m.kind]++;
      if (m.ref === null) c.anaphoricNull++;
      else c.byKindNonNull[m.kind]++;
      if (m.world) c.world++;
      if (m.inQuote) c.inQuote++;
    }
    for (const id of ents.keys()) if (!used.has(id)) err(where, `entity ${id} never mentioned`);
    if (process.argv.includes("--uncovered")) {
      for (const hit of a.text.matchAll(CHECK_UNCOVERED)) {
        const s = hit.index;
        if (!a.mentions.some((m) => m.start === s && m.end === s + hit[0].length))
          console.log(`uncovered ${a.id} @${s} "${a.text.slice(Math.max(0, s - 30), s + 30).replace(/\n/g, "¶")}"`);
      }
    }
  });
  if (existsSync(join(here, "src"))) {
    const built = buildSplit(prefix).map((x) => JSON.stringify(x));
    if (built.join("\n") !== lines.join("\n")) err(file, `differs from build of src/${prefix}*.txt (run build.mjs)`);
  }
  totals[file] = c;
}

for (const [file, c] of Object.entries(totals)) {
  console.log(
    `${file}: ${c.articles} articles, ${c.entities} entities (${c.relatedEntities} relatedTo), ${c.mentions} mentions,`,
  );
  console.log(
    `  name mentions: first ${c.firstNames}, repeated ${c.repeatedNames}; anaphoric ${c.anaphoric} (ref null ${c.anaphoricNull}), world ${c.world}, inQuote ${c.inQuote}, paragraph breaks ${c.paragraphBreaks}`,
  );
  console.log(
    `  anaphoric by kind: ${KINDS.map((k) => `${k} ${c.byKind[k]} (${c.byKindNonNull[k]} resolved)`).join(", ")}`,
  );
}
const sum = (f) => Object.values(totals).reduce((s, c) => s + f(c), 0);
console.log(
  `total: ${sum((c) => c.articles)} articles, anaphoric ${sum((c) => c.anaphoric)} (ref null ${sum((c) => c.anaphoricNull)}); ` +
    KINDS.map((k) => `${k} ${sum((c) => c.byKind[k])}`).join(", "),
);
if (errors.length) {
  for (const e of errors) console.error(e);
  console.error(`${errors.length} error(s)`);
  process.exit(1);
}
console.log("ok");
