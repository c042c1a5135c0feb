// A small built-in gazetteer: countries, Syrian governorates, major Syrian and
// Iraqi cities and towns, and named regions, with their common spellings. It
// gives canonical names and kinds; unknown places are found from syntax
// (places.ts). A GeoNames-backed gazetteer can replace this table later.

export type PlaceKind = "neighbourhood" | "town" | "city" | "province" | "country" | "region" | "unknown";

export interface GazetteerEntry {
  /** Canonical spelling. */
  name: string;
  kind: PlaceKind;
  /** Also the name of a governorate/province (so "Aleppo province" is a province, not a city). */
  governorate: boolean;
}

type Row = [name: string, kind: PlaceKind, aliases: string];

// Aliases are separated by "|". Leading particles (al-, el-, ar-…) and hyphens
// are ignored when matching, so "ar-Raqqah" matches "Raqqah".
const GOVERNORATE_CITIES: Row[] = [
  ["Aleppo", "city", "Halab|Alepo"],
  ["Idlib", "city", "Idleb|Edlib"],
  ["Hama", "city", "Hamah|Hamaa"],
  ["Homs", "city", "Hims"],
  ["Latakia", "city", "Lattakia|Latakiya|Lattakiya|Latakiyah|Ladhiqiyah|Lattaquie"],
  ["Tartus", "city", "Tartous|Tartoos|Tartouss"],
  ["Raqqa", "city", "Raqa|Rakka|Raqqah|Raqah|Rakkah"],
  [
    "Deir ez-Zor",
    "city",
    "Deir ez Zor|Deir Ezzor|Deir Ezzour|Deir Ezour|Deir Ezzur|Deir al-Zor|Deir al-Zour|Deir el-Zour|Deir el-Zor|Deir az-Zour|Deir az-Zor|Deir Azzour|Deir Zor|Dayr az-Zawr|Dair ez-Zor|Deir Al Zour|Deir Alzour|Deirezzor",
  ],
  ["Hasakah", "city", "Hasaka|Hasakeh|Hassakeh|Hassake|Hassaka|Hasake|Hassakah|Hasseke|Hasseka"],
  ["Damascus", "city", "Dimashq"],
  ["Daraa", "city", "Deraa|Dara'a|Der'a|Dera'a"],
  ["Quneitra", "city", "Qunaitra|Kuneitra|Qunaytirah|Quneitira"],
  ["Suwayda", "city", "Sweida|Suwaida|Swaida|Sweyda|Soueida|Suwaydah"],
];

const ROWS: Row[] = [
  // Countries.
  ["Syria", "country", "Syrian Arab Republic"],
  ["Iraq", "country", ""],
  ["Turkey", "country", "Turkiye|Türkiye"],
  ["Lebanon", "country", ""],
  ["Jordan", "country", ""],
  ["Israel", "country", ""],
  ["Iran", "country", ""],
  ["Russia", "country", "Russian Federation"],
  ["Afghanistan", "country", ""],
  ["Yemen", "country", ""],
  ["Libya", "country", ""],
  ["Egypt", "country", ""],
  ["Saudi Arabia", "country", ""],
  ["Qatar", "country", ""],
  ["Kuwait", "country", ""],
  ["United States", "country", "United States of America"],
  ["Britain", "country", "United Kingdom|Great Britain"],
  ["France", "country", ""],
  ["Germany", "country", ""],
  ["Palestine", "country", ""],
  ["Pakistan", "country", ""],
  // Syrian governorate that is not a city name.
  [
    "Damascus countryside",
    "province",
    "Rif Dimashq|Reef Dimashq|Rif Damascus|Reef Damascus|Rural Damascus|Damascus countryside|Damascus Countryside",
  ],
  // Iraqi provinces and cities.
  ["Anbar", "province", ""],
  ["Nineveh", "province", "Ninevah|Ninawa"],
  ["Salahuddin", "province", "Salahuddin|Salah al-Din|Salaheddine|Salah ad-Din"],
  ["Diyala", "province", ""],
  ["Baghdad", "city", ""],
  ["Mosul", "city", "Mosel"],
  ["Fallujah", "city", "Falluja"],
  ["Ramadi", "city", ""],
  ["Tikrit", "city", ""],
  ["Kirkuk", "city", ""],
  ["Basra", "city", "Basrah"],
  ["Erbil", "city", "Irbil|Arbil"],
  ["Sinjar", "town", "Shingal"],
  ["Tal Afar", "town", "Tal Afar|Tel Afar|Tall Afar"],
  ["Qaim", "town", "Qaim"],
  // Neighbouring cities that appear in Syrian war copy.
  ["Beirut", "city", ""],
  ["Ankara", "city", ""],
  ["Istanbul", "city", ""],
  ["Gaziantep", "city", "Antep"],
  ["Kilis", "city", ""],
  ["Reyhanli", "town", "Reyhanli"],
  ["Moscow", "city", ""],
  ["Tehran", "city", ""],
  ["Amman", "city", ""],
  ["Geneva", "city", ""],
  ["Astana", "city", ""],
  // Syrian regions.
  ["Eastern Ghouta", "region", "East Ghouta|Eastern Gouta|Eastern Ghuta|Ghouta al-Sharqiya"],
  ["Western Ghouta", "region", "West Ghouta"],
  ["Ghouta", "region", "Ghuta|Gouta|Ghoutta"],
  ["Qalamoun", "region", "Qalamun|Kalamoun|Qalamoon"],
  ["Golan Heights", "region", "Golan"],
  ["Jabal al-Zawiya", "region", "Jabal al-Zawiya|Jebel al-Zawiya|Jabal Zawiya"],
  ["Jabal al-Akrad", "region", "Jabal al-Akrad|Jebel al-Akrad"],
  ["Jabal al-Turkman", "region", "Jabal al-Turkman|Jabal Turkman|Jebel Turkman|Turkmen Mountain"],
  ["Hauran", "region", "Houran|Horan"],
  ["Jazira", "region", "Jazeera|Jezira"],
  ["Wadi Barada", "region", ""],
  ["Euphrates Valley", "region", ""],
  // Syrian cities and towns.
  ["Palmyra", "city", "Tadmur|Tadmor"],
  ["Manbij", "city", "Menbij|Manbej"],
  ["Kobani", "city", "Kobane|Ain al-Arab|Ayn al-Arab|Kobanî"],
  ["Qamishli", "city", "Qamishly|Kamishli|Qamishlo|Qameshli"],
  ["Afrin", "city", "Efrin|Afreen"],
  ["Azaz", "town", "A'zaz|Aazaz|Izaz"],
  ["Al-Bab", "town", "al-Bab|Al Bab"],
  ["Jarabulus", "town", "Jarablus|Jarabalus"],
  ["Tal Abyad", "town", "Tel Abyad|Tall Abyad|Tal Abiad"],
  ["Tabqa", "town", "Tabaqa|Tabqah|Al-Thawra"],
  ["Mayadin", "town", "Mayadeen|Mayadine|Mayadin"],
  ["Abu Kamal", "town", "Albu Kamal|Boukamal|Bukamal|Abu Kamal|Al-Bukamal|Bou Kamal|Abukamal"],
  ["Douma", "town", "Duma"],
  ["Harasta", "town", ""],
  ["Daraya", "town", "Darayya|Daraiya"],
  ["Zabadani", "town", "Zabadani"],
  ["Madaya", "town", ""],
  ["Jobar", "neighbourhood", "Jobar"],
  ["Qaboun", "neighbourhood", "Qabun|Qabon"],
  ["Barzeh", "neighbourhood", "Barza"],
  ["Yarmouk", "neighbourhood", "Yarmuk|Yarmouk camp"],
  ["Moadamiyeh", "town", "Moadamiya|Muadamiya|Mouadamiya|Moadamiyet al-Sham|Muadhamiya|Moadamiyet"],
  ["Khan Sheikhoun", "town", "Khan Sheikhun|Khan Shaykhun|Khan Shaikhoun|Khan Sheikhon|Khan Shaykhoun"],
  ["Saraqeb", "town", "Saraqib"],
  [
    "Maarat al-Numan",
    "town",
    "Maaret al-Numan|Maarrat al-Numan|Maarat al-Nouman|Maaret Alnouman|Maarat al-Nu'man|Maarrat al-Nu'man|Marat al-Numan|Maaret al-Noman|Maarat Nouman",
  ],
  ["Ariha", "town", ""],
  ["Jisr al-Shughur", "town", "Jisr al-Shughour|Jisr al-Shaghour|Jisr ash-Shughur|Jisr al-Shugur"],
  ["Binnish", "town", "Binnesh|Binish|Benesh"],
  ["Sarmin", "town", ""],
  ["Atareb", "town", "Atarib"],
  ["Rastan", "town", ""],
  ["Talbiseh", "town", "Talbisseh|Talbisa"],
  ["Houla", "town", "Hula"],
  ["Qusayr", "town", "Qusair|Qussair"],
  ["Salamiyah", "town", "Salamiyeh|Salamiya|Salamyieh|Salamieh|Salamiyyah"],
  ["Qardaha", "town", "Qardahah|Kardaha"],
  ["Jableh", "town", "Jabla|Jableh"],
  ["Baniyas", "town", "Banias"],
  ["Kassab", "town", "Kasab"],
  [
    "Sayyida Zeinab",
    "town",
    "Sayyeda Zeinab|Sayeda Zeinab|Sayyida Zaynab|Sayyeda Zainab|Sayida Zeinab|Sayyidah Zaynab",
  ],
  ["Jaramana", "town", ""],
  ["Qudsaya", "town", ""],
  ["Khan Touman", "town", "Khan Tuman|Khan Toman"],
  ["Deir Hafer", "town", "Deir Hafir"],
  ["Kafranbel", "town", "Kafr Nabl|Kafrnabel|Kafr Nabel"],
  ["Shaddadi", "town", "Shadadi|Shaddadeh"],
  ["Ras al-Ain", "town", "Ras al-Ayn|Serekaniye|Ras al Ain"],
  ["Amuda", "town", ""],
  ["Tal Rifaat", "town", "Tel Rifaat|Tal Rifat|Tall Rifat"],
  ["Marea", "town", ""],
  ["Dabiq", "town", ""],
  ["Foua", "town", "Fuaa|Fouaa|Foaa|Fua"],
  ["Kefraya", "town", "Kafraya|Kfarya|Kafarya"],
  ["Nubl", "town", "Nubbul|Nubul"],
  ["Morek", "town", "Murak"],
  ["Latamneh", "town", "Latamineh|Lataminah"],
  ["Kafr Zeita", "town", "Kafr Zita|Kafrzita"],
  ["Waer", "neighbourhood", "Waar"],
  ["Sheikh Maqsoud", "neighbourhood", "Sheikh Maqsood|Sheikh Maksoud"],
  ["Old Damascus", "neighbourhood", ""],
  ["Jayrud", "town", "Jairoud|Jayroud"],
  ["Adra", "town", ""],
  ["Sukhna", "town", "Sukhnah"],
  ["Suran", "town", ""],
  ["Yabroud", "town", "Yabrud"],
  ["Nawa", "town", ""],
  ["Inkhil", "town", ""],
  ["Busra al-Sham", "town", "Bosra|Busra|Bosra al-Sham"],
  ["Izraa", "town", "Izra"],
  ["Jasim", "town", "Jassem"],
  ["Maaloula", "town", "Maalula"],
  ["Hajin", "town", ""],
];

function keyOf(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[-‐\s]+/g, " ")
    .replace(/'s$/, "")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/^(?:al|el|ar|as|ad|ash|az|an|at|ez|ed|es|er) (?=\S{4})/, "")
    .trim();
}

const TABLE = new Map<string, GazetteerEntry>();
const FIRST_WORDS = new Set<string>();

function add(name: string, kind: PlaceKind, aliases: string, governorate: boolean): void {
  const entry: GazetteerEntry = { name, kind, governorate };
  for (const a of [name, ...aliases.split("|")]) {
    if (!a) continue;
    const parts = a.toLowerCase().split(/\s+/);
    if (parts.length > 1) FIRST_WORDS.add(parts[0] as string);
    const k = keyOf(a);
    if (!TABLE.has(k)) TABLE.set(k, entry);
  }
}

for (const [name, kind, aliases] of GOVERNORATE_CITIES) add(name, kind, aliases, true);
for (const [name, kind, aliases] of ROWS) add(name, kind, aliases, false);

/** Normalise a surface name to a lookup key (lowercase, no leading particle, no hyphens). */
export const placeKey = keyOf;

/** Look a surface name up ("ar-Raqqah", "Deir Ezzor", "Syrias" is not stripped: pass "Syria"). */
export function lookupPlace(surface: string): GazetteerEntry | undefined {
  const cached = CACHE.get(surface);
  if (cached !== undefined) return cached ?? undefined;
  const hit = TABLE.get(keyOf(surface)) ?? null;
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(surface, hit);
  return hit ?? undefined;
}

// Surface → entry memo: the same names recur across articles, and keyOf costs five regex passes.
const CACHE = new Map<string, GazetteerEntry | null>();
const CACHE_LIMIT = 20000;

/** True when a lowercased word starts some multi-word gazetteer name ("deir", "khan", "eastern"). */
export function startsMultiWordPlace(lowerWord: string): boolean {
  return FIRST_WORDS.has(lowerWord);
}

// Every key with its last one or two letters cut, for isPlaceStem.
const STEMS = new Set<string>();
for (const k of TABLE.keys())
  for (const cut of [0, 1, 2]) if (k.length - cut >= 4) STEMS.add(k.slice(0, k.length - cut));

/**
 * True when a known name is `stem` plus at most two letters: the stem of a demonym
 * ("damasc" of "Damascan", "leban" of "Lebanese", "iran" of "Iranian"), compared as lookup keys.
 */
export function isPlaceStem(stem: string): boolean {
  const key = keyOf(stem);
  return key.length >= 4 && STEMS.has(key);
}

/** True when the word is a known place name on its own ("Aleppo", "Raqqa"). */
export function isKnownPlace(surface: string): boolean {
  return lookupPlace(surface) !== undefined;
}
