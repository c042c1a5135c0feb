// Fills each draft's context: scope, date, place, actor, weapon and source. Each field
// comes from the claim's own sentence when it names one (the nearest to the figure),
// else from the article's running context (what the last claims were about), and the
// reason says which.
import { lookupPlace } from "../context/gazetteer.js";
import type { Mention } from "../context/mention.js";
import type { PlaceMention } from "../context/places.js";
import type { DateMention } from "../dates/find-dates.js";
import type { ClaimDraft } from "../find-claims.js";
import type { DatePrecision, Scope, Weapon } from "../types.js";
import { decideScope, mayBeAggregate } from "./scope.js";
import type { SentenceAt, SentenceFinds } from "./sentence-finds.js";

export interface RunningContext {
  place?: string;
  /** How specific the running place is (see specificity). */
  placeRank?: number;
  /** The last city, province or part of one that the claims' sentences named. */
  broadPlace?: string;
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
  /** What the article's claims so far were about: inherited by claims whose sentence is silent. */
  current: RunningContext;
  /** What the finders found in the sentences of the field being read. */
  finds: SentenceFinds;
  /** The index of the sentence being refined in `finds`. */
  at: number;
  /** Whether the sentence `offset` away holds claims of its own. */
  hasClaims: (offset: number) => boolean;
}

export interface ClaimContext {
  scope: Scope;
  /** How specific the place is (see specificity); 4 when unknown. */
  placeRank: number;
  date: string | null;
  datePrecision: DatePrecision;
  place: string | null;
  actor: string | null;
  weapon: Weapon | null;
  source: string | null;
  reason: string;
}

/**
 * The mention nearest to the figure, in characters; one standing before the figure counts
 * `beforePenalty` farther. Mentions inside the victims' own words are skipped unless asked.
 */
function nearest<T extends Mention<unknown>>(
  mentions: readonly T[],
  draft: ClaimDraft,
  { beforePenalty = 0, skipVictims = true } = {},
): T | undefined {
  let best: T | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of mentions) {
    if (skipVictims && m.start < draft.victimEnd && m.end > draft.victimStart) continue;
    const distance =
      m.end <= draft.figureAt
        ? draft.figureAt - m.end + beforePenalty
        : Math.max(0, m.start - draft.figureAt);
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

// "strikes against Daesh", "the battle for Raqqa from ISIS": the group named is the target.
const TARGET_BEFORE =
  /\b(against|targeting|targeted|target|struck|strike|striking|hit|hitting|attacked|attacking|bombed|shelled|pounded|pounding|raided|raiding|fighting|fight|battling|battle|combating|combat|on|with|liberate|liberating|recapture|retake|expel|oust|versus|vs|besieged by|surrounded by|held by|controlled by|run by|seized by|captured by|(liberate|free|recapture|retake|expel|drive|oust)\s+[\w-]+(\s+[\w-]+)?\s+from)\s+(the\s+)?$/i;
const FIGHTING_WITH = /\b(?:fighting|clashes|battles?|combat|fights)\s+with\s+(?:the\s+)?$/i;
/** Between an epithet and the group it names: "terrorists of", "fighters belonging to the" (not "from": "seized by rebels from government forces"). */
const OF_GROUP = /^[^\w.;]{0,4}\s*(?:of|belonging\s+to|affiliated\s+(?:to|with))\s+(?:the\s+)?[^\w]{0,3}$/i;
/** "including 18 children", "six were children": a part of a toll told beside it. */
const isPartOfToll = (draft: ClaimDraft | undefined) =>
  draft?.rule === "breakdown" || draft?.rule === "share-of-toll";
const OVERLAP = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && a.end > b.start;

/** "Islamic State" and "ISIS" are one group (the lexicon keeps the article's naming). */
const groupOf = (actor: string) => (actor === "Islamic State" ? "ISIS" : actor);

/** Groups the victims belong to ("10 IS militants"): they are not who killed them. */
function groupsOfVictims(groups: readonly Mention[], draft: ClaimDraft): Set<string> {
  const victims = { start: draft.victimStart, end: draft.victimEnd };
  return new Set(groups.filter((a) => OVERLAP(a, victims)).map((a) => groupOf(a.value)));
}

/**
 * Who did it: the actor nearest the figure, preferring one that drives the weapon
 * ("US-led coalition air strikes", "air strikes by the coalition"), and never a group
 * that is itself counted ("27 pro-government fighters"), named as the target ("strikes
 * against Daesh"), or part of a source's name.
 */
function pickActor(
  sentence: string,
  actors: readonly Mention[],
  weapons: readonly Mention<Weapon>[],
  sources: readonly Mention[],
  draft: ClaimDraft,
  drafts: readonly ClaimDraft[],
  victimGroups: ReadonlySet<string>,
): Mention | undefined {
  let best: Mention | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  // "terrorists of Jaish al-Islam": the group named, not the epithet before it.
  const named = (a: Mention) =>
    actors.find(
      (b) =>
        /^[A-Z]/.test(b.value) &&
        ((b.start > a.end && OF_GROUP.test(sentence.slice(a.end, b.start))) ||
          // "the Daesh terrorist group": the name stands right before the epithet.
          (b.end <= a.start && /^\s?$/.test(sentence.slice(b.end, a.start)))),
    );
  for (const a of actors) {
    if (drafts.some((d) => OVERLAP(a, { start: d.victimStart, end: d.victimEnd }))) continue;
    if (victimGroups.has(groupOf(a.value))) continue;
    if (sources.some((s) => OVERLAP(a, s))) continue;
    const before = sentence.slice(Math.max(0, a.start - 40), a.start);
    // "17 government troops were killed in fighting with the Daesh group": fighters' foe is their killer.
    const foe = draft.victim === "combatants" && FIGHTING_WITH.test(before);
    if (!foe && TARGET_BEFORE.test(before.slice(-25))) continue;
    let score = a.end <= draft.figureAt ? draft.figureAt - a.end : a.start - draft.figureAt;
    const drives = weapons.some(
      (w) =>
        (w.start >= a.end && w.start - a.end <= 3) ||
        (w.end <= a.start && /^\s+(by|of|from)\s+(the\s+)?$/i.test(sentence.slice(w.end, a.start))),
    );
    if (drives) score -= 1000;
    if (score < bestScore) {
      best = a;
      bestScore = score;
    }
  }
  return best && /^[a-z]/.test(best.value) ? (named(best) ?? best) : best;
}

/**
 * How specific a place is: 0 a town or neighbourhood, 1 a named region ("Eastern Ghouta"),
 * 2 a governorate's capital ("Aleppo", which also names its province), 3 a province,
 * 3.5 a part of a country ("northern Syria"), 4 a country.
 */
const DIRECTION =
  /^(east|west|north|south|eastern|western|northern|southern|central|rural|northeast|northwest|southeast|southwest)(ern)?\s+/i;

function specificity(p: PlaceMention): number {
  switch (p.kind) {
    case "country":
      return 4;
    case "province":
      return 3;
    case "region":
      // A named region ("Eastern Ghouta") is finer than a province; "central Syria" is coarser.
      return lookupPlace(p.value) ? 1 : 3.5;
    case "city": {
      // "east Aleppo" is a part of a governorate's city: finer than Aleppo, coarser than its districts.
      const part = DIRECTION.exec(p.value);
      if (part) return lookupPlace(p.value.slice(part[0].length))?.governorate ? 1.5 : 0;
      return lookupPlace(p.value)?.governorate ? 2 : 0;
    }
    default:
      return 0;
  }
}

function mostSpecific(places: readonly PlaceMention[], draft: ClaimDraft): PlaceMention | undefined {
  const best = Math.min(...places.map(specificity));
  return nearest(
    places.filter((p) => specificity(p) === best),
    draft,
    { beforePenalty: BEFORE_PENALTY, skipVictims: false },
  );
}

// "8 in Ansari 5 in Almiyassar": a place usually follows its figure, so one before it counts as farther.
const BEFORE_PENALTY = 30;

/** A toll's own places, leaving out those told for its breakdown ("including 9 in Alsaliheen"). */
function placesOfToll(places: readonly PlaceMention[], draft: ClaimDraft, drafts: readonly ClaimDraft[]) {
  if (draft.rule === "breakdown") return places;
  const parts = drafts.filter((d) => d.rule === "breakdown" && d.quoteStart > draft.figureAt);
  if (parts.length === 0) return places;
  const from = Math.min(...parts.map((d) => d.quoteStart));
  const own = places.filter((p) => p.start < from);
  return own.length > 0 ? own : places;
}

/**
 * The most specific place named for the claim. An event's town is often named a sentence
 * away ("The explosion that hit the town of Qardaha …"), so a town or region in the
 * sentences next to the claim's wins over a city, province or country in its own; an
 * aggregate's place is its own sentence's ("killed in Syria since 2011"), else, for a
 * war's toll, the article's country.
 */
// A place named in the claim's own sentence, down to a governorate's city, stands;
// a province or a country there gives way to a town nearby or to the running place.
const NEAR_BEATS = 2;
const RUNNING_BEATS = 2;

const COUNTRY_OWNS =
  /^\s+(?:(?:civil|six-year|[\w]+-year|long|long-running|bloody|brutal|devastating|ongoing|multi-sided)\s+)*(?:war|conflict|crisis|uprising|revolution)\b/i;

/** "Syria's civil war", "Syrias war" (FA-KES drops apostrophes): a country named as the war's owner. */
function ownsTheWar(sentence: string, p: PlaceMention): boolean {
  return (
    p.kind === "country" &&
    /(?:['’]s|s)$/.test(p.text) &&
    COUNTRY_OWNS.test(sentence.slice(p.end, p.end + 50))
  );
}

/** Aircraft named as what carried an attack, not as the attack itself. */
const PLATFORM = /^(?:[\w-]+\s+)*(?:jets?|warplanes?|planes?|aircraft|helicopters?|bombers?)$/i;

const CARRIED_BY =
  /\b(?:carried\s+out|conducted|launched|dropped|delivered)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/i;

const THE_CITY = /\b(?:in|around|of|across|inside)\s+(?:and\s+around\s+)?the\s+city\b(?!\s+of)/i;

/** A toll this large without a place is a war's, not a town's. */
const WAR_TOLL = 1_000;

interface PlacePick {
  /** A mention of the claim's own sentence or a neighbour's … */
  mention?: PlaceMention;
  /** … or a value carried from elsewhere in the article. */
  value?: string;
  where: string;
}

function pickPlace(
  article: ArticleContext,
  places: readonly PlaceMention[],
  draft: ClaimDraft,
  scope: Scope,
  /** The place of the toll this claim is part of, when told in the same sentence. */
  headPlace: string | null | undefined,
): PlacePick | undefined {
  const sentence = article.finds.sentence(article.at)?.text ?? "";
  // "an attack that took Syria's civil war to the Assad clan's hometown": the country owning the
  // war places the war, not this event.
  const own = mostSpecific(
    scope === "event" ? places.filter((p) => !ownsTheWar(sentence, p)) : places,
    draft,
  );
  if (own && specificity(own) <= NEAR_BEATS) return { mention: own, where: "" };
  const running = article.current;
  // A part of a toll ("five of the dead were children") is where its toll was.
  const part = isPartOfToll(draft);
  const tollPlace = headPlace ?? running.place;
  if (!own && part && tollPlace) return { value: tollPlace, where: " (as its toll's)" };
  // A period's toll "in and around the city": the city the article is about, the first it names.
  if (!own && !part && scope === "aggregate" && THE_CITY.test(sentence)) {
    const city = article.finds.firstPlace((p) => p.kind === "city")?.value;
    if (city) return { value: city, where: ' ("the city": the first city the article names)' };
  }

  if (!own && scope === "aggregate") {
    // A war's toll told without a place is the country's; a smaller period's toll is the
    // city's or province's, not the last street's.
    // (Not the trapped: people are trapped in a town, never in a whole country.)
    if (draft.value !== null && draft.value >= WAR_TOLL && draft.measure !== "trapped") {
      const country = article.finds.firstPlace((p) => p.kind === "country")?.value;
      if (country) return { value: country, where: " (the article's country, for a war's toll)" };
    }
    if (running.broadPlace) return { value: running.broadPlace, where: " (the article's city or province)" };
  }
  if (scope === "event") {
    for (const offset of [1, -1]) {
      const near = article.finds.places(article.at + offset).filter((p) => specificity(p) <= 1.5);
      if (near[0])
        return { mention: near[0], where: offset < 0 ? " (the sentence before)" : " (the sentence after)" };
    }
    if ((!own || specificity(own) > RUNNING_BEATS) && running.place && (running.placeRank ?? 4) <= 1)
      return { value: running.place, where: " (as in the article's earlier claims)" };
  }
  if (own) return { mention: own, where: "" };
  if (running.place) return undefined; // the running place is taken as inherited context
  // Nothing named near the claim nor before it: the first city the article names, else its country.
  const city = article.finds.firstPlace((p) => specificity(p) <= 2)?.value;
  if (city) return { value: city, where: " (the first city the article names)" };
  const country = article.finds.firstPlace((p) => p.kind === "country")?.value;
  return country ? { value: country, where: " (the article's country: no finer place is named)" } : undefined;
}

/**
 * When it happened. An event takes a day or week named in its sentence, a month or
 * year only when nothing finer is told; an aggregate takes the start of its period.
 */
function pickDate(dates: readonly DateMention[], draft: ClaimDraft, scope: Scope): DateMention | undefined {
  if (scope === "aggregate") {
    const periods = dates.filter((d) => d.kind === "period");
    return nearest(periods.length > 0 ? periods : dates, draft);
  }
  return nearest(
    dates.filter((d) => d.kind === "point" && (d.precision === "day" || d.precision === "week")),
    draft,
  );
}

/** A month named in the claim's sentence, for an event no finer date is found for. */
function monthOf(dates: readonly DateMention[], draft: ClaimDraft): DateMention | undefined {
  return nearest(
    dates.filter((d) => d.precision === "month" && (d.kind === "point" || d.rule === "month")),
    draft,
  );
}

/**
 * A lead gives the toll, the next sentence says who counted it: "At least 15 civilians were killed
 * … on Thursday. These civilians were targeted … said the Syrian Observatory." Only a sentence
 * with no figures of its own lends its source; the mention's offsets are moved out of the claim's
 * sentence (negative) so nothing mistakes it for one of its own.
 */
function sourceAfter(article: ArticleContext): Mention | undefined {
  if (!article.finds.sentence(article.at + 1) || article.hasClaims(1)) return undefined;
  const next = article.finds.sources(article.at + 1)[0];
  return next && { ...next, start: -1, end: -1 };
}

/**
 * "…still reeling from a massive government aerial assault on Thursday. … the air strikes killed at
 * least 82 people": a day told in the sentence or two before, which hold no claims of their own,
 * is the day of a claim that tells none; it outranks the day of the article's earlier claims.
 */
function dayFromPreviousSentences(article: ArticleContext): DateMention | undefined {
  for (const offset of [-1, -2]) {
    if (!article.finds.sentence(article.at + offset) || article.hasClaims(offset)) return undefined;
    const day = article.finds
      .dates(article.at + offset)
      .find((d) => d.kind === "point" && d.precision === "day");
    if (day) return day;
  }
  return undefined;
}

/** A lead names the toll, the next sentences the day: "…on Saturday's blast". */
function dayFromNextSentences(article: ArticleContext): DateMention | undefined {
  for (const offset of [1, 2]) {
    if (!article.finds.sentence(article.at + offset)) return undefined;
    const day = article.finds
      .dates(article.at + offset)
      .find((d) => d.kind === "point" && d.precision === "day");
    if (day) return day;
  }
  return undefined;
}

export function attachContext(
  article: ArticleContext,
  at: SentenceAt,
  drafts: readonly ClaimDraft[],
): ClaimContext[] {
  if (drafts.length === 0) return [];
  const sentence = at.text;
  const { finds, at: i } = article;
  const places = finds.places(i);
  const actors = finds.actors(i);
  // Every group named, acting or counted among the victims, to tell whose fighters died.
  const groups = [...actors, ...finds.victimGroups(i)];
  const weapons = finds.weapons(i);
  const sources = finds.sources(i);
  const dates = finds.dates(i);
  const cur = article.current;
  const out: ClaimContext[] = [];
  const mayAggregate = mayBeAggregate(sentence);
  let ahead: DateMention | null | undefined;
  // Looked up once per sentence, only when a claim needs it.
  let behind: DateMention | null | undefined;
  // A day the context gives inside the month the sentence names is finer than the month.
  const finerDayIn = (month: DateMention) => {
    const prefix = month.date.slice(0, 7);
    return !!behindDay()?.date.startsWith(prefix) || !!cur.date?.startsWith(prefix);
  };
  const behindDay = () => {
    if (behind === undefined) behind = dayFromPreviousSentences(article) ?? null;
    return behind;
  };
  for (const draft of drafts) {
    // A part of a toll ("including 84 children") is counted over at least the toll's own span.
    const partOf = isPartOfToll(draft) ? out.findLast((_, i) => !isPartOfToll(drafts[i])) : undefined;
    const own = decideScope(sentence, draft.figureAt, draft.measure, mayAggregate);
    const asToll = partOf?.scope === "aggregate" && own.scope === "event";
    const { scope, evidence } = asToll ? { scope: "aggregate" as const, evidence: "" } : own;
    const why: string[] = [
      asToll ? "aggregate (as its toll)" : evidence ? `aggregate ("${evidence}")` : "event",
    ];
    const date = pickDate(dates, draft, scope);
    const head = out.findLast((c, i) => c.place && !isPartOfToll(drafts[i]));
    const placed = pickPlace(
      article,
      placesOfToll(
        places.filter((p) => !sources.some((s) => OVERLAP(p, s)) && !actors.some((a) => OVERLAP(p, a))),
        draft,
        drafts,
      ),
      draft,
      scope,
      head?.place,
    );
    const victimGroups = groupsOfVictims(groups, draft);
    // A whole war's toll ("more than 330000 people have been killed since 2011") is no one weapon's:
    // the last strike's is not inherited. (Its actor may be: the gold blames a war's side for its toll.)
    const warToll = scope === "aggregate" && draft.value !== null && draft.value >= WAR_TOLL;
    const actor = pickActor(sentence, actors, weapons, sources, draft, drafts, victimGroups);
    const nearestWeapon = nearest(weapons, draft);
    // "the attack … carried out by Russian jets": in a gas attack's story the jets only carried the
    // gas; the article's chemical weapon stands.
    const weapon =
      nearestWeapon?.value === "airstrike" &&
      cur.weapon === "chemical" &&
      PLATFORM.test(nearestWeapon.text) &&
      CARRIED_BY.test(sentence.slice(Math.max(0, nearestWeapon.start - 60), nearestWeapon.start))
        ? undefined
        : nearestWeapon;
    const source = nearest(sources, draft) ?? (cur.source === undefined ? sourceAfter(article) : undefined);
    const inherited: string[] = [];
    const take = <T>(found: Mention<T> | undefined, running: T | undefined, name: string): T | null => {
      if (found) {
        why.push(`${name} "${found.text}"`);
        return found.value;
      }
      if (running !== undefined) inherited.push(name);
      return running ?? null;
    };
    if (placed?.value) why.push(`place "${placed.value}"${placed.where}`);
    const ctx: ClaimContext = {
      scope,
      placeRank: placed?.mention
        ? specificity(placed.mention)
        : placed?.value === cur.place
          ? (cur.placeRank ?? 4)
          : 4,
      date: null,
      datePrecision: "unknown",
      place: placed?.value ?? take(placed?.mention, cur.place, `place${placed?.where ?? ""}`),
      // The article's running actor is not taken for victims of that very group.
      actor: take(
        actor,
        cur.actor !== undefined && victimGroups.has(groupOf(cur.actor)) ? undefined : cur.actor,
        "actor",
      ),
      weapon: take(weapon, warToll ? undefined : cur.weapon, "weapon"),
      source: take(source, cur.source, source && source.start < 0 ? "source (the sentence after)" : "source"),
      reason: "",
    };
    // "In August last year another car bomb killed 27": only the month is told, and it stands.
    const toldMonth = !date && scope === "event" ? monthOf(dates, draft) : undefined;
    const month = toldMonth && !finerDayIn(toldMonth) ? toldMonth : undefined;
    if (date) {
      ctx.date = date.date;
      ctx.datePrecision = date.precision;
      why.push(`date "${date.text}" (from ${article.ref}, ${article.refBasis})`);
    } else if (month) {
      ctx.date = month.date;
      ctx.datePrecision = month.precision;
      why.push(`date "${month.text}" (a month; from ${article.ref}, ${article.refBasis})`);
    } else if (scope === "event" && behindDay()) {
      const day = behindDay() as DateMention;
      ctx.date = day.date;
      ctx.datePrecision = day.precision;
      why.push(`date "${day.text}" from the sentence before`);
    } else if (scope === "event" && cur.date) {
      ctx.date = cur.date;
      ctx.datePrecision = cur.datePrecision ?? "day";
      inherited.push("date");
    } else if (scope === "event") {
      // Looked up once per sentence, only when a claim needs it.
      if (ahead === undefined) ahead = dayFromNextSentences(article) ?? null;
      if (ahead) {
        ctx.date = ahead.date;
        ctx.datePrecision = ahead.precision;
        why.push(`date "${ahead.text}" from the sentence after`);
      } else if (article.ref) {
        // No date told: news reports the latest events, so the article's own date stands, imprecisely.
        ctx.date = article.ref;
        ctx.datePrecision = "unknown";
        why.push(`no date in the text: the article's date (${article.refBasis})`);
      }
    }
    if (inherited.length > 0) why.push(`${inherited.join(", ")} as in the article's earlier claims`);
    ctx.reason = why.join("; ");
    out.push(ctx);
  }
  // The sentence's own context becomes the article's running context.
  const broad = places.filter((p) => specificity(p) >= 1.5 && specificity(p) <= 3);
  if (broad.length > 0)
    cur.broadPlace = broad.reduce((a, b) => (specificity(b) < specificity(a) ? b : a)).value;
  const last = out[out.length - 1];
  if (last) {
    if (last.place) {
      cur.place = last.place;
      cur.placeRank = last.placeRank;
    }
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
