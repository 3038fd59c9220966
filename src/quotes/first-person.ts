/**
 * "ich" and "wir" inside a statement: the speaker's own words, so "ich" is the speaker and "wir" the side the
 * speaker speaks for — an organisation speaking is itself; a person's side is the country named in the article
 * whose entity has the person's country (else it stays open). Fills the coreference layer's unresolved
 * first-person mentions.
 */
import type { Doc, Entity } from "../doc/index.js";
import type { Quote } from "../doc/schema/index.js";
import type { Kb } from "../kb/index.js";

/** `firstPerson(word)`: "sg" for ich/mich/mir, "pl" for wir/uns, else null (the grammar's answer). */
export function resolveFirstPerson(
  doc: Doc,
  quotes: readonly Quote[],
  kb: Kb,
  firstPerson: (w: string) => "sg" | "pl" | null,
): void {
  if (!doc.mentions.length || !quotes.length) return;
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  for (const m of doc.mentions) {
    if (m.kind !== "pronoun" || m.entity !== null) continue;
    const number = firstPerson(m.text.toLowerCase());
    if (!number) continue;
    const q = quotes.find((x) => x.kind !== "indirect" && x.start <= m.start && m.end <= x.end);
    const speaker = q?.speaker ? byId.get(q.speaker) : undefined;
    if (!speaker) continue;
    const ent = number === "sg" ? (speaker.type === "PER" ? speaker : null) : sideOf(doc, kb, speaker);
    if (!ent) continue;
    m.entity = ent.id;
    m.via = "quote-speaker";
  }
}

/** The country entity of the speaker's country (a country in the KB, not a city of it). */
function sideOf(doc: Doc, kb: Kb, speaker: Entity): Entity | null {
  if (speaker.type === "ORG") return speaker;
  if (!speaker.country) return null;
  return (
    doc.entities.find(
      (e) => e.type === "LOC" && e.country === speaker.country && !!e.kbId && kb.byId(e.kbId)?.kind === "country",
    ) ?? null
  );
}
