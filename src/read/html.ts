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
interface MiniNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MiniNode>;
}
interface MiniElement extends MiniNode {
  getAttribute(name: string): string | null;
}
interface MiniDocument {
  querySelector(sel: string): MiniElement | null;
  querySelectorAll(sel: string): Iterable<MiniElement>;
}

/** The reader falls back to the page's body text when Readability keeps less than this share of it. */
export const FALLBACK_SHARE = 0.25;
/** …and the body holds at least this many characters (short pages are left to Readability). */
const FALLBACK_MIN_CHARS = 500;

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "HEAD", "IFRAME", "OBJECT", "SELECT"]);
const BLOCK = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TFOOT TH THEAD TR UL".split(
    " ",
  ),
);

/** All text under a node, with a line break at every block boundary (no element's text is dropped). */
function textWithBreaks(root: MiniNode): string {
  const out: string[] = [];
  const stack: (MiniNode | "\n")[] = [root];
  while (stack.length) {
    const n = stack.pop() as MiniNode | "\n";
    if (n === "\n") {
      out.push("\n");
      continue;
    }
    if (n.nodeType === 3) {
      out.push(n.textContent ?? "");
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    const block = BLOCK.has(name);
    if (block) out.push("\n");
    if (block) stack.push("\n");
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]);
  }
  return tidy(out.join(""));
}

const tidy = (text: string): string =>
  text
    .replace(/[ \t\u00a0\r]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();

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
  // the whole body's text, before Readability changes the document
  const body = dom.querySelector("body");
  const bodyText = body ? textWithBreaks(body) : "";
  const siteName = dom.querySelector('meta[property="og:site_name"]')?.getAttribute("content") ?? undefined;
  // Readability mutates the document: run it last
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    keepClasses: false,
  }).parse();
  let text = "";
  if (article?.content) {
    const { document: content } = parseHTML(`<html><body>${article.content}</body></html>`);
    const b = (content as unknown as MiniDocument).querySelector("body");
    if (b) text = textWithBreaks(b);
  }
  if (!text.trim() && article?.textContent) text = tidy(article.textContent);
  const warnings: string[] = [];
  if (bodyText.length >= FALLBACK_MIN_CHARS && text.length < FALLBACK_SHARE * bodyText.length) {
    // Readability missed the article (e.g. a body laid out in table cells): nothing is dropped silently
    warnings.push(
      `${name}: the article extractor kept ${text.length} of the page's ${bodyText.length} text characters; analysed the whole body text instead (it may include menus and footers)`,
    );
    text = bodyText;
  }
  if (!text) throw new InputError(`${name}: no article text found in the HTML`);
  const init: DocInit = { text, published };
  if (warnings.length) init.warnings = warnings;
  const title = article?.title?.trim();
  if (title) init.title = title;
  if (canonical) init.url = canonical;
  if (siteName) init.source = siteName;
  const meta: Record<string, string> = {};
  if (article?.byline) meta.byline = article.byline.trim();
  init.meta = meta;
  return init;
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
