import type cytoscape from "cytoscape";
import { type Graph, get } from "../api.js";
import { dataTable, h, hashHref, link, message, put } from "../dom.js";

type Edge = Graph["edges"][number];

/** The network is drawn undirected: A→B and B→A events add up on one edge. */
function undirected(edges: Edge[]): Edge[] {
  const byPair = new Map<string, Edge>();
  for (const e of edges) {
    const [s, t] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = `${s}\u0000${t}`;
    const cur = byPair.get(key);
    if (cur) {
      cur.cooperation += e.cooperation;
      cur.conflict += e.conflict;
    } else byPair.set(key, { source: s, target: t, cooperation: e.cooperation, conflict: e.conflict });
  }
  return [...byPair.values()];
}

const TYPE_COLOUR: Record<string, string> = { PER: "#b5179e", ORG: "#3a86ff", LOC: "#2a9d8f", MISC: "#8d99ae" };

/** Green for mostly cooperation, red for mostly conflict. */
function edgeColour(coop: number, conf: number): string {
  const t = coop + conf ? coop / (coop + conf) : 0.5;
  const r = Math.round(200 * (1 - t) + 40 * t);
  const g = Math.round(50 * (1 - t) + 150 * t);
  return `rgb(${r},${g},60)`;
}

let cy: cytoscape.Core | null = null;

export function graphPage(root: HTMLElement, params: URLSearchParams): void {
  cy?.destroy();
  cy = null;
  const from = h("input", { type: "date", id: "g-from" });
  const to = h("input", { type: "date", id: "g-to" });
  const minWeight = h("input", {
    type: "number",
    id: "g-min",
    min: 1,
    max: 1000,
    value: params.get("minWeight") ?? "1",
  });
  const maxEdges = h("input", {
    type: "number",
    id: "g-limit",
    min: 1,
    max: 2000,
    value: params.get("limit") ?? "100",
  });
  from.value = params.get("from") ?? "";
  to.value = params.get("to") ?? "";
  const form = h(
    "form",
    { class: "search row", "aria-label": "date range" },
    h("label", { for: "g-from" }, "from "),
    from,
    h("label", { for: "g-to" }, " to "),
    to,
    h("label", { for: "g-min" }, " min. events per edge "),
    minWeight,
    h("label", { for: "g-limit" }, " max. edges "),
    maxEdges,
    h("button", { type: "submit", class: "primary" }, "Show"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    location.hash = hashHref("/graph", {
      from: from.value,
      to: to.value,
      minWeight: minWeight.value,
      limit: maxEdges.value,
    });
  });
  const box = h("div", { id: "graph", class: "graph", role: "img", "aria-label": "actor network" });
  const status = h("div", { class: "status", "aria-live": "polite" }, message("info", "Loading…"));
  const list = h("div", { class: "edge-list" });
  put(
    root,
    h("h1", null, "Actor network"),
    h(
      "p",
      { class: "muted" },
      "Edges join the actors and targets of events (both directions); green is cooperation, red conflict, width the number of events. Nodes: persons magenta, organisations blue, places teal. Click a node for its entity page.",
    ),
    form,
    status,
    box,
    list,
  );
  // cytoscape loads only on this page (a separate chunk), while the graph is fetched
  const cytoscapeModule = import("cytoscape");
  get<Graph>("graph", {
    from: from.value || undefined,
    to: to.value || undefined,
    minWeight: minWeight.value || undefined,
    limit: maxEdges.value || undefined,
  })
    .then(async (g) => {
      status.remove();
      const edges = undirected(g.edges);
      if (!edges.length) {
        box.replaceWith(message("info", "No events between actors in this range."));
        return;
      }
      const names = new Map(g.nodes.map((n) => [n.id, n.name]));
      const top = [...edges].sort((x, y) => y.cooperation + y.conflict - (x.cooperation + x.conflict)).slice(0, 30);
      list.append(
        h("h2", null, "Strongest links"),
        dataTable(
          "data",
          ["actor", "actor", "cooperation", "conflict", ""],
          top.map((e) =>
            h(
              "tr",
              null,
              h("td", null, link(hashHref(`/entity/${encodeURIComponent(e.source)}`), names.get(e.source) ?? e.source)),
              h("td", null, link(hashHref(`/entity/${encodeURIComponent(e.target)}`), names.get(e.target) ?? e.target)),
              h("td", null, e.cooperation),
              h("td", null, e.conflict),
              h("td", null, link(hashHref("/dyad", { a: e.source, b: e.target }), "dyad chart")),
            ),
          ),
        ),
      );
      // the table is on screen; now the layout (the expensive part)
      const { default: cytoscape } = await cytoscapeModule;
      await new Promise((r) => setTimeout(r, 0));
      const maxW = Math.max(1, ...edges.map((e) => e.cooperation + e.conflict));
      cy = cytoscape({
        container: box,
        elements: [
          ...g.nodes.map((n) => ({
            data: {
              id: n.id,
              label: n.name,
              colour: TYPE_COLOUR[n.type] ?? "#888",
              size: 12 + 4 * Math.sqrt(n.events ?? 1),
            },
          })),
          ...edges.map((e, i) => ({
            data: {
              id: `e${i}`,
              source: e.source,
              target: e.target,
              colour: edgeColour(e.cooperation, e.conflict),
              width: 1 + (7 * (e.cooperation + e.conflict)) / maxW,
            },
          })),
        ],
        style: [
          {
            selector: "node",
            style: {
              label: "data(label)",
              "background-color": "data(colour)",
              "font-size": 11,
              color: "#222",
              "text-valign": "bottom",
              "text-margin-y": 3,
              width: "data(size)",
              height: "data(size)",
            },
          },
          {
            selector: "edge",
            style: { width: "data(width)", "line-color": "data(colour)", "curve-style": "bezier", opacity: 0.8 },
          },
        ],
        layout: {
          name: "cose",
          animate: false,
          randomize: false,
          nodeRepulsion: () => 9000,
          idealEdgeLength: () => 90,
          // fewer iterations on big graphs keep the page responsive (O(n²) per iteration)
          coolingFactor: 0.95,
          numIter: Math.max(100, Math.min(1000, Math.round(30_000 / Math.max(1, g.nodes.length)))),
        },
        maxZoom: 1.6,
        minZoom: 0.2,
      });
      cy.on("tap", "node", (ev) => {
        location.hash = hashHref(`/entity/${encodeURIComponent(ev.target.id())}`);
      });
    })
    .catch((e: Error) => status.replaceChildren(message("error", e.message)));
}
