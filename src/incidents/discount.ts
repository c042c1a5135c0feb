// The two rules that discount an incident (grade.ts): it is a duplicate (every article telling it
// reposts an article that tells another incident), or it was wrongly reported (every claim's
// sentence calls the report false, and the one who says so is not the party it blames: a denial by
// the blamed party contests a report, it does not refute it). Pure: the store gives the data.
import type { Measure, Victim } from "../extract/types.js";

// --- Duplicates. ---

export interface DuplicateClaim {
  id: number;
  articleId: number;
  measure: Measure;
  victim: Victim;
  value: number | null;
}

export interface Duplicate {
  /** The incidents told by the articles this one's articles repost, the kept ones. */
  of: string[];
  /** How many articles tell the discounted incident (all of them reposts). */
  articles: number;
}

/**
 * Incidents that only reposts tell: every claim comes from an article that is not its story's
 * founder, and the founder tells the same figure (measure, victim, value) in another incident.
 * The typical case is a repost published on another day, whose "on Monday" resolves to another
 * date. The incident holding the founder's claims is kept; `founderOf` gives each article's
 * story founder (the article itself for a founder).
 */
export function findDuplicates(
  incidents: ReadonlyArray<{ id: string; claims: readonly DuplicateClaim[] }>,
  founderOf: ReadonlyMap<number, number>,
): Map<string, Duplicate> {
  const told = new Map<string, Set<string>>();
  for (const incident of incidents)
    for (const c of incident.claims) {
      const key = figureKey(c.articleId, c);
      told.set(key, (told.get(key) ?? new Set()).add(incident.id));
    }
  const found = new Map<string, Duplicate>();
  for (const incident of incidents) {
    if (incident.claims.length === 0) continue;
    const of = new Set<string>();
    const reposted = incident.claims.every((c) => {
      const founder = founderOf.get(c.articleId) ?? c.articleId;
      if (founder === c.articleId) return false;
      const there = [...(told.get(figureKey(founder, c)) ?? [])].filter((id) => id !== incident.id);
      for (const id of there) of.add(id);
      return there.length > 0;
    });
    if (reposted)
      found.set(incident.id, {
        of: [...of].sort(),
        articles: new Set(incident.claims.map((c) => c.articleId)).size,
      });
  }
  return found;
}

function figureKey(articleId: number, c: DuplicateClaim): string {
  return `${articleId}/${c.measure}/${c.victim}/${c.value}`;
}

// --- Reports called false. ---

interface Party {
  name: string;
  pattern: RegExp;
  /** A party to the war, who may be the one a report blames (monitors, the UN and medics are not). */
  belligerent: boolean;
}

/**
 * Who can call a report false, as sentences name them. Order matters: the Syrian Observatory
 * before the Syrian government. Coalition members count as the coalition.
 */
const PARTIES: readonly Party[] = [
  {
    name: "Syrian Observatory for Human Rights",
    pattern:
      /\bSyrian Observatory\b|\bSOHR\b|\b[Oo]bservatory\b|\bRami Abd[eu]l?[ -]?Rahman\b|\bAbdurrahman\b/g,
    belligerent: false,
  },
  {
    name: "United Nations",
    pattern: /\bUnited Nations\b|\bU\.N\.|\bUN\b|\bUNICEF\b|\bOCHA\b|\bWorld Health Organi[sz]ation\b/g,
    belligerent: false,
  },
  {
    name: "rights groups",
    pattern:
      /\bHuman Rights Watch\b|\bAmnesty\b|\bSyrian Network for Human Rights\b|\bSNHR\b|\bAirwars\b|\bViolations Documentation Cent(?:er|re)\b|\b[Mm]onitor(?:ing group)?s?\b|\b[Aa]ctivists?\b/g,
    belligerent: false,
  },
  {
    name: "medics",
    pattern:
      /\bWhite Helmets\b|\bCivil Defen[cs]e\b|\bMSF\b|\bDoctors Without Borders\b|\bRed Cr(?:oss|escent)\b|\bICRC\b|\bUOSSM\b|\b[Mm]edics\b|\b[Dd]octors\b/g,
    belligerent: false,
  },
  {
    name: "Russia",
    pattern: /\bRussian?\b|\bMoscow\b|\bKremlin\b|\bKonashenkov\b/gi,
    belligerent: true,
  },
  {
    name: "US-led coalition",
    pattern:
      /\b[Cc]oalition\b|\bPentagon\b|\bU\.S\.|\bUS\b|\bUnited States\b|\bWashington\b|\bAmerican\b|\bCENTCOM\b|\bCJTF\b|\bBelgi(?:um|an)\b|\bBrussels\b|\bFrench\b|\bFrance\b|\bParis\b|\bBritish\b|\bBritain\b|\bUK\b|\bLondon\b|\bAustralian?\b/g,
    belligerent: true,
  },
  {
    name: "Syrian government",
    pattern:
      /\bSyria\b|\bSyrian (?:government|regime|army|military|state|officials?|forces|troops|authorities|information minister|foreign minister|defen[cs]e ministry|president)\b|\bDamascus\b|\bAssad|\b[Rr]egime\b|\b[Gg]overnment\b|\b[Aa]rmy\b|\bSANA\b|\bstate (?:news agency|media|television|TV)\b|\bmilitary source\b/gi,
    belligerent: true,
  },
  {
    name: "Turkey",
    pattern: /\bTurk(?:ey|ish)\b|\bAnkara\b|\bErdogan\b/g,
    belligerent: true,
  },
  {
    name: "Islamic State",
    pattern: /\bIS\b|\bISIS\b|\bISIL\b|\bIslamic State\b|\bDaesh\b|\bAmaq\b/g,
    belligerent: true,
  },
  {
    name: "Syrian Democratic Forces",
    pattern: /\bYPG\b|\bSDF\b|\bSyrian Democratic Forces\b|\bKurdish\b/g,
    belligerent: true,
  },
  {
    name: "rebels",
    pattern:
      /\b[Rr]ebels?\b|\b[Oo]pposition\b|\bFree Syrian Army\b|\bFSA\b|\bAhrar al-Sham\b|\bFaylaq al-Rahman\b|\bJaish al-Islam\b|\b[Ii]nsurgents\b/g,
    belligerent: true,
  },
];

/** The party an actor value names ("Russian warplanes" → Russia), if it is one of the table's. */
export function partyOf(name: string): Party | null {
  for (const party of PARTIES) {
    party.pattern.lastIndex = 0;
    if (party.pattern.test(name)) return party;
  }
  return null;
}

const REPORT =
  "(?:reports?|claims?|allegations?|accusations?|accounts?|figures?|(?:death\\s+)?toll|news|story|stories)";
const FIRM = "(?:totally|completely|entirely|absolutely|categorically|100 percent)\\s+";

/** Words that call a report false, each a named rule; the speaker is found around the match. */
const FLAGS: ReadonlyArray<{ rule: string; pattern: RegExp; speakerAfterBy?: boolean }> = [
  {
    // "denied reports that …", "retracted its report", "disagreed with Moscows report"
    rule: "rejects-report",
    pattern: new RegExp(
      `\\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes|retracted|retracts|withdrew|withdraws|disputed|disputes|disagreed with|disagrees with|contradicted|contradicts)\\s+(?:(?:the|its|their|these|those|such|earlier|media|opposition|an?)\\s+)?(?:[\\w'’-]+\\s+){0,2}?${REPORT}\\b`,
      "i",
    ),
  },
  {
    // "false reports", "fabricated claims", "a hoax"
    rule: "false-report",
    pattern: new RegExp(
      `\\b(?:false|fabricated|fake|bogus|made-up|invented)\\s+${REPORT}\\b|\\bhoax\\b`,
      "i",
    ),
  },
  {
    // "reports that … were false", "the claim is untrue"
    rule: "report-false",
    pattern: new RegExp(
      `\\b${REPORT}\\b[^.;]{0,120}?\\b(?:was|were|is|are|as)\\s+(?:${FIRM})?(?:false|fabricated|fake|untrue|baseless|unfounded|incorrect|wrong|a hoax)\\b`,
      "i",
    ),
  },
  {
    // "the claim was swiftly denied by Brussels"
    rule: "report-denied-by",
    pattern: new RegExp(
      `\\b${REPORT}\\s+(?:was|were|has been|have been)\\s+(?:\\w+ly\\s+)?(?:denied|refuted|retracted|dismissed|rejected)\\s+by\\b`,
      "i",
    ),
    speakerAfterBy: true,
  },
];

/** A denial without a report noun ("Russia denied carrying out raids"): it counts only from the blamed party. */
const DENIAL = /\b(?:denied|denies|deny)\b(?!\s+(?:permission|access|entry))/i;

/** "reports that its jets", "it had carried out": the speaker is the one the report blames. */
const SELF = /^[^.;]{0,40}?\b(?:its|their|it|they)\b/i;

export type Refutation =
  | { kind: "refuted"; rule: string; by: string; words: string }
  | { kind: "denied"; rule: string; by: string; words: string };

/**
 * Whether a claim's sentence calls the report false (refuted: the speaker is not the party the
 * claim blames) or the blamed party denies it (denied); null when neither, or when who says so
 * cannot be told. With no party blamed, only a non-belligerent (a monitor, the UN, medics)
 * refutes: a party to the war denying an unattributed report may well be the one it blames.
 */
export function refutation(sentence: string, actor: string | null): Refutation | null {
  const blamed = actor ? partyOf(actor) : null;
  for (const flag of FLAGS) {
    const m = flag.pattern.exec(sentence);
    if (!m) continue;
    const end = m.index + m[0].length;
    const speaker = flag.speakerAfterBy
      ? firstParty(sentence.slice(end, end + 40))
      : (lastParty(sentence.slice(0, m.index)) ?? firstParty(sentence.slice(end)));
    if (!speaker) continue;
    const words = m[0];
    const self = flag.rule === "rejects-report" && SELF.test(sentence.slice(end));
    if (self || (blamed && blamed.name === speaker.name))
      return { kind: "denied", rule: flag.rule, by: speaker.name, words };
    if (blamed || !speaker.belligerent) return { kind: "refuted", rule: flag.rule, by: speaker.name, words };
  }
  const d = DENIAL.exec(sentence);
  if (d && blamed) {
    const speaker = lastParty(sentence.slice(0, d.index));
    if (speaker?.name === blamed.name)
      return { kind: "denied", rule: "blamed-party-denies", by: speaker.name, words: d[0] };
  }
  return null;
}

/** The party named last in a stretch of text (the subject nearest a verb that follows it). */
function lastParty(text: string): Party | null {
  let best: { party: Party; at: number } | null = null;
  for (const party of PARTIES) {
    party.pattern.lastIndex = 0;
    for (const m of text.matchAll(party.pattern))
      if (!best || m.index > best.at) best = { party, at: m.index };
  }
  return best?.party ?? null;
}

/** The party named first in a stretch of text. */
function firstParty(text: string): Party | null {
  let best: { party: Party; at: number } | null = null;
  for (const party of PARTIES) {
    party.pattern.lastIndex = 0;
    const m = text.match(new RegExp(party.pattern.source, party.pattern.flags.replace("g", "")));
    if (m?.index !== undefined && (!best || m.index < best.at)) best = { party, at: m.index };
  }
  return best?.party ?? null;
}
