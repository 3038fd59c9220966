import type { Command } from "commander";

// The server code (Hono, the store) loads only when these commands run.
const run = () => import("./run.js");
const ALLOW_HOST =
  "further Host names to answer, comma-separated (default: loopback names and the --host address; * for any)";
const WORKERS =
  "POST /api/analyze: worker threads analysing at once (default: cores − 1, 1–4; 0 = on the request thread)";
const QUEUE = "POST /api/analyze: requests that may wait for a worker (default 4 per worker); more get 503";
const TIMEOUT = "POST /api/analyze: deadline of one request in seconds (default 60); then 504";
const DEFAULT_WEB = "web/dist (of the installation)";

/** `lagebild serve` and `lagebild start`. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the web UI")
    .option("--db <file>", "corpus database: SQLite file (default: ./lagebild.db when it exists) or postgres:// URL")
    .option("--port <n>", "port (0 picks a free one)", "8080")
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("--web <dir>", `built web UI directory (default: ${DEFAULT_WEB})`)
    .option("--allow-host <names>", ALLOW_HOST)
    .option("--analyze-workers <n>", WORKERS)
    .option("--analyze-queue <n>", QUEUE)
    .option("--analyze-timeout <s>", TIMEOUT)
    .action(async (opts) => (await run()).serveCommand(opts));

  program
    .command("start")
    .description("build the web UI if needed, load the sample articles into ./lagebild.db if it is empty, serve")
    .option("--db <file>", "corpus database", "lagebild.db")
    .option("--port <n>", "port", "8080")
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("--allow-host <names>", ALLOW_HOST)
    .option("--analyze-workers <n>", WORKERS)
    .option("--analyze-queue <n>", QUEUE)
    .option("--analyze-timeout <s>", TIMEOUT)
    .action(async (opts) => (await run()).startCommand(opts));
}
