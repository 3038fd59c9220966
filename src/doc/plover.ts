/**
 * The 16 PLOVER event types, in quad-class order (verbal cooperation, material cooperation,
 * verbal conflict, material conflict), and the one place that says which side of the
 * cooperation/conflict split each type is on. Dependency-free so the web UI can import it too.
 */
export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;

type PloverTypeName = (typeof PLOVER_TYPES)[number];

/** The PLOVER quad classes, cooperation first. */
export const PLOVER_QUADS = [
  "verbal-cooperation",
  "material-cooperation",
  "verbal-conflict",
  "material-conflict",
] as const;
export type PloverQuad = (typeof PLOVER_QUADS)[number];

/** The side of the cooperation/conflict split a quad class is on. */
export function quadSide(quad: PloverQuad): "cooperation" | "conflict" {
  return quad.endsWith("cooperation") ? "cooperation" : "conflict";
}

/** Cooperation or conflict; "neutral" for a string that is no PLOVER type. */
export type PloverSide = "cooperation" | "conflict" | "neutral";

/**
 * What each type is besides its quad: `yield` — giving way (CONCEDE, RETREAT: PLOVER's split of CAMEO's
 * "yield"), cooperation that is not joint action; `force` — coercion by force or penalty (material conflict
 * other than PROTEST, which civilians carry out).
 */
export interface PloverClass {
  readonly quad: PloverQuad;
  readonly side: "cooperation" | "conflict";
  readonly yield: boolean;
  readonly force: boolean;
}

const QUADS: Readonly<Record<PloverTypeName, PloverQuad>> = {
  AGREE: "verbal-cooperation",
  CONSULT: "verbal-cooperation",
  SUPPORT: "verbal-cooperation",
  CONCEDE: "verbal-cooperation",
  COOPERATE: "material-cooperation",
  AID: "material-cooperation",
  RETREAT: "material-cooperation",
  REQUEST: "verbal-conflict",
  ACCUSE: "verbal-conflict",
  REJECT: "verbal-conflict",
  THREATEN: "verbal-conflict",
  PROTEST: "material-conflict",
  SANCTION: "material-conflict",
  MOBILIZE: "material-conflict",
  COERCE: "material-conflict",
  ASSAULT: "material-conflict",
};

const YIELD: ReadonlySet<string> = new Set<PloverTypeName>(["CONCEDE", "RETREAT"]);

const CLASSES: ReadonlyMap<string, PloverClass> = new Map(
  PLOVER_TYPES.map((t) => {
    const quad = QUADS[t];
    return [
      t,
      { quad, side: quadSide(quad), yield: YIELD.has(t), force: quad === "material-conflict" && t !== "PROTEST" },
    ];
  }),
);

/** The class of a PLOVER type, or undefined for a string that is none. */
export function ploverClass(type: string): PloverClass | undefined {
  return CLASSES.get(type);
}

/** Cooperation or conflict by the type's quad; "neutral" for a string that is no PLOVER type. */
export function ploverSide(type: string): PloverSide {
  return CLASSES.get(type)?.side ?? "neutral";
}

/** Cooperation that is not giving way: agreeing, consulting, supporting, cooperating, aiding. */
export function isJointCooperation(type: string): boolean {
  const c = CLASSES.get(type);
  return c !== undefined && c.side === "cooperation" && !c.yield;
}

/** Coercion by force or penalty: SANCTION, MOBILIZE, COERCE, ASSAULT. */
export function isForce(type: string): boolean {
  return CLASSES.get(type)?.force === true;
}

/** Verbal cooperation or verbal conflict: said, not done (AGREE … CONCEDE, REQUEST … THREATEN). */
export function isVerbal(type: string): boolean {
  return CLASSES.get(type)?.quad.startsWith("verbal") === true;
}
