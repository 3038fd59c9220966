import { type ArticleSummary, type DocJSON, get, type Page, post } from "../api.js";
import { clear, h, message } from "../dom.js";
import { entitySearchHref, renderDoc } from "../render-doc.js";

/** Kept across page switches so going back to Analyse shows the last result. */
let last: { text: string; published: string; doc: DocJSON | null } = { text: "", published: "", doc: null };

const isHtml = (name: string, text: string) =>
  /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html|<article|<body)/i.test(text.slice(0, 500));

export function analysePage(root: HTMLElement): void {
  const textarea = h("textarea", {
    id: "analyse-text",
    rows: 12,
    placeholder: "Paste a German news article here, or drop a .txt / .html file.",
    spellcheck: "false",
  });
  textarea.value = last.text;
  const date = h("input", { id: "analyse-date", type: "date" });
  date.value = last.published;
  const file = h("input", { id: "analyse-file", type: "file", accept: ".txt,.text,.html,.htm,text/plain,text/html" });
  const go = h("button", { type: "submit", class: "primary" }, "Analyse");
  const status = h("div", { class: "status", "aria-live": "polite" });
  const result = h("div", { class: "result" });
  let htmlSource: string | null = null;

  const loadFile = async (f: File) => {
    const content = await f.text();
    htmlSource = isHtml(f.name, content) ? content : null;
    textarea.value = htmlSource ? "" : content;
    textarea.placeholder = htmlSource
      ? `HTML file ${f.name}: its article text will be extracted.`
      : textarea.placeholder;
    status.replaceChildren(message("info", `Loaded ${f.name} (${content.length} characters).`));
  };
  file.addEventListener("change", () => {
    const f = file.files?.[0];
    if (f) void loadFile(f);
  });
  const drop = h("div", { class: "dropzone" }, textarea);
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    const f = e.dataTransfer?.files[0];
    if (f) void loadFile(f);
  });
  textarea.addEventListener("input", () => {
    htmlSource = null;
  });

  const show = (doc: DocJSON) => {
    clear(result);
    result.append(renderDoc(doc, { entityHref: entitySearchHref }).element);
  };

  // a corpus article as a starting point (when a corpus is open)
  const sample = h("select", { id: "analyse-sample" }, h("option", { value: "" }, "— choose —"));
  const sampleRow = h(
    "div",
    { class: "row", hidden: true },
    h("label", { for: "analyse-sample" }, "Or load a corpus article "),
    sample,
  );
  get<Page<ArticleSummary>>("articles", { limit: 100 })
    .then((p) => {
      for (const a of p.items)
        sample.append(h("option", { value: a.id }, `${a.published ?? "undated"} · ${a.title ?? a.id}`));
      if (p.items.length) sampleRow.hidden = false;
    })
    .catch(() => {});
  sample.addEventListener("change", async () => {
    if (!sample.value) return;
    try {
      const a = await get<{ doc: DocJSON }>(`articles/${encodeURIComponent(sample.value)}`);
      textarea.value = a.doc.text;
      date.value = a.doc.published ?? "";
      htmlSource = null;
      status.replaceChildren(message("info", "Loaded the article; press Analyse."));
    } catch (err) {
      status.replaceChildren(message("error", (err as Error).message));
    }
  });

  const form = h(
    "form",
    { class: "analyse-form", "aria-label": "analyse an article" },
    h("label", { for: "analyse-text" }, "Article text"),
    drop,
    h(
      "div",
      { class: "row" },
      h("label", { for: "analyse-date" }, "Publication date "),
      date,
      h("label", { for: "analyse-file" }, " or a file "),
      file,
      go,
    ),
    sampleRow,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = textarea.value;
    if (!htmlSource && !text.trim()) {
      status.replaceChildren(message("error", "Paste an article or choose a file first."));
      textarea.focus();
      return;
    }
    go.disabled = true;
    status.replaceChildren(message("info", "Analysing…"));
    try {
      const body: Record<string, unknown> = htmlSource ? { html: htmlSource } : { text };
      if (date.value) body.published = date.value;
      const t0 = performance.now();
      const doc = await post<DocJSON>("analyze", body);
      last = { text, published: date.value, doc };
      status.replaceChildren(
        message(
          "info",
          `${doc.entities.length} entities, ${doc.quotes.length} quotes, ${doc.times.length} time expressions, ${doc.events.length} events · ${Math.round(performance.now() - t0)} ms`,
        ),
      );
      show(doc);
    } catch (err) {
      status.replaceChildren(message("error", (err as Error).message));
    } finally {
      go.disabled = false;
    }
  });

  root.append(h("h1", null, "Analyse an article"), form, status, result);
  if (last.doc) show(last.doc);
}
