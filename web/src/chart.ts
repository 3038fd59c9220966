import type { Bucket } from "./api.js";
import { h, svg } from "./dom.js";

/**
 * Cooperation (up, green) vs conflict (down, red) per period as an SVG bar chart, with a
 * table of the same numbers for screen readers and keyboard users.
 */
export function coopConflictChart(buckets: Bucket[], label: string): HTMLElement {
  const W = 720;
  const H = 260;
  const pad = { l: 40, r: 10, t: 30, b: 40 };
  const max = Math.max(1, ...buckets.map((b) => Math.max(b.cooperation, b.conflict)));
  const mid = pad.t + (H - pad.t - pad.b) / 2;
  const half = (H - pad.t - pad.b) / 2;
  const n = Math.max(1, buckets.length);
  const bw = (W - pad.l - pad.r) / n;
  const g = svg("svg", {
    viewBox: `0 0 ${W} ${H}`,
    class: "chart",
    role: "img",
    "aria-label": label,
  });
  g.append(svg("title", {}, label));
  g.append(svg("line", { x1: pad.l, x2: W - pad.r, y1: mid, y2: mid, class: "axis" }));
  g.append(svg("text", { x: pad.l - 6, y: pad.t + 8, class: "tick", "text-anchor": "end" }, String(max)));
  g.append(svg("text", { x: pad.l - 6, y: H - pad.b, class: "tick", "text-anchor": "end" }, String(max)));
  g.append(svg("text", { x: pad.l - 6, y: mid + 4, class: "tick", "text-anchor": "end" }, "0"));
  const every = Math.max(1, Math.ceil(n / 12));
  buckets.forEach((b, i) => {
    const w = Math.max(1, Math.min(48, bw * 0.7));
    const x0 = pad.l + i * bw + (bw - w) / 2;
    const hc = (b.cooperation / max) * half;
    const hk = (b.conflict / max) * half;
    if (b.cooperation > 0) {
      g.append(
        svg(
          "rect",
          { x: x0, y: mid - hc, width: w, height: hc, class: "bar coop" },
          svg("title", {}, `${b.period}: ${b.cooperation} cooperation`),
        ),
      );
    }
    if (b.conflict > 0) {
      g.append(
        svg(
          "rect",
          { x: x0, y: mid, width: w, height: hk, class: "bar conf" },
          svg("title", {}, `${b.period}: ${b.conflict} conflict`),
        ),
      );
    }
    if (i % every === 0) {
      g.append(svg("text", { x: x0 + w / 2, y: H - pad.b + 16, class: "tick", "text-anchor": "middle" }, b.period));
    }
  });
  g.append(svg("text", { x: pad.l, y: 14, class: "tick coop-t" }, "▲ cooperation"));
  g.append(svg("text", { x: pad.l + 100, y: 14, class: "tick conf-t" }, "▼ conflict"));

  const table = h(
    "table",
    { class: "data" },
    h("caption", null, "Events per period"),
    h("thead", null, h("tr", null, h("th", null, "period"), h("th", null, "cooperation"), h("th", null, "conflict"))),
    h(
      "tbody",
      null,
      buckets.map((b) =>
        h("tr", null, h("td", null, b.period), h("td", null, b.cooperation), h("td", null, b.conflict)),
      ),
    ),
  );
  return h(
    "figure",
    { class: "chart-box" },
    g as unknown as HTMLElement,
    h("details", null, h("summary", null, "Show the numbers"), table),
  );
}
