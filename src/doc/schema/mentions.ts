import { z } from "zod";

/** What kind of expression a participant mention is. */
export const MentionKind = z.enum(["name", "name-part", "pronoun", "role", "description", "apposition"]);
export type MentionKind = z.infer<typeof MentionKind>;

/**
 * One mention of a participant in the coreference layer: a name, a surname, a pronoun ("er", "dessen"), a role
 * noun ("der Minister"), a description ("der 45-Jährige", "die Behörde") or an apposition — with the entity it
 * refers to, or null when no rule could tell (or it refers to nothing: "es gebe", generic "man").
 */
export const CorefMention = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  kind: MentionKind,
  /** Entity id, or null. */
  entity: z.string().nullable(),
  /** The rule that linked it ("apposition", "role-in-text", "role-at-date", "pronoun-agreement", …), or null. */
  via: z.string().nullable(),
});
export type CorefMention = z.infer<typeof CorefMention>;
