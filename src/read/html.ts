import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import type { parseHTML as ParseHtml } from "linkedom";
import type { DocInit } from "../doc/index.js";
import { InputError } from "../errors.js";
import { normalizeDate } from "./date.js";

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

/** Minimal DOM surface this reader uses (linkedom's types are loose). */
interface MiniElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface MiniDocument {
  querySelector(sel: string): MiniElement | null;
  querySelectorAll(sel: string): Iterable<MiniElement>;
}

interface HtmlLibs {
  parseHTML: typeof ParseHtml;
  Readability: typeof ReadabilityClass;
}
let libs: HtmlLibs | undefined;

/**
 * The DOM and Readability libraries, loaded on the first HTML page (their CommonJS builds, so
 * readHtml stays synchronous): plain-text runs do not pay the ≈200 ms of loading them.
 */
function htmlLibs(): HtmlLibs {
  if (!libs) {
    const require = createRequire(import.meta.url);
    libs = {
      parseHTML: (require("linkedom") as { parseHTML: typeof ParseHtml }).parseHTML,
      Readability: (require("@mozilla/readability") as { Readability: typeof ReadabilityClass }).Readability,
    };
  }
  return libs;
}

/**
 * Reads an HTML page: the article body (Readability), title, byline and publication
 * date (meta tags, JSON-LD, <time>). Paragraph structure is kept as line breaks.
 */
export function readHtml(html: string, name: string, url?: string): DocInit {
  const { parseHTML, Readability } = htmlLibs();
  const { document } = parseHTML(html);
  const dom = document as unknown as MiniDocument;
  const published = findPublished(dom);
  const canonical = url ?? dom.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  const siteName = dom.querySelector('meta[property="og:site_name"]')?.getAttribute("content") ?? undefined;
  // Readability mutates the document: run it last
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    keepClasses: false,
  }).parse();
  let text = "";
  if (article?.content) {
    const { document: body } = parseHTML(`<html><body>${article.content}</body></html>`);
    text = blockText(body as unknown as MiniDocument);
  }
  if (!text.trim() && article?.textContent) text = article.textContent;
  text = text
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (!text) throw new InputError(`${name}: no article text found in the HTML`);
  const init: DocInit = { text, published };
  const title = article?.title?.trim();
  if (title) init.title = title;
  if (canonical) init.url = canonical;
  if (siteName) init.source = siteName;
  const meta: Record<string, string> = {};
  if (article?.byline) meta.byline = article.byline.trim();
  init.meta = meta;
  return init;
}

function blockText(doc: MiniDocument): string {
  const parts: string[] = [];
  for (const el of doc.querySelectorAll("h1,h2,h3,h4,p,li,blockquote,pre")) {
    const t = (el.textContent ?? "").trim();
    if (t) parts.push(t);
  }
  return parts.join("\n");
}

function findPublished(doc: MiniDocument): string | null {
  for (const sel of DATE_META) {
    const v = doc.querySelector(sel)?.getAttribute("content");
    const d = v ? normalizeDate(v) : null;
    if (d) return d;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? "");
    const d = m ? normalizeDate(m[1]) : null;
    if (d) return d;
  }
  const time = doc.querySelector("time[datetime]")?.getAttribute("datetime");
  return time ? normalizeDate(time) : null;
}
