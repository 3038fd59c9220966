import { PLOVER_TYPES } from "../../../src/doc/plover.js";
import {
  type ArticleSummary,
  type CorpusEntity,
  type CorpusEvent,
  type CorpusQuote,
  type DocJSON,
  type EntityProfile,
  get,
  type Page,
} from "../api.js";
import { coopConflictChart } from "../chart.js";
import { type Child, dataTable, h, hashHref, link, message, put } from "../dom.js";
import { entityTitle, renderDoc, sourceBadge, speakerChip } from "../render-doc.js";
import { eventTableFor } from "./events-table.js";

type Params = URLSearchParams;

async function load<T>(root: HTMLElement, what: () => Promise<T>, render: (v: T) => void): Promise<void> {
  const status = h("div", { class: "status", "aria-live": "polite" }, message("info", "Loading…"));
  put(root, status);
  try {
    const v = await what();
    status.remove();
    render(v);
  } catch (e) {
    status.replaceChildren(message("error", (e as Error).message));
  }
}

function dateRangeInputs(params: Params): { from: HTMLInputElement; to: HTMLInputElement; els: Child[] } {
  const from = h("input", { type: "date", id: "f-from", name: "from" });
  const to = h("input", { type: "date", id: "f-to", name: "to" });
  from.value = params.get("from") ?? "";
  to.value = params.get("to") ?? "";
  return {
    from,
    to,
    els: [h("label", { for: "f-from" }, "from "), from, h("label", { for: "f-to" }, " to "), to],
  };
}

function searchForm(
  path: string,
  params: Params,
  fields: { name: string; label: string; placeholder?: string; options?: readonly string[] }[],
  withDates: boolean,
): HTMLFormElement {
  const inputs = fields.map((f) => {
    const input = f.options
      ? h(
          "select",
          { id: `f-${f.name}`, name: f.name },
          h("option", { value: "" }, "any"),
          f.options.map((o) => h("option", { value: o }, o)),
        )
      : h("input", { type: "search", id: `f-${f.name}`, name: f.name, placeholder: f.placeholder ?? "" });
    input.value = params.get(f.name) ?? "";
    return { f, input };
  });
  const dates = withDates ? dateRangeInputs(params) : null;
  const form = h(
    "form",
    { class: "search row", role: "search" },
    inputs.map(({ f, input }) => [h("label", { for: input.id }, `${f.label} `), input, " "]),
    dates?.els ?? null,
    h("button", { type: "submit", class: "primary" }, "Search"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    for (const { f, input } of inputs) next[f.name] = input.value.trim();
    if (dates) {
      next.from = dates.from.value;
      next.to = dates.to.value;
    }
    location.hash = hashHref(path, next);
  });
  return form;
}

function pager(path: string, params: Params, total: number | undefined, shown: number, limit: number): Child {
  const offset = Number(params.get("offset") ?? 0) || 0;
  const prev = offset > 0;
  const next = total !== undefined ? offset + shown < total : shown === limit;
  const to = (o: number) => hashHref(path, { ...Object.fromEntries(params), offset: o || undefined });
  return h(
    "nav",
    { class: "pager", "aria-label": "pages" },
    prev ? link(to(Math.max(0, offset - limit)), "← previous") : null,
    h(
      "span",
      { class: "muted" },
      ` ${shown ? offset + 1 : 0}–${offset + shown}${total !== undefined ? ` of ${total}` : ""} `,
    ),
    next ? link(to(offset + limit), "next →") : null,
  );
}

/** The store marks search hits in snippets as [word]: show them highlighted (as text). */
function snippetParts(snippet: string): Child[] {
  return snippet.split(/\[([^\]\n]{1,80})\]/).map((part, i) => (i % 2 ? h("mark", { class: "hit" }, part) : part));
}

export function articlesPage(root: HTMLElement, params: Params): void {
  const limit = 25;
  put(
    root,
    h("h1", null, "Articles"),
    searchForm("/articles", params, [{ name: "q", label: "Search", placeholder: "words in the article" }], true),
  );
  const q = {
    q: params.get("q") ?? undefined,
    from: params.get("from") ?? undefined,
    to: params.get("to") ?? undefined,
    offset: params.get("offset") ?? undefined,
    limit,
  };
  void load(
    root,
    () => get<Page<ArticleSummary>>("articles", q),
    (page) => {
      if (!page.items.length) {
        put(root, message("info", "No articles match."));
        return;
      }
      put(
        root,
        h(
          "ol",
          { class: "article-list" },
          page.items.map((a) =>
            h(
              "li",
              null,
              link(hashHref(`/article/${encodeURIComponent(a.id)}`), a.title || a.id),
              h("span", { class: "muted" }, ` ${a.published ?? "undated"}${a.source ? ` · ${a.source}` : ""}`),
              a.snippet ? h("p", { class: "snippet" }, snippetParts(a.snippet)) : null,
            ),
          ),
        ),
        pager("/articles", params, page.total, page.items.length, limit),
      );
    },
  );
}

export function articlePage(root: HTMLElement, id: string): void {
  void load(
    root,
    () => get<{ id: string; doc: DocJSON }>(`articles/${encodeURIComponent(id)}`),
    (a) => {
      put(
        root,
        h("p", null, link("#/articles", "← all articles")),
        renderDoc(a.doc, {
          entityHref: (e) => hashHref("/entities", { q: e.name }),
        }).element,
      );
    },
  );
}

export function entitiesPage(root: HTMLElement, params: Params): void {
  put(
    root,
    h("h1", null, "Entities"),
    searchForm("/entities", params, [{ name: "q", label: "Name", placeholder: "e.g. Putin" }], false),
  );
  void load(
    root,
    () => get<Page<CorpusEntity>>("entities", { q: params.get("q") ?? undefined, limit: 100 }),
    (page) => {
      if (!page.items.length) {
        put(root, message("info", "No entities match."));
        return;
      }
      put(root, entityTable(page.items));
    },
  );
}

function entityTable(items: CorpusEntity[]): HTMLElement {
  return dataTable(
    "data entity-table",
    ["name", "type", "country", "Wikidata", "mentions", "articles"],
    items.map((e) =>
      h(
        "tr",
        null,
        h(
          "td",
          null,
          h("span", { class: `dot ent-${e.type}`, "aria-hidden": "true" }),
          link(hashHref(`/entity/${encodeURIComponent(e.id)}`), e.name),
        ),
        h("td", null, e.type),
        h("td", null, e.country ?? "—"),
        h("td", null, e.wikidata ?? "—"),
        h("td", null, e.mentionCount ?? "—"),
        h("td", null, e.articleCount ?? "—"),
      ),
    ),
  );
}

function quoteList(items: CorpusQuote[], empty: string): HTMLElement {
  if (!items.length) return h("p", { class: "muted" }, empty);
  return h(
    "ol",
    { class: "quote-list" },
    items.map((q) =>
      h(
        "li",
        null,
        q.speaker
          ? h(
              "a",
              { href: hashHref(`/entity/${encodeURIComponent(q.speaker.id)}`), class: "chip-link" },
              speakerChip(q.speaker.name, true),
            )
          : speakerChip(q.speakerText ?? "unknown speaker", false),
        q.source ? sourceBadge(q.source.name, q.source.ownership) : null,
        " ",
        h("q", { class: "q-text" }, q.text),
        " ",
        h(
          "span",
          { class: "muted" },
          q.date ?? q.published ?? "",
          " · ",
          link(hashHref(`/article/${encodeURIComponent(q.articleId)}`), q.articleTitle || "article"),
        ),
      ),
    ),
  );
}

export function entityPage(root: HTMLElement, id: string): void {
  void load(
    root,
    () => get<EntityProfile>(`entities/${encodeURIComponent(id)}`),
    (p) => {
      const e = p.entity;
      put(
        root,
        h("h1", null, h("span", { class: `dot ent-${e.type}`, "aria-hidden": "true" }), e.name),
        h("p", { class: "meta" }, entityTitle(e)),
        p.partners?.length
          ? h(
              "p",
              { class: "partners" },
              "Dyads: ",
              p.partners
                .slice(0, 12)
                .map((o, i) => [
                  i ? ", " : "",
                  link(hashHref("/dyad", { a: e.id, b: o.id }), `${o.name} (${o.count})`),
                ]),
            )
          : null,
        p.coOccurring?.length
          ? h(
              "p",
              { class: "partners" },
              "Often mentioned with: ",
              p.coOccurring
                .slice(0, 12)
                .map((o, i) => [
                  i ? ", " : "",
                  link(hashHref(`/entity/${encodeURIComponent(o.entity.id)}`), o.entity.name),
                  h("span", { class: "muted" }, ` (${o.articles})`),
                ]),
            )
          : null,
        h("h2", null, "Events over time"),
        p.timeline.length
          ? coopConflictChart(p.timeline, `Events involving ${e.name}: cooperation vs conflict`)
          : h("p", { class: "muted" }, "No dated events."),
        h("h2", null, `Quotes by ${e.name} (${p.quotesBy.length})`),
        quoteList(p.quotesBy, "No quotes by this entity."),
        h("h2", null, `Quotes about ${e.name} (${p.quotesAbout.length})`),
        quoteList(p.quotesAbout, "No quotes mention this entity."),
        h("h2", null, `Events (${p.events.length})`),
        eventTableFor(p.events),
      );
    },
  );
}

export function quotesPage(root: HTMLElement, params: Params): void {
  const limit = 100;
  put(
    root,
    h("h1", null, "Quotes"),
    searchForm(
      "/quotes",
      params,
      [
        { name: "speaker", label: "Speaker" },
        { name: "source", label: "Source" },
        { name: "about", label: "About" },
        { name: "q", label: "Words" },
      ],
      true,
    ),
  );
  const q: Record<string, string | number | undefined> = { limit };
  for (const k of ["speaker", "source", "about", "q", "from", "to", "offset"]) q[k] = params.get(k) ?? undefined;
  void load(
    root,
    () => get<Page<CorpusQuote>>("quotes", q),
    (page) => {
      put(
        root,
        quoteList(page.items, "No quotes match."),
        pager("/quotes", params, page.total, page.items.length, limit),
      );
    },
  );
}

export function eventsPage(root: HTMLElement, params: Params): void {
  put(
    root,
    h("h1", null, "Events"),
    searchForm(
      "/events",
      params,
      [
        { name: "actor", label: "Actor" },
        { name: "target", label: "Target" },
        { name: "type", label: "Type", options: PLOVER_TYPES },
      ],
      true,
    ),
  );
  const q: Record<string, string | number | undefined> = { limit: 200 };
  for (const k of ["actor", "target", "type", "from", "to"]) q[k] = params.get(k) || undefined;
  void load(
    root,
    () => get<Page<CorpusEvent>>("events", q),
    (page) => put(root, eventTableFor(page.items)),
  );
}
