/** Writes schema/doc.schema.json from the zod DocJSON schema (run: npm run schema). */
import { writeFileSync } from "node:fs";
import { docJsonSchema } from "../src/doc/json-schema.js";

const path = new URL("../../schema/doc.schema.json", import.meta.url);
writeFileSync(path, `${JSON.stringify(docJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${path.pathname}\n`);
