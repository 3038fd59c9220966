import type { CorefMention, DocJSON, Entity, Event, Quote, SpanRange, Time } from "./schema/index.js";
import { TokenLayer } from "./tokens.js";

export interface DocInit {
  text: string;
  published?: string | null;
  title?: string;
  url?: string;
  source?: string;
  meta?: Record<string, string>;
}

/**
 * One article. `text` is NFC-normalised once, here, and never changes; every stage
 * adds a layer of offset-based spans into it.
 *
 * @example
 * const doc = new Doc({ text: "Putin lobte Kim.", published: "2025-09-04" });
 */
export class Doc {
  readonly text: string;
  lang = "und";
  published: string | null;
  title?: string;
  url?: string;
  source?: string;
  meta: Record<string, string>;

  tokens = new TokenLayer();
  sentences: SpanRange[] = [];
  entities: Entity[] = [];
  /** The coreference layer (filled by the coreference stage). */
  mentions: CorefMention[] = [];
  quotes: Quote[] = [];
  times: Time[] = [];
  events: Event[] = [];
  /** Names of the stages that ran. */
  pipeline: string[] = [];
  warnings: string[] = [];

  constructor(init: DocInit) {
    this.text = init.text.normalize("NFC");
    this.published = init.published ?? null;
    if (init.title !== undefined) this.title = init.title;
    if (init.url !== undefined) this.url = init.url;
    if (init.source !== undefined) this.source = init.source;
    this.meta = init.meta ?? {};
  }

  /** The text of a span (derived from offsets). */
  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  tokenText(i: number): string {
    return this.text.slice(this.tokens.start[i], this.tokens.end[i]);
  }

  toJSON(): DocJSON {
    const out: DocJSON = {
      text: this.text,
      lang: this.lang,
      published: this.published,
      sentences: this.sentences,
      entities: this.entities,
      mentions: this.mentions,
      quotes: this.quotes,
      times: this.times,
      events: this.events,
      pipeline: this.pipeline,
    };
    if (this.title !== undefined) out.title = this.title;
    if (this.url !== undefined) out.url = this.url;
    if (this.source !== undefined) out.source = this.source;
    if (this.warnings.length) out.warnings = this.warnings;
    return out;
  }
}
