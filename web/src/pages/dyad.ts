import { type ActorRef, type CorpusEntity, type Dyad, get, type Page } from "../api.js";
import { coopConflictChart } from "../chart.js";
import { h, hashHref, link, message, put } from "../dom.js";
import { eventTableFor } from "./events-table.js";

const actorName = (r: ActorRef): string =>
  r.entities.length === 1 ? r.entities[0].name : r.country ? `${r.country} (country)` : r.query;

/** The actor's entity page when it resolved to one entity, else its name. */
const actorLink = (r: ActorRef) =>
  r.entities.length === 1
    ? link(hashHref(`/entity/${encodeURIComponent(r.entities[0].id)}`), actorName(r))
    : actorName(r);

export function dyadPage(root: HTMLElement, params: URLSearchParams): void {
  const a = h("input", { type: "search", id: "dyad-a", name: "a", placeholder: "e.g. Russland", required: true });
  const b = h("input", { type: "search", id: "dyad-b", name: "b", placeholder: "e.g. Ukraine", required: true });
  const interval = h(
    "select",
    { id: "dyad-interval", name: "interval" },
    ["day", "week", "month", "year"].map((v) => h("option", { value: v }, v)),
  );
  // name suggestions from the corpus as the user types
  const names = h("datalist", { id: "dyad-names" });
  let timer = 0;
  const suggest = (input: HTMLInputElement) => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2 || /^\d+$/.test(q)) return;
    timer = window.setTimeout(() => {
      get<Page<CorpusEntity>>("entities", { q, limit: 12 })
        .then((p) => names.replaceChildren(...p.items.map((e) => h("option", { value: e.name }, `${e.type}`))))
        .catch(() => {});
    }, 150);
  };
  for (const input of [a, b]) {
    input.setAttribute("list", "dyad-names");
    input.setAttribute("autocomplete", "off");
    input.addEventListener("input", () => suggest(input));
  }
  a.value = params.get("a") ?? "";
  b.value = params.get("b") ?? "";
  interval.value = params.get("interval") ?? "month";
  const form = h(
    "form",
    { class: "search row", "aria-label": "choose two actors" },
    h("label", { for: "dyad-a" }, "Actor A "),
    a,
    h("label", { for: "dyad-b" }, " Actor B "),
    b,
    h("label", { for: "dyad-interval" }, " per "),
    interval,
    h("button", { type: "submit", class: "primary" }, "Show"),
    names,
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    location.hash = hashHref("/dyad", { a: a.value.trim(), b: b.value.trim(), interval: interval.value });
  });
  put(
    root,
    h("h1", null, "Dyad: cooperation vs conflict"),
    h("p", { class: "muted" }, "Actors are corpus entity ids or names. Events in both directions are counted."),
    form,
  );
  if (!a.value || !b.value) return;
  const status = h("div", { class: "status", "aria-live": "polite" }, message("info", "Loading…"));
  put(root, status);
  get<Dyad>("dyads", { a: a.value, b: b.value, interval: interval.value })
    .then((d) => {
      status.remove();
      const total = d.buckets.reduce((s, x) => s + x.cooperation + x.conflict, 0);
      put(
        root,
        h(
          "h2",
          null,
          actorLink(d.a),
          " ↔ ",
          actorLink(d.b),
          h("span", { class: "muted" }, ` · ${total} event${total === 1 ? "" : "s"}`),
        ),
        d.buckets.length
          ? coopConflictChart(
              d.buckets,
              `${actorName(d.a)} and ${actorName(d.b)}: cooperation vs conflict per ${d.interval}`,
            )
          : message("info", "No dated events between these two actors."),
        d.events ? [h("h2", null, "Events"), eventTableFor(d.events)] : null,
      );
    })
    .catch((e: Error) => status.replaceChildren(message("error", e.message)));
}
