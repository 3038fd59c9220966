/**
 * German lexicon benchmark: table size, cold load time, RSS delta and lookups/s.
 * Run: `npm run build && node --expose-gc dist/bench/lexicon.js`
 * Lookup mix: every word token of ../shared/data/10kgnad/test.csv (real news text) when present, else the
 * forms of a built-in sample; each token gets verb() + isCommonWord() + isDistinctSubj1() (the stages' mix).
 */
import { readFileSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { lexiconPath, loadLexicon } from "../src/lang/de/lexicon/index.js";
import { loadGnad } from "./gnad.js";

const gc = (globalThis as { gc?: () => void }).gc;

function rssMb(): number {
  gc?.();
  return process.memoryUsage().rss / 1e6;
}

function words(): { source: string; tokens: string[] } {
  const articles = loadGnad();
  if (articles.length) {
    const tokens: string[] = [];
    for (const { text } of articles) for (const m of text.matchAll(/[\p{L}][\p{L}-]*/gu)) tokens.push(m[0]);
    return { source: "10kgnad test.csv word tokens", tokens };
  }
  const sample =
    "Die Regierung wies die Vorwürfe zurück und sagte , sie sei bereit , Hilfe zu leisten , wenn es nötig wäre";
  const tokens: string[] = [];
  for (let i = 0; i < 20_000; i++) tokens.push(...sample.split(" "));
  return { source: "built-in sample (../shared not present)", tokens };
}

function main(): void {
  const path = lexiconPath();
  const gz = statSync(path).size;
  const raw = gunzipSync(readFileSync(path)).length;
  const { source, tokens } = words();

  const rss0 = rssMb();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const lex = loadLexicon(path);
  lex.verb("sei");
  const loadMs = performance.now() - t0;
  const loadCpu = process.cpuUsage(cpu0);
  const rss1 = rssMb();

  const run = (): number => {
    const start = performance.now();
    let hits = 0;
    for (const w of tokens) {
      if (lex.verb(w).length > 0) hits++;
      if (lex.isCommonWord(w)) hits++;
      if (lex.isDistinctSubj1(w)) hits++;
    }
    if (hits < 0) throw new Error("unreachable");
    return performance.now() - start;
  };
  const cpu1 = process.cpuUsage();
  const coldMs = run(); // first pass: every distinct form is looked up in the table (and derived if unlisted)
  const coldCpu = process.cpuUsage(cpu1);
  const coldCpuMs = (coldCpu.user + coldCpu.system) / 1000;
  let warmMs = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 3; r++) warmMs = Math.min(warmMs, run());
  const rss2 = rssMb();
  const calls = tokens.length * 3;
  const distinct = new Set(tokens.map((t) => t.toLowerCase())).size;
  const listed = [...new Set(tokens.map((t) => t.toLowerCase()))].filter((t) => lex.isListed(t)).length;
  let tokListed = 0;
  let tokPos = 0;
  for (const w of tokens) {
    if (lex.isListed(w)) tokListed++;
    if (lex.pos(w).length > 0) tokPos++;
  }

  const out = [
    `lexicon: ${path}`,
    `file: ${(gz / 1e6).toFixed(2)} MB gzip, ${(raw / 1e6).toFixed(2)} MB text, ${lex.size} forms`,
    `load (gunzip + index, first lookup): ${loadMs.toFixed(0)} ms wall, ${((loadCpu.user + loadCpu.system) / 1000).toFixed(0)} ms CPU; RSS +${(rss1 - rss0).toFixed(0)} MB${gc ? "" : " (run with --expose-gc for stable RSS)"}`,
    `lookup mix: ${source}: ${tokens.length} tokens, ${distinct} distinct (lower-cased), ${((100 * listed) / distinct).toFixed(1)}% listed`,
    `token coverage: ${((100 * tokListed) / tokens.length).toFixed(1)}% listed, ${((100 * tokPos) / tokens.length).toFixed(1)}% with a word class (listed or compound/adjective rule)`,
    `lookups (3 calls per token): first pass ${(calls / (coldMs / 1000) / 1e6).toFixed(2)} M/s (${coldMs.toFixed(0)} ms wall, ${coldCpuMs.toFixed(0)} ms CPU), cached ${(calls / (warmMs / 1000) / 1e6).toFixed(2)} M/s`,
    `RSS after lookups: +${(rss2 - rss0).toFixed(0)} MB over start (table + result cache)`,
  ];
  process.stdout.write(`${out.join("\n")}\n`);
}

main();
