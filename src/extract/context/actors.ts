// Who caused harm: armed actors named in one sentence ("Russian warplanes",
// "the US-led coalition", "ISIS", "rebel shelling"), canonicalised. Only
// mentions that can be agents are returned: group names that describe victims
// ("killed 35 Daesh militants", "129 loyalists") and area adjectives
// ("rebel-held", "IS-held") are left out.
//
// Canonical values follow the article's naming family where the gold does:
// "Islamic State"/"IS" → "Islamic State", ISIS/ISIL/Daesh → "ISIS"; "Nusra Front" vs
// "Jabhat al-Nusra"; "Islam Army" vs "Jaish al-Islam"; "opposition" vs "rebels".
//
// The name tables are in actor-lexicon.ts; the actor adjectives ("Russian warplanes") in
// actor-adjectives.ts.

import { COMBATANT_SRC, SPECS, STATE_ACTORS } from "./actor-lexicon.js";
import { isRegexSpace, quantifierBefore, wordBefore } from "./lex.js";
import { LexiconScanner } from "./lexicon-scan.js";
import type { Mention } from "./mention.js";

/** The names of SPECS, each starting after no [\w'’-] and ending before no [\w-]; the first that matches wins. */
const ACTOR_SCAN = new LexiconScanner(
  SPECS.map((s) => s.src),
  "[\\w'’-]",
  "[\\w-]",
);

/**
 * "IS" (Islamic State): case-sensitive, never inside an all-caps run of words. It must not follow
 * [\w'’-]: `\b` (cheaper than a lookbehind at every character) covers \w, isIsStart the rest.
 */
const IS_RE = /\bIS(?:'s|’s)?(?![\w-])/g;

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

const VAGUE_GROUP = /^\s*(?:number|dozens|scores|hundreds|thousands)/i;
const LEADING_THE = /^the\s+/i;
/** Lowercase "us" is a pronoun. */
const LOWERCASE_US = /^(?:us|u\.s\.)$/;
const NEXT_WORD = /^\s*([^\s]+)/;
const NOT_NAME_CHAR = /[^\w'’.:-]/g;
const ALL_CAPS = /^[A-Z][A-Z.'’:-]*[A-Z]$/;

interface Candidate extends Mention {
  weak: boolean;
}

function isAllCapsWord(w: string | undefined): boolean {
  return w !== undefined && w.length >= 2 && ALL_CAPS.test(w) && w !== "US" && w !== "IS";
}

/** A victim reading: a quantified group with a combatant noun ("27 pro-government fighters"). */
function describesVictims(sentence: string, m: Mention, combatant: boolean): boolean {
  // "10 foreign members of Jabhat Fateh al-Sham", "dozens of fighters from IS".
  const before = sentence.slice(Math.max(0, m.start - 40), m.start);
  const mo = endsWithOfFrom(sentence, m.start) ? MEMBERS_OF_BEFORE.exec(before) : null;
  if (mo) {
    const at = m.start - before.length + mo.index + (mo[0].length - mo[0].trimStart().length);
    if (VAGUE_GROUP.test(mo[0]) || quantifierBefore(sentence, at, 3)) return true;
  }
  const isCombatant =
    combatant || COMBATANT_END.test(m.text) || COMBATANT_AFTER.test(sentence.slice(m.end, m.end + 90));
  if (!isCombatant) return false;
  // "On May 2 Turkish forces struck": acting, not counted.
  if (HARM_AFTER.test(sentence.slice(m.end, m.end + 60))) return false;
  return quantifierBefore(sentence, m.start, 3);
}

/**
 * Whether the text before `end` ends like MEMBERS_OF_BEFORE, /(?:of|from)\s+(?:the\s+)?$/i: a
 * plain check that rules out most mentions before that regex runs.
 */
function endsWithOfFrom(s: string, end: number): boolean {
  const i = spacesBefore(s, end);
  if (i === end) return false;
  if (endsWithWord(s, i, "of") || endsWithWord(s, i, "from")) return true;
  if (!endsWithWord(s, i, "the")) return false;
  const j = spacesBefore(s, i - 3);
  return j < i - 3 && (endsWithWord(s, j, "of") || endsWithWord(s, j, "from"));
}

/** Start of the run of \s characters ending at `end`. */
function spacesBefore(s: string, end: number): number {
  let i = end;
  while (i > 0 && isRegexSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

/** Whether `s` has the lowercase letters `word`, in either case, just before `end`. */
function endsWithWord(s: string, end: number, word: string): boolean {
  const at = end - word.length;
  if (at < 0) return false;
  for (let k = 0; k < word.length; k++)
    if ((s.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

function isAgentContext(sentence: string, c: Mention): boolean {
  const before = sentence.slice(Math.max(0, c.start - 12), c.start);
  if (BY_BEFORE.test(before)) return true;
  return HARM_AFTER.test(sentence.slice(c.end, c.end + 60));
}

/** Armed actors named in one sentence, in order, excluding victim descriptions and area adjectives. */
export function findActors(sentence: string): Mention[] {
  return findActorMentions(sentence).acting;
}

/**
 * The groups of a sentence: those acting, and those only counted among the victims ("27 ISIS
 * militants"), which are no actor but say whose fighters died.
 */
export function findActorMentions(sentence: string): { acting: Mention[]; victims: Mention[] } {
  const found: Candidate[] = [];
  const victims: Mention[] = [];
  for (let m = ACTOR_SCAN.exec(sentence, 0); m; m = ACTOR_SCAN.exec(sentence, m.end)) {
    const spec = SPECS[m.entry] as (typeof SPECS)[number];
    const text = m.text;
    const value = typeof spec.value === "function" ? spec.value(text) : spec.value;
    if (value === null) continue;
    let start = m.start;
    let surface = text;
    const det = (surface.charCodeAt(0) | 0x20) === 116 ? LEADING_THE.exec(surface) : null; // "t"
    if (det) {
      start += det[0].length;
      surface = surface.slice(det[0].length);
    }
    // Case-sensitive guards the shared "i" flag cannot express.
    if (spec.rule === "country" && LOWERCASE_US.test(surface)) continue;
    if ((spec.rule === "army" || spec.rule === "troops") && capitalisedWordBefore(sentence, start)) continue;
    const cand: Candidate = {
      start,
      end: start + surface.length,
      value,
      text: surface,
      rule: `actor:${spec.rule}`,
      weak: !!spec.weak,
    };
    if (describesVictims(sentence, cand, !!spec.combatant)) victims.push(cand);
    else found.push(cand);
  }
  IS_RE.lastIndex = 0;
  for (let m = IS_RE.exec(sentence); m; m = IS_RE.exec(sentence)) {
    if (!isIsStart(sentence, m.index)) {
      IS_RE.lastIndex = m.index + 1;
      continue;
    }
    const prev = wordBefore(sentence, m.index)?.word;
    const next = NEXT_WORD.exec(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1];
    if (isAllCapsWord(prev?.replace(NOT_NAME_CHAR, "")) || isAllCapsWord(next?.replace(NOT_NAME_CHAR, "")))
      continue;
    const cand: Candidate = {
      start: m.index,
      end: m.index + m[0].length,
      value: "Islamic State",
      text: m[0],
      rule: "actor:is",
      weak: false,
    };
    if (describesVictims(sentence, cand, false)) victims.push(cand);
    else found.push(cand);
  }
  if (found.length > 1) found.sort((a, b) => a.start - b.start);
  return { acting: mergeCoordinated(sentence, found), victims };
}

/** After IS_RE's `\b`, the rest of "not after [\w'’-]": no apostrophe or hyphen before. */
function isIsStart(sentence: string, at: number): boolean {
  const c = sentence.charCodeAt(at - 1);
  return c !== 39 && c !== 0x2019 && c !== 45;
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
