// The word tables of the source finder (sources.ts): the lexicon of known sources with their
// canonical names, the words that make up generic sources, and the organisation words, titles,
// ranks and stop words of the capitalised-name finder (source-names.ts). Kept apart so the
// finder logic reads on its own. ENTRIES' order matters: sources.ts compiles them into one
// alternation, and at a given start the first entry that matches wins.

// --- Known sources. ---

const SOHR = "Syrian Observatory for Human Rights";
const BASED = "(?:(?:Britain|UK|U\\.K\\.|London|British|England|Coventry)[-\\s]based\\s+)";

/** A known source: `src` is matched case-insensitively; `value` is the canonical name. */
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

export const ENTRIES: Entry[] = [
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

/** Acronyms that must be upper case (the "i" flag would find "who", "ap", "un", "sams"…). */
export const UPPER_ONLY =
  /^(?:who|ap|un|u\.n\.|ria|sams|nna|sarc|msf|anf|fna|tass|hrw|vdc|sdf|lccs?|rbss|scpr|ocha|ohchr|wfp|irna|cnn|bbc|anha|sohr|sana|icrc|afp)$/i;

// --- Generic sources. ---

/** Modifier words allowed (up to three) before a generic source head ("local medical sources"). */
export const GEN_MODS = new Set(
  (
    "local medical military security hospital civil defence defense opposition rebel kurdish turkish syrian iraqi russian " +
    "iranian lebanese jordanian israeli american government pro-government pro-regime pro-opposition anti-government " +
    "official informed field media rescue humanitarian human rights health police diplomatic western intelligence tribal " +
    "activist civilian arab senior top regional provincial municipal emergency morgue aid relief monitoring army other " +
    "several two three some many independent private eye us u.s. un u.n. residents'"
  ).split(" "),
);
export const GEN_HEAD =
  "(?:sources|source|activists|activist|residents|resident|witnesses|witness|eyewitnesses|eyewitness|officials|official|medics|medic|doctors|doctor|physicians|physician|rescuers|rescue\\s+workers|paramedics|nurses|nurse|staff|workers|volunteers|spokes(?:man|woman|person)|correspondents?|reporters?|journalists?|media|groups|group|organi[sz]ations|observers|campaigners|network|opposition|rebels|survivors|relatives|locals|villagers|inhabitants|police|authorities|officers|commanders|commander)";

/** Heads that, with "the" and no modifier, point back to an earlier source. */
export const ANAPHORIC =
  /^(?:source|sources|official|officials|group|network|spokes(?:man|woman|person)|organi[sz]ations|commander|reporter|correspondent|activist|doctor|witness|resident|medic|nurse|staff|police|authorities|media)$/i;

// --- Organisations, titles and stop words of the capitalised-name finder. ---

/** Words that make a phrase an organisation ("Aleppo Police Command", "Hama Media Center"). */
export const ORG_WORD =
  /\b(?:Command|Ministry|Directorate|Hospital|Council|Department|Office|Cent(?:er|re)|Committee|Authority|Agency|Police|Army|Forces|Observatory|Organi[sz]ation|Network|Society|Union|Institute|Foundation|Media|News|TV|Television|Radio|Coalition|Health|Defen[cs]e|Crescent|Cross|University|Administration|Government)\b/;

/** Titles and roles before (or after "said") a name: the name starts after the last one. */
export const TITLES = new Set(
  (
    "spokesman spokeswoman spokesperson head chief director official activist commander governor minister president " +
    "envoy ambassador secretary secretary-general general colonel col col. gen gen. lt lt. lieutenant major maj brigadier " +
    "captain capt dr dr. doctor mr mr. ms ms. mrs mrs. resident member founder coordinator volunteer leader photographer " +
    "correspondent reporter journalist medic nurse surgeon chairman chairwoman mayor representative adviser advisor analyst " +
    "researcher expert lawyer judge commissioner deputy officer manager administrator rescuer worker paramedic executive " +
    "under-secretary under-secretary-general undersecretary premier pm king prince senator congressman chancellor sheikh imam priest father bishop witness survivor emir"
  ).split(" "),
);
/** Ranks dropped from the front of a name ("Colonel Chris Garver" → "Chris Garver"). */
export const RANKS = new Set(
  "colonel col col. gen gen. general lt lt. lieutenant major maj brigadier captain capt dr dr. mr mr. ms ms. mrs mrs. sheikh major-general lieutenant-general".split(
    " ",
  ),
);
/** Words a source name cannot start with: pronouns, connectors, nationalities, source nouns. */
export const STOP_NAME = new Set(
  (
    "the a an it he she they we i you this that these those there here meanwhile however but and also in on at earlier later " +
    "separately moreover furthermore then yesterday today tonight who which what when where while if as after before since " +
    "syrian syrians russian turkish iraqi kurdish iranian american israeli arab lebanese british french western god " +
    "statement report ministry observatory group source sources"
  ).split(" "),
);
/** Articles, pronouns and connectors dropped from the front of a capitalised run ("Meanwhile …"). */
export const LEAD_DROP = new Set(
  (
    "the a an it he she they we i you this that these those there here meanwhile however but and also in on at earlier later " +
    "separately moreover furthermore then yesterday today tonight who which what when where while if as after before since"
  ).split(" "),
);
/** Capitalised common words that start sentences ("Reports said", "Initial reports"). */
export const COMMON_STARTERS = new Set(
  (
    "reports report initial other others videos video staff sources officials witnesses residents activists doctors police " +
    "some many both all most several local medical military security rebels monitors media news footage images photos data " +
    "figures estimates analysts experts diplomats officers people survivors observatorys tv statement"
  ).split(" "),
);
