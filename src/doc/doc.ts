import { InputError } from "../errors.js";
import { parseDate } from "./date.js";
import type { CorefMention, DocJSON, Entity, Event, Quote, SpanRange, Time } from "./schema/index.js";
import { TokenLayer } from "./tokens.js";

export interface DocInit {
  text: string;
  published?: string | null;
  title?: string;
  url?: string;
  source?: string;
  meta?: Record<string, string>;
  /** Warnings of the reader that made this input (e.g. an HTML page read as its whole body text). */
  warnings?: string[];
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

  /**
   * @throws InputError when `init` is not a DocInit: `text` not a string, `published` not a
   * calendar date (YYYY-MM-DD or a full ISO timestamp, kept as its YYYY-MM-DD day), title,
   * url or source not strings, meta not an object of strings.
   */
  constructor(init: DocInit) {
    checkInit(init);
    this.text = init.text.normalize("NFC");
    this.published = init.published == null ? null : parseDate(init.published, "published");
    if (init.title !== undefined) this.title = init.title;
    if (init.url !== undefined) this.url = init.url;
    if (init.source !== undefined) this.source = init.source;
    this.meta = init.meta ?? {};
    if (init.warnings?.length) this.warnings.push(...init.warnings);
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

const kind = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "an array" : `a ${typeof v}`);

/** Checks the types of a DocInit from an untyped caller (JavaScript, JSON); the messages name the field. */
function checkInit(init: unknown): asserts init is DocInit {
  if (typeof init !== "object" || init === null || Array.isArray(init))
    throw new InputError(`expected a document object {text, published?, …} or a string, got ${kind(init)}`);
  const r = init as Record<string, unknown>;
  if (typeof r.text !== "string") throw new InputError(`"text" must be a string, got ${kind(r.text)}`);
  for (const k of ["title", "url", "source"] as const) {
    if (r[k] !== undefined && typeof r[k] !== "string")
      throw new InputError(`"${k}" must be a string, got ${kind(r[k])}`);
  }
  if (r.warnings !== undefined && (!Array.isArray(r.warnings) || r.warnings.some((w) => typeof w !== "string")))
    throw new InputError(`"warnings" must be an array of strings, got ${kind(r.warnings)}`);
  if (r.meta !== undefined) {
    const m = r.meta;
    if (typeof m !== "object" || m === null || Array.isArray(m))
      throw new InputError(`"meta" must be an object of strings, got ${kind(m)}`);
    for (const [k, v] of Object.entries(m))
      if (typeof v !== "string") throw new InputError(`"meta.${k}" must be a string, got ${kind(v)}`);
  }
}
