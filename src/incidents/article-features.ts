// What Tally itself knows about an article, as numbers the credibility score (credibility.ts) can
// weigh: its verdict against the other reports of its incidents (judge.ts), what its claims say
// (how many, of whom, how hedged, attributed to whom, blaming which party), how its text reports
// (report verbs, hedges, loaded words), and how credible its outlet has been on labelled articles.
import type { Claim } from "../extract/types.js";
import type { Judgement } from "./judge.js";
import { partiesOf } from "./parties.js";

export const FEATURE_NAMES = [
  "outlet prior (log-odds credible)",
  "verdict consistent",
  "verdict inconsistent",
  "agreements (log)",
  "figure disagreements",
  "actor disagreements",
  "date disagreements",
  "worst figure ratio (log)",
  "claims (log)",
  "share civilians",
  "share children or women",
  "share combatants",
  "share injured",
  "share vague or hedged figures",
  "share attributed to a source",
  "share from the Observatory or monitors",
  "share from state media or officials",
  "share blaming government side",
  "share blaming insurgents or ISIS",
  "share blaming coalition",
  "share blaming 'terrorists'",
  "words (log)",
  "report verbs per 100 words",
  "hedges per 100 words",
  "'terrorist' per 100 words",
  "'regime' per 100 words",
] as const;

export interface ArticleInput {
  text: string;
  title: string | null;
  claims: readonly Claim[];
  /** Its verdict, or null when it reports no incident. */
  judgement: Judgement | null;
  /** The outlet's prior log-odds of credible (outletPriors). */
  outletPrior: number;
}

const MONITORS =
  /observatory|sohr|monitor|white helmets|civil defen[cs]e|activist|rescue|medic|doctor|unicef|united nations|\bun\b|amnesty|human rights/i;
const STATE =
  /\bsana\b|state (?:media|tv|television|news)|official|ministry|governor|police|army|military|command|spokes|al-manar|tass|defen[cs]e ministry/i;
const REPORT_VERBS =
  /\b(?:said|says|told|reported|reports|according to|stated|announced|confirmed|added|quoted|cited)\b/gi;
const HEDGES =
  /\b(?:reportedly|allegedly|alleged|purportedly|claimed|claims|unconfirmed|possibly|may have|might have|likely|apparently|suspected|believed to)\b/gi;
const TERROR = /\bterroris(?:t|ts|m)\b|\btakfiri/gi;
const REGIME = /\bregime\b/gi;

/** The article's feature values, in FEATURE_NAMES order. */
export function articleFeatures(a: ArticleInput): number[] {
  const claims = a.claims;
  const n = claims.length;
  const share = (test: (c: Claim) => boolean) => (n === 0 ? 0 : claims.filter(test).length / n);
  const blames = (party: string) => share((c) => c.actor !== null && partiesOf(c.actor).includes(party));
  const j = a.judgement;
  const text = `${a.title ?? ""} ${a.text}`;
  const words = Math.max(1, text.split(/\s+/).filter(Boolean).length);
  const per100 = (re: RegExp) => ((text.match(re)?.length ?? 0) * 100) / words;
  return [
    a.outletPrior,
    j?.verdict === "consistent" ? 1 : 0,
    j?.verdict === "inconsistent" ? 1 : 0,
    Math.log1p(j?.agreements ?? 0),
    j?.counts.figure ?? 0,
    j?.counts.actor ?? 0,
    j?.counts.date ?? 0,
    Math.log(j?.worstRatio ?? 1),
    Math.log1p(n),
    share((c) => c.victim === "civilians"),
    share((c) => c.victim === "children" || c.victim === "women"),
    share((c) => c.victim === "combatants"),
    share((c) => c.measure === "injured"),
    share((c) => c.qualifier !== "exact"),
    share((c) => c.source !== null),
    share((c) => c.source !== null && MONITORS.test(c.source)),
    share((c) => c.source !== null && STATE.test(c.source)),
    blames("government"),
    share(
      (c) =>
        c.actor !== null &&
        (partiesOf(c.actor).includes("insurgents") || partiesOf(c.actor).includes("isis")) &&
        !/terror/i.test(c.actor),
    ),
    blames("coalition"),
    share((c) => c.actor !== null && /terror/i.test(c.actor)),
    Math.log(words),
    per100(REPORT_VERBS),
    per100(HEDGES),
    per100(TERROR),
    per100(REGIME),
  ];
}

export interface Labelled {
  outlet: string | null;
  /** 1 = credible. */
  label: 0 | 1;
}

/**
 * Each outlet's log-odds of credible on labelled articles, shrunk toward the overall rate by
 * `strength` pseudo-articles, so an outlet seen on few articles (or none) says little. `leaveOut`
 * removes one article's own label, so a training article's prior does not already know its label.
 */
export function outletPriors(labelled: readonly Labelled[], strength = 4) {
  const counts = new Map<string, { credible: number; n: number }>();
  let credible = 0;
  for (const { outlet, label } of labelled) {
    const k = (outlet ?? "").toLowerCase();
    const c = counts.get(k) ?? { credible: 0, n: 0 };
    c.credible += label;
    c.n++;
    counts.set(k, c);
    credible += label;
  }
  const base = (credible + 1) / (labelled.length + 2);
  return (outlet: string | null, leaveOut?: 0 | 1): number => {
    const c = counts.get((outlet ?? "").toLowerCase()) ?? { credible: 0, n: 0 };
    const own = leaveOut === undefined ? 0 : 1;
    const p = (c.credible - (leaveOut ?? 0) + strength * base) / (c.n - own + strength);
    return Math.log(p / (1 - p));
  };
}
