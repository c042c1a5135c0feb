// The words findPlaces knows: what makes a capitalised run a place name (locative words, place
// nouns, "the town of"), what never is one (stop words, demonyms), and the pattern of a name word.
// Data only; the rules that use it are in places.ts.
import type { PlaceKind } from "./gazetteer.js";
import { REPORT_VERB_SRC } from "./lex.js";

/** Particles before a name with a hyphen or apostrophe ("al-Bab", "Um-Adasa"), first letter lowercased. */
export const PARTICLES = new Set("al el ar as ad ash az an at ez ed es er um bani bin".split(" "));
/** Lowercase particles before a name with a space ("al Bab"). */
export const SPACED_PARTICLES = new Set("al el ez az ash ad ar".split(" "));
// RUN_RE spells the particles out: [Aa]l, [Ee]l, …
const PARTICLE = `(?:${[...PARTICLES].map((p) => `[${p[0]?.toUpperCase()}${p[0]}]${p.slice(1)}`).join("|")})`;
const LETTER = "[A-Za-z\\u00C0-\\u024F]";
const NAME_WORD_SRC = `(?:${PARTICLE}[-‐’']|(?:${[...SPACED_PARTICLES].join("|")})\\s(?=[A-Z]))?[A-Z]${LETTER}*(?:['’]${LETTER}+)?(?:-${LETTER}[A-Za-z\\u00C0-\\u024F'’]*)*`;
export const RUN_RE = new RegExp(`(?<![\\w'’-])${NAME_WORD_SRC}(?:\\s+${NAME_WORD_SRC}){0,6}(?![\\w-])`, "g");
export const WORD_RE = new RegExp(NAME_WORD_SRC, "g");

/** Nouns dropped from the value (administrative units) and the kind they give. */
export const ADMIN_NOUNS: Record<string, PlaceKind> = {
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
export const NAME_NOUNS: Record<string, PlaceKind> = {
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
export const FACILITY_NOUNS = new Set(["hospital", "clinic", "mosque", "school", "university"]);
/** Two-word place nouns after a name, by first word ("border crossing", "air base"). */
export const NOUN_PAIRS = new Map([
  ["border", "crossing"],
  ["refugee", "camp"],
  ["military", "airport"],
  ["air", "base"],
]);
/** One-word place nouns after a name ("al-Bado neighborhood", "Qardaha hospital"). */
export const NOUN_WORDS = new Set(["countryside", ...Object.keys(ADMIN_NOUNS), ...Object.keys(NAME_NOUNS)]);
/** First letters of those nouns, for a cheap test before reading the word after a name. */
export const NOUN_INITIALS = new Set([...NOUN_PAIRS.keys(), ...NOUN_WORDS].map((n) => n.charAt(0)));
/** How far after a name its noun may reach (spaces included). */
export const NOUN_WINDOW = 24;

/** Words before a name that make it a place ("in", "near", "shelled"). */
export const PREPS = new Set(
  (
    "in near on at outside around from into across inside throughout toward towards between through off over beyond within " +
    "targeting targeted target hit hitting hits struck striking strikes shelled shelling pounded pounding bombed bombing " +
    "bombarded raided captured seized stormed entered recaptured retook retaking besieged besieging liberated liberating " +
    "surrounding surrounded attacked attacking reached reaching fled leaving left evacuated evacuating"
  ).split(" "),
);
/** Nouns that make "X of Name" a place ("the town of Ariha", "east of Damascus"). */
export const OF_NOUNS: Record<string, PlaceKind> = {
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
export const MODIFIERS = new Set(
  (
    "the a an besieged embattled nearby neighbouring neighboring northern southern eastern western central northwestern " +
    "northeastern southwestern southeastern north-western north-eastern south-western south-eastern rural old ancient " +
    "strategic key former flashpoint battered devastated divided contested war-torn jihadist strategically important " +
    "syrian iraqi turkish kurdish largely mostly mainly predominantly christian alawite shiite sunni druze kurdish-majority " +
    "small large big major industrial residential border northernmost southernmost"
  ).split(" "),
);
export const DIRECTIONS = new Set(
  (
    "east eastern west western north northern south southern northeast northeastern northwest northwestern southeast " +
    "southeastern southwest southwestern north-east north-eastern north-west north-western south-east south-eastern " +
    "south-west south-western central rural greater upper lower old new"
  ).split(" "),
);
/** Capitalised words that are never (part of) a place name. */
export const STOP = new Set(
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
    "groups sources source activists witnesses residents killed kill kills killing dead die dies died dying wounded wounding injured injuring leaving claiming attack attacks " +
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
export const DEMONYMS = new Set(
  (
    "arab arabs syrian iraqi saudi qatari kuwaiti emirati yemeni omani bahraini israeli pakistani afghan iranian " +
    "egyptian libyan tunisian algerian moroccan sudanese palestinian jordanian lebanese turkish kurdish russian " +
    "american british english french german italian spanish dutch belgian swiss austrian swedish danish norwegian " +
    "finnish polish irish scottish greek chinese japanese indian armenian chechen circassian uzbek turkmen kazakh " +
    "tajik ukrainian european african asian canadian australian"
  ).split(" "),
);
export const DEMONYM_SUFFIX = /(?:ian|an|ese|ish)$/;
export const AL_WORD = /^(?:al|el|Al|El)[-‐]/;
/** Second words that belong to the name before them ("al-Hajar al-Aswad", "Urum al-Kubra"). */
export const AL_ADJECTIVE =
  /^(?:al|el|Al|El)[-‐](?:Sharqi|Gharbi|Shamali|Janoubi|Kabir|Kebir|Saghir|Kubra|Sughra|Aswad|Jadida|Jadid|Qadima|Qadim|Tahtani|Fawqani|Sham|Balad|Mahatta|Sharqiya|Gharbiya|Wusta|Ula)$/;
export const VERB_AFTER = new RegExp(
  `^(?:\\s*,)?\\s+(?:(?:also|later|has|had|have)\\s+)*${REPORT_VERB_SRC}(?![\\w-])`,
);
export const SKIP_COUNTRY_BEFORE = /(?:banned|outlawed|prohibited|illegal|proscribed)\s+in\s+(?:the\s+)?$/i;
export const POSSESSIVE_GAZ = /^(.+?)(?:['’]s|s)$/;
