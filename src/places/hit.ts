// The resolver's internal result (Hit) and context (Ctx), and the small helpers both
// the resolver and the structure parser use: precision order, notes, the fallback for
// names the gazetteer lacks.

import { lookupPlace } from "../extract/context/gazetteer.js";
import { gazetteer } from "./gazetteer.js";
import type { Entity, GeoPrecision } from "./types.js";

/** What a name resolved to, before it is made public. */
export interface Hit {
  entity: Entity | null;
  precision: GeoPrecision;
  note: string;
  /** Found through the article's other places, not through the name itself. */
  guessed?: boolean;
}

/** What the article's other places say: their provinces, countries and towns. */
export interface Ctx {
  admin1: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  towns: readonly Entity[];
  /** Only this country ("Iraqi Sinjar"). */
  only?: string;
  /** Identifies the context in memo keys. */
  sig: string;
}

export const NO_CTX: Ctx = { admin1: new Set(), countries: new Set(), towns: [], sig: "" };

const ORDER: Record<GeoPrecision, number> = { exact: 0, town: 1, province: 2, country: 3, unresolved: 4 };

/** The less precise of two precisions. */
export function worse(a: GeoPrecision, b: GeoPrecision): GeoPrecision {
  return ORDER[a] >= ORDER[b] ? a : b;
}

/** Resolves one name in a context: resolve.ts's resolveText, handed to the structure parser. */
export type Resolve = (raw: string, ctx: Ctx, depth: number, mayGuess?: boolean) => Hit;

/** A context that adds entities' provinces and countries. */
export function narrow(ctx: Ctx, entities: readonly Entity[]): Ctx {
  if (entities.length === 0) return ctx;
  const admin1 = new Set(ctx.admin1);
  const countries = new Set(ctx.countries);
  for (const e of entities) {
    if (e.admin1Code) admin1.add(e.admin1Code);
    countries.add(e.countryCode);
  }
  return { ...ctx, admin1, countries, sig: `${ctx.sig}+${entities.map((e) => e.id).join("+")}` };
}

/** The province an entity lies in (itself, for a province). */
export function provinceOf(e: Entity): Entity | undefined {
  if (e.kind === "province") return e;
  return e.admin1Code ? gazetteer().provinces.get(e.admin1Code) : undefined;
}

/** A name found in the gazetteer: its precision follows from the kind of entry. */
export function entityHit(e: Entity, why: string): Hit {
  switch (e.kind) {
    case "place":
      return { entity: e, precision: "exact", note: join(`GeoNames ${e.featureCode} ${e.name}`, why) };
    case "neighbourhood": {
      const rel = e.near ? "beside" : "part of";
      return {
        entity: e,
        precision: "town",
        note: join(`${e.name}: ${rel} ${e.city?.name ?? "its town"} (hand table), coded to it`, why),
      };
    }
    case "region":
      return {
        entity: e,
        precision: "province",
        note: join(`${e.name}: a region, at the centroid of its towns`, why),
      };
    case "province":
      return { entity: e, precision: "province", note: join(`province ${e.name}`, why) };
    case "country":
      return { entity: e, precision: "country", note: join(`country ${e.name}`, why) };
  }
}

/**
 * A name the gazetteer lacks. A neighbourhood (by its own word, or in the extractor's
 * list) goes to the article's city; anything else to the article's province when all
 * its places share one; else unresolved.
 */
export function fallback(name: string, ctx: Ctx, neighbourhood = false): Hit {
  const kind = lookupPlace(name)?.kind;
  if ((neighbourhood || kind === "neighbourhood") && ctx.towns.length > 0) {
    const city = ctx.towns.find((t) => /^PPL(?:A|C)$/.test(t.featureCode)) ?? ctx.towns[0];
    if (city)
      return {
        entity: city,
        precision: "town",
        note: `${missing(name)}; a neighbourhood, taken to be in ${city.name}, which the article names`,
        guessed: true,
      };
  }
  if (ctx.admin1.size === 1) {
    const [code] = ctx.admin1;
    const province = code ? gazetteer().provinces.get(code) : undefined;
    if (province)
      return {
        entity: province,
        precision: "province",
        note: `${missing(name)}; the article's other places are all in ${province.name} province`,
        guessed: true,
      };
  }
  return unresolved(missing(name));
}

export function missing(name: string): string {
  return `"${name}" is not in the gazetteer`;
}

export function unresolved(note: string): Hit {
  return { entity: null, precision: "unresolved", note };
}

export function join(a: string, b: string): string {
  return a && b ? `${a}; ${b}` : a || b;
}
