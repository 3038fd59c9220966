import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";

/** The built UI held in memory: URL path → bytes and content type. */
export type StaticFiles = Map<string, { body: Uint8Array; type: string }>;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** Reads a built UI directory (web/dist) into memory; null when it has no index.html. */
export function loadStatic(dir: string): StaticFiles | null {
  if (!existsSync(join(dir, "index.html"))) return null;
  const files: StaticFiles = new Map();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const url = `/${relative(dir, p).split(sep).join("/")}`;
        files.set(url, { body: readFileSync(p), type: TYPES[extname(p).toLowerCase()] ?? "application/octet-stream" });
      }
    }
  };
  walk(dir);
  return files;
}

/** No scripts, styles, fonts or connections from anywhere but this server. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const MISSING_UI = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>lagebild</title></head>
<body><h1>lagebild API</h1><p>The web UI is not built. Run <code>npm run build:web</code> (or <code>npm start</code>) and reload.
The API is available under <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>`;

/** The response for a GET of a non-API path, or null when there is no such file. */
export function staticResponse(files: StaticFiles | null, path: string): Response | null {
  const headers = (type: string, cache: string) => ({
    "content-type": type,
    "cache-control": cache,
    "content-security-policy": CSP,
  });
  if (!files) {
    if (path !== "/" && path !== "/index.html") return null;
    return new Response(MISSING_UI, { headers: headers(TYPES[".html"], "no-store") });
  }
  const key = path === "/" ? "/index.html" : path;
  const f = files.get(key);
  if (!f) return null;
  const cache = key.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
  return new Response(f.body as unknown as ConstructorParameters<typeof Response>[0], {
    headers: headers(f.type, cache),
  });
}
