import type { CorpusEvent, Ref } from "../api.js";
import { type Child, dataTable, h, hashHref, link } from "../dom.js";
import { coopClass } from "../render-doc.js";

const entityLink = (r: Ref | null, fallback?: string | null): Child =>
  r ? link(hashHref(`/entity/${encodeURIComponent(r.id)}`), r.name) : (fallback ?? "—");

/** Events as a table: date, PLOVER type, actor, target, the event text linking to its article. */
export function eventTableFor(items: CorpusEvent[]): HTMLElement {
  if (!items.length) return h("p", { class: "muted" }, "No events.");
  return dataTable(
    "data",
    ["date", "type", "actor", "target", "text"],
    items.map((e) =>
      h(
        "tr",
        null,
        h("td", null, e.date ?? e.published ?? "—"),
        h("td", null, h("span", { class: `ptype ${coopClass(e.type)}` }, e.type)),
        h("td", null, entityLink(e.actor, e.actorText)),
        h("td", null, entityLink(e.target, e.targetText)),
        h("td", null, link(hashHref(`/article/${encodeURIComponent(e.articleId)}`), e.text)),
      ),
    ),
  );
}
