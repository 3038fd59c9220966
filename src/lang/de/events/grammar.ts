/**
 * The German event grammar: clauses, cues (verb and verb–noun frames of verbs.tsv and nouns.tsv), participant
 * phrases, roles and flags over a per-document view that carries the lexicon (from the German resources) and the
 * KB (from the stage's context).
 */
import type { EventGrammar } from "../../../events/grammar.js";
import { endsWithRoleNoun, type Kb } from "../../../kb/index.js";
import type { Lexicon } from "../lexicon/index.js";
import { clausesOf } from "./clauses.js";
import { clauseFlags } from "./flags.js";
import { cueOf } from "./frames.js";
import { VerbLemmas } from "./lemma.js";
import {
  headText,
  isPersonNoun,
  isPluralHead,
  marks,
  nonPolitical,
  possessiveBase,
  prepIs,
  pronounKind,
} from "./markers.js";
import { hasNominal, nominalsIn } from "./nominals.js";
import { phrases } from "./phrases.js";
import { assignRoles } from "./roles.js";
import { statementIn } from "./statements.js";
import { actorNoun } from "./tables.js";
import { DeEventView } from "./view.js";
import { isClass } from "./words.js";

/** Enumerating adverbs the entities layer may tag as a name ("Erstens verlange er …"). */
function notAName(word: string): boolean {
  return isClass("mention.not-a-name", word);
}

/** "Verdi-Chef", "FPÖ-Klubobmann", "IHS-Mann": the organisation before the hyphen of a role or person noun. */
function roleOrg(word: string): string | null {
  const k = word.lastIndexOf("-");
  if (k <= 0 || k === word.length - 1) return null;
  const head = word.slice(k + 1).toLowerCase();
  return endsWithRoleNoun(head) || isPersonNoun(head) || isClass("role-org.heads", head) ? word.slice(0, k) : null;
}

/** Kinds of bodies whose acts a compound names ("Polizeieinsatz", "Militäreinsatz"). */
const ACTING_BODIES: ReadonlySet<string> = new Set(["police", "military"]);

/** "Polizeieinsatz", "Polizeigewalt", "Militäraktion": the police or military body before an act head
 * (function-words.tsv act-heads). */
function actBody(word: string): string | null {
  const lower = word.toLowerCase();
  for (let k = lower.length - 4; k >= 3; k--) {
    if (!isClass("act-heads", lower.slice(k))) continue;
    const body = lower.slice(0, k).replace(/-$/, "");
    const noun = actorNoun(body);
    return noun && noun.noun === body && ACTING_BODIES.has(noun.kind) ? body : null;
  }
  return null;
}

/** The German event grammar over a lexicon (its memos live as long as the grammar). */
export function germanEventGrammar(lex: Lexicon): EventGrammar<DeEventView> {
  const verbs = new VerbLemmas(lex);
  const modifiers = new WeakMap<Kb, Map<string, boolean>>();
  return {
    view(doc, kb, mentions) {
      let m = modifiers.get(kb);
      if (!m) {
        m = new Map();
        modifiers.set(kb, m);
      }
      return new DeEventView(doc, lex, kb, mentions, verbs, m);
    },
    clauses: clausesOf,
    cue: (v, c) => cueOf(v, c.start, c.end),
    phrases: (v, c, relative) => phrases(v, c.start, c.end, relative),
    roles: assignRoles,
    flags: clauseFlags,
    marks,
    nonPolitical,
    pronoun: pronounKind,
    prepIs,
    isPersonNoun,
    isPluralHead,
    headText,
    statement: statementIn,
    hasNominal,
    nominals: nominalsIn,
    possessiveBase,
    notAName,
    roleOrg,
    actBody,
  };
}
