#!/usr/bin/env node
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/src/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    "lagebild: not built yet — run `npm install` (or `npm run build`) in the project folder first\n",
  );
  process.exit(1);
}
// A closed pipe ("lagebild … | head") ends the program quietly, as in other Unix tools.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
