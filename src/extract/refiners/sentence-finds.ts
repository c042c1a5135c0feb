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

export class SentenceFinds {
  private readonly placeMemo = new Map<number, readonly PlaceMention[]>();
  private readonly actorMemo = new Map<number, { acting: readonly Mention[]; victims: readonly Mention[] }>();
  private readonly weaponMemo = new Map<number, readonly Mention<Weapon>[]>();
  private readonly sourceMemo = new Map<number, readonly Mention[]>();
  private readonly dateMemo = new Map<number, readonly DateMention[]>();

  constructor(
    readonly field: "title" | "text",
    readonly sentences: readonly Sentence[],
    /** Reference date for relative expressions; no dates are read without one. */
    private readonly ref: string | null,
    /** The dateline's place in the text: a date there is the article's, not an event's. */
    private readonly dateline: { start: number; end: number } | null,
  ) {}

  sentence(i: number): SentenceAt | undefined {
    const s = this.sentences[i];
    return s ? { text: s.text, start: s.start, field: this.field } : undefined;
  }

  places(i: number): readonly PlaceMention[] {
    return this.memo(this.placeMemo, i, (s) => withoutLandmarks(s, findPlaces(s)), []);
  }

  actors(i: number): readonly Mention[] {
    return this.actorMentions(i).acting;
  }

  /** Groups only counted among the victims ("30 Daesh militants"). */
  victimGroups(i: number): readonly Mention[] {
    return this.actorMentions(i).victims;
  }

  private actorMentions(i: number): { acting: readonly Mention[]; victims: readonly Mention[] } {
    return this.memo(this.actorMemo, i, findActorMentions, { acting: [], victims: [] });
  }

  weapons(i: number): readonly Mention<Weapon>[] {
    return this.memo(this.weaponMemo, i, findWeapons, []);
  }

  sources(i: number): readonly Mention[] {
    return this.memo(this.sourceMemo, i, findSources, []);
  }

  /** The dates a sentence gives for events: not the article's dateline, not the day a source spoke. */
  dates(i: number): readonly DateMention[] {
    return this.memo(
      this.dateMemo,
      i,
      (text, start) => {
        const ref = this.ref;
        if (!ref) return [];
        const dl = this.dateline;
        return findDates(text, ref).filter(
          (d) =>
            (!dl || start + d.end <= dl.start || start + d.start >= dl.end) &&
            !REPORTED_ON.test(text.slice(Math.max(0, d.start - 24), d.start)),
        );
      },
      [],
    );
  }

  /** The first place, in reading order, that passes the test. */
  firstPlace(test: (p: PlaceMention) => boolean): PlaceMention | undefined {
    for (let i = 0; i < this.sentences.length; i++) {
      const found = this.places(i).find(test);
      if (found) return found;
    }
    return undefined;
  }

  /** What `find` gives for sentence i, computed once; `none` past either end of the field. */
  private memo<T>(memo: Map<number, T>, i: number, find: (text: string, start: number) => T, none: T): T {
    let found = memo.get(i);
    if (found) return found;
    const s = this.sentences[i];
    found = s ? find(s.text, s.start) : none;
    memo.set(i, found);
    return found;
  }
}

/**
 * "the Citadel of Aleppo", "Old City of Homs": an unknown name that belongs to a known place
 * is a landmark of it; the known place is the claim's place.
 */
export function withoutLandmarks(sentence: string, places: readonly PlaceMention[]): readonly PlaceMention[] {
  return places.filter(
    (p) =>
      p.kind !== "unknown" ||
      !/^\s+of\s+(the\s+)?$/i.test(sentence.slice(p.end, p.end + 9).replace(/[A-Z][\s\S]*$/, "")) ||
      !places.some((q) => q !== p && q.kind !== "unknown" && q.start > p.end && q.start <= p.end + 9),
  );
}
