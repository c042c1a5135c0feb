// What the context finders found in each sentence of one field (title or text): places,
// actors, weapons, sources and event dates, each computed once per sentence, on demand.
// extractClaimsBatch fills these finder by finder over many articles before any claim is
// refined, so that each finder's large regular expressions stay hot in the CPU's caches.
import { findActorMentions } from "../context/actors.js";
import type { Mention } from "../context/mention.js";
import { findPlaces, type PlaceMention } from "../context/places.js";
import { findSources } from "../context/sources.js";
import { findWeapons } from "../context/weapons.js";
import { type DateMention, findDates } from "../dates/find-dates.js";
import type { Sentence } from "../text/sentences.js";
import type { Weapon } from "../types.js";

/** The sentence being refined: its text and where it stands in the article. */
export interface SentenceAt {
  text: string;
  start: number;
  field: "title" | "text";
}

// "a monitoring group said on Friday": the day of the report, not of the deaths.
const REPORTED_ON =
  /\b(said|says|told|reported|announced|added|stated|confirmed|tweeted)\s+(on\s+|late\s+|early\s+)?$/i;

/** The groups a sentence names: acting, and only counted among the victims ("30 Daesh militants"). */
export interface ActorMentions {
  acting: readonly Mention[];
  victims: readonly Mention[];
}

const NO_MENTIONS: readonly never[] = [];
const NO_ACTORS: ActorMentions = { acting: NO_MENTIONS, victims: NO_MENTIONS };

/** A sentence's finds, by the sentence's index; empty until computed. */
type Memo<T> = Array<T | undefined>;

export class SentenceFinds {
  private readonly placeMemo: Memo<readonly PlaceMention[]> = [];
  private readonly actorMemo: Memo<ActorMentions> = [];
  private readonly weaponMemo: Memo<readonly Mention<Weapon>[]> = [];
  private readonly sourceMemo: Memo<readonly Mention[]> = [];
  private readonly dateMemo: Memo<readonly DateMention[]> = [];

  constructor(
    readonly field: "title" | "text",
    readonly sentences: readonly Sentence[],
    /** Reference date for relative expressions; no dates are read without one. */
    private readonly ref: string | null,
    /** The dateline's place in the text: a date there is the article's, not an event's. */
    private readonly dateline: { start: number; end: number } | null,
  ) {}

  /** Whether the field has a sentence i. */
  has(i: number): boolean {
    return this.sentences[i] !== undefined;
  }

  places(i: number): readonly PlaceMention[] {
    return this.memo(this.placeMemo, i, placesOf, NO_MENTIONS);
  }

  actors(i: number): readonly Mention[] {
    return this.actorMentions(i).acting;
  }

  actorMentions(i: number): ActorMentions {
    return this.memo(this.actorMemo, i, findActorMentions, NO_ACTORS);
  }

  weapons(i: number): readonly Mention<Weapon>[] {
    return this.memo(this.weaponMemo, i, findWeapons, NO_MENTIONS);
  }

  sources(i: number): readonly Mention[] {
    return this.memo(this.sourceMemo, i, findSources, NO_MENTIONS);
  }

  dates(i: number): readonly DateMention[] {
    return this.memo(this.dateMemo, i, this.eventDates, NO_MENTIONS);
  }

  /** The dates a sentence gives for events: not the article's dateline, not the day a source spoke. */
  private eventDates(text: string, start: number): readonly DateMention[] {
    const ref = this.ref;
    if (!ref) return NO_MENTIONS;
    const dl = this.dateline;
    return findDates(text, ref).filter(
      (d) =>
        (!dl || start + d.end <= dl.start || start + d.start >= dl.end) &&
        !REPORTED_ON.test(text.slice(Math.max(0, d.start - 24), d.start)),
    );
  }

  /**
   * What `find` gives for sentence i, computed once; `none` past either end of the field.
   * (`find` is a plain function or a method, not a closure made per call.)
   */
  private memo<T>(
    memo: Memo<T>,
    i: number,
    find: (this: SentenceFinds, text: string, start: number) => T,
    none: T,
  ): T {
    const s = this.sentences[i];
    if (!s) return none;
    let found = memo[i];
    if (found === undefined) {
      found = find.call(this, s.text, s.start);
      memo[i] = found;
    }
    return found;
  }

  /** The first place, in reading order, that passes the test. */
  firstPlace(test: (p: PlaceMention, sentence: string, at: number) => boolean): PlaceMention | undefined {
    for (let i = 0; i < this.sentences.length; i++) {
      const text = this.sentences[i]?.text ?? "";
      const found = this.places(i).find((p) => test(p, text, i));
      if (found) return found;
    }
    return undefined;
  }
}

function placesOf(sentence: string): readonly PlaceMention[] {
  return withoutLandmarks(sentence, findPlaces(sentence));
}

const OF_THE = /^\s+of\s+(the\s+)?$/i;
const FROM_A_CAPITAL = /[A-Z][\s\S]*$/;

/**
 * "the Citadel of Aleppo", "Old City of Homs": an unknown name that belongs to a known place
 * is a landmark of it; the known place is the claim's place.
 */
export function withoutLandmarks(sentence: string, places: readonly PlaceMention[]): readonly PlaceMention[] {
  return places.filter(
    (p) =>
      p.kind !== "unknown" ||
      !OF_THE.test(sentence.slice(p.end, p.end + 9).replace(FROM_A_CAPITAL, "")) ||
      !places.some((q) => q !== p && q.kind !== "unknown" && q.start > p.end && q.start <= p.end + 9),
  );
}
