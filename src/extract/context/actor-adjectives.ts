// The "adjective-noun" rule of the actor finder (actors.ts): the adjectives that name an actor
// before a military noun ("Russian warplanes", "Syrian and Russian jets") with the nouns they
// qualify, and how a chain of them reads as one value. The table and its reading live together
// here, apart from the finder logic; actor-lexicon.ts places the rule among the standalone names.

import { isRegexSpace } from "./lex.js";
import { PrefixIndex } from "./lexicon-scan.js";

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

const ADJ_SRC = `(?:${ADJS.map((a) => a.src).join("|")})`;
/** Up to four actor adjectives, then a military noun ("Syrian and Russian warplanes"). */
export const CHAIN_SRC = `${ADJ_SRC}(?:\\s*(?:,|and|or|&|/)?\\s*(?:the\\s+)?${ADJ_SRC}){0,3}\\s+${MID_SRC}${NOUN_SRC}`;
const ADJ_PARTS = ADJS.map((a) => ({ re: new RegExp(`^(?:${a.src})$`, "i"), a }));
/** Which ADJS can match a word, by its first letters: most need no test. */
const ADJ_INDEX = PrefixIndex.of(ADJS.map((a) => a.src));
const NOUN_TAIL = new RegExp(`\\s${MID_SRC}${NOUN_SRC}$`, "i");
const ADJ_SCAN = new RegExp(`(?<![\\w-])${ADJ_SRC}(?![\\w-])|\\bor\\b`, "gi");
/** Lowercase "us" is a pronoun. */
const US_PRONOUN = /^(?:us|usa)(?:-led)?$/;
const US_HEAD = /^(?:U\.S\.|US|USA|American)\s/i;
const US_FORCES_TAIL =
  /\s(?:forces|force|troops|army|military|soldiers|servicemen|navy|warships|special\s+forces|ground\s+forces)$/i;

/** The actors a chain names, in order, joined by "and" ("or" when the chain has one). */
export function chainValue(text: string): string | null {
  // The adjectives in surface order; a generic one ("government") after a nation
  // ("Iraqi government forces") takes the nation's reading; a non-generic one after a
  // nation with no connector ("Syrian opposition forces") overrides it.
  const values: string[] = [];
  let useOr = false;
  let prevEnd = -1;
  let prevCls: AdjClass | null = null;
  ADJ_SCAN.lastIndex = 0;
  const nounAt = NOUN_TAIL.exec(text)?.index ?? -1;
  const head = nounAt >= 0 ? text.slice(0, nounAt) : text;
  for (let m = ADJ_SCAN.exec(head); m; m = ADJ_SCAN.exec(head)) {
    const t = m[0];
    if (t.toLowerCase() === "or") {
      useOr = true;
      prevCls = null;
      continue;
    }
    if (US_PRONOUN.test(t)) return null;
    const part = adjectiveOf(t);
    if (!part) continue;
    const adjacent = prevCls !== null && allSpaces(head, prevEnd, m.index);
    if (adjacent && part.cls === "generic" && prevCls === "nation") {
      prevEnd = m.index + t.length;
      continue;
    }
    if (adjacent && prevCls === "nation" && part.cls === "other") values.pop();
    values.push(part.value);
    prevEnd = m.index + t.length;
    prevCls = part.cls;
  }
  if (values.length === 0) return null;
  // "US forces/troops" are the United States; "US strikes/warplanes" the coalition.
  if (
    values.length === 1 &&
    values[0] === "US-led coalition" &&
    US_HEAD.test(text) &&
    US_FORCES_TAIL.test(text)
  )
    return "United States";
  const uniq = values.filter((v, i) => values.indexOf(v) === i);
  return uniq.join(useOr ? " or " : " and ");
}

/** The first of ADJS that matches the whole word `t`. */
function adjectiveOf(t: string): AdjDef | undefined {
  for (const i of ADJ_INDEX.at(t, 0)) {
    const part = ADJ_PARTS[i];
    if (part?.re.test(t)) return part.a;
  }
  return undefined;
}

/** Whether `s` holds only \s characters from `start` to `end`. */
function allSpaces(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isRegexSpace(s.charCodeAt(i))) return false;
  return true;
}
