// What happened to them. Each trigger word says which measure it signals and in
// which direction it governs a figure: a passive or predicate form follows its
// subject ("40 people were killed", "44 dead"), an active form precedes its object
// ("killing 40 people", "the deaths of 146 civilians").
import type { Token } from "../text/tokens.js";
import type { Measure } from "../types.js";
import { wordTable } from "./word-table.js";

/** Forms that follow the figure: "N (were) killed / dead / died / wounded / fled / trapped / missing". */
export const PREDICATE = wordTable<Measure>({
  killed: "killed",
  dead: "killed",
  died: "killed",
  die: "killed",
  dies: "killed",
  perished: "killed",
  massacred: "killed",
  executed: "killed",
  martyred: "killed",
  slain: "killed",
  murdered: "killed",
  eliminated: "killed",
  assassinated: "killed",
  beheaded: "killed",
  drowned: "killed",
  starved: "killed",
  "shot-dead": "killed",
  neutralized: "killed",
  neutralised: "killed",
  liquidated: "killed",
  wounded: "injured",
  injured: "injured",
  hurt: "injured",
  displaced: "displaced",
  fled: "displaced",
  uprooted: "displaced",
  trapped: "trapped",
  besieged: "trapped",
  stranded: "trapped",
  missing: "missing",
  disappeared: "missing",
});

/** Forms that precede the figure: "killing N", "killed N", "left N dead" is handled by the predicate. */
export const ACTIVE = wordTable<Measure>({
  kill: "killed",
  kills: "killed",
  killed: "killed",
  killing: "killed",
  massacred: "killed",
  executed: "killed",
  executing: "killed",
  execute: "killed",
  eliminated: "killed",
  eliminating: "killed",
  claimed: "killed",
  claiming: "killed",
  claim: "killed",
  claims: "killed",
  murdered: "killed",
  wound: "injured",
  wounds: "injured",
  wounded: "injured",
  wounding: "injured",
  injure: "injured",
  injures: "injured",
  injured: "injured",
  injuring: "injured",
  displaced: "displaced",
  displacing: "displaced",
  displace: "displaced",
  uprooted: "displaced",
});

/** Nouns that govern a figure through "of": "the deaths of 146", "the injury of 89". */
export const NOMINAL_OF = wordTable<Measure>({
  death: "killed",
  deaths: "killed",
  killing: "killed",
  killings: "killed",
  martyrdom: "killed",
  lives: "killed",
  execution: "killed",
  massacre: "killed",
  injury: "injured",
  injuries: "injured",
  injuring: "injured",
  wounding: "injured",
  displacement: "displaced",
  exodus: "displaced",
});

/** Multi-word predicates: "lost their lives", "became refugees", "were among the dead". */
export const PHRASES: Array<[RegExp, Measure]> = [
  [/^lost (their|his|her) lives?\b/, "killed"],
  [/^(were|are|was) (among|amongst) (the |those )?(dead|killed|victims|fatalities)\b/, "killed"],
  [/^(were|are|was) (among|amongst) (the |those )?(wounded|injured)\b/, "injured"],
  [/^(became|become|have become|are now) refugees\b/, "displaced"],
  [/^(have|has|had)? ?(been )?forced to flee\b/, "displaced"],
  [/^(have|has|had) (been )?fled\b/, "displaced"],
  [/^(remain|remained|are|were|still) (still )?(trapped|besieged|stuck)\b/, "trapped"],
  [/^(are|were|remain|remained) (still )?(unaccounted for|missing)\b/, "missing"],
  [
    /^(were|was|are|have been|had been) (reported |reportedly )?(shot dead|shot and killed|burned to death|buried alive)\b/,
    "killed",
  ],
];

/** Whether any of PHRASES matches: one test for the common case that none does. */
export const ANY_PHRASE = new RegExp(PHRASES.map(([pattern]) => `(?:${pattern.source})`).join("|"));

/** The first words of PHRASES: only there is it worth trying them. */
export const PHRASE_STARTS = new Set([
  "lost",
  "were",
  "are",
  "was",
  "became",
  "become",
  "have",
  "has",
  "had",
  "been",
  "forced",
  "remain",
  "remained",
  "still",
  "now",
]);

/** Words that may stand between a figure's noun phrase and its predicate. */
export const PREDICATE_FILLER = new Set([
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
  "been",
  "be",
  "being",
  "got",
  "get",
  "reportedly",
  "also",
  "later",
  "all",
  "reported",
  "confirmed",
  "believed",
  "thought",
  "feared",
  "said",
  "estimated",
  "to",
  "already",
  "now",
  "since",
  "initially",
  "officially",
  "allegedly",
  "apparently",
  "still",
  "either",
  "both",
  "subsequently",
  "seriously",
  "critically",
  "fatally",
  "badly",
  "lightly",
  "slightly",
  "others",
  "other",
  "more",
  "in",
  "total",
  "people",
  "of",
  "them",
  "whom",
  "which",
]);

/** Modal and conditional words: a figure under them is hypothetical, not a claim. */
export function isHypothetical(token: Token | undefined): boolean {
  // Case matters: "May" is a month, "may" a modal. The words are lowercase, so looking up
  // `lower` first leaves the surface text uncut for all other tokens.
  return token !== undefined && HYPOTHETICAL_WORDS.has(token.lower) && token.text === token.lower;
}
const HYPOTHETICAL_WORDS = new Set([
  "could",
  "may",
  "might",
  "would",
  "will",
  "shall",
  "risk",
  "risks",
  "threatens",
  "threatened",
  "threaten",
  "if",
  "unless",
  "should",
  "can",
  "potentially",
]);
