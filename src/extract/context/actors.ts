// Who caused harm: armed actors named in one sentence ("Russian warplanes",
// "the US-led coalition", "ISIS", "rebel shelling"), canonicalised. Only
// mentions that can be agents are returned: group names that describe victims
// ("killed 35 Daesh militants", "129 loyalists") and area adjectives
// ("rebel-held", "IS-held") are left out.
//
// Canonical values follow the article's naming family where the gold does:
// "Islamic State"/"IS" → "Islamic State", ISIS/ISIL/Daesh → "ISIS"; "Nusra Front" vs
// "Jabhat al-Nusra"; "Islam Army" vs "Jaish al-Islam"; "opposition" vs "rebels".

import { quantifierBefore, wordBefore } from "./lex.js";
import type { Mention } from "./mention.js";

// --- Adjectives that name an actor before a military noun ("Russian warplanes"). ---

type AdjClass = "nation" | "generic" | "other";

interface AdjDef {
  src: string;
  value: string;
  cls: AdjClass;
}

const ADJS: AdjDef[] = [
  { src: "Syrian(?:\\s+Arab)?(?:\\s+(?:regime|government))?", value: "Syrian government", cls: "nation" },
  { src: "Syria(?:'s|’s|s)", value: "Syrian government", cls: "nation" },
  {
    src: "(?:President\\s+)?(?:Bashar\\s+)?(?:al-|al\\s)?Assad(?:'s|’s|s)?(?:\\s+regime(?:'s|’s|s)?|\\s+government(?:'s|’s|s)?)?",
    value: "Syrian government",
    cls: "nation",
  },
  { src: "Damascus\\s+(?:regime|government)", value: "Syrian government", cls: "nation" },
  { src: "pro-(?:government|regime|Assad|Damascus)", value: "Syrian government", cls: "other" },
  { src: "regime(?:'s|’s)?", value: "Syrian government", cls: "generic" },
  { src: "government(?:'s|’s)?", value: "Syrian government", cls: "generic" },
  { src: "army", value: "Syrian government", cls: "generic" },
  { src: "security", value: "Syrian government", cls: "generic" },
  { src: "loyalist", value: "Syrian government", cls: "other" },
  { src: "Russia(?:'s|’s|s)?|Russian|Moscow(?:'s|’s)?", value: "Russia", cls: "nation" },
  { src: "(?:U\\.S\\.|US|USA|American)(?:-led)?", value: "US-led coalition", cls: "nation" },
  {
    src: "(?:(?:U\\.S\\.|US|American|Washington)-led\\s+|international\\s+|anti-(?:IS|ISIS|ISIL|Daesh|jihadist|terror)\\s+|crusader\\s+|Western\\s+)?coalition(?:'s|’s|s)?",
    value: "US-led coalition",
    cls: "other",
  },
  { src: "French", value: "France", cls: "nation" },
  { src: "British|UK", value: "Britain", cls: "nation" },
  { src: "Turkish|Turkey(?:'s|’s|s)", value: "Turkish forces", cls: "nation" },
  { src: "Israeli|Israel(?:'s|’s)", value: "Israel", cls: "nation" },
  { src: "Iraqi|Iraq(?:'s|’s)", value: "Iraqi forces", cls: "nation" },
  { src: "Iranian|Iran(?:'s|’s)", value: "Iran", cls: "nation" },
  { src: "Lebanese", value: "Lebanese forces", cls: "nation" },
  { src: "Jordanian", value: "Jordanian forces", cls: "nation" },
  { src: "Kurdish(?:-led)?", value: "Syrian Democratic Forces", cls: "other" },
  { src: "rebel|insurgent", value: "rebels", cls: "other" },
  { src: "(?:armed\\s+)?opposition", value: "opposition", cls: "other" },
  { src: "Islamist", value: "Islamist insurgents", cls: "other" },
  { src: "jihadist", value: "jihadists", cls: "other" },
  { src: "terrorist|terror", value: "terrorists", cls: "other" },
  { src: "Hezbollah|Hizbollah|Hizballah|Hizbullah", value: "Hezbollah", cls: "other" },
];

/** Modifiers allowed between the actor adjective and the noun ("Russian military aircraft"). */
const MID_SRC =
  "(?:(?:military|air|fighter|war|heavy|intensive|fresh|special|ground|naval|combat|attack|armed|elite)\\s+){0,2}";

/** Military nouns an actor adjective can qualify. */
const NOUN_SRC =
  "(?:aerospace\\s+forces|air\\s+forces?|armed\\s+forces|security\\s+forces|special\\s+forces|ground\\s+forces|forces|force|troops|army|armies|military|soldiers|servicemen|warplanes|war\\s+planes|planes|jets|aircrafts?|helicopters?|gunships|drones?|bombers|artillery|tanks?|air\\s*strikes?|strikes?|air\\s+raids?|raids?|bombardment|bombing|bombings|shelling|barrages?|fire|rockets?|missiles?|shells|mortars?|barrel\\s+bombs|attacks?|offensive|assault|onslaught|units|militias?|militiamen|fighters|gunmen|snipers|loyalists|allies|aviation|navy|warships|operations?|campaign|ambush|counter-attack|counterattack|attackers)";

/** Nouns for people who fight: after a number they describe victims ("27 pro-government fighters"). */
const COMBATANT_SRC =
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

const ADJ_SRC = `(?:${ADJS.map((a) => a.src).join("|")})`;
const CHAIN_SRC = `${ADJ_SRC}(?:\\s*(?:,|and|or|&|/)?\\s*(?:the\\s+)?${ADJ_SRC}){0,3}\\s+${MID_SRC}${NOUN_SRC}`;
const ADJ_PARTS = ADJS.map((a) => ({ re: new RegExp(`^(?:${a.src})$`, "i"), a }));
const NOUN_TAIL = new RegExp(`\\s${MID_SRC}${NOUN_SRC}$`, "i");
const ADJ_SCAN = new RegExp(`(?<![\\w-])${ADJ_SRC}(?![\\w-])|\\bor\\b`, "gi");

function chainValue(text: string): string | null {
  // The adjectives in surface order; a generic one ("government") after a nation
  // ("Iraqi government forces") takes the nation's reading; a non-generic one after a
  // nation with no connector ("Syrian opposition forces") overrides it.
  const values: string[] = [];
  let useOr = false;
  let prevEnd = -1;
  let prevCls: AdjClass | null = null;
  ADJ_SCAN.lastIndex = 0;
  const nounAt = text.search(NOUN_TAIL);
  const head = nounAt >= 0 ? text.slice(0, nounAt) : text;
  for (let m = ADJ_SCAN.exec(head); m; m = ADJ_SCAN.exec(head)) {
    const t = m[0];
    if (t.toLowerCase() === "or") {
      useOr = true;
      prevCls = null;
      continue;
    }
    if (/^(?:us|usa)(?:-led)?$/.test(t)) return null; // lowercase "us" is a pronoun
    const part = ADJ_PARTS.find((p) => p.re.test(t));
    if (!part) continue;
    const adjacent = prevCls !== null && /^\s*$/.test(head.slice(prevEnd, m.index));
    if (adjacent && part.a.cls === "generic" && prevCls === "nation") {
      prevEnd = m.index + t.length;
      continue;
    }
    if (adjacent && prevCls === "nation" && part.a.cls === "other") values.pop();
    values.push(part.a.value);
    prevEnd = m.index + t.length;
    prevCls = part.a.cls;
  }
  if (values.length === 0) return null;
  // "US forces/troops" are the United States; "US strikes/warplanes" the coalition.
  if (
    values.length === 1 &&
    values[0] === "US-led coalition" &&
    /^(?:U\.S\.|US|USA|American)\s/i.test(text)
  ) {
    if (
      /\s(?:forces|force|troops|army|military|soldiers|servicemen|navy|warships|special\s+forces|ground\s+forces)$/i.test(
        text,
      )
    )
      return "United States";
  }
  const uniq = [...new Set(values)];
  return uniq.join(useOr ? " or " : " and ");
}

function surfaceFamily(map: Array<[RegExp, string]>, fallback: string): (text: string) => string {
  return (text) => {
    for (const [re, v] of map) if (re.test(text)) return v;
    return fallback;
  };
}

const SPECS: Spec[] = [
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

const ACTOR_RE = new RegExp(`(?<![\\w'’-])(?:${SPECS.map((s) => `(${s.src})(?![\\w-])`).join("|")})`, "gi");

/** "IS" (Islamic State): case-sensitive, never inside an all-caps run of words. */
const IS_RE = /(?<![\w'’-])IS(?:'s|’s)?(?![\w-])/g;

const HARM_AFTER =
  /^(?:\s+(?:has|have|had|also|reportedly|allegedly|then|later|again|repeatedly|itself|and\s+its\s+allies))*\s+(?:bombed|bombs|struck|strikes|strike|hit|hits|pounded|pounds|shelled|shells|targeted|targets|attacked|attacks|killed|kills|launched|launches|fired|fires|dropped|drops|carried\s+out|carries\s+out|conducted|conducts|used|uses|bombarded|raided|stormed|shot\s+down|began|resumed|intensified|escalated|massacred|executed|ambushed|destroyed|levelled|leveled|(?:was|were|is|are)\s+(?:blamed\s+for|responsible\s+for|behind))\b/i;
const BY_BEFORE = /\b(?:by|from|of)\s+(?:the\s+)?$/i;
const AND_BEFORE = /^\s*(?:,\s*)?(?:and|or|&)\s+(?:the\s+)?$/i;
const COMBATANT_AFTER = new RegExp(
  `^\\s*(?:\\([^)]{0,60}\\)\\s*)?(?:(?:senior|foreign|top|field|local|armed|group|terrorist|Takfiri|allied)\\s+)?${COMBATANT_SRC}\\b`,
  "i",
);
const COMBATANT_END = new RegExp(`${COMBATANT_SRC}$`, "i");
const MEMBERS_OF_BEFORE = new RegExp(
  `(?:^|\\s)(?:${COMBATANT_SRC}|number|dozens|scores|hundreds|thousands)\\s+(?:of|from)\\s+(?:the\\s+)?$`,
  "i",
);

const STATE_ACTORS = new Set([
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

interface Candidate extends Mention {
  weak: boolean;
}

function isAllCapsWord(w: string | undefined): boolean {
  return w !== undefined && w.length >= 2 && /^[A-Z][A-Z.'’:-]*[A-Z]$/.test(w) && w !== "US" && w !== "IS";
}

/** A victim reading: a quantified group with a combatant noun ("27 pro-government fighters"). */
function describesVictims(sentence: string, m: Mention, combatant: boolean): boolean {
  // "10 foreign members of Jabhat Fateh al-Sham", "dozens of fighters from IS".
  const before = sentence.slice(Math.max(0, m.start - 40), m.start);
  const mo = MEMBERS_OF_BEFORE.exec(before);
  if (mo) {
    const at = m.start - before.length + mo.index + (mo[0].length - mo[0].trimStart().length);
    if (/^\s*(?:number|dozens|scores|hundreds|thousands)/i.test(mo[0]) || quantifierBefore(sentence, at, 3))
      return true;
  }
  const isCombatant =
    combatant || COMBATANT_END.test(m.text) || COMBATANT_AFTER.test(sentence.slice(m.end, m.end + 90));
  if (!isCombatant) return false;
  // "On May 2 Turkish forces struck": acting, not counted.
  if (HARM_AFTER.test(sentence.slice(m.end, m.end + 60))) return false;
  return quantifierBefore(sentence, m.start, 3);
}

function isAgentContext(sentence: string, c: Mention): boolean {
  const before = sentence.slice(Math.max(0, c.start - 12), c.start);
  if (BY_BEFORE.test(before)) return true;
  return HARM_AFTER.test(sentence.slice(c.end, c.end + 60));
}

/** Armed actors named in one sentence, in order, excluding victim descriptions and area adjectives. */
export function findActors(sentence: string): Mention[] {
  const found: Candidate[] = [];
  ACTOR_RE.lastIndex = 0;
  for (let m = ACTOR_RE.exec(sentence); m; m = ACTOR_RE.exec(sentence)) {
    let gi = 1;
    while (gi < m.length && m[gi] === undefined) gi++;
    const spec = SPECS[gi - 1];
    if (!spec) continue;
    const text = m[0];
    const value = typeof spec.value === "function" ? spec.value(text) : spec.value;
    if (value === null) continue;
    let start = m.index;
    let surface = text;
    const det = /^the\s+/i.exec(surface);
    if (det) {
      start += det[0].length;
      surface = surface.slice(det[0].length);
    }
    // Case-sensitive guards the shared "i" flag cannot express.
    if (spec.rule === "country" && /^(?:us|u\.s\.)$/.test(surface)) continue;
    if ((spec.rule === "army" || spec.rule === "troops") && capitalisedWordBefore(sentence, start)) continue;
    const cand: Candidate = {
      start,
      end: start + surface.length,
      value,
      text: surface,
      rule: `actor:${spec.rule}`,
      weak: !!spec.weak,
    };
    if (describesVictims(sentence, cand, !!spec.combatant)) continue;
    found.push(cand);
  }
  IS_RE.lastIndex = 0;
  for (let m = IS_RE.exec(sentence); m; m = IS_RE.exec(sentence)) {
    const prev = wordBefore(sentence, m.index)?.word;
    const next = /^\s*([^\s]+)/.exec(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1];
    if (isAllCapsWord(prev?.replace(/[^\w'’.:-]/g, "")) || isAllCapsWord(next?.replace(/[^\w'’.:-]/g, "")))
      continue;
    const cand: Candidate = {
      start: m.index,
      end: m.index + m[0].length,
      value: "Islamic State",
      text: m[0],
      rule: "actor:is",
      weak: false,
    };
    if (describesVictims(sentence, cand, false)) continue;
    found.push(cand);
  }
  if (found.length > 1) found.sort((a, b) => a.start - b.start);
  return mergeCoordinated(sentence, found);
}

function capitalisedWordBefore(sentence: string, pos: number): boolean {
  const w = wordBefore(sentence, pos);
  if (!w) return false;
  const c = w.word.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  // "The army" at a sentence start is fine; "Lebanese army" is someone else's army.
  return !/^(?:The|A|An|And|But|Meanwhile|However|Then|Also|While|When|As|Earlier|Later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(
    w.word,
  );
}

/** Join "Russian warplanes and the regime" style pairs of state actors; drop unsupported weak names. */
function mergeCoordinated(sentence: string, found: Candidate[]): Mention[] {
  const out: Mention[] = [];
  let dupEnd = 0;
  for (let i = 0; i < found.length; i++) {
    const c = found[i] as Candidate;
    const prev = out[out.length - 1];
    if (
      prev &&
      STATE_ACTORS.has(lastPart(prev.value)) &&
      STATE_ACTORS.has(c.value) &&
      AND_BEFORE.test(sentence.slice(prev.end, c.start))
    ) {
      const joiner = /\bor\b/i.test(sentence.slice(prev.end, c.start)) ? " or " : " and ";
      const parts = prev.value.split(/ (?:and|or) /);
      if (!parts.includes(c.value)) prev.value = `${prev.value}${joiner}${c.value}`;
      prev.end = c.end;
      prev.text = sentence.slice(prev.start, prev.end);
      prev.rule = `${prev.rule}+${c.rule.replace(/^actor:/, "")}`;
      continue;
    }
    // "Syrian Democratic Forces (SDF)", "Daesh (ISIS, ISIL…)": bracketed names repeat the mention before.
    if (
      prev &&
      prev.value === c.value &&
      /^[\s(,;/]*$/.test(sentence.slice(Math.max(prev.end, dupEnd), c.start))
    ) {
      dupEnd = c.end;
      continue;
    }
    if (c.weak && !isAgentContext(sentence, c)) {
      const next = found[i + 1];
      const joined =
        next !== undefined &&
        STATE_ACTORS.has(c.value) &&
        STATE_ACTORS.has(next.value) &&
        AND_BEFORE.test(sentence.slice(c.end, next.start));
      if (!joined) continue;
    }
    out.push({ start: c.start, end: c.end, value: c.value, text: c.text, rule: c.rule });
  }
  return out;
}

function lastPart(value: string): string {
  const parts = value.split(/ (?:and|or) /);
  return parts[parts.length - 1] ?? value;
}
