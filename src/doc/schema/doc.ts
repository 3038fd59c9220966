import { z } from "zod";
import { IsoDate, SpanRange } from "./common.js";
import { Entity } from "./entities.js";
import { Event } from "./events.js";
import { CorefMention } from "./mentions.js";
import { Quote } from "./quotes.js";
import { Time } from "./times.js";

/** The JSON form of a Doc: the one contract between stages, CLI, store and API. */
export const DocJSON = z.object({
  text: z.string(),
  /** ISO 639-1 code of the detected language ("de"), or "und" when undetermined. */
  lang: z.string(),
  published: IsoDate.nullable(),
  title: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  sentences: z.array(SpanRange),
  entities: z.array(Entity),
  /** The coreference layer: every participant mention with the entity it refers to (absent before this layer existed). */
  mentions: z.array(CorefMention).optional(),
  quotes: z.array(Quote),
  times: z.array(Time),
  events: z.array(Event),
  /** Stages that ran, in order, with their versioned names. */
  pipeline: z.array(z.string()).optional(),
  /** Non-fatal notes, e.g. "language is en, German stages skipped". */
  warnings: z.array(z.string()).optional(),
});
export type DocJSON = z.infer<typeof DocJSON>;

export { CorefMention, Entity, Event, Quote, Time };
