// Who a figure comes from: attributions in one sentence ("according to X",
// "X said", "…, said X", "X gave a toll of", "cited by X"), canonicalised.
//
// Three kinds of names are recognised, each only in an attribution slot:
// - known sources from a lexicon (monitors, agencies, NGOs, UN bodies, ministries,
//   outlets), canonicalised ("the Britain-based monitor" → "Syrian Observatory for Human Rights");
// - generic sources ("activists", "a military source", "medical sources", "residents"), kept
//   in lowercase without their article;
// - capitalised names before a reporting verb or after "said"/"according to", with a
//   title stripped ("Homs Governor Talal Barazi" → "Talal Barazi") and the title's
//   organisation appended when known ("civil defence official Ibrahim Abu al-Laith" →
//   "Ibrahim Abu al-Laith, Syria Civil Defence"), mirroring the gold's "Name, org".
// Pronouns and anaphora ("he said", "the source added", "the group said") give nothing:
// the claim rules carry the previous source.
// Coordinated or apposed sources in one slot are joined ("the monitor and a medical source
// said" → "Syrian Observatory for Human Rights and medical source").

import { lookupPlace } from "./gazetteer.js";
import { isRegexSpace, MONTHS, REPORT_VERB_SRC, VERB_FILLER_SRC, WEEKDAYS, wordBefore } from "./lex.js";
import type { Mention } from "./mention.js";

const SOHR = "Syrian Observatory for Human Rights";
const BASED = "(?:(?:Britain|UK|U\\.K\\.|London|British|England|Coventry)[-\\s]based\\s+)";

interface Entry {
  src: string;
  value: string | ((text: string) => string | null);
  rule: string;
}

function family(map: Array<[RegExp, string]>, fallback: string): (text: string) => string {
  return (text) => {
    for (const [re, v] of map) if (re.test(text)) return v;
    return fallback;
  };
}

const ENTRIES: Entry[] = [
  {
    rule: "sohr-director",
    src: `(?:(?:(?:the\\s+)?${BASED}?(?:Syrian\\s+)?Observatory(?:\\s+for\\s+Human\\s+Rights)?(?:'s|’s|s)?|SOHR(?:'s|’s|s)?|monitor(?:'s|’s|s)?|the\\s+group(?:'s|’s|s)?)\\s+(?:director|head|chief|founder|manager)\\s+(?:Rami\\s+)?|Rami\\s+)(?:Abdel[-\\s]?Rahman|Abdul[-\\s]?Rahman|Abdurrahman|Abdulrahman|Abd\\s+al-Rahman|Abdelrahman)|Abdel\\s+Rahman|Abdurrahman`,
    value: `Rami Abdel Rahman, ${SOHR}`,
  },
  {
    rule: "sohr",
    src: `${BASED}?(?:(?:Syrian\\s+)?Observatory(?:\\s+for\\s+Human\\s+Rights)?(?:\\s*\\(SOHR\\))?(?:\\s+(?:monitor|monitoring\\s+group|war\\s+monitor))?|SOHR)`,
    value: SOHR,
  },
  {
    rule: "sohr",
    src: `${BASED}(?:war\\s+)?(?:monitor(?:ing\\s+group)?|watchdog|group|rights\\s+group|organi[sz]ation|NGO|monitoring\\s+organi[sz]ation)`,
    value: SOHR,
  },
  {
    rule: "sohr",
    src: "(?:war\\s+)?(?:monitor(?:ing\\s+group)?|monitors)(?<!(?:local|Raqqa|Kurdish|another|UN|U\\.N\\.|international)\\s+(?:war\\s+)?monitor\\w*)",
    value: SOHR,
  },
  {
    rule: "lcc",
    src: "Local\\s+Coordination\\s+Committees?(?:\\s+in\\s+Syria)?|LCCs?",
    value: "Local Coordination Committees",
  },
  {
    rule: "civil-defence",
    src: "(?:Syria(?:n)?\\s+)?Civil\\s+Defen[cs]e(?:\\s+(?:Directorate|service|group|organi[sz]ation|force|teams?|workers|volunteers|rescuers))?|White\\s+Helmets",
    value: "Syria Civil Defence",
  },
  {
    rule: "sana",
    src: "(?:(?:Syria(?:'s|’s|s)|Syrian|official|state[-\\s]run|state|government)\\s+){0,3}(?:news\\s+agency\\s+)?SANA(?:\\s+news\\s+agency)?|Syrian\\s+Arab\\s+News\\s+Agency|(?:Syria(?:'s|’s|s)\\s+|Syrian\\s+)?(?:official|state(?:[-\\s]run)?)\\s+news\\s+agency",
    value: "SANA",
  },
  { rule: "syria-tv", src: "Syria\\s+TV", value: "Syria TV" },
  {
    rule: "state-tv",
    src: "(?:Syrian\\s+|Syria(?:'s|’s|s)\\s+)?(?:state(?:[-\\s]run)?|official|government)\\s+(?:television|TV)(?:\\s+channel)?|Syrian\\s+(?:television|TV)|(?:al-)?Ikhbariya(?:\\s+TV)?|Syrian\\s+National\\s+Television",
    value: family(
      [
        [/national\s+television/i, "Syrian National Television"],
        [/ikhbariya/i, "al-Ikhbariya"],
        [/TV/, "state TV"],
      ],
      "state television",
    ),
  },
  {
    rule: "state-media",
    src: "(?:Syrian\\s+|Syria(?:'s|’s|s)\\s+)?(?:state(?:[-\\s]run)?|official|government|pro-government|regime)\\s+media|Syrian\\s+media",
    value: family([[/pro-government|regime/i, "pro-government media"]], "Syrian state media"),
  },
  {
    rule: "un-coi",
    src: "(?:(?:UN|U\\.N\\.|United\\s+Nations)\\s+)?(?:Independent\\s+International\\s+)?Commission\\s+of\\s+Inquiry(?:\\s+on\\s+(?:Syria|the\\s+Syrian\\s+Arab\\s+Republic))?",
    value: "UN Commission of Inquiry on Syria",
  },
  {
    rule: "unicef",
    src: "UNICEF|(?:UN|U\\.N\\.|United\\s+Nations)\\s+children(?:'s|’s|s)?\\s+(?:agency|fund)|United\\s+Nations\\s+Children's\\s+Fund",
    value: "UNICEF",
  },
  {
    rule: "unhcr",
    src: "UNHCR|(?:UN|U\\.N\\.|United\\s+Nations)\\s+refugee\\s+agency|(?:UN|U\\.N\\.)\\s+High\\s+Commissioner\\s+for\\s+Refugees",
    value: "UNHCR",
  },
  {
    rule: "ocha",
    src: "OCHA|(?:UN|U\\.N\\.|United\\s+Nations)\\s+(?:humanitarian\\s+(?:office|agency|affairs\\s+office|coordination\\s+office)|Office\\s+for\\s+the\\s+Coordination\\s+of\\s+Humanitarian\\s+Affairs)",
    value: "OCHA",
  },
  {
    rule: "un-rights",
    src: "OHCHR|(?:UN|U\\.N\\.|United\\s+Nations)\\s+(?:human\\s+rights\\s+(?:office|chief|council|commissioner)|High\\s+Commissioner\\s+for\\s+Human\\s+Rights)",
    value: "UN human rights office",
  },
  { rule: "who", src: "World\\s+Health\\s+Organi[sz]ation|WHO", value: "World Health Organization" },
  { rule: "wfp", src: "World\\s+Food\\s+Program(?:me)?|WFP", value: "World Food Programme" },
  {
    rule: "un",
    src: "(?:UN|U\\.N\\.)(?:\\s+(?:officials?|envoy|chief|Secretary[-\\s]General|secretary-general|agencies|agency|monitors|observers|investigators|experts|Security\\s+Council|spokes(?:man|woman|person)|report|figures|data|estimates?))?",
    value: "UN",
  },
  {
    rule: "un",
    src: "United\\s+Nations(?:\\s+(?:officials?|envoy|chief|Secretary[-\\s]General|agencies|agency|monitors|observers|investigators|experts|Security\\s+Council|spokes(?:man|woman|person)|report|figures|data|estimates?))?",
    value: "United Nations",
  },
  { rule: "amnesty", src: "Amnesty(?:\\s+International)?", value: "Amnesty International" },
  { rule: "hrw", src: "Human\\s+Rights\\s+Watch|HRW", value: "Human Rights Watch" },
  {
    rule: "snhr",
    src: "Syrian\\s+Network\\s+for\\s+Human\\s+Rights|SNHR",
    value: "Syrian Network for Human Rights",
  },
  {
    rule: "vdc",
    src: "Violations?\\s+Documentation\\s+Cent(?:er|re)(?:\\s+in\\s+Syria)?|VDC",
    value: "Violations Documentation Center",
  },
  {
    rule: "national-coalition",
    src: "National\\s+Coalition\\s+(?:for|of)\\s+Syrian\\s+Revolution(?:ary)?\\s+and\\s+Opposition\\s+Forces|(?:Syrian\\s+)?National\\s+Coalition|Syrian\\s+(?:opposition\\s+)?Coalition|opposition\\s+coalition|Etilaf",
    value: "National Coalition for Syrian Revolution and Opposition Forces",
  },
  {
    rule: "sams",
    src: "Syrian\\s+American\\s+Medical\\s+Society|SAMS",
    value: "Syrian American Medical Society",
  },
  {
    rule: "msf",
    src: "Doctors\\s+Without\\s+Borders|M[ée]decins\\s+Sans\\s+Fronti[èe]res|MSF",
    value: "Doctors Without Borders",
  },
  {
    rule: "icrc",
    src: "International\\s+Committee\\s+of\\s+the\\s+Red\\s+Cross|ICRC|Red\\s+Cross",
    value: "International Committee of the Red Cross",
  },
  {
    rule: "sarc",
    src: "Syrian\\s+Arab\\s+Red\\s+Crescent|SARC|Red\\s+Crescent",
    value: "Syrian Arab Red Crescent",
  },
  {
    rule: "opcw",
    src: "Organi[sz]ation\\s+for\\s+the\\s+Prohibition\\s+of\\s+Chemical\\s+Weapons(?:\\s*\\(OPCW\\))?|OPCW",
    value: "OPCW",
  },
  { rule: "airwars", src: "Airwars", value: "Airwars" },
  {
    rule: "rbss",
    src: "Raqqa\\s+is\\s+Being\\s+Slaughtered\\s+Silently|RBSS",
    value: "Raqqa Is Being Slaughtered Silently",
  },
  {
    rule: "scpr",
    src: "Syrian\\s+Cent(?:er|re)\\s+for\\s+Policy\\s+Research|SCPR",
    value: "Syrian Center for Policy Research",
  },
  {
    rule: "russian-mod",
    src: "Russian\\s+(?:Defen[cs]e|Defense)\\s+Ministry|Russian\\s+Ministry\\s+of\\s+Defen[cs]e|Russia(?:'s|’s|s)\\s+(?:Defen[cs]e\\s+Ministry|Ministry\\s+of\\s+Defen[cs]e|military)|Russian\\s+military|(?:Russian\\s+)?Reconciliation\\s+Cent(?:er|re)|(?:Russian\\s+)?Cent(?:er|re)\\s+for\\s+(?:the\\s+)?Reconciliation\\s+of\\s+(?:the\\s+)?Opposing\\s+(?:Sides|Parties)",
    value: "Russian Defence Ministry",
  },
  { rule: "pentagon", src: "Pentagon", value: "Pentagon" },
  { rule: "centcom", src: "(?:U\\.S\\.\\s+|US\\s+)?Central\\s+Command|CENTCOM", value: "US Central Command" },
  {
    rule: "coalition",
    src: "(?:(?:U\\.S\\.|US|American)-led\\s+(?:international\\s+|military\\s+)?|international\\s+)?coalition(?:'s|’s)?|Combined\\s+Joint\\s+Task\\s+Force(?:\\s*-\\s*Operation\\s+Inherent\\s+Resolve)?|Operation\\s+Inherent\\s+Resolve|CJTF-OIR",
    value: "US-led coalition",
  },
  {
    rule: "turkish-military",
    src: "(?:Turkish|Turkey(?:'s|’s|s))\\s+(?:military|army|General\\s+Staff|Armed\\s+Forces)",
    value: "Turkish military",
  },
  { rule: "sdf", src: "Syrian\\s+Democratic\\s+Forces|SDF", value: "Syrian Democratic Forces" },
  {
    rule: "syrian-military",
    src: "Syrian\\s+(?:military|army|Arab\\s+Army|Armed\\s+Forces)(?:\\s+(?:General\\s+Command|command|spokes(?:man|woman|person)))?|(?:Syria(?:'s|’s|s)\\s+)?army\\s+general\\s+command|General\\s+Command\\s+of\\s+the\\s+(?:Army|Syrian\\s+Army)(?:\\s+and\\s+(?:the\\s+)?Armed\\s+Forces)?",
    value: "Syrian military",
  },
  // News outlets.
  { rule: "outlet", src: "AFP|Agence\\s+France[-\\s]Presse", value: "AFP" },
  { rule: "outlet", src: "Reuters", value: "Reuters" },
  { rule: "outlet", src: "Associated\\s+Press|AP", value: "Associated Press" },
  { rule: "outlet", src: "Al[-\\s]Jazeera", value: "Al Jazeera" },
  { rule: "outlet", src: "Al[-\\s]Arabiya", value: "Al Arabiya" },
  { rule: "outlet", src: "Al[-\\s]Mayadeen(?:\\s+TV)?|Mayadeen\\s+TV", value: "Al Mayadeen" },
  { rule: "outlet", src: "Al[-\\s]Manar(?:\\s+TV)?", value: "Al-Manar" },
  { rule: "outlet", src: "Sputnik", value: "Sputnik" },
  { rule: "outlet", src: "RIA\\s+Novosti|RIA", value: "RIA Novosti" },
  { rule: "outlet", src: "TASS|Interfax", value: family([[/interfax/i, "Interfax"]], "TASS") },
  {
    rule: "outlet",
    src: "Fars\\s+News\\s+Agency|Fars\\s+news|FNA",
    value: family([[/^FNA$/, "FNA"]], "Fars News Agency"),
  },
  {
    rule: "outlet",
    src: "IRNA|Tasnim(?:\\s+News\\s+Agency)?",
    value: family([[/tasnim/i, "Tasnim"]], "IRNA"),
  },
  { rule: "outlet", src: "Anadolu(?:\\s+(?:news\\s+)?Agency)?", value: "Anadolu Agency" },
  {
    rule: "outlet",
    src: "Firat\\s+News(?:\\s+Agency)?|ANF|Hawar\\s+News(?:\\s+Agency)?|ANHA",
    value: family([[/hawar|anha/i, "Hawar News Agency"]], "Firat News Agency"),
  },
  { rule: "outlet", src: "(?:Amaq|Aamaq|A'maq)(?:\\s+news\\s+agency)?", value: "Amaq" },
  {
    rule: "outlet",
    src: "Orient\\s+News|Step\\s+News(?:\\s+Agency)?|Smart\\s+News(?:\\s+Agency)?|Enab\\s+Baladi|Syria\\s+Direct|ARA\\s+News|Qasioun(?:\\s+News)?|Rudaw|Shaam\\s+News(?:\\s+Network)?|Al[-\\s]Masdar(?:\\s+News)?|Asharq\\s+Al-Awsat|Al-Watan|Sky\\s+News|CNN|BBC|NNA|National\\s+News\\s+Agency|Deir\\s+Ezzor\\s+24",
    value: (t) => t.replace(/\s+/g, " "),
  },
];

const LEX_SRC = ENTRIES.map((e) => `(${e.src})`).join("|");
const LEX_RE = new RegExp(`(?<![\\w'’-])(?:${LEX_SRC})(?![\\w-])`, "gi");

/** Acronyms that must be upper case (the "i" flag would find "who", "ap", "un", "sams"…). */
const UPPER_ONLY =
  /^(?:who|ap|un|u\.n\.|ria|sams|nna|sarc|msf|anf|fna|tass|hrw|vdc|sdf|lccs?|rbss|scpr|ocha|ohchr|wfp|irna|cnn|bbc|anha|sohr|sana|icrc|afp)$/i;

// --- Generic sources. ---

/** Modifier words allowed (up to three) before a generic source head ("local medical sources"). */
const GEN_MODS = new Set(
  (
    "local medical military security hospital civil defence defense opposition rebel kurdish turkish syrian iraqi russian " +
    "iranian lebanese jordanian israeli american government pro-government pro-regime pro-opposition anti-government " +
    "official informed field media rescue humanitarian human rights health police diplomatic western intelligence tribal " +
    "activist civilian arab senior top regional provincial municipal emergency morgue aid relief monitoring army other " +
    "several two three some many independent private eye us u.s. un u.n. residents'"
  ).split(" "),
);
const GEN_HEAD =
  "(?:sources|source|activists|activist|residents|resident|witnesses|witness|eyewitnesses|eyewitness|officials|official|medics|medic|doctors|doctor|physicians|physician|rescuers|rescue\\s+workers|paramedics|nurses|nurse|staff|workers|volunteers|spokes(?:man|woman|person)|correspondents?|reporters?|journalists?|media|groups|group|organi[sz]ations|observers|campaigners|network|opposition|rebels|survivors|relatives|locals|villagers|inhabitants|police|authorities|officers|commanders|commander)";
const GEN_RE = new RegExp(`(?<![\\w'’-])${GEN_HEAD}(?![\\w-])`, "gi");

/** Heads that, with "the" and no modifier, point back to an earlier source. */
const ANAPHORIC =
  /^(?:source|sources|official|officials|group|network|spokes(?:man|woman|person)|organi[sz]ations|commander|reporter|correspondent|activist|doctor|witness|resident|medic|nurse|staff|police|authorities|media)$/i;

// --- Contexts. ---

const VERB_AFTER = new RegExp(
  `^(?:\\s*\\([^)]{0,60}\\))?(?:\\s*,)?\\s+(?:(?:reporter|correspondent|spokes(?:man|woman|person)|sources?|official|officials|statement|report|toll|figures|team|teams|monitors|TV|tv|channel|television|news|agency|website|network)\\s+){0,2}["“”]?${VERB_FILLER_SRC}${REPORT_VERB_SRC}(?![\\w-])`,
);
const CLAUSE_THEN_VERB =
  /^\s*,?\s+(?:which|who|the|a|an)\s+[^.;"”]{0,140}?\s(?:said|says|reported|reports|stated|told|documented|counted|recorded|estimated|added)(?![\w-])/;
const PP_THEN_VERB = new RegExp(
  `^\\s+(?:in|at|from|inside|near|with|within)\\s+((?:the\\s+)?(?:[A-Z][\\w'’-]*|al-[\\w'’-]+|rural|eastern|western|northern|southern|central)(?:\\s+(?:[A-Z][\\w'’-]*|al-[\\w'’-]+|of|the|in|for|province|city|countryside|town|area)){0,7}?)(?:\\s*,)?\\s+${VERB_FILLER_SRC}${REPORT_VERB_SRC}(?![\\w-])`,
);
const PP_ORG =
  /^\s+(?:at|in|from|with|of)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|al-[\w'’-]+|of|the|in|for))*)/;
const ORG_WORD =
  /\b(?:Command|Ministry|Directorate|Hospital|Council|Department|Office|Cent(?:er|re)|Committee|Authority|Agency|Police|Army|Forces|Observatory|Organi[sz]ation|Network|Society|Union|Institute|Foundation|Media|News|TV|Television|Radio|Coalition|Health|Defen[cs]e|Crescent|Cross|University|Administration|Government)\b/;
const ACCORDING_BEFORE =
  /\b(?:according\s+to|cited\s+by|quoted\s+by|citing|quoting)\s+(?:[\w'’-]+\s+){0,3}$/i;
const SLOT_BEFORE =
  /(?:according\s+to|said|says|cited\s+by|quoted\s+by|reported\s+by|citing|quoting|per|(?:toll|tally|figures?|data|statement|report|count|estimates?|documentation|records|numbers?)\s+(?:from|by|of|issued\s+by|released\s+by|published\s+by|compiled\s+by))\s+(?:(?:the|a|an|latest|new|preliminary|updated|revised|its|their|last|final)\s+)*(?:(?:toll|figures?|data|tally|count|report|reports|statement|estimates?)\s+(?:from|by|of)\s+(?:the\s+)?)?$/i;
const SAID_BEFORE = /\b(?:said|says|added|stated|explained|noted)\s+(?:(?:the|a|an)\s+)?$/;
const POST_BOUNDARY =
  /^(?:\s*\([^)]{0,60}\))?(?:\s*$|\s*[.,;:!?"”'’)\]–—-]|\s+(?:on|in|at|adding|who|which|citing|told|from|late|earlier|this|last|yesterday|today|during|as|after|before|while|and|but|quoting|via|through|when|where|based|had|has|reporter|correspondent|in\s+a\s+statement)\b)/;
const JOIN = /^\s*,?\s*(?:and|&|as\s+well\s+as)\s+(?:(?:the|a|an)\s+)?$/i;
const APPOSE = /^\s*,?\s*(?:(?:the|a|an)\s+)?$/i;

// --- Capitalised names around a reporting verb. ---

const VERB_RE = new RegExp(`(?<![\\w-])${REPORT_VERB_SRC}(?![\\w-])`, "g");
const POST_VERB = /^(?:said|says|added|stated|explained|noted)$/;

const TITLES = new Set(
  (
    "spokesman spokeswoman spokesperson head chief director official activist commander governor minister president " +
    "envoy ambassador secretary secretary-general general colonel col col. gen gen. lt lt. lieutenant major maj brigadier " +
    "captain capt dr dr. doctor mr mr. ms ms. mrs mrs. resident member founder coordinator volunteer leader photographer " +
    "correspondent reporter journalist medic nurse surgeon chairman chairwoman mayor representative adviser advisor analyst " +
    "researcher expert lawyer judge commissioner deputy officer manager administrator rescuer worker paramedic executive " +
    "under-secretary under-secretary-general undersecretary premier pm king prince senator congressman chancellor sheikh imam priest father bishop witness survivor emir"
  ).split(" "),
);
const RANKS = new Set(
  "colonel col col. gen gen. general lt lt. lieutenant major maj brigadier captain capt dr dr. mr mr. ms ms. mrs mrs. sheikh major-general lieutenant-general".split(
    " ",
  ),
);
const STOP_NAME = new Set(
  (
    "the a an it he she they we i you this that these those there here meanwhile however but and also in on at earlier later " +
    "separately moreover furthermore then yesterday today tonight who which what when where while if as after before since " +
    "syrian syrians russian turkish iraqi kurdish iranian american israeli arab lebanese british french western god " +
    "statement report ministry observatory group source sources"
  ).split(" "),
);
const LEAD_DROP = new Set(
  (
    "the a an it he she they we i you this that these those there here meanwhile however but and also in on at earlier later " +
    "separately moreover furthermore then yesterday today tonight who which what when where while if as after before since"
  ).split(" "),
);
/** Capitalised common words that start sentences ("Reports said", "Initial reports"). */
const COMMON_STARTERS = new Set(
  (
    "reports report initial other others videos video staff sources officials witnesses residents activists doctors police " +
    "some many both all most several local medical military security rebels monitors media news footage images photos data " +
    "figures estimates analysts experts diplomats officers people survivors observatorys tv statement"
  ).split(" "),
);
const NAME_TOKEN =
  /^(?:[A-Z][\w'’.-]*|(?:al|el|ad|ar|as|ash|az|an|at|ed|ez|bin|ibn|abu|de|di|van|von|da|le|la|du|bint)(?:[-‐][A-Za-z][\w'’-]*)?)$/;
const INNER_CONNECTOR = /^(?:of|for|the|and|on|in|de|al|el|bin|ibn|abu|van|von|da|du|le|la)$/;

interface Cand extends Mention {
  accepted: boolean;
}

/** Sources named in one sentence, in order. */
export function findSources(sentence: string): Mention[] {
  // Every attribution slot needs one of these stems; most sentences have none.
  if (!ATTRIBUTION_HINT.test(sentence)) return [];
  const cands: Cand[] = [];

  LEX_RE.lastIndex = 0;
  for (let m = LEX_RE.exec(sentence); m; m = LEX_RE.exec(sentence)) {
    let gi = 1;
    while (gi < m.length && m[gi] === undefined) gi++;
    const entry = ENTRIES[gi - 1];
    if (!entry) continue;
    let text = m[0];
    if (UPPER_ONLY.test(text) && text !== text.toUpperCase()) continue;
    if (/^(?:UN|U\.N\.)$/.test(text) && /^[A-Z]/.test(sentence.slice(m.index + 3, m.index + 4))) continue;
    let start = m.index;
    const det = /^the\s+/i.exec(text);
    if (det) {
      start += det[0].length;
      text = text.slice(det[0].length);
    }
    const value = typeof entry.value === "function" ? entry.value(text) : entry.value;
    if (value === null) continue;
    const end = start + text.length;
    const accepted = inSlot(sentence, start, end, true);
    cands.push({ start, end, value, text, rule: `source:${entry.rule}`, accepted });
  }

  GEN_RE.lastIndex = 0;
  for (let m = GEN_RE.exec(sentence); m; m = GEN_RE.exec(sentence)) {
    // Head first, then modifiers and an article read backwards: cheaper than one big pattern.
    const end = m.index + m[0].length;
    let start = m.index;
    let hasThe = false;
    for (let k = 0; k < 4; k++) {
      const wb = wordBefore(sentence, start);
      if (!wb) break;
      const lw = wb.word.toLowerCase();
      if (k < 3 && (GEN_MODS.has(lw) || /^[A-Z][\w]+-based$/i.test(wb.word))) {
        start = wb.start;
        continue;
      }
      hasThe = lw === "the";
      break;
    }
    const np = sentence.slice(start, end);
    if (overlaps(cands, start, end)) continue;
    // A role noun right after a known source ("NNA correspondent", "SDF spokesman") is part of it.
    if (cands.some((c) => c.end <= start && /^\s+$/.test(sentence.slice(c.end, start)))) continue;
    if (hasThe && ANAPHORIC.test(np)) continue;
    // Someone's role before a name ("activist Ahmed Shalabi said") is left to the name finder.
    if (
      /^\s+(?:[A-Z][a-z]|al-[A-Z])/.test(sentence.slice(end, end + 4)) &&
      !/^\s+(?:in|at|on|from)\b/i.test(sentence.slice(end, end + 6))
    )
      continue;
    // A generic source with an organisation after it: "a source at Aleppo Police Command told".
    const pp = PP_THEN_VERB.exec(sentence.slice(end, end + 160));
    // "rescue workers in the White Helmets said": the known organisation is the source.
    if (pp?.[1] && cands.some((c) => c.start > end && c.start < end + pp[0].length)) continue;
    if (pp?.[1] && ORG_WORD.test(pp[1])) {
      const org = pp[1].replace(/^the\s+/i, "");
      const os = end + (pp[0].indexOf(pp[1]) + (pp[1].length - org.length));
      for (let k = cands.length - 1; k >= 0; k--) {
        const c = cands[k] as Cand;
        if (c.start < os + org.length && os < c.end) cands.splice(k, 1);
      }
      cands.push({
        start: os,
        end: os + org.length,
        value: org,
        text: org,
        rule: "source:at-organisation",
        accepted: true,
      });
      continue;
    }
    const value = np.toLowerCase().replace(/\s+/g, " ");
    if (
      /^(?:group|groups|network|organi[sz]ations|police|authorities|media|staff|workers|volunteers|opposition|rebels|commander|commanders|officers)$/.test(
        value,
      ) &&
      !/^(?:opposition|rebels|media)$/.test(value)
    )
      continue;
    const accepted = pp !== null || inSlot(sentence, start, end, false);
    if (accepted) {
      // "according to medical sources at the Directorate of Health in Aleppo": the organisation.
      const at = PP_ORG.exec(sentence.slice(end, end + 120));
      if (at?.[1] && ORG_WORD.test(at[1])) {
        const org = at[1].replace(/^the\s+/i, "").replace(/\s+(?:of|the|in|for)$/i, "");
        const os =
          end + at[0].indexOf(at[1]) + (at[1].startsWith("the ") || at[1].startsWith("The ") ? 4 : 0);
        cands.push({
          start: os,
          end: os + org.length,
          value: org,
          text: org,
          rule: "source:at-organisation",
          accepted,
        });
        continue;
      }
    }
    cands.push({ start, end, value, text: np, rule: "source:generic", accepted });
  }
  if (cands.length > 1) cands.sort((a, b) => a.start - b.start);

  // Capitalised names in an attribution slot that no lexicon or generic source filled.
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(sentence); m; m = VERB_RE.exec(sentence)) {
    const v = m.index;
    const verb = m[0];
    const after = v + verb.length;
    let postFilled = cands.some((c) => c.start >= after && c.start <= after + 5);
    if (POST_VERB.test(verb) && !postFilled) {
      const c = nameAfter(sentence, after, cands);
      if (c) {
        insert(cands, c);
        postFilled = true;
      }
    }
    // "… the Nusra Front said Said Seif al Qalamoni": a source after the verb owns it.
    if (!(postFilled && POST_VERB.test(verb)) && !subjectFilled(cands, sentence, v)) {
      const c = nameBefore(sentence, v, cands);
      if (c) insert(cands, c);
    }
  }
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(sentence); m; m = ACCORDING.exec(sentence)) {
    const after = m.index + m[0].length;
    if (cands.some((c) => c.start >= after && c.start <= after + 5)) continue;
    const c = nameAfter(sentence, after, cands, true);
    if (c) insert(cands, c);
  }

  // "Hamza Khatib, the manager of Al-Quds hospital in Aleppo, told …": a name opening the
  // sentence, an apposition, then the verb.
  const lead = LEAD_NAME_APPOSITION.exec(sentence);
  if (lead?.[1] && !cands.some((c) => c.start < (lead[1] as string).length)) {
    const toks: Tok[] = [];
    const re = /\S+/g;
    for (let t = re.exec(lead[1]); t; t = re.exec(lead[1]))
      toks.push({ w: t[0], s: t.index, e: t.index + t[0].length });
    const c = buildName(sentence, toks, cands, true);
    if (c && c.start === 0) insert(cands, c);
  }

  return joinAndKeep(sentence, cands);
}

const LEAD_NAME_APPOSITION =
  /^((?:[A-Z][\w'’-]+|al-[\w'’-]+|Abu|bin)(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+|al|bin|Abu|de)){1,4}),?\s+(?:the|a|an)\s+[^.;"”]{3,120}?\s(?:said|says|told|reported|stated|added)(?![\w-])/;

const ATTRIBUTION_HINT =
  /(?:sa(?:id|ys?)|report|tol[dl]|tells|stat|announc|document|count|record|estimat|confirm|add|claim|not|indicat|reveal|tall|list|explain|admit|acknowledg|gave|gives|put|raised|accord|cit|quot|per\b|figure|data)/i;
const ACCORDING = /\b(?:according\s+to|cited\s+by|quoted\s+by|citing)\s+(?:the\s+)?/gi;

function overlaps(cands: Cand[], start: number, end: number): boolean {
  for (const c of cands) if (c.start < end && start < c.end) return true;
  return false;
}

function insert(cands: Cand[], c: Cand): void {
  if (overlaps(cands, c.start, c.end)) return;
  let i = cands.length;
  while (i > 0 && (cands[i - 1] as Cand).start > c.start) i--;
  cands.splice(i, 0, c);
}

function inSlot(sentence: string, start: number, end: number, strong: boolean): boolean {
  const after = sentence.slice(end, end + 180);
  if (VERB_AFTER.test(after)) return true;
  if (strong && CLAUSE_THEN_VERB.test(after)) return true;
  const before = sentence.slice(Math.max(0, start - 70), start);
  if (SAID_BEFORE.test(before)) return POST_BOUNDARY.test(after);
  if (SLOT_BEFORE.test(before)) return true;
  if (strong && ACCORDING_BEFORE.test(before)) return true;
  // The name is itself an attribution ("United Nations estimates range from …").
  return (
    strong &&
    /\s(?:estimates?|figures|data|statistics|report|toll|tally|count)$/i.test(sentence.slice(start, end))
  );
}

/** A source already ends right before the verb at `v` (apart from fillers and role nouns). */
function subjectFilled(cands: Cand[], sentence: string, v: number): boolean {
  for (const c of cands) {
    if (c.end <= v && v - c.end < 120 && VERB_AFTER.test(sentence.slice(c.end, v + 40))) return true;
    if (c.end <= v && v - c.end < 160 && c.accepted && CLAUSE_THEN_VERB.test(sentence.slice(c.end, v + 12)))
      return true;
  }
  const prev =
    /(?:^|\s)(he|she|it|they|we|i|who|which|that|this|one|the\s+(?:source|sources|group|statement|report|ministry|agency|monitor|official|officials|army|military|spokesman|organi[sz]ation|observatory|network))(?:\s+(?:also|later|earlier|has|had|have|further|then|previously|however))*\s*,?\s*$/i;
  return prev.test(sentence.slice(Math.max(0, v - 40), v));
}

function startTok0(name: Tok[]): number {
  return (name[0] as Tok).s;
}

function leadingDroppable(toks: Tok[]): boolean {
  const t = toks[0];
  if (!t) return false;
  const w = t.w.toLowerCase().replace(/['’]s$/, "");
  return (
    LEAD_DROP.has(w) || MONTHS.has(w) || WEEKDAYS.has(w) || /^\d/.test(w) || lookupPlace(w) !== undefined
  );
}

interface Tok {
  w: string;
  s: number;
  e: number;
}

/**
 * The last whitespace-free token in `sentence.slice(from, end)`, where `from` is `end - window`:
 * what /([^\s]+)\s*$/ finds in that slice, read backwards instead of trying every start.
 */
function tokenBefore(sentence: string, end: number, window: number): Tok | null {
  const from = Math.max(0, end - window);
  let e = end;
  while (e > from && isRegexSpace(sentence.charCodeAt(e - 1))) e--;
  if (e === from) return null;
  let s = e;
  while (s > from && !isRegexSpace(sentence.charCodeAt(s - 1))) s--;
  return { w: sentence.slice(s, e), s, e };
}

/** Walk back from `pos` over a capitalised name, with title and organisation before it. */
function nameBefore(sentence: string, pos: number, cands: Cand[]): Cand | null {
  const toks: Tok[] = [];
  let end = pos;
  // Skip fillers between name and verb.
  for (let guard = 0; guard < 12; guard++) {
    const t = tokenBefore(sentence, end, 40);
    if (!t) break;
    const { w, s } = t;
    if (
      /^(?:also|later|earlier|has|had|have|however|meanwhile|further|then|previously|separately|initially|officially)$/i.test(
        w,
      )
    ) {
      end = s;
      continue;
    }
    const bare = w.replace(/[,;:"”]+$/, "");
    if (bare !== w && (toks.length > 0 || /,$/.test(w))) break;
    if (!NAME_TOKEN.test(bare) && !(toks.length > 0 && INNER_CONNECTOR.test(bare))) break;
    toks.unshift({ w: bare, s, e: s + bare.length });
    end = s;
    if (bare !== w) break;
  }
  // A name after a preposition is not a subject ("the execution of the pilot by Nusra Front said").
  const prev = toks.length > 0 ? tokenBefore(sentence, end, 20)?.w : undefined;
  if (
    prev &&
    /^(?:by|of|in|on|at|from|to|with|for|against|into|near|about|over)$/i.test(prev) &&
    !leadingDroppable(toks)
  )
    return null;
  return buildName(sentence, toks, cands, true);
}

/** Read forward from `pos` over an optional title and a capitalised name ("said spokesman Colonel Chris Garver"). */
function nameAfter(sentence: string, pos: number, cands: Cand[], according = false): Cand | null {
  const toks: Tok[] = [];
  const re = /\s*([^\s]+)/y;
  re.lastIndex = pos;
  let titleSeen = false;
  for (let guard = 0; guard < 12; guard++) {
    const m = re.exec(sentence);
    if (!m?.[1]) break;
    const raw = m[1];
    const w = raw.replace(/[,;:.!?"”)]+$/, "");
    const s = re.lastIndex - raw.length;
    const lower = w.toLowerCase();
    if (toks.length === 0 && !titleSeen && /^(?:the|a|an)$/i.test(w)) continue;
    if (TITLES.has(lower) && !/^[A-Z]/.test(w)) {
      titleSeen = true;
      toks.push({ w, s, e: s + w.length });
      if (w !== raw) break;
      continue;
    }
    if (MONTHS.has(lower) || WEEKDAYS.has(lower)) break;
    if (!NAME_TOKEN.test(w) && !(toks.length > 0 && INNER_CONNECTOR.test(w))) break;
    toks.push({ w, s, e: s + w.length });
    if (w !== raw) break;
  }
  while (toks.length > 0 && INNER_CONNECTOR.test((toks[toks.length - 1] as Tok).w)) toks.pop();
  if (toks.some((t) => /\.\S/.test(t.w) || /^[A-Z]\.?$/.test(t.w))) return null;
  if (toks.length === 0) return null;
  const last = toks[toks.length - 1] as Tok;
  if (!according && !POST_BOUNDARY.test(sentence.slice(last.e, last.e + 40))) return null;
  return buildName(sentence, toks, cands, false);
}

function buildName(sentence: string, toks: Tok[], cands: Cand[], before: boolean): Cand | null {
  while (toks.length > 0 && INNER_CONNECTOR.test((toks[0] as Tok).w)) toks.shift();
  // Drop leading sentence connectors, dates and known places ("Aleppo Rami …" in comma-less copy).
  const orgLike = ORG_WORD.test(toks.map((t) => t.w).join(" "));
  while (toks.length > 1) {
    const t = toks[0] as Tok;
    const covered = cands.some((c) => c.start <= t.s && t.e <= c.end);
    // Keep a place that names an organisation ("Hama Media Center", "Deir Ezzor Governorate").
    if (covered || (leadingDroppable([t]) && !(orgLike && lookupPlace(t.w)))) toks.shift();
    else break;
  }
  if (toks.length === 0) return null;
  // Split at the last title: "Homs Governor Talal Barazi" → title "Governor", name "Talal Barazi".
  let titleAt = -1;
  for (let i = 0; i < toks.length - 1; i++) if (TITLES.has((toks[i] as Tok).w.toLowerCase())) titleAt = i;
  let name = toks.slice(titleAt + 1);
  while (name.length > 1 && RANKS.has((name[0] as Tok).w.toLowerCase())) name = name.slice(1);
  if (name.length === 0 || name.length > 6) return null;
  const first = (name[0] as Tok).w;
  const firstLower = first.toLowerCase();
  if (
    STOP_NAME.has(firstLower) ||
    MONTHS.has(firstLower) ||
    WEEKDAYS.has(firstLower) ||
    TITLES.has(firstLower)
  )
    return null;
  if (!/^[A-Z]/.test(first) && !/^(?:al|el|ad|ar|as|ash|az|an|at|ed|ez|abu)[-‐]/.test(first)) return null;
  const whole = name.map((t) => t.w).join(" ");
  const place = lookupPlace(whole);
  if (place && place.kind !== "country") return null;
  if (
    name.length === 1 &&
    (COMMON_STARTERS.has(firstLower) || (/^[A-Z][a-z]+s$/.test(first) && startTok0(name) === 0))
  )
    return null;
  const startTok = name[0] as Tok;
  const endTok = name[name.length - 1] as Tok;
  const text = sentence.slice(startTok.s, endTok.e);
  // The title's organisation: a known source right before the title ("civil defence official …").
  let value = text.replace(/(?:'s|’s)$/, "");
  let titleStart = -1;
  if (titleAt >= 0) titleStart = (toks[titleAt] as Tok).s;
  else if (before) {
    const t = /(?:^|\s)([\w.-]+)\s+$/.exec(sentence.slice(Math.max(0, startTok.s - 30), startTok.s));
    if (t?.[1] && TITLES.has(t[1].toLowerCase()))
      titleStart = startTok.s - (t[0].length - t[0].indexOf(t[1]));
  }
  if (titleStart >= 0) {
    const org = cands.find(
      (c) =>
        c.rule !== "source:generic" && c.end <= titleStart && /^\s*$/.test(sentence.slice(c.end, titleStart)),
    );
    if (org && !org.value.includes(",")) value = `${value}, ${org.value}`;
  }
  return {
    start: startTok.s,
    end: endTok.e,
    value,
    text,
    rule: before ? "source:name-before-verb" : "source:name-after",
    accepted: true,
  };
}

/** Join coordinated/apposed candidates that share a slot; keep groups with an accepted member. */
function joinAndKeep(sentence: string, cands: Cand[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < cands.length) {
    const group: Cand[] = [cands[i] as Cand];
    let j = i + 1;
    while (j < cands.length) {
      const prev = group[group.length - 1] as Cand;
      const next = cands[j] as Cand;
      const between = sentence.slice(prev.end, next.start);
      const sameValue =
        prev.value === next.value ||
        prev.value.endsWith(`, ${next.value}`) ||
        next.value.endsWith(`, ${prev.value}`);
      if ((sameValue && APPOSE.test(between)) || JOIN.test(between)) {
        group.push(next);
        j++;
      } else break;
    }
    if (group.some((c) => c.accepted)) {
      const values: string[] = [];
      for (const c of group) {
        if (values.some((v) => v === c.value || v.endsWith(`, ${c.value}`))) continue;
        const k = values.findIndex((v) => c.value.endsWith(`, ${v}`));
        if (k >= 0) values[k] = c.value;
        else values.push(c.value);
      }
      const first = group[0] as Cand;
      const last = group[group.length - 1] as Cand;
      out.push({
        start: first.start,
        end: last.end,
        value: values.join(" and "),
        text: sentence.slice(first.start, last.end),
        rule: group.length === 1 ? first.rule : group.map((c) => c.rule.replace(/^source:/, "")).join("+"),
      });
    }
    i = j;
  }
  return out;
}
