// The structure of a place name: "Syrian-Iraqi border", lists ("Kalaseh, Bustan al-Qasr and
// Sakhour, Aleppo"), demonyms ("Iraqi Sinjar"), "X neighbourhood of Y", "X in Y",
// directions ("east Aleppo", "northern Syria"), countryside and province ("rural Idlib",
// "Raqqa province"), facilities ("Deir ez-Zor airbase"). Each part is resolved with the
// resolver passed in, so this file does not import resolve.ts.

import { COUNTRIES } from "./admin-table.js";
import { gazetteer } from "./gazetteer.js";
import {
  type Ctx,
  fallback,
  type Hit,
  join,
  missing,
  narrow,
  provinceOf,
  type Resolve,
  unresolved,
  worse,
} from "./hit.js";
import { nameKey } from "./normalize.js";
import type { Entity, GeoPrecision } from "./types.js";

const DEMONYMS = new Map<string, string>();
for (const c of COUNTRIES) DEMONYMS.set(c.demonyms.toLowerCase(), c.cc);

const DIRECTIONS =
  "north|south|east|west|central|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west";
const BORDER = /^([a-z]+)(?:\s*-\s*[a-z]+)?\s+border(?:\s+area)?$/i;
const LIST = /\s*(?:,|;|&|\/|\band\b)\s*/i;
const DEMONYM = /^([a-z]+)\s+(.+)$/i;
const KIND_OF =
  /^(city|town|village|province|governorate|countryside|rural areas|outskirts|suburbs?|neighbou?rhoods?|districts?|area|region)\s+of\s+(.+)$/i;
const PART_OF =
  /^(.+?)\s+(neighbou?rhoods?|district|quarter|area|suburb|camp|village|town|square|street)\s+(?:of|in)\s+(.+)$/i;
const IN_OR_NEAR = /^(.+?)\s+(in|near|outside|(?:north|south|east|west)(?:-?(?:east|west))? of)\s+(.+)$/i;
const OFFSET = new RegExp(
  `^(?:\\d+\\s*(?:km|kilometres|kilometers|miles)\\s+)?(${DIRECTIONS})\\s+of\\s+(.+)$`,
  "i",
);
const DIRECTION = new RegExp(`^(${DIRECTIONS})(?:ern)?\\s+(.+)$`, "i");
const PROVINCE_SUFFIX = /^(.+?)(?:'s)?\s+(countryside|province|governorate|rural areas|region)$/i;
const NEAR_SUFFIX = /^(.+?)(?:'s)?\s+(outskirts|suburbs|environs|surroundings)$/i;
const SETTLEMENT_SUFFIX = /^(.+?)\s+(city|town|village)$/i;
const AREA_SUFFIX = /^(.+?)\s+(neighbou?rhood|district|quarter|area|suburb)$/i;
const FACILITY_SUFFIX =
  /^(.+?)\s+((?:refugee |idp |displacement |displaced )?camps?|(?:border )?crossing|air ?base|(?:military )?airport|(?:military )?base|road|highway|square|hospital|prison|bridge|dam|checkpoint|market|mosque|roundabout|gate|(?:oil |gas )?field|plant)$/i;

/** The name read by its structure, or null when it has none of these shapes. */
export function parseStructure(s: string, ctx: Ctx, depth: number, resolve: Resolve): Hit | null {
  // "Syrian-Iraqi border", "the Turkish border".
  const border = BORDER.exec(s);
  const cc = border ? countryOfWord(border[1] ?? "") : undefined;
  const country = cc ? gazetteer().countries.get(cc) : undefined;
  if (country)
    return {
      entity: country,
      precision: "country",
      note: `a border: coded to ${country.name}, the first country named`,
    };

  // "al-Foua and Kefraya", "Kalaseh, Bustan al-Qasr and Sakhour, Aleppo".
  const parts = s.split(LIST).filter((p) => p.trim());
  if (parts.length > 1) return resolveList(s, parts, ctx, depth, resolve);

  // "Iraqi Sinjar", "Syrian city of Raqqa".
  const demonym = DEMONYM.exec(s);
  const only = demonym ? DEMONYMS.get((demonym[1] ?? "").toLowerCase()) : undefined;
  if (demonym && only) {
    const hit = resolve(demonym[2] ?? "", { ...ctx, only, sig: `${ctx.sig}!${only}` }, depth, false);
    if (hit.entity) return hit;
  }

  // "city of Raqqa", "countryside of Hama", "outskirts of Damascus".
  const kindOf = KIND_OF.exec(s);
  if (kindOf) return withKind((kindOf[1] ?? "").toLowerCase(), kindOf[2] ?? "", ctx, depth, resolve);

  // "al-Bado neighbourhood of Raqqa", "Zubdiya district in Aleppo".
  const partOf = PART_OF.exec(s);
  if (partOf) return within(partOf[1] ?? "", partOf[3] ?? "", ctx, depth, "part", resolve);

  // "Jayrud in Damascus countryside", "a village near Raqqa".
  const inOrNear = IN_OR_NEAR.exec(s);
  if (inOrNear)
    return within(
      inOrNear[1] ?? "",
      inOrNear[3] ?? "",
      ctx,
      depth,
      /^in$/i.test(inOrNear[2] ?? "") ? "in" : "near",
      resolve,
    );

  // "east of Damascus", "10 km north of Hama".
  const offset = OFFSET.exec(s);
  if (offset) return withKind("outskirts", offset[2] ?? "", ctx, depth, resolve);

  // "east Aleppo", "northern Syria", "eastern countryside of Hama".
  const direction = DIRECTION.exec(s);
  if (direction)
    return directional((direction[1] ?? "").toLowerCase(), direction[2] ?? "", ctx, depth, resolve);

  // "rural Idlib", "Idlib countryside", "Raqqa province", "Damascus outskirts".
  const rural = /^rural\s+(.+)$/i.exec(s);
  if (rural) return withKind("countryside", rural[1] ?? "", ctx, depth, resolve);
  const province = PROVINCE_SUFFIX.exec(s);
  if (province) return withKind((province[2] ?? "").toLowerCase(), province[1] ?? "", ctx, depth, resolve);
  const near = NEAR_SUFFIX.exec(s);
  if (near) return withKind("outskirts", near[1] ?? "", ctx, depth, resolve);

  // "Raqqa city", "Douma town".
  const settlement = SETTLEMENT_SUFFIX.exec(s);
  if (settlement) {
    const head = settlement[1] ?? "";
    const hit = resolve(head, ctx, depth, false);
    return hit.entity ? hit : fallback(head, ctx);
  }

  // "al-Mazzeh area", "al-Bado neighbourhood".
  const area = AREA_SUFFIX.exec(s);
  if (area) {
    const head = area[1] ?? "";
    const hit = resolve(head, ctx, depth, false);
    if (hit.entity) return { ...hit, precision: worse(hit.precision, "town") };
    return fallback(head, ctx, true);
  }

  // "Deir ez-Zor airbase", "Atmeh refugee camp", "Hasaka-Qamishli road".
  const facility = FACILITY_SUFFIX.exec(s);
  if (facility) {
    const head = facility[1] ?? "";
    const what = (facility[2] ?? "").toLowerCase();
    const ends = /^(road|highway)$/.test(what) ? head.split(/\s*-\s*|\s+to\s+/i).filter(Boolean) : [head];
    const hit =
      ends.length > 1 ? resolveList(head, ends, ctx, depth, resolve) : resolve(head, ctx, depth, false);
    if (hit.entity && !hit.guessed)
      return {
        ...hit,
        precision: worse(hit.precision, "town"),
        note: join(`${what} at ${hit.entity.name}, coded to it`, hit.note),
      };
    return fallback(head, ctx, what === "square");
  }
  return null;
}

function countryOfWord(word: string): string | undefined {
  const byDemonym = DEMONYMS.get(word.toLowerCase());
  if (byDemonym) return byDemonym;
  return gazetteer()
    .byKey.get(nameKey(word))
    ?.find((x) => x.kind === "country")?.countryCode;
}

/** "countryside of X", "X province", "outskirts of X", "city of X"… */
function withKind(kind: string, rest: string, ctx: Ctx, depth: number, resolve: Resolve): Hit {
  const hit = resolve(rest, ctx, depth);
  const e = hit.entity;
  if (!e) return hit;
  if (/^(countryside|province|governorate|rural areas|region)$/.test(kind)) {
    if (e.kind === "region" || e.kind === "province" || e.kind === "country") return hit;
    const province = provinceOf(e);
    if (province && !hit.guessed)
      return { entity: province, precision: "province", note: `the province of ${province.name}` };
    return hit;
  }
  if (/^(outskirts|suburbs?|area)$/.test(kind))
    return { ...hit, precision: worse(hit.precision, "town"), note: join(`near ${e.name}`, hit.note) };
  if (/^(neighbou?rhoods?|districts?)$/.test(kind))
    return { ...hit, precision: worse(hit.precision, "town") };
  return hit;
}

/** `head` lies in (or near) `container`: the head if the gazetteer has it there, else the container. */
function within(
  head: string,
  container: string,
  ctx: Ctx,
  depth: number,
  how: "part" | "in" | "near",
  resolve: Resolve,
): Hit {
  const outer = resolve(container, ctx, depth);
  const inner = outer.entity ? narrow(ctx, [outer.entity]) : ctx;
  const hit = resolve(head, inner, depth, false);
  const o = outer.entity;
  if (hit.entity && (!o || how === "near" || contains(o, hit.entity) || hit.entity.id === o.id))
    return how === "part" ? { ...hit, precision: worse(hit.precision, "town") } : hit;
  if (!o) return fallback(head, ctx, how === "part");
  const town = o.kind === "neighbourhood" && o.city ? o.city : o;
  const rel = how === "near" ? "near" : town.kind === "place" ? "its city" : "in";
  return {
    entity: town,
    precision: worse(outer.precision, "town"),
    note: `${missing(head)}; ${rel} ${town.name}`,
    guessed: false,
  };
}

/** "east Aleppo" (part of the city), "northern Aleppo" (the province), "northern Syria" (the country). */
function directional(dir: string, rest: string, ctx: Ctx, depth: number, resolve: Resolve): Hit {
  const hit = resolve(rest, ctx, depth, false);
  const e = hit.entity;
  if (!e) return fallback(`${dir} ${rest}`, ctx);
  const label = `${dir} ${rest}`;
  if (hit.precision === "country" || hit.precision === "province")
    return { ...hit, note: `${label}: part of ${e.name}` };
  // East and west halves of a city are standard usage (east Aleppo, west Mosul); the north or
  // south of a governorate seat usually means its countryside.
  const seat = e.kind === "place" && /^PPL(?:A|C)$/.test(e.featureCode);
  const province = seat && !/^(east|west)/.test(dir) ? provinceOf(e) : undefined;
  if (province)
    return {
      entity: province,
      precision: "province",
      note: `${label}: taken as the ${dir} of ${province.name} province`,
    };
  const town = e.kind === "neighbourhood" && e.city ? e.city : e;
  return { entity: town, precision: worse(hit.precision, "town"), note: `${label}: part of ${town.name}` };
}

/** Several places: the one they share, else the first, no finer than town. */
function resolveList(s: string, parts: readonly string[], ctx: Ctx, depth: number, resolve: Resolve): Hit {
  // Read each part in the article's light, then again in the light of the other parts ("…, Aleppo").
  const first = parts.map((p) => resolve(p, ctx, depth, false));
  const hits = parts
    .map((p, i) => {
      const others = first.flatMap((h, j) => (j !== i && h.entity ? [h.entity] : []));
      return resolve(p, narrow(ctx, others), depth, false);
    })
    .filter((h) => h.entity);
  if (hits.length === 0) {
    const guess = fallback(parts[0] ?? s, ctx);
    return guess.entity
      ? { ...guess, note: `none of the ${parts.length} places named is in the gazetteer; ${guess.note}` }
      : unresolved(`none of "${s}" is in the gazetteer`);
  }
  const leaves = hits.filter(
    (h) => !hits.some((o) => o !== h && o.entity && h.entity && contains(h.entity, o.entity)),
  );
  const lead = leaves[0] ?? hits[0];
  const e = lead?.entity;
  if (!lead || !e) return unresolved(`none of "${s}" is in the gazetteer`);
  const town = e.kind === "neighbourhood" && e.city ? e.city : e;
  const shared = leaves.every((h) => h.entity?.id === town.id);
  if (shared) {
    // One place for several names is no finer than town, unless the rest only contain it ("Aleppo, Syria").
    const whole = hits.length === parts.length && leaves.length === 1 ? lead.precision : "town";
    const precision = leaves.reduce<GeoPrecision>(
      (p, h) => worse(p, h.precision),
      worse(lead.precision, whole),
    );
    return {
      entity: leaves.length > 1 ? town : e,
      precision,
      note: leaves.length > 1 ? `all in ${town.name}` : lead.note,
    };
  }
  return {
    ...lead,
    precision: worse(lead.precision, "town"),
    note: join(`first of ${parts.length} places named`, lead.note),
  };
}

/** Does `outer` (a country, province, region or city) contain `inner`? */
function contains(outer: Entity, inner: Entity): boolean {
  if (outer === inner) return false;
  if (outer.kind === "country") return inner.kind !== "country" && inner.countryCode === outer.countryCode;
  if (outer.kind === "province" || outer.kind === "region")
    return (
      (inner.kind === "place" || inner.kind === "neighbourhood") && inner.admin1Code === outer.admin1Code
    );
  if (outer.kind === "place") return inner.kind === "neighbourhood" && inner.city === outer;
  return false;
}
