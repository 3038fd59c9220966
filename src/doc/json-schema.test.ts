import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Doc } from "./doc.js";
import { docJsonSchema } from "./json-schema.js";
import { DocJSON } from "./schema/index.js";

describe("the Doc JSON contract", () => {
  it("schema/doc.schema.json is the one generated from the zod schema (run `npm run schema` after changing it)", () => {
    const committed = JSON.parse(readFileSync(new URL("../../schema/doc.schema.json", import.meta.url), "utf8"));
    expect(committed).toEqual(docJsonSchema());
  });

  it("round-trips a Doc through JSON", () => {
    const doc = new Doc({ text: "Putin lobte Kim.", published: "2025-09-04", title: "T" });
    const json = JSON.parse(JSON.stringify(doc.toJSON()));
    expect(DocJSON.parse(json)).toEqual(doc.toJSON());
  });

  it("rejects a Doc whose fields break the contract", () => {
    const bad = { ...new Doc({ text: "x" }).toJSON(), published: "04.09.2025" };
    expect(DocJSON.safeParse(bad).success).toBe(false);
  });

  it("normalises text to NFC once", () => {
    expect(new Doc({ text: "Ko\u0308ln" }).text).toBe("Köln");
  });
});
