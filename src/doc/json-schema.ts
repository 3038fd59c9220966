import { z } from "zod";
import { DocJSON } from "./schema/doc.js";

/** The Doc's JSON Schema (draft 2020-12), generated from the zod schema. */
export function docJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DocJSON, { target: "draft-2020-12" }) as Record<string, unknown>;
  return { $id: "https://lagebild.invalid/schema/doc.schema.json", title: "lagebild Doc", ...schema };
}
