// The capitalised-name finder of sources.ts: a name before a reporting verb ("Homs Governor
// Talal Barazi said") or after "said"/"according to", with its title stripped and the title's
// organisation appended when a known source stands right before it. Split from sources.ts to
// keep each file to one concern; its word tables are in source-lexicon.ts.

import { lookupPlace } from "./gazetteer.js";
import { isRegexSpace, MONTHS, WEEKDAYS } from "./lex.js";
import type { Mention } from "./mention.js";
import { COMMON_STARTERS, LEAD_DROP, ORG_WORD, RANKS, STOP_NAME, TITLES } from "./source-lexicon.js";

/** A source candidate; `accepted` when it stands in an attribution slot. */
export interface Cand extends Mention {
  accepted: boolean;
}

/** What may follow a source in its slot (also the slot test of sources.ts after "said"). */
export const POST_BOUNDARY =
  /^(?:\s*\([^)]{0,60}\))?(?:\s*$|\s*[.,;:!?"”'’)\]–—-]|\s+(?:on|in|at|adding|who|which|citing|told|from|late|earlier|this|last|yesterday|today|during|as|after|before|while|and|but|quoting|via|through|when|where|based|had|has|reporter|correspondent|in\s+a\s+statement)\b)/;

const NAME_TOKEN =
  /^(?:[A-Z][\w'’.-]*|(?:al|el|ad|ar|as|ash|az|an|at|ed|ez|bin|ibn|abu|de|di|van|von|da|le|la|du|bint)(?:[-‐][A-Za-z][\w'’-]*)?)$/;
const INNER_CONNECTOR = /^(?:of|for|the|and|on|in|de|al|el|bin|ibn|abu|van|von|da|du|le|la)$/;

// Small tests of the token loops below, compiled once rather than per token.
const POSSESSIVE_S = /['’]s$/;
const STARTS_WITH_DIGIT = /^\d/;
const STARTS_UPPER = /^[A-Z]/;
/** Adverbs and auxiliaries skipped between a name and its verb. */
const FILLER =
  /^(?:also|later|earlier|has|had|have|however|meanwhile|further|then|previously|separately|initially|officially)$/i;
const TRAILING_PUNCT_BEFORE = /[,;:"”]+$/;
const TRAILING_PUNCT_AFTER = /[,;:.!?"”)]+$/;
const PREPOSITION = /^(?:by|of|in|on|at|from|to|with|for|against|into|near|about|over)$/i;
const ARTICLE = /^(?:the|a|an)$/i;
/** The next whitespace-free token, read with lastIndex. */
const NEXT_TOKEN = /\s*([^\s]+)/y;
const INNER_DOT = /\.\S/;
const INITIAL = /^[A-Z]\.?$/;

export interface Tok {
  w: string;
  s: number;
  e: number;
}

function startTok0(name: Tok[]): number {
  return (name[0] as Tok).s;
}

function leadingDroppable(toks: Tok[]): boolean {
  const t = toks[0];
  if (!t) return false;
  const w = t.w.toLowerCase().replace(POSSESSIVE_S, "");
  return (
    LEAD_DROP.has(w) ||
    MONTHS.has(w) ||
    WEEKDAYS.has(w) ||
    STARTS_WITH_DIGIT.test(w) ||
    lookupPlace(w) !== undefined
  );
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
export function nameBefore(sentence: string, pos: number, cands: Cand[]): Cand | null {
  const toks: Tok[] = [];
  let end = pos;
  // Skip fillers between name and verb.
  for (let guard = 0; guard < 12; guard++) {
    const t = tokenBefore(sentence, end, 40);
    if (!t) break;
    const { w, s } = t;
    if (FILLER.test(w)) {
      end = s;
      continue;
    }
    const bare = w.replace(TRAILING_PUNCT_BEFORE, "");
    if (bare !== w && (toks.length > 0 || w.endsWith(","))) break;
    if (!NAME_TOKEN.test(bare) && !(toks.length > 0 && INNER_CONNECTOR.test(bare))) break;
    toks.unshift({ w: bare, s, e: s + bare.length });
    end = s;
    if (bare !== w) break;
  }
  // A name after a preposition is not a subject ("the execution of the pilot by Nusra Front said").
  const prev = toks.length > 0 ? tokenBefore(sentence, end, 20)?.w : undefined;
  if (prev && PREPOSITION.test(prev) && !leadingDroppable(toks)) return null;
  const name = buildName(sentence, toks, cands, true);
  // "Activists in Syria reported": the place the speakers are in, not who speaks.
  if (
    name &&
    lookupPlace(name.value) &&
    /\b(?:in|at|from|inside|near)\s+$/i.test(sentence.slice(0, name.start))
  )
    return null;
  return name;
}

/** Read forward from `pos` over an optional title and a capitalised name ("said spokesman Colonel Chris Garver"). */
export function nameAfter(sentence: string, pos: number, cands: Cand[], according = false): Cand | null {
  const toks: Tok[] = [];
  const re = NEXT_TOKEN;
  re.lastIndex = pos;
  let titleSeen = false;
  for (let guard = 0; guard < 12; guard++) {
    const m = re.exec(sentence);
    if (!m?.[1]) break;
    const raw = m[1];
    const w = raw.replace(TRAILING_PUNCT_AFTER, "");
    const s = re.lastIndex - raw.length;
    const lower = w.toLowerCase();
    if (toks.length === 0 && !titleSeen && ARTICLE.test(w)) continue;
    if (TITLES.has(lower) && !STARTS_UPPER.test(w)) {
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
  if (toks.some((t) => INNER_DOT.test(t.w) || INITIAL.test(t.w))) return null;
  if (toks.length === 0) return null;
  const last = toks[toks.length - 1] as Tok;
  if (!according && !POST_BOUNDARY.test(sentence.slice(last.e, last.e + 40))) return null;
  return buildName(sentence, toks, cands, false);
}

export function buildName(sentence: string, toks: Tok[], cands: Cand[], before: boolean): Cand | null {
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
