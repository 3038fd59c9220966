import { z } from "zod";

export const EntityType = z.enum(["PER", "ORG", "LOC", "MISC"]);
export type EntityType = z.infer<typeof EntityType>;

/** How an entity is mentioned: by name or alias, a country adjective, a descriptor the KB resolves ("der
 * russische Präsident"), or — from the coreference layer — a pronoun, role noun, description or apposition. */
export const MentionForm = z.enum([
  "name",
  "alias",
  "adjective",
  "descriptor",
  "pronoun",
  "role",
  "description",
  "apposition",
]);
export type MentionForm = z.infer<typeof MentionForm>;

export const Mention = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  form: MentionForm,
});
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  /** ISO 3166-1 alpha-3 */
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .nullable(),
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
  /** Knowledge-base record this entity was linked to, if any. */
  kbId: z.string().nullable().optional(),
  /** Role from the knowledge base (e.g. "Präsident", "news agency"). */
  role: z.string().nullable().optional(),
  /** An entity defined through another ("ein Sprecher der Feuerwehr", "seine Frau"): that entity's id. */
  relatedTo: z.string().nullable().optional(),
  /** For agencies and outlets: who controls them. */
  ownership: z.enum(["state", "public", "private"]).nullable().optional(),
  /** Why the entity carries its knowledge-base link ("exact full name", "foreign_minister of AUT on 2016-01-20",
   * "party short form; article country AUT"), for the UI hover; absent when not linked. */
  linkReason: z.string().nullable().optional(),
});
export type Entity = z.infer<typeof Entity>;
