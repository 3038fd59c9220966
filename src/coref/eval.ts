/**
 * Scoring of the coreference layer against a gold .jsonl (test/gold/coref: {id, published, text, entities: [{id,
 * name, type}], mentions: [{start, end, text, kind, ref}]}). Every gold mention other than a full name is scored:
 * it is right when the system's mention that overlaps it most refers to the gold entity (its entity has a mention
 * overlapping one of the gold entity's names, or the same name) — or, for a gold null, when the system links none.
 * Reported per kind (pronoun, role, description, name-part, apposition) and for the mentions the system linked.
 */
import { existsSync, readFileSync } from "node:fs";
import type { Doc, Entity } from "../doc/index.js";
import { InputError } from "../errors.js";
import { analyze } from "../pipeline/analyze.js";

interface GoldMention {
  start: number;
  end: number;
  text: string;
  kind: string;
  ref: string | null;
}
interface GoldArticle {
  id: string;
  published: string | null;
  text: string;
  entities: { id: string; name: string }[];
  mentions: GoldMention[];
}

export interface KindScore {
  gold: number;
  correct: number;
  /** Gold mentions with a referent that the system linked to some entity. */
  linked: number;
  /** …of which to the right one. */
  linkedCorrect: number;
}

export interface CorefScores {
  articles: number;
  byKind: Record<string, KindScore>;
  all: KindScore;
  errors: string[];
}

export function loadCorefGold(path: string): GoldArticle[] {
  if (!existsSync(path)) throw new InputError(`gold file not found: ${path}`);
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, k) => {
      try {
        return JSON.parse(l) as GoldArticle;
      } catch {
        throw new InputError(`${path}:${k + 1}: not a JSON object`);
      }
    });
}

const norm = (s: string) => s.toLowerCase().normalize("NFC");
const lastWord = (s: string) => norm(s).split(/\s+/).pop() ?? "";

/** Whether a system entity is the gold entity `ref` of the article. */
function sameEntity(ent: Entity, ref: string, g: GoldArticle): boolean {
  const names = g.mentions.filter((m) => m.ref === ref && (m.kind === "name" || m.kind === "name-part"));
  if (names.some((n) => ent.mentions.some((m) => m.form !== "pronoun" && m.start < n.end && n.start < m.end)))
    return true;
  const gold = g.entities.find((e) => e.id === ref);
  if (!gold) return false;
  const forms = [ent.name, ...ent.aliases].map(norm);
  return (
    forms.includes(norm(gold.name)) || forms.some((f) => lastWord(f) === lastWord(gold.name) && lastWord(f).length > 2)
  );
}

function emptyScore(): KindScore {
  return { gold: 0, correct: 0, linked: 0, linkedCorrect: 0 };
}

export function scoreCoref(gold: readonly GoldArticle[], run: (g: GoldArticle) => Doc = defaultRun): CorefScores {
  const byKind: Record<string, KindScore> = {};
  const all = emptyScore();
  const errors: string[] = [];
  for (const g of gold) {
    const doc = run(g);
    const ents = new Map(doc.entities.map((e) => [e.id, e]));
    for (const m of g.mentions) {
      if (m.kind === "name") continue;
      let best: (typeof doc.mentions)[number] | null = null;
      let bestOverlap = 0;
      for (const p of doc.mentions) {
        const o = Math.min(p.end, m.end) - Math.max(p.start, m.start);
        if (o > bestOverlap) {
          bestOverlap = o;
          best = p;
        }
      }
      const ent = best?.entity ? (ents.get(best.entity) ?? null) : null;
      const ok = m.ref === null ? ent === null : ent !== null && sameEntity(ent, m.ref, g);
      byKind[m.kind] ??= emptyScore();
      const s = byKind[m.kind];
      for (const x of [s, all]) {
        x.gold++;
        if (ok) x.correct++;
        if (m.ref !== null && ent) {
          x.linked++;
          if (ok) x.linkedCorrect++;
        }
      }
      if (!ok) {
        const want = m.ref === null ? "none" : (g.entities.find((e) => e.id === m.ref)?.name ?? m.ref);
        errors.push(
          `${g.id} ${m.kind} "${m.text}"@${m.start}: got ${ent?.name ?? "none"} (${best?.via ?? "-"}) want ${want}`,
        );
      }
    }
  }
  return { articles: gold.length, byKind, all, errors };
}

function defaultRun(g: GoldArticle): Doc {
  return analyze({ text: g.text, published: g.published });
}
