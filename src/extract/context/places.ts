// Where: place names in one sentence, from syntax plus a small built-in
// gazetteer (gazetteer.ts). A capitalised name counts as a place when
// - it is in the gazetteer ("Raqqa", "Eastern Ghouta", "east Aleppo", "Deir Ezzor"), or
// - a locative word stands before it ("in", "near", "outside", "the town of", "shelled"), or
// - a place noun follows it ("al-Bado neighborhood", "Absasiyeen Square"), or
// - a known place owns it ("Syria's Mayadin", comma-less "Aleppos Ferdous district"), or
// - it continues a list of places ("the villages of Rahoum and al-Mshairfeh").
// Months, weekdays, organisation words, nationalities and other demonyms ("Egyptian",
// "Damascan"), news agencies, group names and people named around a reporting verb are not
// places; nor is where a story was filed ("BEIRUT (AFP) -", "Beirut (Reuters) –", a
// "REUTERS/…" credit). A facility after a known place gives the place ("Qardaha hospital" →
// Qardaha); a facility named otherwise ("Al-Quds hospital") gives nothing.
//
// Values: the gazetteer's spelling for known names ("ar-Raqqah" → "Raqqa"); otherwise the
// name as written minus an administrative noun ("al-Bado neighborhood" → "al-Bado");
// proper-name nouns stay ("al-Wafideen Camp", "Absasiyeen Square"). A direction before a
// known name is kept ("east Aleppo", "northern Syria", "rural Idlib").

import { withoutFilingPlaces } from "./filing-places.js";
import type { GazetteerEntry, PlaceKind } from "./gazetteer.js";
import { wordBefore } from "./lex.js";
import type { Mention } from "./mention.js";
import {
  attachNounAfter,
  emptySeg,
  MEMO_LIMIT,
  nextRun,
  placeInto,
  runSegments,
  type Seg,
} from "./place-runs.js";
import {
  ADMIN_NOUNS,
  DIRECTIONS,
  MODIFIERS,
  OF_NOUNS,
  PREPS,
  SKIP_COUNTRY_BEFORE,
  VERB_AFTER,
} from "./place-words.js";

export type { PlaceKind } from "./gazetteer.js";

export interface PlaceMention extends Mention {
  kind: PlaceKind;
}

let headlineCache: { s: string; v: boolean } = { s: "", v: false };

function isHeadline(sentence: string): boolean {
  if (headlineCache.s === sentence) return headlineCache.v;
  const caps = sentence.match(/\b[A-Z][a-z]{3,}/g)?.length ?? 0;
  const v = caps >= 4 && caps > 1.5 * lowerWordsUpTo(sentence, Math.ceil(caps / 1.5));
  headlineCache = { s: sentence, v };
  return v;
}

const LOWER_WORD = /\b[a-z]{4,}/g;

/** How many lowercase words of four letters or more the sentence has, counting no further than `max`. */
function lowerWordsUpTo(sentence: string, max: number): number {
  LOWER_WORD.lastIndex = 0;
  let n = 0;
  while (n < max && LOWER_WORD.test(sentence)) n++;
  return n;
}

/** Descriptions that name a city ("the Syrian capital", "Syria's commercial hub"). */
const CAPITALS: Array<[RegExp, string]> = [
  [/syria/i, "Damascus"],
  [/iraq/i, "Baghdad"],
  [/leban/i, "Beirut"],
  [/turk/i, "Ankara"],
  [/russia/i, "Moscow"],
  [/jordan/i, "Amman"],
];
// Starts at \b, with a '-' before ruled out by hand: the same as (?<![\w-]), which irregexp is
// slow to try at every character.
const CAPITAL_RE =
  /\b(?:(?:Syria|Iraq|Lebanon|Turkey|Russia|Jordan)(?:'s|’s|s)|the\s+(?:Syrian|Iraqi|Lebanese|Turkish|Russian|Jordanian))\s+(?:capital(?!\s+(?:of|punishment|city\s+of))|(?:second|biggest|largest|commercial|economic)\s+(?:city|capital|hub))(?![\w-])/gi;

function describedCities(sentence: string, out: PlaceMention[]): void {
  CAPITAL_RE.lastIndex = 0;
  for (let m = CAPITAL_RE.exec(sentence); m; m = CAPITAL_RE.exec(sentence)) {
    if (m.index > 0 && sentence.charCodeAt(m.index - 1) === 45) {
      CAPITAL_RE.lastIndex = m.index + 1;
      continue;
    }
    const text = m[0];
    const aleppo = /second|biggest|largest|commercial|economic/i.test(text) && /syria/i.test(text);
    const value = aleppo ? "Aleppo" : (CAPITALS.find(([re]) => re.test(text))?.[1] ?? null);
    if (!value) continue;
    const start = m.index + (/^the\s/i.test(text) ? 4 : 0);
    const end = m.index + text.length;
    // Drop the country the description starts with ("Syria's" in "Syria's capital").
    for (let k = out.length - 1; k >= 0; k--) {
      const o = out[k] as PlaceMention;
      if (o.start < end && start < o.end) out.splice(k, 1);
    }
    out.push({
      start,
      end,
      value,
      text: sentence.slice(start, end),
      rule: "place:described-city",
      kind: "city",
    });
  }
}

// Where findPlaces copies a run's segments, alternately: the segment being resolved and the one
// before it are all it reads, and nothing keeps a segment afterwards (a fresh copy per name
// cost an allocation each).
const SLOTS = [emptySeg(), emptySeg()];

/** Place names in one sentence, in order. */
export function findPlaces(sentence: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let run = nextRun(sentence, 0); run; run = nextRun(sentence, run.end)) {
    const { start: runStart, end: runEnd } = run;
    const template = runSegments(sentence.slice(runStart, runEnd));
    if (template.length === 0) continue;
    let prev: Seg | undefined;
    for (let si = 0; si < template.length; si++) {
      const seg = placeInto(SLOTS[si % 2] as Seg, template[si] as Seg, runStart);
      // Only the last segment can take a noun after the run; resolving the others never reads it.
      const last = si === template.length - 1;
      if (last) attachNounAfter(sentence, seg, runEnd);
      const place = resolve(sentence, seg, prev, out, last ? runEnd : -1);
      if (place) out.push(place);
      prev = seg;
    }
  }
  if (mayDescribeCity(sentence)) {
    describedCities(sentence, out);
    out.sort((a, b) => a.start - b.start);
  }
  return out.length > 0 ? withoutFilingPlaces(sentence, out) : out;
}

/** A lowercase word every described city needs somewhere in the sentence (one scan each is cheap). */
function mayDescribeCity(sentence: string): boolean {
  return sentence.includes("capital") || sentence.includes("city") || sentence.includes("hub");
}

function resolve(
  sentence: string,
  seg: Seg,
  prevSeg: Seg | undefined,
  out: PlaceMention[],
  /** Where the run ends when `seg` is its last segment, else −1. */
  runEnd: number,
): PlaceMention | null {
  if (seg.gaz) {
    // An all-caps name is a dateline ("BEIRUT", "MOSCOW (Sputnik)"): where the story was filed.
    if (seg.text.length > 3 && isAllCaps(seg.text)) return null;
    return resolveKnown(sentence, seg, seg.gaz, trigger(sentence, seg.start, prevSeg, out));
  }
  // A named facility that is not a known place ("Al-Quds hospital") is not a town.
  if (seg.facility) return null;
  // A place noun makes an unknown name a place whatever stands before it: no trigger is read.
  const hasNoun = !!(seg.adminKind || seg.nameNoun);
  const trig = hasNoun ? NO_TRIGGER : trigger(sentence, seg.start, prevSeg, out);
  return resolveUnknown(sentence, seg, trig, runEnd);
}

/** A gazetteer name: its canonical value, widened by a direction or a province noun. */
function resolveKnown(sentence: string, seg: Seg, g: GazetteerEntry, trig: Trigger): PlaceMention | null {
  let { start, end } = seg;
  if (g.kind === "country" && g.name !== "Syria" && g.name !== "Iraq") {
    if (!trig.hit && !seg.dir) return null;
    if (SKIP_COUNTRY_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) return null;
  }
  // A capital named for its government ("accused Damascus of the attack", "Damascus denied").
  if (CAPITAL_CITIES.has(g.name) && !seg.dir && !seg.adminNoun && isGovernment(sentence, seg.start, seg.end))
    return null;
  let dir = seg.dir;
  if (!dir && trig.dir) {
    dir = trig.dir.w;
    start = trig.dir.s;
  }
  let kind: PlaceKind = g.kind;
  let value = g.name;
  if (seg.adminKind === "province" && (g.governorate || g.kind === "province")) {
    kind = "province";
    value = provinceName(g, seg.adminNoun === "countryside" ? "countryside" : "province");
  } else if (seg.adminKind === "city") kind = "city";
  else if (!seg.adminKind && trig.kind === "province" && (g.governorate || g.kind === "province")) {
    kind = "province";
    value = provinceName(g, "province");
  } else if (seg.adminNoun === "countryside") {
    kind = "province";
    value = `${g.name} countryside`;
  } else if (seg.nameNoun) {
    kind = seg.nameNoun;
    value = sentence.slice(seg.start, seg.end);
  }
  if (dir) {
    const d = dir.toLowerCase();
    value = `${dir} ${value}`;
    if (d === "rural") kind = "province";
    else if (d === "old") kind = "neighbourhood";
    else if (kind === "country" || kind === "province") kind = "region";
  }
  if (seg.adminNoun && !seg.nameNoun) end = seg.end + adminLength(sentence, seg.end);
  return {
    start,
    end,
    value,
    text: sentence.slice(start, end),
    rule: KNOWN_RULES[trig.rule],
    kind,
  };
}

/**
 * "Idlib province", not "Idlib": a governorate's capital shares its name, and the claim's place
 * must say which one the text meant, or it is resolved to the city, 50 km from the attack.
 */
function provinceName(g: GazetteerEntry, noun: "province" | "countryside"): string {
  return g.governorate ? `${g.name} ${noun}` : g.name;
}

/** An unknown name: a place only with a locative word, a place noun, an owner or a list before it. */
function resolveUnknown(sentence: string, seg: Seg, trig: Trigger, runEnd: number): PlaceMention | null {
  let { start, end } = seg;
  const hasNoun = !!(seg.adminKind || seg.nameNoun);
  if (!trig.hit && !hasNoun) return null;
  // "in the Armenian district", "on Damascan suburbs": a demonym, not a name.
  if (!seg.nameNoun && seg.demonym) return null;
  // A name right before a reporting verb is a person or group ("Ahmed said"), unless a place
  // noun introduced it ("in the town of Ghandoura said the Syrian Observatory").
  const placeOf = trig.rule === "of-noun" && !!trig.kind && trig.kind !== "unknown";
  if (!hasNoun && !placeOf && runEnd >= 0 && VERB_AFTER.test(sentence.slice(runEnd, runEnd + 40)))
    return null;
  const said = wordBefore(sentence, seg.start);
  if (said && SAID.has(said.word)) return null;
  if (
    !hasNoun &&
    !/(?:^|\s)(?:al|el|ar|as|ad|ash|az|an|at|ez|Al|El)[-‐\s’']/i.test(` ${seg.text}`) &&
    isHeadline(sentence)
  )
    return null;
  if (/^(?:[A-Z]|[A-Z][a-z])$/.test(seg.text)) return null;
  // "a UN-Red Crescent convoy": a UN body or joint operation, not a place.
  if (/^(?:UN|U\.N\.)-/.test(seg.text)) return null;
  // "Killed in Suspected Gas Attack" (a title-cased headline): the kind of attack, not a place.
  if (!hasNoun && ATTACK_AFTER.test(sentence.slice(seg.end, seg.end + 20))) return null;
  const kind: PlaceKind = seg.adminKind ?? seg.nameNoun ?? trig.kind ?? "unknown";
  let value = seg.text.replace(/(?:['’]s)$/, "");
  // A capital outside the gazetteer speaks for its government as one inside it does ("Moscow reported").
  if (CAPITAL_CITIES.has(value) && !hasNoun && isGovernment(sentence, seg.start, seg.end)) return null;
  if (DIRECTIONS.has(value.toLowerCase())) {
    // "the Old City", "Eastern Province": a bare direction is a name only with its noun.
    if (!seg.adminNoun) return null;
    value = `${value} ${sentence.slice(seg.end, seg.end + adminLength(sentence, seg.end)).trim()}`;
  }
  if (seg.adminNoun) end = seg.end + adminLength(sentence, seg.end);
  return {
    start,
    end,
    value,
    text: sentence.slice(start, end),
    rule: hasNoun ? "place:noun" : UNKNOWN_RULES[trig.rule],
    kind,
  };
}

/** `text === text.toUpperCase()`, settled at once by a lowercase ASCII letter (the usual case). */
function isAllCaps(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return text === text.toUpperCase();
}

const SAID = new Set(["said", "says", "told", "according"]);

const ATTACK_AFTER = /^\s+(?:Attacks?|Strikes?|Raids?|Bombings?|Blasts?|Explosions?|Shelling)\b/;

const CAPITAL_CITIES = new Set(["Damascus", "Moscow", "Ankara", "Tehran", "Baghdad", "Beirut", "Amman"]);
const GOVERNMENT_BEFORE =
  /(?:^|\s)(?:accused|accusing|accuses|blamed|blaming|blames|urged|urging|urges|pressed|pressing|warned|warning)\s+$/;
const GOVERNMENT_AFTER =
  /^\s+(?:(?:has|had|have|also|has\s+also|had\s+also)\s+)?(?:denied|denies|deny|accused|accuses|blamed|blames|rejected|rejects|insisted|insists|responded|vowed|vows|demanded|demands|condemned|condemns|refused|refuses|agreed|agrees|wants|hopes|warned|warns|said|says|claimed|claims|announced|announces|reported|reports)(?![\w-])/;

/** A capital that acts or is accused, rather than a place where something happened. */
function isGovernment(sentence: string, start: number, end: number): boolean {
  return (
    GOVERNMENT_AFTER.test(sentence.slice(end, end + 30)) ||
    GOVERNMENT_BEFORE.test(sentence.slice(Math.max(0, start - 14), start))
  );
}

function adminLength(sentence: string, at: number): number {
  const m = /^\s+[A-Za-z-]+/.exec(sentence.slice(at, at + 24));
  return m ? m[0].length : 0;
}

type TriggerRule = "possessive" | "list" | "after-preposition" | "after-noun" | "of-noun";
/** Output rule names by trigger rule ("" when nothing triggered), spelled out once. */
const KNOWN_RULES: Record<TriggerRule | "", string> = {
  "": "place:gazetteer",
  possessive: "place:gazetteer-possessive",
  list: "place:gazetteer-list",
  "after-preposition": "place:gazetteer-after-preposition",
  "after-noun": "place:gazetteer-after-noun",
  "of-noun": "place:gazetteer-of-noun",
};
const UNKNOWN_RULES: Record<TriggerRule | "", string> = {
  "": "place:",
  possessive: "place:possessive",
  list: "place:list",
  "after-preposition": "place:after-preposition",
  "after-noun": "place:after-noun",
  "of-noun": "place:of-noun",
};

/** What stands before a name. Every trigger has all four fields: one object shape reads fastest. */
interface Trigger {
  hit: boolean;
  rule: TriggerRule | "";
  kind: PlaceKind | undefined;
  dir: Direction | undefined;
}

/** A lowercase direction before a name ("east" in "east Aleppo") and where it starts. */
interface Direction {
  w: string;
  s: number;
}

const NO_TRIGGER: Trigger = { hit: false, rule: "", kind: undefined, dir: undefined };

function hitBy(rule: TriggerRule, kind: PlaceKind | undefined, dir: Direction | undefined): Trigger {
  return { hit: true, rule, kind, dir };
}

function missWith(dir: Direction | undefined): Trigger {
  return dir ? { hit: false, rule: "", kind: undefined, dir } : NO_TRIGGER;
}

/** What stands before a name: a locative word, "the town of", an owner, or a list of places. */
function trigger(sentence: string, start: number, prevSeg: Seg | undefined, out: PlaceMention[]): Trigger {
  if (prevSeg?.possessive && prevSeg.end + 1 >= start) return hitBy("possessive", undefined, undefined);
  // Comma-less lists split inside one run ("the neighborhoods of al-Sabil al-Mogambo al-Furqan").
  const lastOut = out[out.length - 1];
  // A known name inside such a list continues it too ("of al-Sabil al-Mogambo al-Furqan").
  if (
    prevSeg &&
    lastOut &&
    (!prevSeg.gaz || lastOut.rule.endsWith("list") || lastOut.rule.endsWith("of-noun")) &&
    lastOut.end === prevSeg.end &&
    prevSeg.end + 1 >= start
  )
    return hitBy("list", lastOut.kind, undefined);
  let pos = start;
  let dir: Direction | undefined;
  for (let step = 0; step < 5; step++) {
    const wb = wordBefore(sentence, pos);
    if (!wb) return missWith(dir);
    const raw = wb.word;
    const t = leftWord(raw);
    if (step === 0 && t.lowerDirection) dir = { w: raw, s: wb.start };
    if (t.comma || t.and) {
      const lastOut = out[out.length - 1];
      if (lastOut && wb.start - lastOut.end <= 2) return hitBy("list", lastOut.kind, dir);
      if (!t.and) return missWith(dir);
    }
    if (t.prep) return hitBy("after-preposition", undefined, dir);
    if (t.with && leftWord(wordBefore(sentence, wb.start)?.word ?? "").border)
      return hitBy("after-preposition", undefined, dir);
    // "including 9 in the neighborhood Alsaliheen": an administrative noun right before the name.
    if (step === 0 && t.admin && leftWord(wordBefore(sentence, wb.start)?.word ?? "").article)
      return hitBy("after-noun", ADMIN_NOUNS[t.lower], dir);
    if (t.of) {
      const nb = wordBefore(sentence, wb.start);
      const noun = nb ? leftWord(nb.word) : undefined;
      if (noun?.ofNoun) return hitBy("of-noun", OF_NOUNS[noun.lower], dir);
      return missWith(dir);
    }
    if (t.modifier) {
      pos = wb.start;
      continue;
    }
    if (t.locative) return hitBy("after-preposition", undefined, dir);
    return missWith(dir);
  }
  return missWith(dir);
}

/** What trigger() needs to know about a word before a name, as written ("town,", "the"). */
interface LeftWord {
  lower: string;
  /** A lowercase direction ("east", "northern"), kept in the value. */
  lowerDirection: boolean;
  comma: boolean;
  and: boolean;
  prep: boolean;
  with: boolean;
  border: boolean;
  admin: boolean;
  article: boolean;
  of: boolean;
  ofNoun: boolean;
  modifier: boolean;
  locative: boolean;
}

// Memoised like WORD_INFO: the same few hundred words stand before names everywhere.
const LEFT_WORDS = new Map<string, LeftWord>();

function leftWord(raw: string): LeftWord {
  let t = LEFT_WORDS.get(raw);
  if (t) return t;
  const w = raw.toLowerCase();
  t = {
    lower: w,
    lowerDirection: DIRECTIONS.has(w) && /^[a-z]/.test(raw),
    comma: /,$/.test(raw),
    and: w === "and" || w === "&",
    prep: PREPS.has(w),
    with: w === "with",
    border: /^borders?$/i.test(raw),
    admin: w in ADMIN_NOUNS,
    article: /^(?:the|a)$/i.test(raw),
    of: w === "of",
    ofNoun: w in OF_NOUNS,
    modifier: MODIFIERS.has(w) || /-(?:held|controlled|besieged|run|majority|dominated|populated)$/.test(w),
    locative: /^(?:in|near|at|on|from|outside)$/i.test(raw),
  };
  if (LEFT_WORDS.size >= MEMO_LIMIT) LEFT_WORDS.clear();
  LEFT_WORDS.set(raw, t);
  return t;
}
