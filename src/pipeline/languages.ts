import type { LanguageResources } from "./stage.js";

/**
 * Language modules register here (src/lang/<code>/index.ts): the resources their stages read through
 * `ctx.lang`. Resources load on first use and are kept for the process (they are read-only).
 */
const LOADERS = new Map<string, () => LanguageResources>();
const LOADED = new Map<string, LanguageResources>();

export function registerLanguage(code: string, load: () => LanguageResources): void {
  if (LOADERS.has(code)) throw new Error(`language "${code}" is registered twice`);
  LOADERS.set(code, load);
}

/** Whether a language module serves `code`. */
export function hasLanguage(code: string): boolean {
  return LOADERS.has(code);
}

/** The resources of a language (loaded on first call), or null when no module serves it. */
export function languageResources(code: string): LanguageResources | null {
  let r = LOADED.get(code);
  if (!r) {
    const load = LOADERS.get(code);
    if (!load) return null;
    r = load();
    LOADED.set(code, r);
  }
  return r;
}
