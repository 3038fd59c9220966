import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { Doc } from "../doc/index.js";
import { InputError } from "../errors.js";
import { Pipeline } from "../pipeline/analyze.js";

/** One gold expression: character span, value and (for our news gold) type. */
export interface GoldTime {
  start: number;
  end: number;
  text: string;
  value: string | null;
  type?: string;
}

export interface GoldDoc {
  id: string;
  text: string;
  published: string | null;
  gold: GoldTime[];
}

/** WikiWarsDE keyinline file: DATETIME as reference, inline <TIMEX2 val=…> inside <TEXT>. */
export function parseTimex2(id: string, xml: string): GoldDoc {
  const dt = /<DATETIME>\s*<TIMEX2[^>]*>([^<]*)<\/TIMEX2>/.exec(xml) ?? /<DATETIME>\s*([^<\s]+)/.exec(xml);
  const published = dt?.[1] ? dt[1].slice(0, 10) : null;
  const a = xml.indexOf("<TEXT>");
  const b = xml.lastIndexOf("</TEXT>");
  if (a < 0 || b < 0) throw new InputError(`${id}: no <TEXT> element`);
  const body = xml.slice(a + "<TEXT>".length, b);
  let text = "";
  const gold: GoldTime[] = [];
  const stack: { start: number; value: string | null }[] = [];
  const re = /<(\/?)TIMEX2([^>]*)>/g;
  let last = 0;
  for (let r = re.exec(body); r; r = re.exec(body)) {
    text += body.slice(last, r.index);
    last = r.index + r[0].length;
    if (r[1]) {
      const open = stack.pop();
      if (open) gold.push({ start: open.start, end: text.length, text: text.slice(open.start), value: open.value });
    } else {
      const v = /val="([^"]*)"/.exec(r[2] ?? "");
      stack.push({ start: text.length, value: v?.[1] ?? null });
    }
  }
  text += body.slice(last);
  return { id, text, published, gold: gold.sort((x, y) => x.start - y.start) };
}

interface JsonlLine {
  text: string;
  published?: string | null;
  expected?: { text: string; value: string; type?: string }[];
}

/** Our news gold: one sentence per line {text, published, expected: [{text, value, type}]}; spans found left to right. */
export function parseJsonl(id: string, content: string): GoldDoc[] {
  const out: GoldDoc[] = [];
  const lines = content.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]?.trim();
    if (!line || line.startsWith("//")) continue;
    let j: JsonlLine;
    try {
      j = JSON.parse(line) as JsonlLine;
    } catch {
      throw new InputError(`${id}:${n + 1}: not valid JSON`);
    }
    if (typeof j.text !== "string") throw new InputError(`${id}:${n + 1}: "text" is missing`);
    const gold: GoldTime[] = [];
    let from = 0;
    for (const ex of j.expected ?? []) {
      const at = j.text.indexOf(ex.text, from);
      if (at < 0) throw new InputError(`${id}:${n + 1}: expected "${ex.text}" does not occur in the text`);
      gold.push({
        start: at,
        end: at + ex.text.length,
        text: ex.text,
        value: ex.value,
        ...(ex.type ? { type: ex.type } : {}),
      });
      from = at + ex.text.length;
    }
    out.push({ id: `${id}:${n + 1}`, text: j.text, published: j.published ?? null, gold });
  }
  return out;
}

/** Reads WikiWarsDE (folder, keyinline folder or one .key.xml file) or .jsonl news gold (file or folder). */
export function loadTimeGold(path: string): { docs: GoldDoc[]; format: "timex2" | "jsonl" } {
  if (!existsSync(path)) throw new InputError(`${path}: no such file or folder`);
  const files: string[] = [];
  const walk = (p: string): void => {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name === "key" || name === "in") continue; // WikiWarsDE stand-off and raw copies
        walk(join(p, name));
      }
    } else if (p.endsWith(".key.xml") || p.endsWith(".jsonl")) files.push(p);
  };
  walk(path);
  if (!files.length) throw new InputError(`${path}: no WikiWarsDE *.key.xml or news gold *.jsonl files found`);
  const docs: GoldDoc[] = [];
  let jsonl = false;
  for (const f of files) {
    const content = readFileSync(f, "utf8");
    if (f.endsWith(".jsonl")) {
      jsonl = true;
      docs.push(...parseJsonl(basename(f), content));
    } else docs.push(parseTimex2(basename(f), content));
  }
  return { docs, format: jsonl ? "jsonl" : "timex2" };
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface TimeScores {
  documents: number;
  gold: number;
  system: number;
  strict: PRF;
  lenient: PRF;
  /** Correct values among lenient matches (gold with a value). */
  valueAccuracy: number;
  byType: Record<string, PRF & { gold: number; system: number; valueAccuracy: number }>;
  errors: string[];
}

function prf(tpSys: number, sys: number, tpGold: number, gold: number): PRF {
  const precision = sys ? tpSys / sys : 0;
  const recall = gold ? tpGold / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * Scores extraction (strict = same span, lenient = overlap) and value accuracy, the HeidelTime/TempEval way, of
 * the time stage `stage` (default the German one; the gold documents are German).
 */
export function scoreTime(docs: GoldDoc[], mode: "news" | "narrative", stage = "de.time.v1"): TimeScores {
  const pipeline = new Pipeline({ stages: ["tokens.v1", "sentences.v1", stage], options: { [stage]: { mode } } });
  let gold = 0;
  let sys = 0;
  let strictTp = 0;
  let lenSys = 0;
  let lenGold = 0;
  let valTotal = 0;
  let valOk = 0;
  const types: Record<string, { gold: number; system: number; tpG: number; tpS: number; vt: number; vo: number }> = {};
  const ty = (t: string) => {
    let r = types[t];
    if (!r) {
      r = { gold: 0, system: 0, tpG: 0, tpS: 0, vt: 0, vo: 0 };
      types[t] = r;
    }
    return r;
  };
  const errors: string[] = [];
  for (const g of docs) {
    const doc = new Doc({ text: g.text, published: g.published });
    doc.lang = "de";
    const found = pipeline.run(doc).times;
    gold += g.gold.length;
    sys += found.length;
    const used = new Set<number>();
    for (const gt of g.gold) {
      const tg = ty(gt.type ?? "ALL");
      tg.gold++;
      let match = -1;
      for (let k = 0; k < found.length; k++) {
        const f = found[k];
        if (!f || used.has(k)) continue;
        if (f.start < gt.end && gt.start < f.end) {
          if (match < 0 || (f.start === gt.start && f.end === gt.end)) match = k;
        }
      }
      if (match < 0) {
        const ctx = g.text.slice(Math.max(0, gt.start - 40), gt.end + 30).replace(/\s+/g, " ");
        errors.push(`${g.id}\tMISS\t${gt.text}\t${gt.value ?? ""}\t${ctx}`);
        continue;
      }
      used.add(match);
      const f = found[match];
      if (!f) continue;
      lenGold++;
      tg.tpG++;
      if (f.start === gt.start && f.end === gt.end) strictTp++;
      else errors.push(`${g.id}\tSPAN\t${gt.text}\t${f.text}`);
      if (gt.value !== null) {
        valTotal++;
        tg.vt++;
        if (f.value === gt.value) {
          valOk++;
          tg.vo++;
        } else errors.push(`${g.id}\tVALUE\t${gt.text}\t${gt.value}\t${f.value}`);
      }
    }
    for (let k = 0; k < found.length; k++) {
      const f = found[k];
      if (!f) continue;
      const tf = ty(g.gold.some((x) => x.type) ? f.type : "ALL");
      tf.system++;
      if (g.gold.some((gt) => f.start < gt.end && gt.start < f.end)) {
        lenSys++;
        tf.tpS++;
      } else {
        const ctx = g.text.slice(Math.max(0, f.start - 40), f.end + 30).replace(/\s+/g, " ");
        errors.push(`${g.id}\tFALSE\t${f.text}\t${f.value}\t${ctx}`);
      }
    }
  }
  const byType: TimeScores["byType"] = {};
  for (const [k, r] of Object.entries(types)) {
    byType[k] = {
      ...prf(r.tpS, r.system, r.tpG, r.gold),
      gold: r.gold,
      system: r.system,
      valueAccuracy: r.vt ? r.vo / r.vt : 0,
    };
  }
  return {
    documents: docs.length,
    gold,
    system: sys,
    strict: prf(strictTp, sys, strictTp, gold),
    lenient: prf(lenSys, sys, lenGold, gold),
    valueAccuracy: valTotal ? valOk / valTotal : 0,
    byType,
    errors,
  };
}
