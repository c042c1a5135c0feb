// Stage 2: what a figure counts. "42 people", "27 pro-government fighters",
// "35 Daesh (outlawed in Russia) militants", a bare "at least 70", or a
// non-person ("520 US airstrikes", "two villages"), which is no casualty figure.
import { type VictimNoun, victimNoun } from "../lexicon/victims.js";
import type { Token } from "../text/tokens.js";
import type { Figure } from "./find-figures.js";

export interface NounPhrase {
  /** The victim noun found, or null for a bare figure ("more than 60 were wounded"). */
  noun: VictimNoun | null;
  /** The head word as written ("fighters"), or null for a bare figure. */
  head: string | null;
  /** One past the last token of the phrase (the figure's end for a bare figure). */
  end: number;
  /** The modifiers include a measure word: "80 wounded persons", "15 civilian deaths". */
  civilianModifier: boolean;
}

// What may directly follow a bare figure: verbs, prepositions, conjunctions, punctuation.
const BARE_FOLLOW = new Set([
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
  "be",
  "been",
  "being",
  "and",
  "or",
  "in",
  "on",
  "at",
  "of",
  "with",
  "from",
  "by",
  "including",
  "among",
  "during",
  "after",
  "when",
  "while",
  "as",
  "near",
  "inside",
  "across",
  "throughout",
  "since",
  "over",
  "died",
  "dead",
  "killed",
  "wounded",
  "injured",
  "missing",
  "displaced",
  "fled",
  "trapped",
  "people",
  "last",
  "this",
  "that",
  "who",
  "yesterday",
  "today",
  "so",
  "for",
  "to",
  "but",
  "according",
  "reportedly",
  "also",
  "later",
  "earlier",
  "overall",
  "altogether",
  "total",
  "mostly",
  "many",
  "most",
  "all",
  "the",
  "lost",
  "perished",
  "men",
  "citizens",
]);

// Words that end a modifier run: the noun phrase cannot continue past them.
const PHRASE_BREAK = new Set([
  "and",
  "or",
  "but",
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
  "in",
  "on",
  "at",
  "by",
  "with",
  "from",
  "to",
  "for",
  "that",
  "who",
  "which",
  "when",
  "while",
  "the",
  "a",
  "an",
  "said",
  "says",
  "after",
  "since",
  "during",
  "into",
  "as",
  "per",
  "than",
  "killed",
  "dead",
  "died",
]);

// Nouns that make a figure not a count of people.
const NON_PERSON =
  /^(year|month|week|day|hour|minute|second|km|kilometers?|kilometres?|miles?|meters?|metres?|percent|per|%|times|strikes?|airstrikes?|raids?|villages?|towns?|buildings?|houses?|homes?|shells?|rounds?|rockets?|missiles?|bombs?|barrels?|tons?|tonnes?|dollars?|euros?|pounds?|points?|cases?|sorties|attacks?|incidents?|positions?|vehicles?|tanks?|trucks?|cars?|targets?|sites?|hospitals?|schools?|countries|nations|states|provinces?|districts?|neighbou?rhoods?|areas?|locations?|o'clock|am|pm|a\.m|p\.m)$/;

// Who speaks is not who died: "two residents said".
const SPEECH = /^(said|says|told|reported|report|added|stated|confirmed|claimed)$/;

/** "two residents said." speaks; "two soldiers said Observatory director …" is an inverted attribution. */
function isSpeaker(tokens: readonly Token[], end: number): boolean {
  if (!SPEECH.test(tokens[end]?.lower ?? "")) return false;
  const next = tokens[end + 1];
  return (
    !next ||
    next.kind === "punct" ||
    next.lower === "that" ||
    (!/^[A-Z]/.test(next.text) && next.lower !== "the")
  );
}

export function readNounPhrase(tokens: readonly Token[], fig: Figure): NounPhrase | null {
  const bare: NounPhrase = { noun: null, head: null, end: fig.end, civilianModifier: false };
  const first = tokens[fig.end];
  if (!first) return bare;
  // 'killed 50 "terrorists"': the quoted noun is still what the figure counts.
  if (first.kind === "punct" && /^["“]$/.test(first.text)) {
    const quoted = findHead(tokens, fig.end + 1);
    if (quoted) return isSpeaker(tokens, quoted.end) ? null : quoted;
  }
  if (first.kind === "punct" && first.text !== "(") return bare;
  const found = findHead(tokens, fig.end);
  if (found) return isSpeaker(tokens, found.end) ? null : found;
  if (!BARE_FOLLOW.has(first.lower)) return null;
  // "killing 16 of them": them are the victims named earlier in the sentence.
  const copula = /^(were|are|was|is)$/.test(tokens[fig.end + 2]?.lower ?? "");
  if (first.lower === "of" && /^(them|whom)$/.test(tokens[fig.end + 1]?.lower ?? "") && !copula) {
    for (let j = fig.first - 1; j >= 0; j--) {
      const noun = victimNoun(tokens[j]?.lower ?? "");
      if (noun && !noun.implies && /s$/.test(tokens[j]?.lower ?? "")) {
        return { noun, head: tokens[j]?.text ?? null, end: fig.end + 2, civilianModifier: false };
      }
    }
  }
  return bare;
}

const ARMED =
  /^(nusra|isis|isil|is|daesh|qaeda|al-qaeda|ahrar|jabhat|front|army|brigades?|militias?|forces|hezbollah|hizbollah|terrorists?|terrorist|armed|militant|rebel|jihadist|group|groups|fateh|sham|al-sham|ypg|sdf|pkk|taliban|security|military|regime|government|pro-government|jaish|faylaq|battalions?|organization|organisation)$/;

function armedMembers(tokens: readonly Token[], from: number, head: number): boolean {
  for (let k = from; k < head; k++) if (ARMED.test(tokens[k]?.lower ?? "")) return true;
  if (tokens[head + 1]?.lower !== "of") return false;
  for (let k = head + 2; k < head + 7 && k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? "";
    if (/^(family|families|team|crew|staff|parliament|council|press|civil|rescue|medical|media)$/.test(w))
      return false;
    if (ARMED.test(w)) return true;
  }
  return false;
}

function findHead(tokens: readonly Token[], from: number): NounPhrase | null {
  let j = from;
  let civilianModifier = false;
  for (let k = 0; k < 5 && j < tokens.length; k++) {
    const t = tokens[j];
    if (!t) break;
    if (t.text === "(") {
      // Skip a short parenthetical: "35 Daesh (outlawed in Russia) militants".
      const close = tokens.findIndex((u, idx) => idx > j && idx < j + 8 && u.text === ")");
      if (close < 0) break;
      j = close + 1;
      continue;
    }
    if (t.kind !== "word") break;
    const noun = victimNoun(t.lower);
    const next = tokens[j + 1];
    const nextNoun = next && next.kind === "word" ? victimNoun(next.lower) : undefined;
    if (noun && nextNoun && !nextNoun.implies && (noun.implies || noun.victim === "civilians")) {
      // A modifier before the head: "six injured civilians", "15 civilian deaths".
      if (noun.victim === "civilians") civilianModifier = true;
      j++;
      continue;
    }
    if (noun) {
      // "members" of an armed group are combatants; of a family or a rescue team, people.
      if (t.lower.startsWith("member") && !armedMembers(tokens, from, j)) {
        return { noun: { victim: "people" }, head: t.text, end: j + 1, civilianModifier };
      }
      if (civilianModifier && noun.victim === "people") {
        return { noun: { ...noun, victim: "civilians" }, head: t.text, end: j + 1, civilianModifier };
      }
      return { noun, head: t.text, end: j + 1, civilianModifier };
    }
    if (NON_PERSON.test(t.lower) || PHRASE_BREAK.has(t.lower)) return null;
    if (t.lower === "civilian") civilianModifier = true;
    j++;
  }
  return null;
}
