import { ploverSide } from "../../src/doc/plover.js";
import type { DocJSON, Entity, Event, Quote, Time } from "./api.js";
import { type Child, clear, h, hashHref } from "./dom.js";

const TYPE_LABEL: Record<string, string> = { PER: "person", ORG: "organisation", LOC: "place", MISC: "other" };

interface Seg {
  a: number;
  b: number;
}

/** Everything that covers one stretch of text. */
interface Cover {
  quote: Quote | null;
  /** An entity mention, or (with `coref`) a pronoun, role or description the coreference layer resolved to it. */
  mention: { entity: Entity; start: number; end: number; coref: boolean } | null;
  time: Time | null;
  events: Event[];
}

export function entityTitle(e: {
  name: string;
  type: string;
  country: string | null;
  wikidata: string | null;
  role?: string | null;
  ownership?: string | null;
  linkReason?: string | null;
}): string {
  const parts = [e.name, TYPE_LABEL[e.type] ?? e.type];
  parts.push(e.country ? `country ${e.country}` : "country unknown");
  parts.push(e.wikidata ? `Wikidata ${e.wikidata}` : "no Wikidata ID");
  if (e.role) parts.push(e.role);
  if (e.ownership) parts.push(`${e.ownership} ownership`);
  if (e.linkReason) parts.push(`linked: ${e.linkReason}`);
  return parts.join(" · ");
}

/** "via Tass" with a visible state-media flag when the outlet is state-owned. */
export function sourceBadge(name: string, ownership?: string | null): HTMLElement {
  const state = ownership === "state";
  return h(
    "span",
    { class: `badge source${state ? " state" : ""}`, title: state ? `${name}: state-owned media` : name },
    `via ${name}`,
    state ? h("span", { class: "flag" }, " · state media") : null,
  );
}

export function speakerChip(name: string, linked: boolean): HTMLElement {
  return h("span", { class: `chip speaker${linked ? "" : " unlinked"}`, title: `speaker: ${name}` }, name);
}

function segments(text: string, doc: DocJSON): Seg[] {
  const cuts = new Set<number>([0, text.length]);
  const add = (s: number, e: number) => {
    if (s >= 0 && e <= text.length && s < e) {
      cuts.add(s);
      cuts.add(e);
    }
  };
  for (const e of doc.entities) for (const m of e.mentions) add(m.start, m.end);
  for (const m of doc.mentions ?? []) if (m.entity && m.kind !== "name") add(m.start, m.end);
  for (const q of doc.quotes) add(q.start, q.end);
  for (const t of doc.times) add(t.start, t.end);
  for (const ev of doc.events) add(ev.start, ev.end);
  const sorted = [...cuts].sort((x, y) => x - y);
  const out: Seg[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) out.push({ a: sorted[i], b: sorted[i + 1] });
  return out;
}

function coverAt(doc: DocJSON, s: Seg): Cover {
  const inside = (x: { start: number; end: number }) => x.start <= s.a && s.b <= x.end;
  let quote: Quote | null = null;
  for (const q of doc.quotes) if (inside(q) && (!quote || q.end - q.start < quote.end - quote.start)) quote = q;
  let mention: Cover["mention"] = null;
  for (const e of doc.entities) {
    const m = e.mentions.find(inside);
    if (m) {
      mention = { entity: e, start: m.start, end: m.end, coref: false };
      break;
    }
  }
  if (!mention) {
    const m = (doc.mentions ?? []).find((x) => x.entity && x.kind !== "name" && inside(x));
    const entity = m?.entity ? doc.entities.find((e) => e.id === m.entity) : undefined;
    if (m && entity) mention = { entity, start: m.start, end: m.end, coref: true };
  }
  const time = doc.times.find(inside) ?? null;
  const events = doc.events.filter(inside);
  return { quote, mention, time, events };
}

export interface DocView {
  element: HTMLElement;
  highlightEvent(id: string | null): void;
}

/**
 * The article with its layers: entity mentions coloured by type (title and details panel
 * with canonical name, country, Wikidata ID), quotes with speaker chip and source badge,
 * time expressions with their normalised value, events highlighted on demand. All text
 * goes in as text nodes.
 */
export function renderDoc(doc: DocJSON, opts: { entityHref?: (e: Entity) => string } = {}): DocView {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const text = doc.text;
  const body = h("div", { class: "doc-text", lang: doc.lang === "und" ? null : doc.lang });
  const details = h("div", { class: "details", "aria-live": "polite" }, "Hover or focus a marked word for details.");
  const showDetails = (...children: Child[]) => {
    clear(details);
    for (const c of children) details.append(typeof c === "string" ? c : (c as Node));
  };

  let curQuote: { q: Quote; el: HTMLElement } | null = null;
  let curMark: { key: string; el: HTMLElement } | null = null;
  for (const seg of segments(text, doc)) {
    const cov = coverAt(doc, seg);
    if (cov.quote !== (curQuote?.q ?? null)) {
      curMark = null;
      curQuote = null;
      if (cov.quote) {
        const q: Quote = cov.quote;
        const el = h("span", { class: `quote quote-${q.kind}`, "data-quote": q.id });
        if (seg.a === q.start) el.append(quoteChip(q, byId));
        body.append(el);
        curQuote = { q, el };
      }
    }
    const parent = curQuote?.el ?? body;
    const key = cov.mention
      ? `m:${cov.mention.entity.id}:${cov.mention.start}`
      : cov.time
        ? `t:${cov.time.start}`
        : null;
    const open = curMark as { key: string; el: HTMLElement } | null;
    if (key !== (open?.key ?? null) || (open && open.el.parentNode !== parent)) {
      curMark = null;
      if (cov.mention) {
        const ent = cov.mention.entity;
        const written = text.slice(cov.mention.start, cov.mention.end);
        // a pronoun, role or description shows whom it refers to: "der Minister → Sebastian Kurz"
        const title = cov.mention.coref ? `${written} → ${entityTitle(ent)}` : entityTitle(ent);
        const el = h("mark", {
          class: `ent ent-${ent.type}${cov.mention.coref ? " coref" : ""}`,
          tabindex: 0,
          title,
          "data-entity": ent.id,
          "aria-label": `${written} (${title})`,
        });
        const show = () => showDetails(entityDetails(ent, opts.entityHref));
        el.addEventListener("mouseenter", show);
        el.addEventListener("focus", show);
        parent.append(el);
        curMark = { key: key as string, el };
      } else if (cov.time) {
        const t = cov.time;
        const title = `${t.type} ${t.value}${t.mod ? ` (${t.mod})` : ""}`;
        const el = h("mark", { class: "time", tabindex: 0, title, "data-value": t.value });
        const show = () => showDetails(h("strong", null, t.text), ` → ${title}`);
        el.addEventListener("mouseenter", show);
        el.addEventListener("focus", show);
        parent.append(el);
        curMark = { key: key as string, el };
      }
    }
    const target = curMark?.el ?? parent;
    const piece = text.slice(seg.a, seg.b);
    if (cov.events.length) {
      target.append(h("span", { class: "ev", "data-ev": cov.events.map((e) => e.id).join(" ") }, piece));
    } else target.append(piece);
    if (cov.time && seg.b === cov.time.end && curMark) {
      curMark.el.after(h("span", { class: "tval", "aria-label": `normalised: ${cov.time.value}` }, cov.time.value));
      curMark = null;
    }
    if (curQuote && seg.b === curQuote.q.end) {
      const src = curQuote.q.source ? byId.get(curQuote.q.source) : undefined;
      if (src) curQuote.el.append(sourceBadge(src.name, src.ownership));
      curQuote = null;
      curMark = null;
    }
  }

  const highlightEvent = (id: string | null) => {
    for (const el of body.querySelectorAll(".ev-active")) el.classList.remove("ev-active");
    if (!id) return;
    const hits = [...body.querySelectorAll<HTMLElement>(".ev")].filter((el) =>
      (el.dataset.ev ?? "").split(" ").includes(id),
    );
    for (const el of hits) el.classList.add("ev-active");
    hits[0]?.scrollIntoView({ block: "center", behavior: "smooth" });
  };

  const showQuote = (id: string) => {
    for (const el of body.querySelectorAll(".q-active")) el.classList.remove("q-active");
    const el = body.querySelector<HTMLElement>(`.quote[data-quote="${CSS.escape(id)}"]`);
    if (!el) return;
    el.classList.add("q-active");
    el.tabIndex = -1;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center", behavior: "smooth" });
  };

  const element = h(
    "div",
    { class: "doc-view" },
    h(
      "article",
      { class: "doc-main", "aria-label": "annotated article" },
      doc.title ? h("h2", null, doc.title) : null,
      h(
        "p",
        { class: "meta" },
        doc.published ? `published ${doc.published}` : "no publication date",
        doc.source ? ` · ${doc.source}` : "",
        ` · language ${doc.lang}`,
      ),
      legend(),
      body,
      (doc.warnings ?? []).map((w) => h("p", { class: "msg msg-info", role: "status" }, w)),
    ),
    h(
      "aside",
      { class: "doc-side" },
      details,
      quotesPanel(doc, byId, showQuote),
      eventsPanel(doc, byId, highlightEvent),
      entitiesPanel(doc, opts.entityHref),
    ),
  );
  return { element, highlightEvent };
}

function quoteChip(q: Quote, byId: Map<string, Entity>): HTMLElement {
  const sp = q.speaker ? byId.get(q.speaker) : undefined;
  return speakerChip(sp?.name ?? q.speakerText ?? "unknown speaker", Boolean(sp));
}

function legend(): HTMLElement {
  return h(
    "p",
    { class: "legend", "aria-label": "legend" },
    h("mark", { class: "ent ent-PER" }, "person"),
    " ",
    h("mark", { class: "ent ent-ORG" }, "organisation"),
    " ",
    h("mark", { class: "ent ent-LOC" }, "place"),
    " ",
    h("mark", { class: "ent ent-MISC" }, "other"),
    " ",
    h("mark", { class: "time" }, "time"),
    h("span", { class: "tval" }, "value"),
    " ",
    h("span", { class: "quote quote-direct" }, "quote"),
    " ",
    h("span", { class: "ev ev-active" }, "event"),
  );
}

/** "Putin ×6, Wladimir Putin, russischen Präsidenten" */
function mentionSummary(e: Entity): string {
  const counts = new Map<string, number>();
  for (const m of e.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => (n > 1 ? `${t} ×${n}` : t))
    .join(", ");
}

function entityDetails(e: Entity, href?: (e: Entity) => string): HTMLElement {
  return h(
    "div",
    null,
    h("strong", null, e.name),
    h(
      "dl",
      { class: "kv" },
      h("dt", null, "type"),
      h("dd", null, TYPE_LABEL[e.type] ?? e.type),
      h("dt", null, "country"),
      h("dd", null, e.country ?? "—"),
      h("dt", null, "Wikidata"),
      h("dd", null, e.wikidata ?? "—"),
      e.role ? [h("dt", null, "role"), h("dd", null, e.role)] : null,
      e.ownership ? [h("dt", null, "ownership"), h("dd", null, e.ownership)] : null,
      e.linkReason ? [h("dt", null, "linked because"), h("dd", null, e.linkReason)] : null,
      h("dt", null, "mentions"),
      h("dd", null, mentionSummary(e)),
    ),
    href ? h("a", { href: href(e) }, "in the corpus →") : null,
  );
}

const refName = (id: string | null, text: string | null | undefined, byId: Map<string, Entity>) =>
  (id ? byId.get(id)?.name : undefined) ?? text ?? "—";

function quotesPanel(doc: DocJSON, byId: Map<string, Entity>, show: (id: string) => void): HTMLElement {
  return h(
    "section",
    { class: "panel", "aria-label": "quotes" },
    h("h3", null, `Quotes (${doc.quotes.length})`),
    doc.quotes.length
      ? h(
          "ol",
          { class: "quote-list" },
          doc.quotes.map((q) => {
            const src = q.source ? byId.get(q.source) : undefined;
            return h(
              "li",
              { "data-quote": q.id },
              quoteChip(q, byId),
              src ? sourceBadge(src.name, src.ownership) : null,
              " ",
              h("span", { class: "q-text" }, q.text.length > 140 ? `${q.text.slice(0, 140)}…` : q.text),
              q.date ? h("span", { class: "muted" }, ` (${q.date})`) : null,
              " ",
              h(
                "button",
                {
                  type: "button",
                  class: "link-btn",
                  "aria-label": `show quote ${q.id} in the text`,
                  onclick: () => show(q.id),
                },
                "in text ↗",
              ),
            );
          }),
        )
      : h("p", { class: "muted" }, "No quotes found."),
  );
}

function eventsPanel(doc: DocJSON, byId: Map<string, Entity>, highlight: (id: string | null) => void): HTMLElement {
  const list = h("ol", { class: "event-list" });
  for (const ev of doc.events) {
    const btn = h(
      "button",
      { type: "button", class: "event-btn", "data-event": ev.id, "aria-pressed": "false" },
      h("span", { class: `ptype ${coopClass(ev.type)}` }, ev.type),
      ev.mode ? h("span", { class: "muted" }, ` ${ev.mode}`) : null,
      " ",
      refName(ev.actor, ev.actorText, byId),
      " → ",
      refName(ev.target, ev.targetText, byId),
      ev.date ? h("span", { class: "muted" }, ` · ${ev.date}`) : null,
      ev.negated ? h("span", { class: "flagword" }, " negated") : null,
      ev.hypothetical ? h("span", { class: "flagword" }, " hypothetical") : null,
      ev.future ? h("span", { class: "flagword" }, " future") : null,
    );
    btn.addEventListener("click", () => {
      const on = btn.getAttribute("aria-pressed") !== "true";
      for (const b of list.querySelectorAll("button")) b.setAttribute("aria-pressed", "false");
      btn.setAttribute("aria-pressed", String(on));
      highlight(on ? ev.id : null);
    });
    list.append(h("li", null, btn));
  }
  return h(
    "section",
    { class: "panel", "aria-label": "events" },
    h("h3", null, `Events (${doc.events.length})`),
    doc.events.length ? list : h("p", { class: "muted" }, "No events found."),
  );
}

export function coopClass(type: string): string {
  return ploverSide(type) === "cooperation" ? "coop" : "conf";
}

function entitiesPanel(doc: DocJSON, href?: (e: Entity) => string): HTMLElement {
  const ents = [...doc.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  return h(
    "section",
    { class: "panel", "aria-label": "entities" },
    h("h3", null, `Entities (${ents.length})`),
    ents.length
      ? h(
          "ul",
          { class: "entity-list" },
          ents.map((e) =>
            h(
              "li",
              null,
              h("span", { class: `dot ent-${e.type}`, "aria-hidden": "true" }),
              href
                ? h("a", { href: href(e), title: entityTitle(e) }, e.name)
                : h("span", { title: entityTitle(e) }, e.name),
              h("span", { class: "muted" }, ` ${e.type}${e.country ? ` · ${e.country}` : ""} · ${e.mentions.length}×`),
            ),
          ),
        )
      : h("p", { class: "muted" }, "No entities found."),
  );
}

export const entitySearchHref = (e: Entity): string => hashHref("/entities", { q: e.name });
