/**
 * Everything the German stages read: token rules, the lexicon and the grammar tables of each stage. Loaded
 * lazily, once per process, by the language registry (src/pipeline/languages.ts) and handed to the stages as
 * `ctx.lang`; tools and tests outside the pipeline call `german()`.
 */
import type { LanguageResources } from "../../pipeline/stage.js";
import type { TokenRules } from "../../tokens/rules.js";
import { type Lexicon, lexiconPath, loadLexicon } from "./lexicon/index.js";
import { loadTokenRules } from "./tokens/index.js";

export interface GermanResources extends LanguageResources {
  readonly code: "de";
  readonly tokens: TokenRules;
  readonly lexicon: Lexicon;
}

class Resources implements GermanResources {
  readonly code = "de" as const;
  private tokensCache: TokenRules | undefined;
  private lexiconCache: Lexicon | undefined;

  get tokens(): TokenRules {
    this.tokensCache ??= loadTokenRules();
    return this.tokensCache;
  }

  get lexicon(): Lexicon {
    this.lexiconCache ??= loadLexicon(lexiconPath());
    return this.lexiconCache;
  }
}

let shared: GermanResources | undefined;

/** The German resources of this process (each part loads on first use). */
export function german(): GermanResources {
  shared ??= new Resources();
  return shared;
}
