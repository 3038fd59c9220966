import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The web UI: a static bundle in web/dist that `lagebild serve` serves. No CDN, no external requests.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  logLevel: "warn",
  esbuild: { legalComments: "inline" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // keep the licence notice of bundled third-party code (the minifier drops plain comments)
        banner: (chunk) =>
          chunk.name.includes("cytoscape")
            ? "/*! cytoscape.js | MIT licence | Copyright (c) 2016-2026, The Cytoscape Consortium */"
            : "",
      },
    },
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
