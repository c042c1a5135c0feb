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
import { SentenceScope } from "./scope.js";
import type { ActorMentions, SentenceAt, SentenceFinds } from "./sentence-finds.js";

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
  /** The claim drafts of each sentence of the field, by index in `finds`. */
  drafts: readonly (readonly ClaimDraft[])[];
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

interface Nearness {
  /** How much farther a mention standing before the figure counts. */
  beforePenalty: number;
  /** Whether mentions inside the victims' own words are skipped. */
  skipVictims: boolean;
}

const BY_DISTANCE: Nearness = { beforePenalty: 0, skipVictims: true };

/**
 * The mention nearest to the figure, in characters, among those `keep` accepts (all when not
 * given): the same as filtering first, without the filtered copy.
 */
function nearest<T extends Mention<unknown>>(
  mentions: readonly T[],
  draft: ClaimDraft,
  { beforePenalty, skipVictims }: Nearness = BY_DISTANCE,
  keep?: (m: T) => boolean,
): T | undefined {
  let best: T | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of mentions) {
    if (skipVictims && overlapsVictims(m, draft)) continue;
    if (keep && !keep(m)) continue;
    const distance = distanceFrom(m, draft, beforePenalty);
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

function distanceFrom(m: Range, draft: ClaimDraft, beforePenalty: number): number {
  return m.end <= draft.figureAt
    ? draft.figureAt - m.end + beforePenalty
    : Math.max(0, m.start - draft.figureAt);
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

interface Range {
  start: number;
  end: number;
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && a.end > b.start;
}

function overlapsAny(a: Range, others: readonly Range[]): boolean {
  for (const b of others) if (overlaps(a, b)) return true;
  return false;
}

/** The claims' places: not a word of a source's or an actor's name (the same array when none is). */
function placesOutside(
  places: readonly PlaceMention[],
  sources: readonly Mention[],
  actors: readonly Mention[],
): readonly PlaceMention[] {
  for (const p of places)
    if (overlapsAny(p, sources) || overlapsAny(p, actors))
      return places.filter((q) => !overlapsAny(q, sources) && !overlapsAny(q, actors));
  return places;
}

/** Whether a mention stands inside the victims' own words ("35 Daesh militants"). */
function overlapsVictims(m: Range, draft: ClaimDraft): boolean {
  return m.start < draft.victimEnd && m.end > draft.victimStart;
}

/** "Islamic State" and "ISIS" are one group (the lexicon keeps the article's naming). */
const groupOf = (actor: string) => (actor === "Islamic State" ? "ISIS" : actor);

/** Whether the victims belong to the actor's group ("10 IS militants"): it is not who killed them. */
function countedAmongVictims(actor: string, groups: ActorMentions, draft: ClaimDraft): boolean {
  return isAmong(groupOf(actor), groups.acting, draft) || isAmong(groupOf(actor), groups.victims, draft);
}

/** Whether one of the mentions, of the group, stands inside the victims' own words. */
function isAmong(group: string, mentions: readonly Mention[], draft: ClaimDraft): boolean {
  for (const m of mentions) if (overlapsVictims(m, draft) && groupOf(m.value) === group) return true;
  return false;
}

const CAPITALISED = /^[A-Z]/;
const LOWERCASE = /^[a-z]/;
const SPACE_OR_NOTHING = /^\s?$/;
const BY_OF_FROM = /^\s+(by|of|from)\s+(the\s+)?$/i;

/** "terrorists of Jaish al-Islam", "the Daesh terrorist group": the group an epithet names. */
function namedGroup(sentence: string, actors: readonly Mention[], epithet: Mention): Mention | undefined {
  for (const b of actors) {
    if (!CAPITALISED.test(b.value)) continue;
    if (b.start > epithet.end && OF_GROUP.test(sentence.slice(epithet.end, b.start))) return b;
    // "the Daesh terrorist group": the name stands right before the epithet.
    if (b.end <= epithet.start && SPACE_OR_NOTHING.test(sentence.slice(b.end, epithet.start))) return b;
  }
  return undefined;
}

/** "US-led coalition air strikes", "air strikes by the coalition": the actor drives a weapon. */
function drivesWeapon(sentence: string, actor: Mention, weapons: readonly Mention<Weapon>[]): boolean {
  for (const w of weapons) {
    if (w.start >= actor.end && w.start - actor.end <= 3) return true;
    if (w.end <= actor.start && BY_OF_FROM.test(sentence.slice(w.end, actor.start))) return true;
  }
  return false;
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
  /** Every group named, acting or counted among the victims. */
  groups: ActorMentions,
): Mention | undefined {
  let best: Mention | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const a of actors) {
    if (drafts.some((d) => overlapsVictims(a, d))) continue;
    if (countedAmongVictims(a.value, groups, draft)) continue;
    if (overlapsAny(a, sources)) continue;
    // "17 government troops were killed in fighting with the Daesh group": fighters' foe is their killer.
    const foe =
      draft.victim === "combatants" && FIGHTING_WITH.test(sentence.slice(Math.max(0, a.start - 40), a.start));
    if (!foe && TARGET_BEFORE.test(sentence.slice(Math.max(0, a.start - 25), a.start))) continue;
    let score = a.end <= draft.figureAt ? draft.figureAt - a.end : a.start - draft.figureAt;
    if (drivesWeapon(sentence, a, weapons)) score -= 1000;
    if (score < bestScore) {
      best = a;
      bestScore = score;
    }
  }
  // "terrorists of Jaish al-Islam": the group named, not the epithet before it.
  return best && LOWERCASE.test(best.value) ? (namedGroup(sentence, actors, best) ?? best) : best;
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

// "8 in Ansari 5 in Almiyassar": a place usually follows its figure, so one before it counts as farther.
const PLACE_NEARNESS: Nearness = { beforePenalty: 30, skipVictims: false };

/**
 * The nearest of the most specific places (the lowest specificity rank): the same as keeping
 * those of the lowest rank, then taking the nearest, in one pass. For an event, pass its sentence: a country named there as
 * the war's owner is left out.
 */
function mostSpecific(
  places: readonly PlaceMention[],
  draft: ClaimDraft,
  eventSentence: string | null,
): PlaceMention | undefined {
  let best: PlaceMention | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const p of places) {
    if (eventSentence !== null && ownsTheWar(eventSentence, p)) continue;
    const rank = specificity(p);
    if (rank > bestRank) continue;
    const distance = distanceFrom(p, draft, PLACE_NEARNESS.beforePenalty);
    if (rank < bestRank || distance < bestDistance) {
      best = p;
      bestRank = rank;
      bestDistance = distance;
    }
  }
  return best;
}

/** A toll's own places, leaving out those told for its breakdown ("including 9 in Alsaliheen"). */
function placesOfToll(places: readonly PlaceMention[], draft: ClaimDraft, drafts: readonly ClaimDraft[]) {
  if (draft.rule === "breakdown") return places;
  // Where the first breakdown after the figure starts.
  let from = Number.POSITIVE_INFINITY;
  for (const d of drafts)
    if (d.rule === "breakdown" && d.quoteStart > draft.figureAt) from = Math.min(from, d.quoteStart);
  if (from === Number.POSITIVE_INFINITY) return places;
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

const POSSESSIVE_END = /(?:['’]s|s)$/;

const COUNTRY_OWNS =
  /^\s+(?:(?:civil|six-year|[\w]+-year|long|long-running|bloody|brutal|devastating|ongoing|multi-sided)\s+)*(?:war|conflict|crisis|uprising|revolution)\b/i;

/** "Syria's civil war", "Syrias war" (FA-KES drops apostrophes): a country named as the war's owner. */
function ownsTheWar(sentence: string, p: PlaceMention): boolean {
  return (
    p.kind === "country" &&
    POSSESSIVE_END.test(p.text) &&
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

// "a convoy carrying residents from the northern towns of Fuaa and Kafraya … in Rashidin": the
// towns people came from, not the place of the attack.
const ORIGIN_BEFORE =
  /\b(?:from|out\s+of|residents\s+of|natives\s+of)\s+(?:the\s+)?(?:(?!(?:in|at|near|on|inside|into|to)\s)[\w-]+\s+){0,2}?(?:(?:towns?|villages?|cities|city|areas?|regions?)\s+of\s+)?(?:[A-Z][\w'’-]*\s+(?:and|&)\s+)?$/;

function isOrigin(sentence: string, p: PlaceMention): boolean {
  return ORIGIN_BEFORE.test(sentence.slice(Math.max(0, p.start - 60), p.start));
}

/** For the displaced, the place they fled is the event's place: no origin is set aside. */
const awayFromOrigins = (draft: ClaimDraft) => draft.measure !== "displaced";

interface PlacePick {
  /** A mention of the claim's own sentence or a neighbour's … */
  mention?: PlaceMention;
  /** … or a value carried from elsewhere in the article. */
  value?: string;
  where: string;
}

function pickPlace(
  article: ArticleContext,
  /** The text of the claim's sentence. */
  sentence: string,
  places: readonly PlaceMention[],
  draft: ClaimDraft,
  scope: Scope,
  /** The place of the toll this claim is part of, when told in the same sentence. */
  headPlace: string | null | undefined,
): PlacePick | undefined {
  // "an attack that took Syria's civil war to the Assad clan's hometown": the country owning the
  // war places the war, not this event.
  // Where the harm was, not where its victims came from, when the sentence names both.
  const struck = awayFromOrigins(draft) ? places.filter((p) => !isOrigin(sentence, p)) : [];
  const own = mostSpecific(struck.length > 0 ? struck : places, draft, scope === "event" ? sentence : null);
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
      const at = article.at + offset;
      const text = article.finds.sentences[at]?.text ?? "";
      const candidates = article.finds.places(at).filter((p) => specificity(p) <= 1.5);
      // Where the harm was, not where its victims came from.
      // A neighbour naming only the victims' home towns names no place for this claim.
      const near = candidates.find((p) => !awayFromOrigins(draft) || !isOrigin(text, p));
      if (near)
        return { mention: near, where: offset < 0 ? " (the sentence before)" : " (the sentence after)" };
    }
    if ((!own || specificity(own) > RUNNING_BEATS) && running.place && (running.placeRank ?? 4) <= 1)
      return { value: running.place, where: " (as in the article's earlier claims)" };
  }
  // "An attack on a rebel-held Syrian town has killed 86": the country says only whose war it is;
  // the town the article names is where it happened.
  if (own && own.kind === "country" && WAR_COUNTRIES.has(own.value) && scope === "event") {
    // Named in the lead or beside another toll; not in this sentence, whose places were weighed
    // already ("… the defence ministry in Moscow said").
    const town = firstStruckTown(
      article,
      draft,
      (p, at, text) =>
        at !== article.at &&
        (at < LEAD_SENTENCES || hasClaims(article, at - article.at) || attackAt(text, p)),
    );
    if (town)
      return { value: town, where: " (the first town the article names with a toll, over a country)" };
  }
  if (own) return { mention: own, where: "" };
  if (running.place) return undefined; // the running place is taken as inherited context
  // Nothing named near the claim nor before it: the first city the article names, else its country.
  const city = firstStruckTown(article, draft);
  if (city) return { value: city, where: " (the first city the article names)" };
  const country = article.finds.firstPlace((p) => p.kind === "country")?.value;
  return country ? { value: country, where: " (the article's country: no finer place is named)" } : undefined;
}

/** Countries whose own towns the news tells of: "Syria" there says only whose war it is. */
const WAR_COUNTRIES: ReadonlySet<string> = new Set(["Syria", "Iraq"]);

/** Sentences that make an article's lead (with its title): where the story's own place is named. */
const LEAD_SENTENCES = 3;

/**
 * "A mosque blast in Idlib" in an article that speaks of "the Idlib province": a governorate's
 * capital named bare is the province when its sentence or a neighbour names the province so,
 * and it is not called the city ("Idlib city").
 */
function asTheArticlesProvince(
  article: ArticleContext,
  placed: PlacePick | undefined,
): PlacePick | undefined {
  const mention = placed?.mention;
  if (mention?.kind !== "city" || mention.value !== mention.text) return placed;
  if (!lookupPlace(mention.value)?.governorate) return placed;
  const province = `${mention.value} province`;
  const near = [0, 1, -1].some((offset) =>
    article.finds
      .places(article.at + offset)
      .some((p) => p.value === province || p.value.endsWith(` ${province}`)),
  );
  if (!near) return placed;
  return {
    ...placed,
    mention: { ...mention, value: province, kind: "province" },
    where: `${placed?.where ?? ""} (the article's province of that name)`,
  };
}

/** The first city or town the article names that is not only where victims came from. */
function firstStruckTown(
  article: ArticleContext,
  draft: ClaimDraft,
  where: (p: PlaceMention, at: number, text: string) => boolean = () => true,
): string | undefined {
  return article.finds.firstPlace(
    (p, text, at) =>
      specificity(p) <= 2 && where(p, at, text) && (!awayFromOrigins(draft) || !isOrigin(text, p)),
  )?.value;
}

/** An attack told just before the place: "vowed revenge for Tuesday's strike in the town of Khan Sheikhun". */
const ATTACK_BEFORE =
  /\b(?:strikes?|attacks?|raids?|bombing|bombardment|shelling|blast|explosion|massacre)\b[^.;]{0,30}$/i;
function attackAt(sentence: string, p: PlaceMention): boolean {
  return ATTACK_BEFORE.test(sentence.slice(Math.max(0, p.start - 50), p.start));
}

/**
 * When it happened. An event takes a day or week named in its sentence, a month or
 * year only when nothing finer is told; an aggregate takes the start of its period.
 */
function pickDate(dates: readonly DateMention[], draft: ClaimDraft, scope: Scope): DateMention | undefined {
  if (scope === "aggregate")
    return dates.some(isPeriod) ? nearest(dates, draft, BY_DISTANCE, isPeriod) : nearest(dates, draft);
  return nearest(dates, draft, BY_DISTANCE, isDayOrWeek);
}

const isPeriod = (d: DateMention) => d.kind === "period";
const isDayOrWeek = (d: DateMention) =>
  d.kind === "point" && (d.precision === "day" || d.precision === "week");
// "in August", "in August 2013": read as a period for a toll, as the month an event fell in.
const isMonth = (d: DateMention) =>
  d.precision === "month" && (d.kind === "point" || d.rule === "month" || d.rule === "month-year");

/** A month named in the claim's sentence, for an event no finer date is found for. */
function monthOf(dates: readonly DateMention[], draft: ClaimDraft): DateMention | undefined {
  return nearest(dates, draft, BY_DISTANCE, isMonth);
}

/** Whether the sentence `offset` away holds claims of its own. */
function hasClaims(article: ArticleContext, offset: number): boolean {
  return (article.drafts[article.at + offset]?.length ?? 0) > 0;
}

/**
 * A lead gives the toll, the next sentence says who counted it: "At least 15 civilians were killed
 * … on Thursday. These civilians were targeted … said the Syrian Observatory." Only a sentence
 * with no figures of its own lends its source; the mention's offsets are moved out of the claim's
 * sentence (negative) so nothing mistakes it for one of its own.
 */
function sourceAfter(article: ArticleContext): Mention | undefined {
  if (!article.finds.has(article.at + 1) || hasClaims(article, 1)) return undefined;
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
    if (!article.finds.has(article.at + offset) || hasClaims(article, offset)) return undefined;
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
    if (!article.finds.has(article.at + offset)) return undefined;
    const day = article.finds
      .dates(article.at + offset)
      .find((d) => d.kind === "point" && d.precision === "day");
    if (day) return day;
  }
  return undefined;
}

/** Days told in the sentences around the claim's: looked up once per sentence, only when a claim needs one. */
class NearbyDays {
  private before: DateMention | null | undefined;
  private after: DateMention | null | undefined;

  constructor(private readonly article: ArticleContext) {}

  /** See dayFromPreviousSentences. */
  behind(): DateMention | undefined {
    if (this.before === undefined) this.before = dayFromPreviousSentences(this.article) ?? null;
    return this.before ?? undefined;
  }

  /** See dayFromNextSentences. */
  ahead(): DateMention | undefined {
    if (this.after === undefined) this.after = dayFromNextSentences(this.article) ?? null;
    return this.after ?? undefined;
  }

  /** A day the context gives inside the month the sentence names is finer than the month. */
  finerDayIn(month: DateMention): boolean {
    const prefix = month.date.slice(0, 7);
    return !!this.behind()?.date.startsWith(prefix) || !!this.article.current.date?.startsWith(prefix);
  }
}

/**
 * A claim's reason: what its sentence told, "; "-separated, then the fields inherited from the
 * article's earlier claims. (Built by concatenation: joining arrays is slower, for a few parts.)
 */
class Reason {
  private told: string;
  private inherited: string | null = null;

  constructor(first: string) {
    this.told = first;
  }

  tell(part: string): void {
    this.told += `; ${part}`;
  }

  inherit(field: string): void {
    this.inherited = this.inherited === null ? field : `${this.inherited}, ${field}`;
  }

  /** The value the sentence names, else the running context's. */
  take<T>(found: Mention<T> | undefined, running: T | undefined, name: string): T | null {
    if (found) {
      this.tell(`${name} "${found.text}"`);
      return found.value;
    }
    if (running !== undefined) this.inherit(name);
    return running ?? null;
  }

  toString(): string {
    if (this.inherited === null) return this.told;
    return `${this.told}; ${this.inherited} as in the article's earlier claims`;
  }
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
  const groups = finds.actorMentions(i);
  const weapons = finds.weapons(i);
  const sources = finds.sources(i);
  const dates = finds.dates(i);
  const ownPlaces = placesOutside(places, sources, actors);
  const placesSentence = finds.sentences[i]?.text ?? "";
  const scopes = new SentenceScope(sentence);
  const days = new NearbyDays(article);
  const cur = article.current;
  const out: ClaimContext[] = [];
  // The last claim that is not a part of a toll, and the last such with a place.
  let toll: ClaimContext | undefined;
  let placedToll: ClaimContext | undefined;
  for (const draft of drafts) {
    // A part of a toll ("including 84 children") is counted over at least the toll's own span.
    const partOf = isPartOfToll(draft) ? toll : undefined;
    const own = scopes.decide(draft.figureAt, draft.measure);
    const asToll = partOf?.scope === "aggregate" && own.scope === "event";
    const { scope, evidence } = asToll ? { scope: "aggregate" as const, evidence: "" } : own;
    const why = new Reason(
      asToll ? "aggregate (as its toll)" : evidence ? `aggregate ("${evidence}")` : "event",
    );
    const date = pickDate(dates, draft, scope);
    const placed = asTheArticlesProvince(
      article,
      pickPlace(
        article,
        placesSentence,
        placesOfToll(ownPlaces, draft, drafts),
        draft,
        scope,
        placedToll?.place,
      ),
    );
    // A whole war's toll ("more than 330000 people have been killed since 2011") is no one weapon's:
    // the last strike's is not inherited. (Its actor may be: the gold blames a war's side for its toll.)
    const warToll = scope === "aggregate" && draft.value !== null && draft.value >= WAR_TOLL;
    const actor = pickActor(sentence, actors, weapons, sources, draft, drafts, groups);
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
    if (placed?.value) why.tell(`place "${placed.value}"${placed.where}`);
    const ctx: ClaimContext = {
      scope,
      placeRank: placed?.mention
        ? specificity(placed.mention)
        : placed?.value === cur.place
          ? (cur.placeRank ?? 4)
          : 4,
      date: null,
      datePrecision: "unknown",
      place: placed?.value ?? why.take(placed?.mention, cur.place, `place${placed?.where ?? ""}`),
      // The article's running actor is not taken for victims of that very group.
      actor: why.take(
        actor,
        cur.actor !== undefined && countedAmongVictims(cur.actor, groups, draft) ? undefined : cur.actor,
        "actor",
      ),
      weapon: why.take(weapon, warToll ? undefined : cur.weapon, "weapon"),
      source: why.take(
        source,
        cur.source,
        source && source.start < 0 ? "source (the sentence after)" : "source",
      ),
      reason: "",
    };
    // "In August last year another car bomb killed 27": only the month is told, and it stands.
    const toldMonth = !date && scope === "event" ? monthOf(dates, draft) : undefined;
    const month = toldMonth && !days.finerDayIn(toldMonth) ? toldMonth : undefined;
    if (date) {
      ctx.date = date.date;
      ctx.datePrecision = date.precision;
      why.tell(`date "${date.text}" (from ${article.ref}, ${article.refBasis})`);
    } else if (month) {
      ctx.date = month.date;
      ctx.datePrecision = month.precision;
      why.tell(`date "${month.text}" (a month; from ${article.ref}, ${article.refBasis})`);
    } else if (scope === "event" && days.behind()) {
      const day = days.behind() as DateMention;
      ctx.date = day.date;
      ctx.datePrecision = day.precision;
      why.tell(`date "${day.text}" from the sentence before`);
    } else if (scope === "event" && cur.date) {
      ctx.date = cur.date;
      ctx.datePrecision = cur.datePrecision ?? "day";
      why.inherit("date");
    } else if (scope === "event") {
      const ahead = days.ahead();
      if (ahead) {
        ctx.date = ahead.date;
        ctx.datePrecision = ahead.precision;
        why.tell(`date "${ahead.text}" from the sentence after`);
      } else if (article.ref) {
        // No date told: news reports the latest events, so the article's own date stands, imprecisely.
        ctx.date = article.ref;
        ctx.datePrecision = "unknown";
        why.tell(`no date in the text: the article's date (${article.refBasis})`);
      }
    }
    ctx.reason = why.toString();
    out.push(ctx);
    if (!isPartOfToll(draft)) {
      toll = ctx;
      if (ctx.place) placedToll = ctx;
    }
  }
  updateRunningContext(cur, places, out);
  return out;
}

/** The sentence's own context becomes the article's running context. */
function updateRunningContext(
  cur: RunningContext,
  places: readonly PlaceMention[],
  out: readonly ClaimContext[],
) {
  // The most specific city, province or part of one (the first of equals).
  let broad: PlaceMention | undefined;
  let broadRank = Number.POSITIVE_INFINITY;
  for (const p of places) {
    const rank = specificity(p);
    if (rank >= 1.5 && rank <= 3 && rank < broadRank) {
      broad = p;
      broadRank = rank;
    }
  }
  if (broad) cur.broadPlace = broad.value;
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
}
