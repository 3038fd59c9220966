import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/server/corpus.js";
import { type Running, SAMPLES, startServer, webNeedsBuild } from "../../src/server/run.js";
import { ensureSampleCorpus } from "../../src/server/store-corpus.js";

const CHROMIUM = "/usr/bin/chromium";
const SHARED = new URL("../../../shared/", import.meta.url);
const EXAMPLE = fileURLToPath(new URL("examples/kim-putin.de.txt", SHARED));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ARTIFACTS = join(ROOT, "test-artifacts");
const haveShared = existsSync(EXAMPLE);
const haveChromium = existsSync(CHROMIUM);
const reason = !haveChromium
  ? " (skipped: /usr/bin/chromium not installed)"
  : !haveShared
    ? " (skipped: ../shared not present)"
    : "";

describe.skipIf(!haveShared || !haveChromium)(`web UI in Debian's chromium${reason}`, () => {
  let server: Running;
  let corpus: Corpus | null = null;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let tmp: string;
  const dialogs: string[] = [];
  let corpusError = "";

  beforeAll(async () => {
    if (webNeedsBuild()) {
      execFileSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "web"], {
        cwd: ROOT,
        stdio: "pipe",
      });
    }
    tmp = mkdtempSync(join(tmpdir(), "lagebild-ui-"));
    profile = join(tmp, "profile");
    // the analyse page works without a corpus; the corpus test reports why one is missing
    corpus = await ensureSampleCorpus(join(tmp, "ui.db"), SAMPLES, () => {}).catch((e: Error) => {
      corpusError = e.message;
      return null;
    });
    server = await startServer({ corpus, port: 0, host: "127.0.0.1", log: () => {} });
    mkdirSync(ARTIFACTS, { recursive: true });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1400, height: 1000 },
    });
    context.setDefaultTimeout(10_000);
    page = context.pages()[0] ?? (await context.newPage());
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // the UI makes no request anywhere but this server
    await context.route(
      (url) => !url.href.startsWith(server.url),
      (route) => {
        dialogs.push(`external request: ${route.request().url()}`);
        return route.abort();
      },
    );
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function analyse(text: string, published: string): Promise<void> {
    await page.goto(`${server.url}#/analyse`);
    await page.fill("#analyse-text", text);
    await page.fill("#analyse-date", published);
    await page.getByRole("button", { name: "Analyse" }).click();
    await analysed(text.slice(0, 40));
  }

  /**
   * Waits for the result showing `snippet` (the page keeps the previous result until the new one arrives); an error
   * message fails at once. The article text is read without the speaker chips, source badges and normalised time
   * values the view inserts into it (a quote starting inside the snippet puts its speaker's name there).
   */
  async function analysed(snippet: string): Promise<void> {
    const doc = page.locator(".doc-text");
    const error = page.locator(".msg-error");
    await expect
      .poll(
        async () => {
          if (await error.count()) return true;
          if (!(await doc.count())) return false;
          // run through the driver, not as page script, so the UI's Content-Security-Policy allows it
          const text = await doc.first().evaluate((el) => {
            const copy = el.cloneNode(true) as typeof el;
            for (const x of copy.querySelectorAll(".chip, .badge, .tval")) x.remove();
            return copy.textContent ?? "";
          });
          return text.includes(snippet);
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    if (await error.count()) throw new Error(`the UI reported: ${await error.first().textContent()}`);
  }

  /** The quote element whose text contains `key`. */
  const quoteWith = (key: string) => page.locator(".doc-text .quote").filter({ hasText: key }).first();

  it("analyses the example article: speakers on Putin's and Kim's quotes, the Tass source badge", async () => {
    await analyse(readFileSync(EXAMPLE, "utf8"), "2025-09-04");
    await page.screenshot({ path: join(ARTIFACTS, "analyse.png"), fullPage: true });
    const text = await page.locator(".doc-text").textContent();
    expect(text).toContain("Der nordkoreanische Machthaber Kim Jong-un");

    const tass = quoteWith("Wir warten auf Sie");
    await expect.poll(() => tass.count()).toBe(1);
    expect(await tass.locator(".chip.speaker").textContent()).toMatch(/Putin/);
    expect(await tass.locator(".badge.source").textContent()).toMatch(/via Tass/);

    const kim = quoteWith("als brüderliche Pflicht betrachten");
    expect(await kim.locator(".chip.speaker").textContent()).toMatch(/Kim/);
    const putin = quoteWith("mutig und heldenhaft gekämpft");
    expect(await putin.locator(".chip.speaker").textContent()).toMatch(/Putin/);

    // entity mentions carry canonical name, country and Wikidata ID
    const putinMention = page.locator('.doc-text mark.ent-PER[title*="Putin"]').first();
    expect(await putinMention.getAttribute("title")).toMatch(/RUS/);
    await putinMention.focus();
    expect(await page.locator(".details").textContent()).toMatch(/RUS/);

    // time expressions show their normalised value
    const mittwoch = page.locator(".doc-text mark.time", { hasText: "Mittwoch" }).first();
    expect(await mittwoch.getAttribute("data-value")).toBe("2025-09-03");
  });

  it("highlights an event and a quote in the text when chosen in the lists", async () => {
    const first = page.locator(".event-btn").first();
    await expect.poll(() => page.locator(".event-btn").count()).toBeGreaterThan(0);
    await first.focus();
    await page.keyboard.press("Enter");
    expect(await first.getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator(".doc-text .ev-active").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, "analyse-event.png") });
    // a quote chosen in the side list is marked in the text
    await page.locator(".quote-list li", { hasText: "Wir warten auf Sie" }).getByRole("button").click();
    expect(await page.locator(".doc-text .quote.q-active").textContent()).toContain("Wir warten auf Sie");
  });

  it("renders script-laden article text as text, never as markup", async () => {
    const evil = `Berlin – Ein Nutzer schrieb <script>alert(1)</script> und <img src=x onerror="alert(2)"> in das Forum, sagte die Polizei am Montag.`;
    await analyse(evil, "2025-01-10");
    expect(await page.locator(".doc-text").textContent()).toContain("<script>alert(1)</script>");
    expect(await page.locator("main script, main img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("analyses an HTML file chosen in the file picker, with the date from the page", async () => {
    await page.goto("about:blank");
    await page.goto(`${server.url}#/analyse`);
    const body = "Die Regierung in Wien kündigte am Montag neue Hilfen für Landwirte an. ".repeat(6);
    const html = `<!doctype html><html><head><title>Hilfen</title><meta property="article:published_time" content="2025-03-04T08:00:00Z"></head><body><article><h1>Neue Hilfen</h1><p>${body}</p><p>&lt;b&gt;kein Markup&lt;/b&gt;</p></article></body></html>`;
    await page.setInputFiles("#analyse-file", {
      name: "artikel.html",
      mimeType: "text/html",
      buffer: Buffer.from(html),
    });
    await page.getByRole("button", { name: "Analyse" }).click();
    await analysed("Die Regierung in Wien");
    expect(await page.locator(".doc-main .meta").textContent()).toContain("published 2025-03-04");
    expect(await page.locator(".doc-text").textContent()).toContain("<b>kein Markup</b>");
    expect(await page.locator(".doc-text b").count()).toBe(0);
    expect(await page.locator(".doc-text").textContent()).not.toContain("<p>");
  });

  it("is keyboard-usable: the skip link and the navigation are reachable with Tab", async () => {
    await page.goto("about:blank");
    await page.goto(`${server.url}#/analyse`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement?.textContent")).toBe("Skip to content");
    await page.keyboard.press("Tab");
    expect(await page.evaluate('document.activeElement?.getAttribute("href")')).toBe("#/analyse");
  });

  it("opens an entity page and the dyad chart of the corpus's strongest actor pair", async () => {
    expect(corpusError, "the sample corpus could not be built").toBe("");
    const graph = (await (await fetch(`${server.url}api/graph`)).json()) as {
      nodes: { id: string; name: string }[];
      edges: { source: string; target: string; cooperation: number; conflict: number }[];
    };
    expect(graph.edges.length).toBeGreaterThan(0);
    const edge = [...graph.edges].sort((a, b) => b.cooperation + b.conflict - (a.cooperation + a.conflict))[0];
    const name = graph.nodes.find((n) => n.id === edge.source)?.name ?? "";

    await page.goto(`${server.url}#/entities?q=${encodeURIComponent(name)}`);
    await page.locator(".entity-table a", { hasText: name }).first().click();
    await page.waitForSelector("main h1");
    expect(await page.locator("main h1").textContent()).toContain(name);
    await page.waitForSelector("main h2");
    expect(await page.locator("main").textContent()).toMatch(/Quotes by/);
    await page.screenshot({ path: join(ARTIFACTS, "entity.png"), fullPage: true });

    await page.goto(`${server.url}#/dyad?a=${encodeURIComponent(edge.source)}&b=${encodeURIComponent(edge.target)}`);
    await page.waitForSelector("svg.chart");
    expect(await page.locator("svg.chart rect.bar").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, "dyad.png"), fullPage: true });
    // typing an actor name suggests corpus entities
    await page.locator("#dyad-a").fill(name.slice(0, 4));
    await expect.poll(() => page.locator("#dyad-names option").count()).toBeGreaterThan(0);
  });

  it("searches the articles by keyboard and opens one as annotated text", async () => {
    expect(corpusError, "the sample corpus could not be built").toBe("");
    await page.goto(`${server.url}#/articles`);
    await page.locator(".article-list li").first().waitFor();
    const all = await page.locator(".article-list li").count();
    const firstTitle = (await page.locator(".article-list li a").first().textContent()) ?? "";
    const word = firstTitle.split(/\s+/).find((w) => /^\p{Lu}\p{Ll}{4,}$/u.test(w)) ?? "";
    expect(word).not.toBe("");
    await page.locator("#f-q").fill(word);
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=/);
    await page.locator(".article-list li").first().waitFor();
    expect(await page.locator(".article-list li").count()).toBeLessThanOrEqual(all);
    await page.screenshot({ path: join(ARTIFACTS, "articles.png") });
    await page.locator(".article-list li a").first().click();
    await page.locator(".doc-text").waitFor();
    // the opened hit contains the word (in its title or text)
    expect((await page.locator(".doc-main").textContent())?.toLowerCase()).toContain(word.toLowerCase());
  });

  it("draws the actor network", async () => {
    expect(corpusError, "the sample corpus could not be built").toBe("");
    const graph = (await (await fetch(`${server.url}api/graph`)).json()) as { edges: unknown[] };
    expect(graph.edges.length, "the sample corpus has events between actors").toBeGreaterThan(0);
    await page.goto(`${server.url}#/graph`);
    await page.waitForSelector("#graph canvas", { timeout: 10_000 });
    expect(await page.locator(".edge-list tbody tr").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, "graph.png") });
    expect(dialogs).toEqual([]);
  });
});
