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

import {
  type GazetteerEntry,
  isPlaceStem,
  lookupPlace,
  type PlaceKind,
  startsMultiWordPlace,
} from "./gazetteer.js";
import { isRegexSpace, MONTHS, REPORT_VERB_SRC, WEEKDAYS, wordBefore } from "./lex.js";
import type { Mention } from "./mention.js";

export type { PlaceKind } from "./gazetteer.js";

export interface PlaceMention extends Mention {
  kind: PlaceKind;
}

const PARTICLE =
  "(?:[Aa]l|[Ee]l|[Aa]r|[Aa]s|[Aa]d|[Aa]sh|[Aa]z|[Aa]n|[Aa]t|[Ee]z|[Ee]d|[Ee]s|[Ee]r|[Uu]m|[Bb]ani|[Bb]in)";
const LETTER = "[A-Za-z\\u00C0-\\u024F]";
const NAME_WORD_SRC = `(?:${PARTICLE}[-‐’']|(?:al|el|ez|az|as|ash|ad|ar)\\s(?=[A-Z]))?[A-Z]${LETTER}*(?:['’]${LETTER}+)?(?:-${LETTER}[A-Za-z\\u00C0-\\u024F'’]*)*`;
const RUN_RE = new RegExp(`(?<![\\w'’-])${NAME_WORD_SRC}(?:\\s+${NAME_WORD_SRC}){0,6}(?![\\w-])`, "g");
const WORD_RE = new RegExp(NAME_WORD_SRC, "g");

/** Nouns dropped from the value (administrative units) and the kind they give. */
const ADMIN_NOUNS: Record<string, PlaceKind> = {
  neighbourhood: "neighbourhood",
  neighborhood: "neighbourhood",
  neighbourhoods: "neighbourhood",
  neighborhoods: "neighbourhood",
  district: "neighbourhood",
  districts: "neighbourhood",
  quarter: "neighbourhood",
  suburb: "neighbourhood",
  suburbs: "neighbourhood",
  area: "neighbourhood",
  areas: "neighbourhood",
  "sub-district": "town",
  subdistrict: "town",
  town: "town",
  towns: "town",
  village: "town",
  villages: "town",
  hamlet: "town",
  municipality: "town",
  city: "city",
  province: "province",
  provinces: "province",
  governorate: "province",
  region: "region",
};
/** Nouns that are part of a proper name and stay in the value. */
const NAME_NOUNS: Record<string, PlaceKind> = {
  camp: "neighbourhood",
  square: "neighbourhood",
  street: "neighbourhood",
  road: "neighbourhood",
  roundabout: "neighbourhood",
  market: "neighbourhood",
  airport: "unknown",
  airbase: "unknown",
  base: "unknown",
  prison: "unknown",
  hospital: "unknown",
  mosque: "unknown",
  school: "unknown",
  university: "unknown",
  bridge: "unknown",
  dam: "unknown",
  valley: "region",
  plain: "region",
  mountains: "region",
  mountain: "region",
  hills: "region",
  border: "region",
  crossing: "unknown",
  farms: "town",
};
/** Facilities named after a place ("Qardaha hospital") or after someone ("Al-Quds hospital"). */
const FACILITY_NOUNS = new Set(["hospital", "clinic", "mosque", "school", "university"]);
const NOUNS_AFTER = [
  "border\\s+crossing",
  "countryside",
  "refugee\\s+camp",
  "military\\s+airport",
  "air\\s*base",
  ...Object.keys(ADMIN_NOUNS),
  ...Object.keys(NAME_NOUNS),
];
const NOUN_AFTER = new RegExp(`^\\s+(${NOUNS_AFTER.join("|")})(?![\\w-])`);
/** First letters of those nouns, for a cheap test before NOUN_AFTER. */
const NOUN_INITIALS = new Set(NOUNS_AFTER.map((n) => n.charAt(0)));

/** Words before a name that make it a place ("in", "near", "shelled"). */
const PREPS = new Set(
  (
    "in near on at outside around from into across inside throughout toward towards between through off over beyond within " +
    "targeting targeted target hit hitting hits struck striking strikes shelled shelling pounded pounding bombed bombing " +
    "bombarded raided captured seized stormed entered recaptured retook retaking besieged besieging liberated liberating " +
    "surrounding surrounded attacked attacking reached reaching fled leaving left evacuated evacuating"
  ).split(" "),
);
/** Nouns that make "X of Name" a place ("the town of Ariha", "east of Damascus"). */
const OF_NOUNS: Record<string, PlaceKind> = {
  town: "town",
  towns: "town",
  village: "town",
  villages: "town",
  city: "city",
  cities: "city",
  province: "province",
  provinces: "province",
  governorate: "province",
  district: "neighbourhood",
  districts: "neighbourhood",
  neighbourhood: "neighbourhood",
  neighborhood: "neighbourhood",
  neighbourhoods: "neighbourhood",
  neighborhoods: "neighbourhood",
  suburb: "neighbourhood",
  suburbs: "neighbourhood",
  region: "region",
  area: "neighbourhood",
  areas: "neighbourhood",
  camp: "neighbourhood",
  capital: "city",
  countryside: "province",
  outskirts: "unknown",
  north: "unknown",
  south: "unknown",
  east: "unknown",
  west: "unknown",
  northeast: "unknown",
  northwest: "unknown",
  southeast: "unknown",
  southwest: "unknown",
  "north-east": "unknown",
  "north-west": "unknown",
  "south-east": "unknown",
  "south-west": "unknown",
  centre: "unknown",
  center: "unknown",
  heart: "unknown",
  edge: "unknown",
  part: "unknown",
  parts: "unknown",
  residents: "unknown",
  people: "unknown",
  hamlet: "town",
  municipality: "town",
};
/** Words that may stand between a locative word and the name ("in the rebel-held town of"). */
const MODIFIERS = new Set(
  (
    "the a an besieged embattled nearby neighbouring neighboring northern southern eastern western central northwestern " +
    "northeastern southwestern southeastern north-western north-eastern south-western south-eastern rural old ancient " +
    "strategic key former flashpoint battered devastated divided contested war-torn jihadist strategically important " +
    "syrian iraqi turkish kurdish largely mostly mainly predominantly christian alawite shiite sunni druze kurdish-majority " +
    "small large big major industrial residential border northernmost southernmost"
  ).split(" "),
);
const DIRECTIONS = new Set(
  (
    "east eastern west western north northern south southern northeast northeastern northwest northwestern southeast " +
    "southeastern southwest southwestern north-east north-eastern north-west north-western south-east south-eastern " +
    "south-west south-western central rural greater upper lower old new"
  ).split(" "),
);
/** Capitalised words that are never (part of) a place name. */
const STOP = new Set(
  (
    "the a an and or but as at in on for of to with by from near into after before since during while when where who which " +
    "this that these those it its he she they we i you his her their our there here then also meanwhile however according " +
    "president minister secretary general colonel governor spokesman spokeswoman envoy ambassador mr mrs ms dr sheikh king " +
    "prince emir chief head director commander leader official officials lieutenant major brigadier captain " +
    "observatory coalition council ministry forces force army front state agency news network committee committees command " +
    "directorate organization organisation union nations red crescent cross society institute office department police guard " +
    "guards brigade brigades battalion division units unit party movement government regime authority authorities commission " +
    "programme program fund foundation press media tv television radio channel reuters afp ap sputnik sana twitter facebook " +
    "youtube instagram telegram whatsapp watch amnesty international human rights democratic revolutionary revolution " +
    "islamic islamist islam syrian syrians arab arabs kurdish kurds turkish turks russian russians iraqi iraqis iranian american " +
    "americans british french european europe's western israeli lebanese jordanian saudi shiite shia sunni alawite alawites " +
    "christian christians muslim muslims druze god allah ramadan eid christmas english arabic isis isil is daesh sdf ypg fsa " +
    "hts nusra al-nusra qaeda al-qaeda hezbollah hizbollah jaish ahrar jabhat fateh tahrir assad al-assad bashar putin trump obama " +
    "erdogan kerry lavrov tillerson mattis haley un u.n eu nato who breaking update updated photo video read more tags posted " +
    "published last share comments copyright click subscribe follow like home world middle free national popular special " +
    "security defence defense health interior foreign affairs ministry's presidential civil local monitor monitoring group " +
    "groups sources source activists witnesses residents killed kill kills dead die dies died wounded injured attack attacks " +
    "strikes strike airstrikes raids bombing blast blasts explosion shelling car bomb bombs suicide terrorist terrorists " +
    "terror rebels rebel militants fighters troops soldiers civilians children women people regime's army's levant sham " +
    "united peoples protection aerospace besieged embattled latest al qaeda soviet assyrian kazakh caliphate kurdistan " +
    // News agencies ("Turkeys Anadolu Agency"), never places.
    "anadolu xinhua tass war wars " +
    // Common words capitalised in headlines and at sentence starts ("in Ancient City of Aleppo").
    "ancient another nearly several various both scores need targets areas events country " +
    "capital armed support continued named liberated residential battle research journal youth finance " +
    "disaster deputy prime congress senate regiment faculty internet labour"
  ).split(" "),
);
/** Nationality and demonym adjectives; isDemonymName finds others from a place's stem ("Damascan"). */
const DEMONYMS = new Set(
  (
    "arab arabs syrian iraqi saudi qatari kuwaiti emirati yemeni omani bahraini israeli pakistani afghan iranian " +
    "egyptian libyan tunisian algerian moroccan sudanese palestinian jordanian lebanese turkish kurdish russian " +
    "american british english french german italian spanish dutch belgian swiss austrian swedish danish norwegian " +
    "finnish polish irish scottish greek chinese japanese indian armenian chechen circassian uzbek turkmen kazakh " +
    "tajik ukrainian european african asian canadian australian"
  ).split(" "),
);
const DEMONYM_SUFFIX = /(?:ian|an|ese|ish)$/;
const AL_WORD = /^(?:al|el|Al|El)[-‐]/;
/** Second words that belong to the name before them ("al-Hajar al-Aswad", "Urum al-Kubra"). */
const AL_ADJECTIVE =
  /^(?:al|el|Al|El)[-‐](?:Sharqi|Gharbi|Shamali|Janoubi|Kabir|Kebir|Saghir|Kubra|Sughra|Aswad|Jadida|Jadid|Qadima|Qadim|Tahtani|Fawqani|Sham|Balad|Mahatta|Sharqiya|Gharbiya|Wusta|Ula)$/;
const VERB_AFTER = new RegExp(
  `^(?:\\s*,)?\\s+(?:(?:also|later|has|had|have)\\s+)*${REPORT_VERB_SRC}(?![\\w-])`,
);
const SKIP_COUNTRY_BEFORE = /(?:banned|outlawed|prohibited|illegal|proscribed)\s+in\s+(?:the\s+)?$/i;
const POSSESSIVE_GAZ = /^(.+?)(?:['’]s|s)$/;

interface Seg {
  start: number;
  end: number;
  text: string;
  gaz?: GazetteerEntry;
  /** Direction prefix kept in the value ("east", "Northern"). */
  dir?: string;
  nameNoun?: PlaceKind;
  adminKind?: PlaceKind;
  adminNoun?: string;
  possessive?: boolean;
  /** A facility noun followed ("Qardaha hospital"): the town, or for an unknown name nothing. */
  facility?: boolean;
}

interface GazHit {
  entry: GazetteerEntry;
  n: number;
  possessive: boolean;
}

/** What findPlaces needs to know about one word of a capitalised run; it depends on the word alone. */
interface WordInfo {
  /** The word as a gazetteer name on its own, or null. */
  gaz: GazHit | null;
  /** It may start a multi-word gazetteer name ("Deir", "Khan"). */
  multi: boolean;
  admin: PlaceKind | undefined;
  named: PlaceKind | undefined;
  stop: boolean;
  direction: boolean;
  /** "al-…"/"el-…", and whether it is an adjective that continues the name before it ("al-Kubra"). */
  al: boolean;
  alAdjective: boolean;
}

interface Word {
  w: string;
  s: number;
  e: number;
  info: WordInfo;
}

// Word → WordInfo: the same names and stop words recur in every article, and each costs
// several set lookups and regex tests. The memos here are bounded (cleared when full) so a
// long stream cannot grow them without limit.
const WORD_INFO = new Map<string, WordInfo>();
const MEMO_LIMIT = 20000;

function wordInfo(w: string): WordInfo {
  let info = WORD_INFO.get(w);
  if (info) return info;
  const lower = w.toLowerCase();
  info = {
    gaz: gazKey(w, 1),
    multi: startsMultiWordPlace(lower),
    admin: ADMIN_NOUNS[lower] ?? (lower === "countryside" ? "province" : undefined),
    named: NAME_NOUNS[lower],
    stop: isStop(w),
    direction: DIRECTIONS.has(lower),
    al: AL_WORD.test(w),
    alAdjective: AL_ADJECTIVE.test(w),
  };
  if (WORD_INFO.size >= MEMO_LIMIT) WORD_INFO.clear();
  WORD_INFO.set(w, info);
  return info;
}

function isStop(w: string): boolean {
  const l = w.toLowerCase();
  if (STOP.has(l) || MONTHS.has(l) || WEEKDAYS.has(l)) return true;
  // "Saturdays", "Mondays" (comma-less possessives), "Raqqa-based", "US-backed", acronyms.
  if (l.endsWith("s") && WEEKDAYS.has(l.slice(0, -1))) return true;
  if (
    /-(?:based|held|controlled|backed|led|linked|born|run|allied|made|style|majority|dominated|populated|occupied|besieged)$/.test(
      l,
    )
  )
    return true;
  // Possessives and particles of stop words ("Assads", "Daeshs", "al-Nusra", "al Qaeda").
  const bare = l.replace(/^(?:al|el|an|ad|ar|as)[-‐\s]/, "");
  if (bare !== l && STOP.has(bare)) return true;
  if (l.length > 4 && l.endsWith("s") && STOP.has(bare.slice(0, -1))) return true;
  if (/^[A-Z]{2,}s?$/.test(w)) return true;
  return false;
}

/**
 * A nationality or demonym adjective, alone or hyphenated ("Egyptian", "Damascan",
 * "Syrian-Turkish"): listed, or -an/-ian/-ese/-ish on the stem of a known place ("Damasc-us").
 */
function isDemonymName(text: string): boolean {
  return text.split(/[-‐\s]+/).every((part) => {
    const w = part.toLowerCase().replace(/['’]s$/, "");
    if (DEMONYMS.has(w)) return true;
    if (lookupPlace(w)) return false; // "Afghanistan", not Afghan-istan
    const suffix = DEMONYM_SUFFIX.exec(w);
    return !!suffix && isPlaceStem(w.slice(0, w.length - suffix[0].length));
  });
}

/** The longest gazetteer name starting at word i (up to four words for a multi-word start). */
function gazAt(words: Word[], i: number): GazHit | null {
  const first = words[i] as Word;
  if (first.info.multi) {
    for (let n = Math.min(4, words.length - i); n >= 2; n--) {
      let key = first.w;
      for (let k = 1; k < n; k++) key += ` ${(words[i + k] as Word).w}`;
      const hit = gazKey(key, n);
      if (hit) return hit;
    }
  }
  return first.info.gaz;
}

function gazKey(key: string, n: number): GazHit | null {
  const hit = lookupPlace(key);
  if (hit) return { entry: hit, n, possessive: /['’]s$/.test(key) };
  // Comma-less possessive ("Syrias", "Aleppos"): only a governorate or country, never "Hamas".
  if (key.charCodeAt(key.length - 1) !== 115) return null;
  const pm = POSSESSIVE_GAZ.exec(key);
  if (pm?.[1] && key.toLowerCase() !== "hamas") {
    const base = lookupPlace(pm[1]);
    if (base && (base.kind === "country" || base.governorate || /['’]s$/.test(key)))
      return { entry: base, n, possessive: true };
  }
  return null;
}

let headlineCache: { s: string; v: boolean } = { s: "", v: false };
function isHeadline(sentence: string): boolean {
  if (headlineCache.s === sentence) return headlineCache.v;
  const caps = sentence.match(/\b[A-Z][a-z]{3,}/g)?.length ?? 0;
  const lower = sentence.match(/\b[a-z]{4,}/g)?.length ?? 0;
  const v = caps >= 4 && caps > 1.5 * lower;
  headlineCache = { s: sentence, v };
  return v;
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
const CAPITAL_RE =
  /(?<![\w-])(?:(?:Syria|Iraq|Lebanon|Turkey|Russia|Jordan)(?:'s|’s|s)|the\s+(?:Syrian|Iraqi|Lebanese|Turkish|Russian|Jordanian))\s+(?:capital(?!\s+(?:of|punishment|city\s+of))|(?:second|biggest|largest|commercial|economic)\s+(?:city|capital|hub))(?![\w-])/gi;

function describedCities(sentence: string, out: PlaceMention[]): void {
  CAPITAL_RE.lastIndex = 0;
  for (let m = CAPITAL_RE.exec(sentence); m; m = CAPITAL_RE.exec(sentence)) {
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

/** Place names in one sentence, in order. */
export function findPlaces(sentence: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  RUN_RE.lastIndex = 0;
  for (let m = RUN_RE.exec(sentence); m; m = RUN_RE.exec(sentence)) {
    const template = runSegments(m[0]);
    if (template.length === 0) continue;
    const runStart = m.index;
    const runEnd = runStart + m[0].length;
    const segs = template.map((t) => placed(t, runStart));
    attachNounAfter(sentence, segs[segs.length - 1] as Seg, runEnd);
    for (let si = 0; si < segs.length; si++) {
      const seg = segs[si] as Seg;
      const last = si === segs.length - 1;
      const place = resolve(sentence, seg, si > 0 ? segs[si - 1] : undefined, out, last ? runEnd : -1);
      if (place) out.push(place);
    }
  }
  if (DESCRIBED_CITY_HINT.test(sentence)) {
    describedCities(sentence, out);
    out.sort((a, b) => a.start - b.start);
  }
  return out.length > 0 ? withoutFilingPlaces(sentence, out) : out;
}

const AGENCY_SRC =
  "(?:AFP|Agence\\s+France[-\\s]Presse|Reuters|REUTERS|(?:The\\s+)?Associated\\s+Press|AP|Anadolu(?:\\s+Agency)?|ANADOLU|SANA|Xinhua|XINHUA|TASS|Sputnik|SPUTNIK)";
/**
 * A dateline opening a sentence, up to its agency or dash: "BEIRUT (AFP) -", "Beirut (Reuters) –",
 * "DAMASCUS Syria (The Associated Press …)", "DEIR EZ-ZOR (Syria) (Sputnik)", "Aleppo - ".
 */
const DATELINE = new RegExp(
  `^\\s*(?:[A-Z][\\w'’.-]*,?\\s+){0,3}[A-Z][\\w'’.-]*\\s*(?:\\([A-Z][\\w\\s.-]{0,30}\\)\\s*)*(?=\\(\\s*${AGENCY_SRC}(?![\\w])|[-–—]\\s)`,
);
/** A credit's slash-joined token: "REUTERS/Stringer", "AFP/Aleppo" (in "AFP/Aleppo Media Center"). */
const CREDIT = new RegExp(`(?<![\\w-])${AGENCY_SRC}\\s?/[^\\s()]+`, "g");

/** Drops where the story was filed or photographed (a dateline, a credit): not where it happened. */
function withoutFilingPlaces(sentence: string, out: PlaceMention[]): PlaceMention[] {
  const dateline = DATELINE.exec(sentence);
  const spans: Array<[number, number]> = dateline ? [[0, dateline[0].length]] : [];
  if (sentence.includes("/")) {
    CREDIT.lastIndex = 0;
    for (let m = CREDIT.exec(sentence); m; m = CREDIT.exec(sentence))
      spans.push([m.index, m.index + m[0].length]);
  }
  if (spans.length === 0) return out;
  return out.filter((p) => !spans.some(([s, e]) => p.start >= s && p.start < e));
}

/** Words every CAPITAL_RE match holds. */
const DESCRIBED_CITY_HINT = /capital|city|hub/;

// Run text → its segments (offsets within the run): a run's segmentation depends on its text
// alone, and the same names ("Aleppo", "Syrian Observatory", "The") recur in every article.
const RUN_SEGMENTS = new Map<string, readonly Seg[]>();

function runSegments(run: string): readonly Seg[] {
  let segs = RUN_SEGMENTS.get(run);
  if (!segs) {
    segs = segment(run, wordsOf(run, 0));
    if (RUN_SEGMENTS.size >= MEMO_LIMIT) RUN_SEGMENTS.clear();
    RUN_SEGMENTS.set(run, segs);
  }
  return segs;
}

/** A copy of a run's segment at the run's place in the sentence (findPlaces extends its copy). */
function placed(t: Seg, runStart: number): Seg {
  return {
    start: t.start + runStart,
    end: t.end + runStart,
    text: t.text,
    gaz: t.gaz,
    dir: t.dir,
    nameNoun: t.nameNoun,
    adminKind: t.adminKind,
    adminNoun: t.adminNoun,
    possessive: t.possessive,
    facility: t.facility,
  };
}

function wordsOf(run: string, runStart: number): Word[] {
  const words: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let w = WORD_RE.exec(run); w; w = WORD_RE.exec(run)) {
    const s = runStart + w.index;
    words.push({ w: w[0], s, e: s + w[0].length, info: wordInfo(w[0]) });
  }
  return words;
}

/** Segment a run (words with offsets in `text`) into gazetteer names, unknown names and stops. */
function segment(text: string, words: Word[]): Seg[] {
  const segs: Seg[] = [];
  let cur: Seg | null = null;
  let pendingDir: Word | null = null;
  for (let i = 0; i < words.length; ) {
    const word = words[i] as Word;
    const info = word.info;
    const g = gazAt(words, i);
    if (g) {
      const last = words[i + g.n - 1] as Word;
      const seg: Seg = {
        start: word.s,
        end: last.e,
        text: text.slice(word.s, last.e),
        gaz: g.entry,
        possessive: g.possessive,
      };
      if (pendingDir && pendingDir.e + 1 >= word.s) {
        seg.dir = pendingDir.w;
        seg.start = pendingDir.s;
        seg.text = text.slice(seg.start, seg.end);
        if (cur && cur.end === pendingDir.e) segs.pop();
      }
      segs.push(seg);
      cur = null;
      pendingDir = null;
      i += g.n;
      continue;
    }
    const { admin, named } = info;
    const prev = segs[segs.length - 1];
    if ((admin || named) && prev && prev.end + 1 >= word.s && !hasNoun(prev)) {
      if (admin) {
        prev.adminKind = admin;
        prev.adminNoun = word.w.toLowerCase();
      } else if (FACILITY_NOUNS.has(word.w.toLowerCase())) {
        prev.facility = true;
      } else if (named) {
        prev.nameNoun = named;
        prev.end = word.e;
        prev.text = text.slice(prev.start, prev.end);
      }
      cur = null;
      pendingDir = null;
      i++;
      continue;
    }
    // An administrative noun with no name to attach to ("in Ancient City of Aleppo") is not one.
    if (info.stop || admin) {
      cur = null;
      pendingDir = null;
      i++;
      continue;
    }
    pendingDir = info.direction ? word : null;
    const prevWord = i > 0 ? (words[i - 1] as Word) : undefined;
    const newName = !!cur && !!prevWord && info.al && prevWord.info.al && !info.alAdjective;
    if (cur && cur.end + 1 >= word.s && !newName) {
      cur.end = word.e;
      cur.text = text.slice(cur.start, cur.end);
    } else {
      cur = { start: word.s, end: word.e, text: word.w };
      segs.push(cur);
    }
    i++;
  }
  return segs;
}

/** A lowercase place noun right after the run belongs to its last segment ("al-Bado neighborhood"). */
function attachNounAfter(sentence: string, lastSeg: Seg, runEnd: number): void {
  if (lastSeg.end !== runEnd || hasNoun(lastSeg)) return;
  if (!mayStartNoun(sentence, runEnd)) return;
  const nm = NOUN_AFTER.exec(sentence.slice(runEnd, runEnd + 24));
  if (!nm?.[1]) return;
  const noun = nm[1].toLowerCase().replace(/\s+/g, " ");
  const admin = ADMIN_NOUNS[noun] ?? (noun === "countryside" ? "province" : undefined);
  if (FACILITY_NOUNS.has(noun)) lastSeg.facility = true;
  else if (admin) {
    lastSeg.adminKind = admin;
    lastSeg.adminNoun = noun;
  } else {
    lastSeg.nameNoun = NAME_NOUNS[noun.split(" ").pop() ?? ""] ?? "unknown";
    lastSeg.end = runEnd + nm[0].length;
    lastSeg.text = sentence.slice(lastSeg.start, lastSeg.end);
  }
}

function hasNoun(seg: Seg): boolean {
  return !!(seg.adminKind || seg.nameNoun || seg.facility);
}

/** Cheap necessary condition for NOUN_AFTER: whitespace, then a lowercase noun initial. */
function mayStartNoun(sentence: string, at: number): boolean {
  let i = at;
  while (i < sentence.length && isRegexSpace(sentence.charCodeAt(i))) i++;
  return i > at && NOUN_INITIALS.has(sentence.charAt(i));
}

function resolve(
  sentence: string,
  seg: Seg,
  prevSeg: Seg | undefined,
  out: PlaceMention[],
  /** Where the run ends when `seg` is its last segment, else −1. */
  runEnd: number,
): PlaceMention | null {
  const trig = trigger(sentence, seg.start, prevSeg, out);
  let { start, end } = seg;
  if (seg.gaz) {
    const g = seg.gaz;
    // An all-caps name is a dateline ("BEIRUT", "MOSCOW (Sputnik)"): where the story was filed.
    if (seg.text.length > 3 && seg.text === seg.text.toUpperCase()) return null;
    if (g.kind === "country" && g.name !== "Syria" && g.name !== "Iraq") {
      if (!trig.hit && !seg.dir) return null;
      if (SKIP_COUNTRY_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) return null;
    }
    // A capital named for its government ("accused Damascus of the attack", "Damascus denied").
    if (
      CAPITAL_CITIES.has(g.name) &&
      !seg.dir &&
      !seg.adminNoun &&
      isGovernment(sentence, seg.start, seg.end)
    )
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
      if (seg.adminNoun === "countryside") value = `${g.name} countryside`;
    } else if (seg.adminKind === "city") kind = "city";
    else if (!seg.adminKind && trig.kind === "province" && (g.governorate || g.kind === "province"))
      kind = "province";
    else if (seg.adminNoun === "countryside") {
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
      rule: `place:gazetteer${trig.hit ? `-${trig.rule}` : ""}`,
      kind,
    };
  }
  // A named facility that is not a known place ("Al-Quds hospital") is not a town.
  if (seg.facility) return null;
  // An unknown name needs a locative word, a place noun, an owner or a list before it.
  const hasNoun = !!(seg.adminKind || seg.nameNoun);
  if (!trig.hit && !hasNoun) return null;
  // "in the Armenian district", "on Damascan suburbs": a demonym, not a name.
  if (!seg.nameNoun && isDemonymName(seg.text)) return null;
  // A name right before a reporting verb is a person or group ("Ahmed said"), unless a place
  // noun introduced it ("in the town of Ghandoura said the Syrian Observatory").
  const placeOf = trig.rule === "of-noun" && !!trig.kind && trig.kind !== "unknown";
  if (!hasNoun && !placeOf && runEnd >= 0 && VERB_AFTER.test(sentence.slice(runEnd, runEnd + 40)))
    return null;
  const said = wordBefore(sentence, seg.start);
  if (said && /^(?:said|says|told|according)$/.test(said.word)) return null;
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
    rule: `place:${hasNoun ? "noun" : trig.rule}`,
    kind,
  };
}

const ATTACK_AFTER = /^\s+(?:Attacks?|Strikes?|Raids?|Bombings?|Blasts?|Explosions?|Shelling)\b/;

const CAPITAL_CITIES = new Set(["Damascus", "Moscow", "Ankara", "Tehran", "Baghdad", "Beirut", "Amman"]);
const GOVERNMENT_BEFORE =
  /(?:^|\s)(?:accused|accusing|accuses|blamed|blaming|blames|urged|urging|urges|pressed|pressing|warned|warning)\s+$/;
const GOVERNMENT_AFTER =
  /^\s+(?:(?:has|had|have|also|has\s+also|had\s+also)\s+)?(?:denied|denies|deny|accused|accuses|blamed|blames|rejected|rejects|insisted|insists|responded|vowed|vows|demanded|demands|condemned|condemns|refused|refuses|agreed|agrees|wants|hopes|warned|warns|said|says|claimed|claims|announced|announces)(?![\w-])/;

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

interface Trigger {
  hit: boolean;
  rule: string;
  kind?: PlaceKind;
  dir?: { w: string; s: number };
}

const NO_TRIGGER: Trigger = { hit: false, rule: "" };

/** What stands before a name: a locative word, "the town of", an owner, or a list of places. */
function trigger(sentence: string, start: number, prevSeg: Seg | undefined, out: PlaceMention[]): Trigger {
  if (prevSeg?.possessive && prevSeg.end + 1 >= start) return { hit: true, rule: "possessive" };
  // Comma-less lists split inside one run ("the neighborhoods of al-Sabil al-Mogambo al-Furqan").
  const lastOut = out[out.length - 1];
  // A known name inside such a list continues it too ("of al-Sabil al-Mogambo al-Furqan").
  if (
    prevSeg &&
    lastOut &&
    (!prevSeg.gaz || /(?:list|of-noun)$/.test(lastOut.rule)) &&
    lastOut.end === prevSeg.end &&
    prevSeg.end + 1 >= start
  )
    return { hit: true, rule: "list", kind: lastOut.kind };
  let pos = start;
  let dir: { w: string; s: number } | undefined;
  for (let step = 0; step < 5; step++) {
    const wb = wordBefore(sentence, pos);
    if (!wb) return dir ? { hit: false, rule: "", dir } : NO_TRIGGER;
    const raw = wb.word;
    const t = leftWord(raw);
    if (step === 0 && t.lowerDirection) dir = { w: raw, s: wb.start };
    if (t.comma || t.and) {
      const lastOut = out[out.length - 1];
      if (lastOut && wb.start - lastOut.end <= 2) return { hit: true, rule: "list", kind: lastOut.kind, dir };
      if (!t.and) return { hit: false, rule: "", dir };
    }
    if (t.prep) return { hit: true, rule: "after-preposition", dir };
    if (t.with && leftWord(wordBefore(sentence, wb.start)?.word ?? "").border)
      return { hit: true, rule: "after-preposition", dir };
    // "including 9 in the neighborhood Alsaliheen": an administrative noun right before the name.
    if (step === 0 && t.admin && leftWord(wordBefore(sentence, wb.start)?.word ?? "").article)
      return { hit: true, rule: "after-noun", kind: ADMIN_NOUNS[t.lower], dir };
    if (t.of) {
      const nb = wordBefore(sentence, wb.start);
      const noun = nb ? leftWord(nb.word) : undefined;
      if (noun?.ofNoun) return { hit: true, rule: "of-noun", kind: OF_NOUNS[noun.lower], dir };
      return { hit: false, rule: "", dir };
    }
    if (t.modifier) {
      pos = wb.start;
      continue;
    }
    if (t.locative) return { hit: true, rule: "after-preposition", dir };
    return dir ? { hit: false, rule: "", dir } : NO_TRIGGER;
  }
  return dir ? { hit: false, rule: "", dir } : NO_TRIGGER;
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
