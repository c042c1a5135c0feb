// Fills each draft's context: scope, date, place, actor, weapon and source. Each field
// comes from the claim's own sentence when it names one (the nearest to the figure),
// else from the article's running context (what the last claims were about), and the
// reason says which.
import { findActors } from "../context/actors.js";
import type { Mention } from "../context/mention.js";
import { findPlaces, type PlaceMention } from "../context/places.js";
import { findSources } from "../context/sources.js";
import { findWeapons } from "../context/weapons.js";
import { type DateMention, findDates } from "../dates/find-dates.js";
import type { ClaimDraft } from "../find-claims.js";
import type { DatePrecision, Scope, Weapon } from "../types.js";
import { decideScope } from "./scope.js";

export interface RunningContext {
  place?: string;
  actor?: string;
  weapon?: Weapon;
  source?: string;
  date?: string;
  datePrecision?: DatePrecision;
}

export interface ArticleContext {
  /** Reference date for relative expressions ("on Monday"). */
  ref: string | null;
  refBasis: string;
  /** The dateline's place in the text: a date there is the article's, not an event's. */
  dateline: { start: number; end: number } | null;
  /** What the article's claims so far were about: inherited by claims whose sentence is silent. */
  current: RunningContext;
}

export interface ClaimContext {
  scope: Scope;
  date: string | null;
  datePrecision: DatePrecision;
  place: string | null;
  actor: string | null;
  weapon: Weapon | null;
  source: string | null;
  reason: string;
}

/** The mention nearest to the figure, ignoring any inside the victims' own words. */
function nearest<T extends Mention<unknown>>(mentions: readonly T[], draft: ClaimDraft): T | undefined {
  let best: T | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of mentions) {
    if (m.start < draft.victimEnd && m.end > draft.victimStart) continue;
    const distance = m.end <= draft.figureAt ? draft.figureAt - m.end : m.start - draft.figureAt;
    if (distance < bestDistance) {
      best = m;
      bestDistance = Math.abs(distance);
    }
  }
  return best;
}

const COARSE = new Set(["country", "province", "region"]);

function pickPlace(places: readonly PlaceMention[], draft: ClaimDraft): PlaceMention | undefined {
  const fine = places.filter((p) => !COARSE.has(p.kind));
  return nearest(fine.length > 0 ? fine : places, draft);
}

function pickDate(dates: readonly DateMention[], draft: ClaimDraft, scope: Scope): DateMention | undefined {
  if (scope === "aggregate") {
    const periods = dates.filter((d) => d.kind === "period");
    return nearest(periods.length > 0 ? periods : dates, draft);
  }
  return nearest(
    dates.filter((d) => d.kind === "point"),
    draft,
  );
}

/** The sentence being refined: its text and where it stands in the article. */
export interface SentenceAt {
  text: string;
  start: number;
  field: "title" | "text";
}

export function attachContext(article: ArticleContext, at: SentenceAt, drafts: readonly ClaimDraft[]): ClaimContext[] {
  if (drafts.length === 0) return [];
  const sentence = at.text;
  const dl = at.field === "text" ? article.dateline : null;
  const places = findPlaces(sentence);
  const actors = findActors(sentence);
  const weapons = findWeapons(sentence);
  const sources = findSources(sentence);
  const dates = (article.ref ? findDates(sentence, article.ref) : []).filter(
    (d) => !dl || at.start + d.end <= dl.start || at.start + d.start >= dl.end,
  );
  const cur = article.current;
  const out: ClaimContext[] = [];
  for (const draft of drafts) {
    const { scope, evidence } = decideScope(sentence, draft.figureAt, draft.measure);
    const why: string[] = [evidence ? `aggregate ("${evidence}")` : "event"];
    const date = pickDate(dates, draft, scope);
    const place = pickPlace(places, draft);
    const actor = nearest(actors, draft);
    const weapon = nearest(weapons, draft);
    const source = nearest(sources, draft);
    const inherited: string[] = [];
    const take = <T>(found: Mention<T> | undefined, running: T | undefined, name: string): T | null => {
      if (found) {
        why.push(`${name} "${found.text}"`);
        return found.value;
      }
      if (running !== undefined) inherited.push(name);
      return running ?? null;
    };
    const ctx: ClaimContext = {
      scope,
      date: null,
      datePrecision: "unknown",
      place: take(place, cur.place, "place"),
      actor: take(actor, cur.actor, "actor"),
      weapon: take(weapon, cur.weapon, "weapon"),
      source: take(source, cur.source, "source"),
      reason: "",
    };
    if (date) {
      ctx.date = date.date;
      ctx.datePrecision = date.precision;
      why.push(`date "${date.text}" (from ${article.ref}, ${article.refBasis})`);
    } else if (scope === "event" && cur.date) {
      ctx.date = cur.date;
      ctx.datePrecision = cur.datePrecision ?? "day";
      inherited.push("date");
    } else if (scope === "event" && article.ref) {
      // No date told: news reports the latest events, so the article's own date stands, imprecisely.
      ctx.date = article.ref;
      ctx.datePrecision = "unknown";
      why.push(`no date in the text: the article's date (${article.refBasis})`);
    }
    if (inherited.length > 0) why.push(`${inherited.join(", ")} as in the article's earlier claims`);
    ctx.reason = why.join("; ");
    out.push(ctx);
  }
  // The sentence's own context becomes the article's running context.
  const last = out[out.length - 1];
  if (last) {
    if (last.place) cur.place = last.place;
    if (last.actor) cur.actor = last.actor;
    if (last.weapon) cur.weapon = last.weapon;
    if (last.source) cur.source = last.source;
    // Only a day the text gave is carried on: not the article's own date standing in for one,
    // nor a loose "earlier this week" told of a side story.
    const event = out.find((c) => c.scope === "event" && c.date && c.datePrecision === "day");
    if (event?.date) {
      cur.date = event.date;
      cur.datePrecision = event.datePrecision;
    }
  }
  return out;
}
