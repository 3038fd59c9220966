import type { Doc } from "../doc/index.js";

/** A readable plain-text report of the layers that exist. */
export function textReport(doc: Doc): string {
  const out: string[] = [];
  const head = [doc.title ? `${doc.title}` : null, `language: ${doc.lang}`, `published: ${doc.published ?? "unknown"}`];
  out.push(head.filter(Boolean).join(" · "));
  out.push(`${doc.sentences.length} sentences, ${doc.tokens.count} tokens`);
  for (const w of doc.warnings) out.push(`warning: ${w}`);
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  if (doc.entities.length) {
    out.push("", "Entities");
    for (const e of doc.entities) {
      const extra = [e.country, e.wikidata, e.role].filter(Boolean).join(", ");
      const forms = [...new Set(e.mentions.map((m) => m.text))].join(" | ");
      out.push(`  ${e.type.padEnd(4)} ${e.name}${extra ? ` (${extra})` : ""} — ${e.mentions.length}× ${forms}`);
      // the coreference layer: the pronouns, roles and descriptions that refer to it, with the rule that linked them
      const refs = doc.mentions.filter((m) => m.entity === e.id && m.kind !== "name" && m.kind !== "name-part");
      if (refs.length)
        out.push(`         also: ${refs.map((m) => `${oneLine(m.text)} (${m.kind}, ${m.via})`).join("; ")}`);
    }
    const open = doc.mentions.filter((m) => !m.entity && m.kind !== "name");
    if (open.length) out.push(`  unresolved: ${open.map((m) => `${oneLine(m.text)} (${m.kind})`).join("; ")}`);
  }
  if (doc.quotes.length) {
    out.push("", "Quotes");
    for (const q of doc.quotes) {
      const speaker = (q.speaker && byId.get(q.speaker)?.name) ?? q.speakerText ?? "unknown speaker";
      const source = q.source ? ` · via ${byId.get(q.source)?.name ?? q.source}` : "";
      const date = q.date ? ` · ${q.date}` : "";
      out.push(`  [${q.kind}] ${speaker}${source}${date}: ${oneLine(q.text)}`);
    }
  }
  if (doc.times.length) {
    out.push("", "Dates");
    for (const t of doc.times) out.push(`  ${t.text} → ${t.value} (${t.type})`);
  }
  if (doc.events.length) {
    out.push("", "Events");
    for (const e of doc.events) {
      const actor = (e.actor && byId.get(e.actor)?.name) ?? e.actorText ?? "?";
      const target = (e.target && byId.get(e.target)?.name) ?? e.targetText ?? "?";
      const flags = [e.mode, e.negated ? "negated" : null, e.hypothetical ? "hypothetical" : null].filter(Boolean);
      out.push(
        `  ${e.type}${flags.length ? ` [${flags.join(", ")}]` : ""} ${actor} → ${target}${e.date ? ` · ${e.date}` : ""}: ${oneLine(e.text)}`,
      );
    }
  }
  return `${out.join("\n")}\n`;
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 160 ? `${t.slice(0, 157)}…` : t;
}
