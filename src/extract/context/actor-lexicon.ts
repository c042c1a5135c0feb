// The name tables of the actor finder (actors.ts): the standalone names of armed actors with
// their canonical values, the nouns for combatants (the victim test) and the state actors that
// coordinate into one value. Kept apart so the finder logic reads on its own. SPECS' order
// matters: actors.ts compiles them into one alternation, and at a given start the first entry
// that matches wins.

import { CHAIN_SRC, chainValue } from "./actor-adjectives.js";

/** Nouns for people who fight: after a number they describe victims ("27 pro-government fighters"). */
export const COMBATANT_SRC =
  "(?:militants|fighters|terrorists|members|commanders|leaders|troops|soldiers|servicemen|jihadists|militiamen|militias?|gunmen|snipers|loyalists|rebels|insurgents|personnel|officers|elements|extremists|recruits|emirs|forces|army|units|operatives|mercenaries|combatants|guards|policemen|dead)";

// --- Standalone names. ---

interface Spec {
  rule: string;
  src: string;
  /** null: consumed but not an actor (e.g. "rebel-held"). */
  value: string | null | ((text: string) => string | null);
  /** Needs "by …" before or a harm verb after to count as an agent. */
  weak?: boolean;
  /** The name itself is a combatant noun (for the victim test). */
  combatant?: boolean;
}

function surfaceFamily(map: Array<[RegExp, string]>, fallback: string): (text: string) => string {
  return (text) => {
    for (const [re, v] of map) if (re.test(text)) return v;
    return fallback;
  };
}

export const SPECS: Spec[] = [
  // Area adjectives and backers ("rebel-held", "US-backed", "al-Qaeda-linked", "anti-ISIS") never
  // match: every name must end before a hyphen and cannot start after one.
  {
    rule: "coalition",
    src: "anti-(?:IS|ISIS|ISIL|Daesh|jihadist|terror|terrorism)\\s+coalition",
    value: "US-led coalition",
  },
  {
    rule: "skip-organisation",
    src: "(?:Syrian\\s+)?National\\s+Coalition|Syrian\\s+(?:opposition\\s+)?Coalition|opposition\\s+coalition|coalition\\s+government|Syrian\\s+(?:Observatory|Network|Civil\\s+Defen[cs]e|Arab\\s+Red\\s+Crescent|Arab\\s+News|American|Center|Centre|Human\\s+Rights|state\\s+(?:media|television|TV|news)|TV|television|News|Foreign|Ambassador|President|Minister|Permanent|people|refugees|civilians|children|Kurds)",
    value: null,
  },
  { rule: "saudi-coalition", src: "Saudi-led\\s+(?:Arab\\s+)?coalition", value: "Saudi-led coalition" },
  {
    rule: "sdf",
    src: "Syria(?:n)?\\s+Democratic\\s+Forces|SDF|QSD|Kurdish-led\\s+(?:Syrian\\s+Democratic\\s+Forces|forces|fighters|militias?|alliance|SDF)|YPG|YPJ|(?:Kurdish\\s+)?People(?:'s|’s|s)?\\s+Protection\\s+Units",
    value: "Syrian Democratic Forces",
  },
  {
    rule: "fsa",
    src: "Free\\s+Syria(?:n)?\\s+Army|FSA|the\\s+Free\\s+Army",
    value: "Free Syrian Army",
  },
  {
    rule: "isis",
    src: "Islamic\\s+State(?:\\s+of\\s+Iraq\\s+and\\s+(?:the\\s+)?(?:Levant|Syria|al-Sham|Sham))?(?:'s|’s|s)?",
    value: "Islamic State",
  },
  { rule: "isis", src: "ISIS|ISIL|Daesh|Daes|Da'esh|Da’esh|Isis|Isil(?:'s|’s|s)?", value: "ISIS" },
  {
    rule: "jfs",
    src: "(?:Jabhat|Jebhat|Jabhet)\\s+(?:Fateh|Fatah|Fath)\\s+(?:al-?\\s?)?Sham|(?:Fateh|Fatah)\\s+al-Sham\\s+Front|(?:Levant|Sham)\\s+Conquest\\s+Front|Conquest\\s+of\\s+the\\s+Levant\\s+Front|JFS",
    value: "Jabhat Fateh al-Sham",
  },
  {
    rule: "hts",
    src: "(?:Hay'?at|Hay’at|Hayat|Hayaat|Hayet)\\s+Tahrir\\s+(?:al-?\\s?)?Sham|Tahrir\\s+al-Sham|HTS",
    value: "Hayat Tahrir al-Sham",
  },
  {
    rule: "nusra",
    src: "(?:Jabhat|Jebhat|Jabhet)\\s+(?:al-|al\\s|an-)?Nusrah?(?:\\s+Front)?|(?:(?:al|an)-?\\s?)?Nusrah?\\s+Front|(?:al|an)-Nusrah?|Nusrah?",
    value: surfaceFamily([[/front$/i, "Nusra Front"]], "Jabhat al-Nusra"),
  },
  {
    rule: "jaish-al-islam",
    src: "Jaysh\\s+al-?\\s?Islam|Jaish\\s+al-?\\s?Islam|Army\\s+of\\s+Islam|Islam\\s+Army",
    value: surfaceFamily([[/^islam\s+army$/i, "Islam Army"]], "Jaish al-Islam"),
  },
  {
    rule: "jaish-al-fatah",
    src: "Jaish\\s+al-?\\s?Fat(?:a|e)h|Jaysh\\s+al-Fat(?:a|e)h|Army\\s+of\\s+Conquest",
    value: "Jaish al-Fatah",
  },
  { rule: "ahrar", src: "Ahrar\\s+(?:al-?\\s?|ash-)?Sham", value: "Ahrar al-Sham" },
  {
    rule: "faylaq",
    src: "(?:Faylaq|Failaq)\\s+al-?\\s?Rahman|Rahman\\s+Corps|(?:Faylaq|Failaq)\\s+al-?\\s?Sham|Sham\\s+Legion",
    value: surfaceFamily([[/sham/i, "Faylaq al-Sham"]], "Faylaq al-Rahman"),
  },
  { rule: "jund-al-aqsa", src: "Jund\\s+al-?\\s?Aqsa", value: "Jund al-Aqsa" },
  {
    rule: "zenki",
    src: "Nour\\s+al-?Din\\s+al-?Zen?kk?i|Nur\\s+al-Din\\s+al-Zinki|Zenki\\s+Movement",
    value: "Nour al-Din al-Zenki",
  },
  { rule: "al-qaeda", src: "(?:al-?\\s?)?Qa(?:e|i)da|al-Qa'ida", value: "al-Qaeda" },
  {
    rule: "sg-named",
    src: "Syrian\\s+Arab\\s+Army|SAA|National\\s+Defen[cs]e\\s+Forces|NDF|Republican\\s+Guard|Tiger\\s+Forces|Fourth\\s+(?:Armou?red\\s+)?Division|shabbiha|shabiha",
    value: "Syrian government",
  },
  {
    rule: "pmf",
    src: "Popular\\s+Mobili[sz]ation\\s+(?:Forces|Units)|Hash(?:e)?d\\s+al-?\\s?Sha(?:a)?bi|PMF|PMU",
    value: "Popular Mobilization Forces",
  },
  { rule: "peshmerga", src: "Peshmerga", value: "Peshmerga" },
  { rule: "pkk", src: "PKK", value: "PKK" },
  {
    rule: "euphrates-shield",
    src: "(?:Operation\\s+)?Euphrates\\s+Shield(?:\\s+forces)?",
    value: "Turkish forces",
  },
  {
    rule: "coalition-named",
    src: "Combined\\s+Joint\\s+Task\\s+Force(?:\\s*-\\s*Operation\\s+Inherent\\s+Resolve)?|Operation\\s+Inherent\\s+Resolve|CJTF-OIR",
    value: "US-led coalition",
  },
  { rule: "adjective-noun", src: CHAIN_SRC, value: chainValue },
  {
    rule: "coalition",
    src: "(?:(?:U\\.S\\.|US|American|Washington)-led\\s+(?:international\\s+|military\\s+)?|international\\s+|crusader\\s+)coalition|coalition",
    value: "US-led coalition",
  },
  {
    rule: "regime",
    src: "(?:Syrian\\s+|Assad(?:'s|’s|s)?\\s+|al-Assad(?:'s|’s|s)?\\s+|Damascus\\s+)?regime|Syrian\\s+government|Assad\\s+government|Syrian\\s+authorities",
    value: "Syrian government",
  },
  { rule: "army", src: "(?:army|air\\s+force)", value: "Syrian government", weak: true },
  {
    rule: "troops",
    src: "troops|security\\s+forces",
    value: "Syrian government",
    weak: true,
    combatant: true,
  },
  { rule: "loyalists", src: "loyalists|regime\\s+loyalists", value: "Syrian government", combatant: true },
  {
    rule: "terrorists",
    src: "(?:armed\\s+)?terrorist\\s+(?:groups?|organi[sz]ations?|factions?|gangs?|cells?)|(?:takfiri\\s+|armed\\s+)?terrorists",
    value: surfaceFamily(
      [
        [/organi[sz]ations?$/i, "terrorist organizations"],
        [/(?:groups?|factions?|gangs?|cells?)$/i, "terrorist groups"],
      ],
      "terrorists",
    ),
    combatant: true,
  },
  {
    rule: "rebels",
    src: "Islamist\\s+(?:insurgents|rebels|militants|fighters|groups?|factions?)",
    value: "Islamist insurgents",
    combatant: true,
  },
  {
    rule: "rebels",
    src: "rebels|insurgents|rebel\\s+(?:groups?|factions?)",
    value: "rebels",
    combatant: true,
  },
  { rule: "jihadists", src: "jihadists", value: "jihadists", combatant: true },
  { rule: "gunmen", src: "gunmen|gunman", value: "gunmen", combatant: true },
  { rule: "hezbollah", src: "Hezbollah|Hizbollah|Hizballah|Hizbullah", value: "Hezbollah" },
  { rule: "country", src: "Russia", value: "Russia", weak: true },
  { rule: "country", src: "Turkey", value: "Turkish forces", weak: true },
  { rule: "country", src: "Israel", value: "Israel", weak: true },
  { rule: "country", src: "Iran", value: "Iran", weak: true },
  {
    rule: "country",
    src: "(?:United\\s+States|U\\.S\\.|US)|America|Washington",
    value: "United States",
    weak: true,
  },
  { rule: "opposition", src: "(?:armed\\s+)?opposition", value: "opposition", weak: true },
];

/** State actors that join into one value when coordinated ("Russian warplanes and the regime"). */
export const STATE_ACTORS = new Set([
  "Syrian government",
  "Russia",
  "US-led coalition",
  "United States",
  "Turkish forces",
  "Israel",
  "Iran",
  "Iraqi forces",
  "Hezbollah",
  "France",
  "Britain",
]);
