import { InputError } from "../errors.js";
import { ingest } from "../ingest/ingest.js";
import { kb } from "../kb/index.js";
import { openStore } from "../store/open.js";
import type { EventRow, Store } from "../store/types.js";
import { bucketize, fillGaps } from "./aggregate.js";
import type { Corpus, JsonObject, Page } from "./corpus.js";

/**
 * The API's corpus over the `Store`: queries pass through; the entity profile gains a
 * cooperation/conflict timeline and its most frequent event partners; the dyad answer
 * gains the events between the pair.
 */
/** Cap on the events read for one entity's timeline. */
const ALL_EVENTS = 10_000;

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
      // the timeline and partners count ALL the entity's events, not only the profile's page of them
      const all = new Map<string, EventRow>();
      const [asActor, asTarget] = await Promise.all([
        store.events({ actor: self, limit: ALL_EVENTS }),
        store.events({ target: self, limit: ALL_EVENTS }),
      ]);
      for (const e of [...p.events, ...asActor.items, ...asTarget.items]) all.set(e.id, e);
      const partners = new Map<string, { id: string; name: string; count: number }>();
      for (const e of all.values()) {
        for (const other of [e.actor, e.target]) {
          if (!other || other.id === self) continue;
          const c = partners.get(other.id) ?? { id: other.id, name: other.name, count: 0 };
          c.count++;
          partners.set(other.id, c);
        }
      }
      return {
        ...p,
        timeline: bucketize(all.values(), "month"),
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
      return { ...d, buckets: fillGaps(d.buckets, d.interval), events } as unknown as JsonObject;
    },
    graph: async (q) => (await store.graph(q)) as unknown as { nodes: JsonObject[]; edges: JsonObject[] },
    close: () => store.close(),
  };
}

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
    const n = await ingestSamples(store, samples, log);
    log(`lagebild: stored ${n} articles in ${Math.round(performance.now() - t0)} ms`);
  }
  return storeCorpus(store);
}

/** Ingests a JSON Lines file through src/ingest (worker pool, batched writes); returns the stored count. */
async function ingestSamples(store: Store, file: string, log: (m: string) => void): Promise<number> {
  const summary = await ingest([file], { store, quiet: true, workers: 0 });
  if (summary.failures.length) {
    const f = summary.failures[0];
    const what = `${summary.failures.length} of ${summary.read} sample articles failed; first: ${f.error}`;
    if (!summary.stored) throw new InputError(what);
    log(`lagebild: warning: ${what}`);
  }
  return summary.stored;
}
