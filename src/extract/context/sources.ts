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
//
// The word tables are in source-lexicon.ts; the capitalised-name finder is in source-names.ts.

import { REPORT_VERB_SRC, VERB_FILLER_SRC, wordBefore } from "./lex.js";
import { type Lexicon, MultiLexiconScanner } from "./lexicon-scan.js";
import type { Mention } from "./mention.js";
import { ANAPHORIC, ENTRIES, GEN_HEAD, GEN_MODS, ORG_WORD, UPPER_ONLY } from "./source-lexicon.js";
import { buildName, type Cand, nameAfter, nameBefore, POST_BOUNDARY, type Tok } from "./source-names.js";

/**
 * The word-anchored searches of a sentence, done in one pass (see lexicon-scan.ts). Each finds
 * what its own global regex would, `(?<![\w<notBefore>])(?:…)<tail>`:
 * - lexicon: the known sources, entry by entry (at a given start the first entry that matches wins);
 * - generic: generic source heads; their modifiers and article are read backwards from each match;
 * - verbs: capitalised names are looked for around these;
 * - according: "according to"/"cited by"/"quoted by"/"citing", with names looked for after.
 */
export const SOURCE_LEXICONS = {
  lexicon: {
    alternatives: ENTRIES.map((e) => e.src),
    ignoreCase: true,
    notBefore: "'’-",
    tail: "(?![\\w-])",
  },
  generic: { alternatives: [GEN_HEAD], ignoreCase: true, notBefore: "'’-", tail: "(?![\\w-])" },
  verbs: { alternatives: [REPORT_VERB_SRC], ignoreCase: false, notBefore: "-", tail: "(?![\\w-])" },
  according: {
    alternatives: ["(?:according\\s+to|cited\\s+by|quoted\\s+by|citing)\\s+(?:the\\s+)?"],
    ignoreCase: true,
    notBefore: "",
    tail: "",
  },
} satisfies Record<string, Lexicon>;
const SCANNER = new MultiLexiconScanner(SOURCE_LEXICONS);

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
const ACCORDING_BEFORE =
  /\b(?:according\s+to|cited\s+by|quoted\s+by|citing|quoting)\s+(?:[\w'’-]+\s+){0,3}$/i;
const SLOT_BEFORE =
  /(?:according\s+to|said|says|cited\s+by|quoted\s+by|reported\s+by|citing|quoting|per|(?:toll|tally|figures?|data|statement|report|count|estimates?|documentation|records|numbers?)\s+(?:from|by|of|issued\s+by|released\s+by|published\s+by|compiled\s+by))\s+(?:(?:the|a|an|latest|new|preliminary|updated|revised|its|their|last|final)\s+)*(?:(?:toll|figures?|data|tally|count|report|reports|statement|estimates?)\s+(?:from|by|of)\s+(?:the\s+)?)?$/i;
const SAID_BEFORE = /\b(?:said|says|added|stated|explained|noted)\s+(?:(?:the|a|an)\s+)?$/;
const JOIN = /^\s*,?\s*(?:and|&|as\s+well\s+as)\s+(?:(?:the|a|an)\s+)?$/i;
const APPOSE = /^\s*,?\s*(?:(?:the|a|an)\s+)?$/i;

// --- Capitalised names around a reporting verb. ---

const POST_VERB = /^(?:said|says|added|stated|explained|noted)$/;

/** Sources named in one sentence, in order. */
export function findSources(sentence: string): Mention[] {
  const found = SCANNER.scan(sentence);
  if (found.verbs.length === 0 && found.according.length === 0) {
    // Every candidate comes from a match; with none, there is nothing to find.
    if (found.lexicon.length === 0 && found.generic.length === 0) return [];
    // Every attribution slot needs one of these stems (a reporting verb or "according" has one).
    if (!ATTRIBUTION_HINT.test(sentence)) return [];
  } else if (!VERBS_HAVE_HINT && !ATTRIBUTION_HINT.test(sentence)) return [];
  const cands: Cand[] = [];

  for (const m of found.lexicon) {
    const entry = ENTRIES[m.entry] as (typeof ENTRIES)[number];
    let text = m.text;
    if (UPPER_ONLY.test(text) && text !== text.toUpperCase()) continue;
    if (BARE_UN.test(text) && isUpperAt(sentence, m.start + 3)) continue;
    let start = m.start;
    const det = LEADING_THE.exec(text);
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

  for (const m of found.generic) {
    // Head first, then modifiers and an article read backwards: cheaper than one big pattern.
    const end = m.end;
    let start = m.start;
    let hasThe = false;
    for (let k = 0; k < 4; k++) {
      const wb = wordBefore(sentence, start);
      if (!wb) break;
      const lw = wb.word.toLowerCase();
      if (k < 3 && (GEN_MODS.has(lw) || BASED_MODIFIER.test(wb.word))) {
        start = wb.start;
        continue;
      }
      hasThe = lw === "the";
      break;
    }
    const np = sentence.slice(start, end);
    if (overlaps(cands, start, end)) continue;
    // A role noun right after a known source ("NNA correspondent", "SDF spokesman") is part of it.
    if (cands.some((c) => c.end <= start && ONLY_SPACE.test(sentence.slice(c.end, start)))) continue;
    if (hasThe && ANAPHORIC.test(np)) continue;
    // Someone's role before a name ("activist Ahmed Shalabi said") is left to the name finder.
    if (NAME_NEXT.test(sentence.slice(end, end + 4)) && !PLACE_NEXT.test(sentence.slice(end, end + 6)))
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
    if (BARE_HEAD.test(value)) continue;
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
  for (const m of found.verbs) {
    const v = m.start;
    const verb = m.text;
    const after = m.end;
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
  for (const m of found.according) {
    const after = m.end;
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

// Small tests of the loops above, compiled once.
const BARE_UN = /^(?:UN|U\.N\.)$/;
const LEADING_THE = /^the\s+/i;
const BASED_MODIFIER = /^[A-Z][\w]+-based$/i;
const ONLY_SPACE = /^\s+$/;
const NAME_NEXT = /^\s+(?:[A-Z][a-z]|al-[A-Z])/;
const PLACE_NEXT = /^\s+(?:in|at|on|from)\b/i;
/** Heads too vague to stand alone ("the group", "police"); "opposition", "rebels" and "media" may. */
const BARE_HEAD =
  /^(?:group|groups|network|organi[sz]ations|police|authorities|staff|workers|volunteers|commander|commanders|officers)$/;

/** The character at `i` is an ASCII capital (what /^[A-Z]/ finds in the one-character slice there). */
function isUpperAt(sentence: string, i: number): boolean {
  const c = sentence.charCodeAt(i);
  return c >= 65 && c <= 90;
}

const LEAD_NAME_APPOSITION =
  /^((?:[A-Z][\w'’-]+|al-[\w'’-]+|Abu|bin)(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+|al|bin|Abu|de)){1,4}),?\s+(?:the|a|an)\s+[^.;"”]{3,120}?\s(?:said|says|told|reported|stated|added)(?![\w-])/;

const ATTRIBUTION_HINT =
  /(?:sa(?:id|ys?)|report|tol[dl]|tells|stat|announc|document|count|record|estimat|confirm|add|claim|not|indicat|reveal|tall|list|explain|admit|acknowledg|gave|gives|put|raised|accord|cit|quot|per\b|figure|data)/i;
/** Whether every reporting-verb or "according" match holds an ATTRIBUTION_HINT stem, so need not be tested for one. */
const VERBS_HAVE_HINT = SCANNER.firstWords(["verbs", "according"]).every((w) => ATTRIBUTION_HINT.test(w));

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
  return strong && NAMES_A_FIGURE.test(sentence.slice(start, end));
}

const NAMES_A_FIGURE = /\s(?:estimates?|figures|data|statistics|report|toll|tally|count)$/i;

/** A source already ends right before the verb at `v` (apart from fillers and role nouns). */
function subjectFilled(cands: Cand[], sentence: string, v: number): boolean {
  for (const c of cands) {
    if (c.end <= v && v - c.end < 120 && VERB_AFTER.test(sentence.slice(c.end, v + 40))) return true;
    if (c.end <= v && v - c.end < 160 && c.accepted && CLAUSE_THEN_VERB.test(sentence.slice(c.end, v + 12)))
      return true;
  }
  return PRONOUN_BEFORE.test(sentence.slice(Math.max(0, v - 40), v));
}

/** A pronoun or anaphoric subject right before a verb: the claim rules carry the previous source. */
const PRONOUN_BEFORE =
  /(?:^|\s)(he|she|it|they|we|i|who|which|that|this|one|the\s+(?:source|sources|group|statement|report|ministry|agency|monitor|official|officials|army|military|spokesman|organi[sz]ation|observatory|network))(?:\s+(?:also|later|earlier|has|had|have|further|then|previously|however))*\s*,?\s*$/i;

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
