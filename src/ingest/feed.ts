import { XMLParser } from "fast-xml-parser";
import type { DocInit } from "../doc/index.js";
import { normalizeDate } from "../read/date.js";
import { readHtml } from "../read/html.js";
import type { Item } from "./sources.js";

export interface FetchOptions {
  /** Per-request timeout in milliseconds (default 20 s). */
  timeoutMs?: number;
  /** Pages fetched at once from one feed (default 4). */
  fetchConcurrency?: number;
}

/** True when the text is an RSS, RDF or Atom feed. */
export function isFeed(text: string): boolean {
  const head = text.slice(0, 4000);
  return /<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]/i.test(head);
}

/** Fetches a URL as text; any failure (network, status, timeout) throws with a clear message. */
export async function fetchText(url: string, opts: FetchOptions = {}): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(opts.timeoutMs ?? 20_000),
      headers: {
        "user-agent": "lagebild-ingest",
        accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
      },
      redirect: "follow",
    });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    const why = err.name === "TimeoutError" ? "timed out" : (err.cause?.code ?? err.cause?.message ?? err.message);
    throw new Error(`${url}: cannot fetch (${why})`);
  }
  if (!res.ok) throw new Error(`${url}: cannot fetch (HTTP ${res.status})`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const type = res.headers.get("content-type") ?? "";
  const charset = /charset=([\w-]+)/i.exec(type)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset && charset !== "utf8" ? charset : "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

interface FeedEntry {
  link: string | null;
  title: string | null;
  published: string | null;
  where: string;
}

type XmlNode = Record<string, unknown>;

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function textOf(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number") return String(v).trim() || null;
  if (typeof v === "object" && "#text" in (v as XmlNode)) return textOf((v as XmlNode)["#text"]);
  return null;
}

function atomLink(v: unknown): string | null {
  const links = asArray(v as XmlNode | XmlNode[] | undefined);
  let best: string | null = null;
  for (const l of links) {
    if (typeof l === "string") return l;
    const href = (l as XmlNode)["@_href"];
    const rel = (l as XmlNode)["@_rel"];
    if (typeof href === "string" && (rel === undefined || rel === "alternate")) return href;
    if (typeof href === "string" && !best) best = href;
  }
  return best;
}

/** The entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed. */
export function parseFeed(xml: string, name: string): { title: string | null; entries: FeedEntry[] } {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", processEntities: true });
  const root = parser.parse(xml) as XmlNode;
  const entries: FeedEntry[] = [];
  const rss = root.rss as XmlNode | undefined;
  const rdf = root["rdf:RDF"] as XmlNode | undefined;
  const atom = root.feed as XmlNode | undefined;
  let title: string | null = null;
  if (rss || rdf) {
    const channel = (rss?.channel ?? rdf?.channel) as XmlNode | undefined;
    title = textOf(channel?.title);
    const items = asArray((channel?.item ?? rdf?.item) as XmlNode | XmlNode[] | undefined);
    items.forEach((it, i) => {
      const guid = it.guid as XmlNode | string | undefined;
      const perma =
        typeof guid === "object" && guid && guid["@_isPermaLink"] !== "false"
          ? textOf(guid)
          : typeof guid === "string"
            ? guid
            : null;
      entries.push({
        link: textOf(it.link) ?? (perma && /^https?:/.test(perma) ? perma : null),
        title: textOf(it.title),
        published: textOf(it.pubDate) ?? textOf(it["dc:date"]),
        where: `${name} item ${i + 1}`,
      });
    });
  } else if (atom) {
    title = textOf(atom.title);
    asArray(atom.entry as XmlNode | XmlNode[] | undefined).forEach((e, i) => {
      entries.push({
        link: atomLink(e.link),
        title: textOf(e.title),
        published: textOf(e.published) ?? textOf(e.updated),
        where: `${name} entry ${i + 1}`,
      });
    });
  } else throw new Error(`${name}: not an RSS or Atom feed`);
  return { title, entries };
}

/**
 * The articles of a feed: each entry's page is fetched and read with the HTML reader;
 * an entry without a link, or whose page cannot be fetched or read, is a failed item.
 */
export async function* readFeedItems(xml: string, name: string, opts: FetchOptions = {}): AsyncGenerator<Item> {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml, name);
  } catch (e) {
    yield { ok: false, where: name, error: `${name}: cannot read the feed (${(e as Error).message})` };
    return;
  }
  const conc = Math.max(1, opts.fetchConcurrency ?? 4);
  const entries = feed.entries;
  const pending: Promise<Item>[] = [];
  let next = 0;
  const start = (): void => {
    const e = entries[next++];
    pending.push(entryItem(e, feed.title, opts));
  };
  while (next < entries.length && pending.length < conc) start();
  while (pending.length) {
    const item = await (pending.shift() as Promise<Item>);
    if (next < entries.length) start();
    yield item;
  }
}

async function entryItem(e: FeedEntry, feedTitle: string | null, opts: FetchOptions): Promise<Item> {
  if (!e.link) return { ok: false, where: e.where, error: `${e.where}: the entry has no link to an article page` };
  const where = e.link;
  try {
    const html = await fetchText(e.link, opts);
    const doc: DocInit = readHtml(html, e.link, e.link);
    if (!doc.title && e.title) doc.title = e.title;
    if (!doc.published && e.published) doc.published = normalizeDate(e.published);
    if (!doc.source && feedTitle) doc.source = feedTitle;
    const meta = { ...(doc.meta ?? {}), feed: e.where };
    return { ok: true, doc, meta, where };
  } catch (e2) {
    return { ok: false, where, error: (e2 as Error).message };
  }
}
