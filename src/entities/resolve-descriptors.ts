/**
 * Descriptors: a role noun that names an office, qualified by a country ("der nordkoreanische
 * Machthaber", "Chinas Staatschef", "US-Präsident") or specific on its own ("Kremlchef",
 * "Bundeskanzler", "Nato-Generalsekretär"). A descriptor resolves to
 *   1. the appositive name right after it ("der russische Präsident Wladimir Putin"),
 *   2. else the most recent person of that country/office with a matching role in the article,
 *   3. else the KB's holder of that office on the publication date (kb.holderForAt; no date → no link and a
 *      warning on the doc; an ambiguous date, a vacancy or a date after the sources' coverage → no link).
 * The mention gets form "descriptor". Former/future and plural phrases are left alone.
 */
import type { KbEntry, RoleNoun } from "../kb/index.js";
import type { Draft } from "./builder.js";
import { isCap, isWord, type LinkContext, type PendingDescriptor } from "./context.js";

interface Found {
  start: number;
  end: number;
  scope: string;
  role: RoleNoun;
  roleText: string;
}

/** Finds a descriptor phrase starting at token i. */
function findDescriptor(ctx: LinkContext, i: number): Found | undefined {
  const { doc, kb, builder } = ctx;
  if (!isWord(doc, i)) return undefined;
  const t = ctx.words[i];
  // A: country adjective + role noun ("nordkoreanische Machthaber")
  const c0 = t.charCodeAt(0);
  if (i + 1 < doc.tokens.count && c0 >= 97 && c0 <= 252 && t.toLowerCase() === t) {
    const country = kb.countryOfAdjective(t);
    if (country?.country && !kb.isDemonym(t)) {
      const roleText = ctx.words[i + 1];
      const role = kb.roleNoun(roleText);
      if (role && !role.org) return { start: i, end: i + 2, scope: country.country, role, roleText };
    }
  }
  const role = kb.roleNoun(t);
  // C: specific role noun ("Kremlchef", "Bundeskanzler", "Nato-Generalsekretär")
  if (role?.specific) {
    let scope = role.org ?? role.country;
    // "Bundeskanzler", "Bundespräsident" in an Austrian or Swiss article
    const shared = ctx.grammar.sharedTitles;
    if (scope === shared.home && ctx.federal !== shared.home && shared.isTitle(t)) scope = ctx.federal;
    if (scope) return { start: i, end: i + 1, scope, role, roleText: t };
  }
  // D: role noun after a genitive country mention ("Chinas Staatschef", "Russlands Präsident")
  if (role && i > 0) {
    const prev = builder.owner[i - 1];
    if (prev >= 0) {
      const d = builder.drafts[prev];
      const last = d.mentions[d.mentions.length - 1];
      const txt = doc.text.slice(last.start, last.end);
      if (d.kb?.kind === "country" && d.country && txt.endsWith("s") && last.end === doc.tokens.end[i - 1]) {
        return { start: i, end: i + 1, scope: d.country, role, roleText: t };
      }
    }
  }
  // B: compound with a country/organisation prefix ("US-Präsident", "EU-Kommissionschefin")
  const h = t.lastIndexOf("-");
  if (h > 0 && !role) {
    const r = kb.roleNoun(t.slice(h + 1));
    const scope = kb.prefixScope(t.slice(0, h));
    if (r && scope) return { start: i, end: i + 1, scope, role: r, roleText: t.slice(h + 1) };
  }
  return undefined;
}

/** Blocks resolution: "der frühere russische Präsident", "die beiden Staatschefs". */
function blocked(ctx: LinkContext, f: Found): boolean {
  if (f.role.plural) return true;
  const { nonCurrent, pluralDeterminers: plural, nonCurrentPrefixes } = ctx.grammar;
  for (let j = f.start - 1; j >= Math.max(0, f.start - 2); j--) {
    const w = ctx.words[j];
    if (nonCurrent.has(w) || plural.has(w)) return true;
    if (!isWord(ctx.doc, j)) break;
  }
  const t = ctx.words[f.start];
  return nonCurrentPrefixes.some((p) => t.startsWith(p));
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/**
 * Whether the article named this person with a descriptor of the same scope earlier ("UN-Generalsekretär
 * Ban Ki-moon … der UN-Generalsekretär", "Bundespräsident Heinz Fischer … der Bundespräsident"): the same
 * role, or a generic head of that scope ("UN-Chef"). The article's own naming outranks the KB's
 * current office holder, so older articles keep their people.
 */
function heldHere(d: Draft, scope: string, roles: readonly string[]): boolean {
  if (!d.heldRoles.length) return false;
  const generic = roles.includes("leader");
  for (const h of d.heldRoles) {
    const bar = h.indexOf("|");
    if (h.slice(0, bar) !== scope) continue;
    if (generic || roles.includes(h.slice(bar + 1))) return true;
  }
  return false;
}

/** Remembers that the article gave `d` the descriptor's roles in `scope`. */
function hold(d: Draft, scope: string, roles: readonly string[]): void {
  for (const r of roles) {
    const k = `${scope}|${r}`;
    if (!d.heldRoles.includes(k)) d.heldRoles.push(k);
  }
}

/**
 * The office holder on the publication date (kb.holderForAt): found → that person; no date → nobody, and the doc
 * says why once; ambiguous, vacant, unknown or after the sources' coverage → nobody (not today's holder).
 */
function holderOnDate(
  ctx: LinkContext,
  scope: string,
  roles: readonly string[],
): { entry: KbEntry; reason: string } | undefined {
  if (!roles.length) return undefined;
  const date = ctx.date ?? (ctx.year !== null ? String(ctx.year) : null);
  const role = { roles, country: null, org: null, specific: false, plural: false };
  const r = ctx.kb.holderForAt(role, date, scope);
  if (r.status === "found") return { entry: r.holder, reason: `${roles[0]} of ${scope} on ${date}` };
  if (r.status === "no-date" && !ctx.doc.warnings.some((w) => w.startsWith(NO_DATE_WARNING))) {
    ctx.doc.warnings.push(
      `${NO_DATE_WARNING} (role descriptors such as "der Außenminister" are not linked to an office holder)`,
    );
  }
  return undefined;
}

const NO_DATE_WARNING = "entities: no publication date";

/** The person a resolved descriptor points to (without apposition). */
function resolveRole(ctx: LinkContext, scope: string, roles: readonly string[], before: number): Draft | undefined {
  const { builder } = ctx;
  const found = holderOnDate(ctx, scope, roles);
  const holder = found?.entry;
  const inArticle = builder.mostRecent(
    (d) =>
      d.type === "PER" &&
      ((holder !== undefined && (d.kb?.id === holder.id || (!!d.wikidata && d.wikidata === holder.wikidata))) ||
        (d.country === scope && overlaps(d.roleCodes, roles)) ||
        heldHere(d, scope, roles)),
    before,
  );
  if (inArticle) return inArticle;
  if (found) {
    const d = builder.forKb(found.entry);
    if (!d.linkReason) d.linkReason = found.reason;
    return d;
  }
  return undefined;
}

/**
 * Descriptor at token i: resolves it (or leaves it pending for an appositive name). Returns the
 * token after the phrase, or -1.
 */
export function matchDescriptor(ctx: LinkContext, i: number): number {
  const f = findDescriptor(ctx, i);
  if (!f || ctx.builder.taken(f.start, f.end)) return -1;
  if (blocked(ctx, f)) return -1;
  // apposition: a capitalised word right after it may be the name; decided when that name is linked
  const next = f.end < ctx.doc.tokens.count ? ctx.words[f.end] : "";
  if (next && /^\p{Lu}/u.test(next) && isWord(ctx.doc, f.end)) {
    ctx.pending = { start: f.start, end: f.end, scope: f.scope, roles: f.role.roles, roleText: f.roleText };
    return f.end;
  }
  const d = resolveRole(ctx, f.scope, f.role.roles, f.start);
  if (!d) return -1;
  ctx.builder.mention(d, f.start, f.end, "descriptor");
  return f.end;
}

/**
 * The country a descriptor's scope implies: the country itself ("US-Präsident"), or the country of a
 * national party or institution ("SPD-Chef" → DEU); none for international organisations.
 */
function scopeCountry(ctx: LinkContext, scope: string): string | null {
  if (/^[A-Z]{3}$/.test(scope)) return scope;
  const e = ctx.kb.byId(scope);
  return e && (e.kind === "party" || e.kind === "institution") ? (e.country ?? null) : null;
}

/**
 * Settles a pending descriptor once the token after it has been processed: attaches it to the
 * person named there (giving a person outside the KB the descriptor's country and role), or
 * resolves it on its own.
 */
export function settlePending(ctx: LinkContext, named: Draft | undefined): void {
  const p: PendingDescriptor | null = ctx.pending;
  if (!p) return;
  ctx.pending = null;
  const { builder } = ctx;
  if (builder.taken(p.start, p.end)) return;
  if (named && named.type === "PER") {
    if (!named.kb) {
      if (!named.country) named.country = scopeCountry(ctx, p.scope);
      if (!named.roleCodes.length) named.roleCodes = p.roles;
      if (!named.role) named.role = p.roleText;
    }
    hold(named, p.scope, p.roles);
    builder.mention(named, p.start, p.end, "descriptor");
    return;
  }
  const app = appositiveName(ctx, p.end);
  if (app > p.end) {
    const { doc } = ctx;
    const name = doc.text.slice(doc.tokens.start[p.end], doc.tokens.end[app - 1]);
    const d = builder.forLocal("PER", name);
    builder.mention(d, p.end, app, "name");
    const toks = ctx.words.slice(p.end, app);
    if (toks.length >= 2) ctx.surnames.register(d, toks);
    d.country = scopeCountry(ctx, p.scope);
    d.roleCodes = p.roles;
    d.role = p.roleText;
    hold(d, p.scope, p.roles);
    builder.mention(d, p.start, p.end, "descriptor");
    return;
  }
  const d = resolveRole(ctx, p.scope, p.roles, p.start);
  if (d) builder.mention(d, p.start, p.end, "descriptor");
}

/**
 * An unknown name right after a descriptor ("der lettische Außenminister Janis Ozols"): one to three
 * capitalised words of the same sentence, none of them a common word or a KB name. Returns the
 * end token, or -1.
 */
function appositiveName(ctx: LinkContext, at: number): number {
  const { doc, builder, kb } = ctx;
  const n = doc.tokens.count;
  let j = at;
  while (j < n && j - at < 3 && doc.tokens.sent[j] === doc.tokens.sent[at] && isWord(doc, j) && isCap(doc, j)) {
    const w = ctx.words[j];
    if (builder.owner[j] >= 0 || ctx.grammar.isCommonWord(w) || kb.lookup(w).length || kb.roleNoun(w)) break;
    j++;
  }
  return j;
}
