// The parties to the Syrian war that an actor name stands for, so that two sources naming the
// same side differently ("Russian warplanes", "regime forces") are not read as contradicting each
// other. "Terrorists" is what the government side calls every armed group fighting it, so it stands
// for all of them; a joint attribution ("Russia and the Syrian government") for each party named.
export const PARTIES = [
  "government",
  "insurgents",
  "isis",
  "kurdish",
  "coalition",
  "turkey",
  "israel",
] as const;
export type Party = (typeof PARTIES)[number];

const NAMES: ReadonlyArray<readonly [RegExp, readonly Party[]]> = [
  [/\bterror/, ["insurgents", "isis", "kurdish"]],
  [/\b(?:isis|isil|islamic state|daesh|is)\b/, ["isis"]],
  [
    /\b(?:syrian government|regime|syrian army|assad|government forces|pro-government|loyalist)/,
    ["government"],
  ],
  [/\b(?:russia|iran|hezbollah|iraqi forces)/, ["government"]],
  [
    /\b(?:rebel|opposition|free syrian army|fsa|jaish|islam army|faylaq|ahrar|nusra|fateh al-sham|tahrir al-sham|al-qaeda|jihadist|islamist|insurgent|militant)/,
    ["insurgents"],
  ],
  [/\b(?:syrian democratic forces|sdf|ypg|pkk|kurdish)/, ["kurdish"]],
  [/\b(?:us-led coalition|coalition|united states|american|u\.s\.|us)\b/, ["coalition"]],
  [/\bturk/, ["turkey"]],
  [/\bisrael/, ["israel"]],
];

/** The parties an actor names; a name of no known party stands for itself. */
export function partiesOf(actor: string): string[] {
  const a = actor.toLowerCase();
  const found = new Set<Party>();
  for (const [re, parties] of NAMES) if (re.test(a)) for (const p of parties) found.add(p);
  return found.size > 0 ? PARTIES.filter((p) => found.has(p)) : [a];
}
