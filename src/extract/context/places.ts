// Where: place names in one sentence, from syntax plus a small built-in
// gazetteer (gazetteer.ts). A capitalised name counts as a place when
// - it is in the gazetteer ("Raqqa", "Eastern Ghouta", "east Aleppo", "Deir Ezzor"), or
// - a locative word stands before it ("in", "near", "outside", "the town of", "shelled"), or
// - a place noun follows it ("al-Bado neighborhood", "Absasiyeen Square"), or
// - a known place owns it ("Syria's Mayadin", comma-less "Aleppos Ferdous district"), or
// - it continues a list of places ("the villages of Rahoum and al-Mshairfeh").
// Months, weekdays, organisation words, nationalities, group names and people named
// around a reporting verb are not places.
//
// Values: the gazetteer's spelling for known names ("ar-Raqqah" → "Raqqa"); otherwise the
// name as written minus an administrative noun ("al-Bado neighborhood" → "al-Bado");
// proper-name nouns stay ("al-Wafideen Camp", "Absasiyeen Square"). A direction before a
// known name is kept ("east Aleppo", "northern Syria", "rural Idlib").

import { type GazetteerEntry, lookupPlace, type PlaceKind, startsMultiWordPlace } from "./gazetteer.js";
import { MONTHS, REPORT_VERB_SRC, WEEKDAYS, wordBefore } from "./lex.js";
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
const NOUN_AFTER = new RegExp(
  `^\\s+(countryside|refugee\\s+camp|military\\s+airport|air\\s*base|${[...Object.keys(ADMIN_NOUNS), ...Object.keys(NAME_NOUNS)].join("|")})(?![\\w-])`,
);

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
    "united peoples protection aerospace besieged embattled latest al qaeda soviet assyrian kazakh caliphate kurdistan"
  ).split(" "),
);
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
}

interface Word {
  w: string;
  s: number;
  e: number;
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

function gazAt(words: Word[], i: number): { entry: GazetteerEntry; n: number; possessive: boolean } | null {
  const multi = startsMultiWordPlace((words[i] as Word).w.toLowerCase());
  for (let n = multi ? Math.min(4, words.length - i) : 1; n >= 1; n--) {
    let key = (words[i] as Word).w;
    for (let k = 1; k < n; k++) key += ` ${(words[i + k] as Word).w}`;
    const hit = lookupPlace(key);
    if (hit) return { entry: hit, n, possessive: /['’]s$/.test(key) };
    // Comma-less possessive ("Syrias", "Aleppos"): only a governorate or country, never "Hamas".
    if (key.charCodeAt(key.length - 1) !== 115) continue;
    const pm = POSSESSIVE_GAZ.exec(key);
    if (pm?.[1] && key.toLowerCase() !== "hamas") {
      const base = lookupPlace(pm[1]);
      if (base && (base.kind === "country" || base.governorate || /['’]s$/.test(key)))
        return { entry: base, n, possessive: true };
    }
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
    const runStart = m.index;
    const run = m[0];
    const words: Word[] = [];
    WORD_RE.lastIndex = 0;
    for (let w = WORD_RE.exec(run); w; w = WORD_RE.exec(run))
      words.push({ w: w[0], s: runStart + w.index, e: runStart + w.index + w[0].length });

    // Segment the run into gazetteer names, unknown names and stops.
    const segs: Seg[] = [];
    let cur: Seg | null = null;
    let pendingDir: Word | null = null;
    for (let i = 0; i < words.length; ) {
      const word = words[i] as Word;
      const g = gazAt(words, i);
      if (g) {
        const last = words[i + g.n - 1] as Word;
        const seg: Seg = {
          start: word.s,
          end: last.e,
          text: sentence.slice(word.s, last.e),
          gaz: g.entry,
          possessive: g.possessive,
        };
        if (pendingDir && pendingDir.e + 1 >= word.s) {
          seg.dir = pendingDir.w;
          seg.start = pendingDir.s;
          seg.text = sentence.slice(seg.start, seg.end);
          if (cur && cur.end === pendingDir.e) segs.pop();
        }
        segs.push(seg);
        cur = null;
        pendingDir = null;
        i += g.n;
        continue;
      }
      const lower = word.w.toLowerCase();
      const admin = ADMIN_NOUNS[lower] ?? (lower === "countryside" ? "province" : undefined);
      const named = NAME_NOUNS[lower];
      const prev = segs[segs.length - 1];
      if ((admin || named) && prev && prev.end + 1 >= word.s && !prev.adminKind && !prev.nameNoun) {
        if (admin) {
          prev.adminKind = admin;
          prev.adminNoun = lower;
        } else if (named) {
          prev.nameNoun = named;
          prev.end = word.e;
          prev.text = sentence.slice(prev.start, prev.end);
        }
        cur = null;
        pendingDir = null;
        i++;
        continue;
      }
      if (isStop(word.w)) {
        cur = null;
        pendingDir = null;
        i++;
        continue;
      }
      if (DIRECTIONS.has(lower)) pendingDir = word;
      else pendingDir = null;
      const prevWord = i > 0 ? (words[i - 1] as Word) : undefined;
      const newName =
        !!cur && !!prevWord && AL_WORD.test(word.w) && AL_WORD.test(prevWord.w) && !AL_ADJECTIVE.test(word.w);
      if (cur && cur.end + 1 >= word.s && !newName) {
        cur.end = word.e;
        cur.text = sentence.slice(cur.start, cur.end);
      } else {
        cur = { start: word.s, end: word.e, text: word.w };
        segs.push(cur);
      }
      i++;
    }
    if (segs.length === 0) continue;

    // A lowercase place noun after the run belongs to its last segment.
    const lastSeg = segs[segs.length - 1] as Seg;
    const runEnd = runStart + run.length;
    if (lastSeg.end === runEnd && !lastSeg.adminKind && !lastSeg.nameNoun) {
      const nm = NOUN_AFTER.exec(sentence.slice(runEnd, runEnd + 24));
      if (nm?.[1]) {
        const noun = nm[1].toLowerCase().replace(/\s+/g, " ");
        const admin = ADMIN_NOUNS[noun] ?? (noun === "countryside" ? "province" : undefined);
        if (admin) {
          lastSeg.adminKind = admin;
          lastSeg.adminNoun = noun;
        } else {
          lastSeg.nameNoun = NAME_NOUNS[noun.split(" ").pop() ?? ""] ?? "unknown";
          lastSeg.end = runEnd + nm[0].length;
          lastSeg.text = sentence.slice(lastSeg.start, lastSeg.end);
        }
      }
    }
    const verbAfter = VERB_AFTER.test(sentence.slice(runEnd, runEnd + 40));

    for (let si = 0; si < segs.length; si++) {
      const seg = segs[si] as Seg;
      const place = resolve(
        sentence,
        seg,
        si > 0 ? segs[si - 1] : undefined,
        out,
        verbAfter && si === segs.length - 1,
      );
      if (place) out.push(place);
    }
  }
  if (sentence.includes("capital") || sentence.includes("city") || sentence.includes("hub")) {
    describedCities(sentence, out);
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

function resolve(
  sentence: string,
  seg: Seg,
  prevSeg: Seg | undefined,
  out: PlaceMention[],
  beforeVerb: boolean,
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
  // An unknown name needs a locative word, a place noun, an owner or a list before it.
  const hasNoun = !!(seg.adminKind || seg.nameNoun);
  if (!trig.hit && !hasNoun) return null;
  if (beforeVerb && !hasNoun) return null;
  const said = wordBefore(sentence, seg.start);
  if (said && /^(?:said|says|told|according)$/.test(said.word)) return null;
  if (
    !hasNoun &&
    !/(?:^|\s)(?:al|el|ar|as|ad|ash|az|an|at|ez|Al|El)[-‐\s’']/i.test(` ${seg.text}`) &&
    isHeadline(sentence)
  )
    return null;
  if (/^(?:[A-Z]|[A-Z][a-z])$/.test(seg.text)) return null;
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
  if (prevSeg && !prevSeg.gaz && lastOut && lastOut.end === prevSeg.end && prevSeg.end + 1 >= start)
    return { hit: true, rule: "list", kind: lastOut.kind };
  let pos = start;
  let dir: { w: string; s: number } | undefined;
  for (let step = 0; step < 5; step++) {
    const wb = wordBefore(sentence, pos);
    if (!wb) return dir ? { hit: false, rule: "", dir } : NO_TRIGGER;
    const raw = wb.word;
    const w = raw.toLowerCase();
    if (step === 0 && DIRECTIONS.has(w) && /^[a-z]/.test(raw)) dir = { w: raw, s: wb.start };
    if (/,$/.test(raw) || w === "and" || w === "&") {
      const lastOut = out[out.length - 1];
      if (lastOut && wb.start - lastOut.end <= 2) return { hit: true, rule: "list", kind: lastOut.kind, dir };
      if (w !== "and" && w !== "&") return { hit: false, rule: "", dir };
    }
    if (PREPS.has(w)) return { hit: true, rule: "after-preposition", dir };
    if (w === "with" && /^borders?$/i.test(wordBefore(sentence, wb.start)?.word ?? ""))
      return { hit: true, rule: "after-preposition", dir };
    // "including 9 in the neighborhood Alsaliheen": an administrative noun right before the name.
    if (step === 0 && w in ADMIN_NOUNS && /^(?:the|a)$/i.test(wordBefore(sentence, wb.start)?.word ?? ""))
      return { hit: true, rule: "after-noun", kind: ADMIN_NOUNS[w], dir };
    if (w === "of") {
      const nb = wordBefore(sentence, wb.start);
      const noun = nb?.word.toLowerCase();
      if (noun !== undefined && noun in OF_NOUNS)
        return { hit: true, rule: "of-noun", kind: OF_NOUNS[noun], dir };
      return { hit: false, rule: "", dir };
    }
    if (MODIFIERS.has(w) || /-(?:held|controlled|besieged|run|majority|dominated|populated)$/.test(w)) {
      pos = wb.start;
      continue;
    }
    if (/^(?:in|near|at|on|from|outside)$/i.test(raw)) return { hit: true, rule: "after-preposition", dir };
    return dir ? { hit: false, rule: "", dir } : NO_TRIGGER;
  }
  return dir ? { hit: false, rule: "", dir } : NO_TRIGGER;
}
