// "The same figure repeated (title and body) is one claim": a headline figure told
// again in the body is merged into one claim, which keeps the richer context. A
// headline's bare figure ("Thirty Killed") is the body's named one ("Thirty civilians").
// Beyond the headline, the same figure told again is the same claim when one telling
// gives no date of its own: a lead summarised, then told in full.
import type { Claim } from "../types.js";

export interface Told {
  claim: Claim;
  /** Told in the headline (the title, or the text's first sentence when it repeats the title). */
  headline: boolean;
  victimNamed: boolean;
}

const CONTEXT_FIELDS = ["place", "date", "actor", "weapon", "source"] as const;

function sameFigure(a: Told, b: Told): boolean {
  const x = a.claim;
  const y = b.claim;
  if (x.value === null || x.measure !== y.measure || x.value !== y.value || x.high !== y.high) return false;
  if (x.victim === y.victim) return true;
  return (a.headline && !a.victimNamed) || (b.headline && !b.victimNamed);
}

function retold(x: Told, y: Told): boolean {
  const a = x.claim;
  const b = y.claim;
  // A bare figure ("43 killed") repeats a named one whatever scope its own few words suggest.
  if (a.victim !== b.victim || (a.scope !== b.scope && x.victimNamed && y.victimNamed)) return false;
  return (
    a.datePrecision === "unknown" ||
    b.datePrecision === "unknown" ||
    (a.date === b.date && samePlace(a.place, b.place))
  );
}

/** "Idlib" and "Idlib province" in one article are one place told twice (a governorate and its capital). */
function samePlace(a: string | null, b: string | null): boolean {
  const bare = (p: string | null) => p?.replace(/ province$/, "") ?? null;
  return bare(a) === bare(b);
}

/** The claim kept so far that `t` tells again, if any. */
function twinOf(kept: readonly Told[], t: Told): Told | undefined {
  for (const k of kept) if (sameFigure(k, t) && (k.headline !== t.headline || retold(k, t))) return k;
  return undefined;
}

export function mergeRepeats(told: readonly Told[]): Claim[] {
  const kept: Told[] = [];
  for (const t of told) {
    const twin = twinOf(kept, t);
    if (!twin) {
      kept.push({ claim: { ...t.claim }, headline: t.headline, victimNamed: t.victimNamed });
      continue;
    }
    // The body's telling is the full one (qualifier, victims, date); the headline only repeats the figure.
    const [main, other] =
      twin.headline || (twin.claim.datePrecision === "unknown" && t.claim.datePrecision !== "unknown")
        ? [t, twin]
        : [twin, t];
    const merged: Claim = { ...main.claim };
    const filled: string[] = [];
    for (const field of CONTEXT_FIELDS) {
      if (merged[field] === null && other.claim[field] !== null) {
        Object.assign(merged, { [field]: other.claim[field] });
        filled.push(`${field} "${other.claim[field]}"`);
      }
    }
    // Say where a field came from, so the claim stays traceable to its words.
    if (filled.length > 0)
      merged.reason += `; ${filled.join(", ")} from the same figure told ${other.headline ? "in the headline" : "again"} ("${other.claim.quote}")`;
    if (
      merged.datePrecision === "unknown" &&
      other.claim.datePrecision !== "unknown" &&
      other.claim.date !== null
    ) {
      merged.date = other.claim.date;
      merged.datePrecision = other.claim.datePrecision;
    }
    Object.assign(twin, { claim: merged, headline: false, victimNamed: main.victimNamed });
  }
  return kept.map((k) => k.claim);
}
