/**
 * Everything the German stages read: token rules, the lexicon and the grammar tables of each stage. Loaded
 * lazily, once per process, by the language registry (src/pipeline/languages.ts) and handed to the stages as
 * `ctx.lang`; tools and tests outside the pipeline call `german()`.
 */
import type { EntityGrammar } from "../../entities/grammar.js";
import type { LanguageResources } from "../../pipeline/stage.js";
import type { TimeGrammar } from "../../time/grammar.js";
import type { TokenRules } from "../../tokens/rules.js";
import { loadEntityGrammar } from "./entities/grammar.js";
import { type Lexicon, lexicon } from "./lexicon/index.js";
import { type DeM, loadTimeGrammar } from "./time/index.js";
import { loadTokenRules } from "./tokens/index.js";

export interface GermanResources extends LanguageResources {
  readonly code: "de";
  readonly tokens: TokenRules;
  readonly lexicon: Lexicon;
  /** The time grammar (src/lang/de/time). */
  readonly time: TimeGrammar<DeM>;
  /** The entity grammar of the linker and the name tagger (src/lang/de/entities). */
  readonly entities: EntityGrammar;
}

class Resources implements GermanResources {
  readonly code = "de" as const;
  private tokensCache: TokenRules | undefined;
  private lexiconCache: Lexicon | null | undefined;
  private timeCache: TimeGrammar<DeM> | undefined;
  private entitiesCache: EntityGrammar | undefined;

  get tokens(): TokenRules {
    this.tokensCache ??= loadTokenRules();
    return this.tokensCache;
  }

  /** The lexicon (the process-wide instance, so every stage shares its look-up caches). */
  get lexicon(): Lexicon {
    return lexicon();
  }

  /** The lexicon, or null when its table is missing (the rules that use it then fall back to suffix rules). */
  private optionalLexicon(): Lexicon | null {
    if (this.lexiconCache === undefined) {
      try {
        this.lexiconCache = lexicon();
      } catch {
        this.lexiconCache = null;
      }
    }
    return this.lexiconCache;
  }

  get time(): TimeGrammar<DeM> {
    this.timeCache ??= loadTimeGrammar(() => this.optionalLexicon());
    return this.timeCache;
  }

  get entities(): EntityGrammar {
    this.entitiesCache ??= loadEntityGrammar(() => this.lexicon);
    return this.entitiesCache;
  }
}

let shared: GermanResources | undefined;

/** The German resources of this process (each part loads on first use). */
export function german(): GermanResources {
  shared ??= new Resources();
  return shared;
}
