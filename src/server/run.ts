import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { InputError } from "../errors.js";
import { isPostgresUrl } from "../store/open.js";
import { type AnalyzeLimits, AnalyzeRunner } from "./analyze-pool.js";
import { createApp, LOOPBACK_HOSTS } from "./app.js";
import type { Corpus } from "./corpus.js";
import { loadStatic } from "./static.js";
import { ensureSampleCorpus, openCorpus } from "./store-corpus.js";

const here = dirname(fileURLToPath(import.meta.url));
/** The repository (or package) root, from src/server or dist/src/server. */
export const ROOT = resolve(here, here.includes(join("dist", "src")) ? "../../.." : "../..");
export const WEB_DIST = join(ROOT, "web", "dist");
export const SAMPLES = join(ROOT, "examples", "articles", "samples.de.jsonl");

const version = (): string =>
  (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

function parsePort(s: string): number {
  if (!/^\d+$/.test(s) || Number(s) > 65535) throw new InputError(`--port must be a number 0–65535, not "${s}"`);
  return Number(s);
}

export interface Running {
  url: string;
  close(): Promise<void>;
}

/** Starts the HTTP server; resolves once it listens. */
export function startServer(opts: {
  corpus: Corpus | null;
  port: number;
  host: string;
  webDir?: string;
  log?: (m: string) => void;
  /** Further Host names to answer (besides loopback and the bound host); "*" for any. */
  allowHosts?: readonly string[];
  /** POST /api/analyze: workers, queue, deadline. */
  analyze?: AnalyzeLimits;
}): Promise<Running> {
  const analyzer = new AnalyzeRunner(opts.analyze);
  const wildcard = opts.host === "0.0.0.0" || opts.host === "::" || opts.host === "";
  const app = createApp({
    corpus: opts.corpus,
    allowedHosts: [...LOOPBACK_HOSTS, ...(wildcard ? [] : [opts.host]), ...(opts.allowHosts ?? [])],
    allowIpHosts: wildcard,
    analyzer,
    web: loadStatic(opts.webDir ?? WEB_DIST),
    version: version(),
    log: opts.log,
  });
  return new Promise((resolveP, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolveP({
        url: `http://${host}:${info.port}/`,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            opts.corpus?.close?.();
            void analyzer.close();
          }),
      });
    });
    server.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EADDRINUSE") reject(new InputError(`port ${opts.port} on ${opts.host} is in use; try --port`));
      else if (e.code === "EACCES") reject(new InputError(`no permission to listen on ${opts.host}:${opts.port}`));
      else reject(e);
    });
  });
}

function onSignals(running: Running): void {
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** True when web/dist is missing or older than a source file of the UI (in a checkout with web/src). */
export function webNeedsBuild(): boolean {
  const index = join(WEB_DIST, "index.html");
  if (!existsSync(index)) return true;
  if (!existsSync(join(ROOT, "web", "index.html"))) return false; // an installation without the UI sources
  const built = statSync(index).mtimeMs;
  const newer = (dir: string): boolean =>
    existsSync(dir) &&
    readdirSync(dir, { withFileTypes: true }).some((d) =>
      d.isDirectory() ? newer(join(dir, d.name)) : statSync(join(dir, d.name)).mtimeMs > built,
    );
  return newer(join(ROOT, "web", "src")) || statSync(join(ROOT, "web", "index.html")).mtimeMs > built;
}

/** Builds web/dist with Vite (a dev dependency) when it is missing. */
export async function buildWeb(log: (m: string) => void): Promise<void> {
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch {
    throw new InputError(
      "the web UI is not built and Vite is not installed; run `npm install` then `npm run build:web`",
    );
  }
  log("lagebild: building the web UI (web/dist) …");
  await vite.build({ configFile: join(ROOT, "web", "vite.config.ts"), logLevel: "warn" });
}

const say = (m: string) => process.stderr.write(`${m}\n`);

export interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  web?: string;
  allowHost?: string;
  analyzeWorkers?: string;
  analyzeQueue?: string;
  analyzeTimeout?: string;
}

function count(value: string | undefined, what: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,6}$/.test(value) || Number(value) < min)
    throw new InputError(`${what} must be a whole number ≥ ${min}, not "${value}"`);
  return Number(value);
}

/** --analyze-workers, --analyze-queue, --analyze-timeout (seconds). */
export function analyzeLimits(o: ServeOptions): AnalyzeLimits {
  const timeout = count(o.analyzeTimeout, "--analyze-timeout", 1);
  return {
    workers: count(o.analyzeWorkers, "--analyze-workers", 0),
    queue: count(o.analyzeQueue, "--analyze-queue", 0),
    timeoutMs: timeout === undefined ? undefined : timeout * 1000,
  };
}

/** `--allow-host a.example,b.example` (or "*"). */
export function parseAllowHosts(value: string | undefined): string[] {
  if (value === undefined) return [];
  const hosts = value
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  if (!hosts.length) throw new InputError(`--allow-host needs host names separated by commas, not "${value}"`);
  return hosts;
}

/** `lagebild serve`. */
export async function serveCommand(opts: ServeOptions): Promise<void> {
  const port = parsePort(opts.port);
  let corpus: Corpus | null = null;
  if (opts.db !== undefined) {
    if (!isPostgresUrl(opts.db) && !existsSync(opts.db)) {
      throw new InputError(`no database at ${opts.db}; create one with "lagebild ingest" or run "npm start"`);
    }
    corpus = await openCorpus(opts.db);
  } else if (existsSync("lagebild.db")) corpus = await openCorpus("lagebild.db");
  else say("lagebild: no corpus database (./lagebild.db not found); only POST /api/analyze works");
  if (!existsSync(join(opts.web ?? WEB_DIST, "index.html"))) {
    say("lagebild: the web UI is not built (run `npm run build:web`); serving the API only");
  }
  const running = await startServer({
    corpus,
    port,
    host: opts.host,
    webDir: opts.web,
    allowHosts: parseAllowHosts(opts.allowHost),
    analyze: analyzeLimits(opts),
  });
  process.stdout.write(`lagebild: serving ${running.url}\n`);
  onSignals(running);
}

/** `lagebild start`: build the UI if needed, load the samples into an empty db, serve. */
export async function startCommand(opts: ServeOptions): Promise<void> {
  const port = parsePort(opts.port);
  if (webNeedsBuild()) await buildWeb(say);
  const corpus = await ensureSampleCorpus(opts.db ?? "lagebild.db", SAMPLES, say);
  const running = await startServer({
    corpus,
    port,
    host: opts.host,
    allowHosts: parseAllowHosts(opts.allowHost),
    analyze: analyzeLimits(opts),
  });
  process.stdout.write(`lagebild: open ${running.url} in your browser (Ctrl+C stops the server)\n`);
  onSignals(running);
}
