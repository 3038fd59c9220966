import { describe, expect, it } from "vitest";
import { readHtml } from "./html.js";

const para = (i: number) =>
  `Absatz ${i}: Der Gemeinderat von Neudorf hat am Montag nach langer Debatte beschlossen, die Hauptstraße bis zum Sommer zu sanieren.`;
const paras = (n: number) => Array.from({ length: n }, (_, i) => para(i));

describe("reading an HTML page", () => {
  it("keeps every paragraph of a body laid out in table cells, also text outside <p> (was 153 of 2,700 characters)", () => {
    const html = `<html><body><table><tr><td><p>${para(0)}</p>${paras(18).slice(1).join("<br>")}</td></tr></table></body></html>`;
    const doc = readHtml(html, "table.html");
    for (let i = 0; i < 18; i++) expect(doc.text, `paragraph ${i}`).toContain(para(i));
  });

  it("keeps text in <font> and <div> under a table cell", () => {
    const html = `<html><body><table><tr><td><h1>Titel</h1><font>${paras(12).join("<br>")}</font></td></tr></table></body></html>`;
    const doc = readHtml(html, "font.html");
    expect(doc.text).toContain(para(11));
    expect(doc.text.split("\n")).toContain(para(3));
  });

  it("falls back to the body text with a warning when the extractor keeps much less than the page holds", () => {
    const html = `<html><body><div class="article"><p>${para(99)}</p><p>${para(98)}</p></div><ul>${paras(18)
      .map((p, i) => `<li><a href="/${i}">${p}</a></li>`)
      .join("")}</ul></body></html>`;
    const doc = readHtml(html, "links.html");
    for (let i = 0; i < 18; i++) expect(doc.text).toContain(para(i));
    expect(doc.warnings?.join(" ")).toMatch(
      /links\.html: the article extractor kept \d+ of the page's \d+ text characters/,
    );
  });

  it("gives no warning when the extractor keeps the article", () => {
    const html = `<html><body><nav><a href="/">Start</a></nav><article>${paras(10)
      .map((p) => `<p>${p}</p>`)
      .join("")}</article><footer>Impressum</footer></body></html>`;
    const doc = readHtml(html, "ok.html");
    expect(doc.warnings).toBeUndefined();
    expect(doc.text).toContain(para(9));
    expect(doc.text).not.toContain("Impressum");
  });
});
