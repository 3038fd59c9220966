import { readFileSync } from "node:fs";
import { InputError } from "../errors.js";
import { kb } from "../kb/index.js";
import { analyze } from "../pipeline/analyze.js";
import { readJsonl } from "../read/index.js";
import { minhash } from "../store/minhash.js";
import { openStore } from "../store/open.js";
import { contentHash } from "../store/query.js";
import type { ArticleInput, Store } from "../store/types.js";
import { bucketize } from "./aggregate.js";
import type { Corpus, JsonObject, Page } from "./corpus.js";

/**
 * The API's corpus over the `Store`: queries pass through; the entity profile gains a
 * cooperation/conflict timeline and its most frequent event partners; the dyad answer
 * gains the events between the pair.
 */
export function storeCorpus(store: Store): Corpus {
  const page = <T>(p: { total: number; items: T[] }) => p as unknown as Page<JsonObject>;
  // ownership of source outlets (state media), from the knowledge base entry of the corpus entity
  const ownership = new Map<string, string | null>();
  const ownershipOf = async (id: string): Promise<string | null> => {
    let o = ownership.get(id);
    if (o === undefined) {
      const kbId = (await store.getEntity(id))?.kbId;
      o = (kbId ? kb().byId(kbId)?.ownership : undefined) ?? null;
      ownership.set(id, o);
    }
    return o;
  };
  const withOwnership = async <T extends { source: { id: string; name: string } | null }>(rows: T[]): Promise<T[]> => {
    for (const r of rows) {
      if (r.source) (r.source as { ownership?: string | null }).ownership = await ownershipOf(r.source.id);
    }
    return rows;
  };
  return {
    articles: async (q) => page(await store.listArticles(q)),
    article: async (id) => (await store.getArticle(id)) as unknown as JsonObject | null,
    entities: async (q) => page(await store.searchEntities(q)),
    entity: async (id) => {
      const p = await store.entityProfile(id, { limit: 200 });
      if (!p) return null;
      await withOwnership(p.quotesBy);
      await withOwnership(p.quotesAbout);
      const self = p.entity.id;
      const partners = new Map<string, { id: string; name: string; count: number }>();
      for (const e of p.events) {
        for (const other of [e.actor, e.target]) {
          if (!other || other.id === self) continue;
          const c = partners.get(other.id) ?? { id: other.id, name: other.name, count: 0 };
          c.count++;
          partners.set(other.id, c);
        }
      }
      return {
        ...p,
        timeline: bucketize(p.events, "month"),
        partners: [...partners.values()].sort((a, b) => b.count - a.count),
      } as unknown as JsonObject;
    },
    quotes: async (q) => {
      const p = await store.quotes(q);
      await withOwnership(p.items);
      return page(p);
    },
    events: async (q) => page(await store.events(q)),
    dyad: async (q) => {
      const d = await store.dyad(q);
      if (!d) return null;
      const range = { from: q.from, to: q.to, limit: 100 };
      const [ab, ba] = await Promise.all([
        store.events({ ...range, actor: q.a, target: q.b }),
        store.events({ ...range, actor: q.b, target: q.a }),
      ]);
      const seen = new Set<string>();
      const events = [...ab.items, ...ba.items]
        .filter((e) => !seen.has(e.id) && seen.add(e.id))
        .sort((x, y) => String(x.date ?? "").localeCompare(String(y.date ?? "")));
      return { ...d, events } as unknown as JsonObject;
    },
    graph: async (q) => (await store.graph(q)) as unknown as { nodes: JsonObject[]; edges: JsonObject[] },
    close: () => store.close(),
  };
}

interface IngestModule {
  ingestFiles(store: Store, files: string[]): Promise<unknown>;
}

// TEMPORARY until src/ingest exports its entry point: resolved at run time.
const INGEST_MODULE = "../ingest/index.js";

/** Opens the corpus database at `file` (the SQLite store). */
export async function openCorpus(file: string): Promise<Corpus> {
  return storeCorpus(await openStore(file));
}

/**
 * Opens (creating if needed) the database and, when it holds no articles, ingests the
 * sample articles into it; used by `lagebild start`.
 */
export async function ensureSampleCorpus(file: string, samples: string, log: (m: string) => void): Promise<Corpus> {
  const store = await openStore(file, { create: true });
  const stats = await store.stats();
  if (stats.articles === 0) {
    log(`lagebild: ${file} is empty; loading the sample articles from ${samples} …`);
    const t0 = performance.now();
    const n = await ingestSamples(store, samples);
    log(`lagebild: stored ${n} articles in ${Math.round(performance.now() - t0)} ms`);
  }
  return storeCorpus(store);
}

/** Ingests a JSON Lines file with the ingest module when it exists, else directly through the Store. */
async function ingestSamples(store: Store, file: string): Promise<number> {
  const mod = (await import(INGEST_MODULE).catch(() => null)) as Partial<IngestModule> | null;
  if (mod?.ingestFiles) {
    await mod.ingestFiles(store, [file]);
    return (await store.stats()).articles;
  }
  const items: ArticleInput[] = [];
  for (const r of readJsonl(readFileSync(file, "utf8"), file)) {
    if (!r.ok) throw new InputError(r.error);
    const doc = analyze(r.doc).toJSON();
    items.push({ hash: contentHash(doc.text), doc, origin: r.where, minhash: minhash(doc.text), meta: r.doc.meta });
  }
  const out = await store.writeBatch(items);
  return out.filter((o) => o.status === "stored").length;
}
