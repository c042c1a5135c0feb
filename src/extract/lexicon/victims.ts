// Who the figure counts. GUIDE: combatants = fighters, militants, rebels, terrorists,
// soldiers, troops, jihadists, armed-group members; people = not said, unless the
// text says civilians.
import type { Measure, Victim } from "../types.js";

export interface VictimNoun {
  victim: Victim;
  /** Some nouns carry the measure themselves: "24 bodies", "three deaths", "4 million refugees". */
  implies?: Measure;
}

const GROUPS: Array<[Victim, string, Measure?]> = [
  ["civilians", "civilians civilian non-combatants noncombatants"],
  [
    "children",
    "children child kids kid babies baby infants infant minors minor boys boy girls girl toddlers schoolchildren newborns",
  ],
  ["women", "women woman mothers mother wives"],
  [
    "combatants",
    "fighters fighter militants militant rebels rebel terrorists terrorist soldiers soldier troops jihadists jihadist insurgents insurgent loyalists gunmen gunman commanders commander leaders leader officers officer servicemen serviceman militiamen militiaman militia mercenaries mercenary extremists extremist combatants combatant conscripts recruits snipers sniper paramilitaries guards personnel policemen policeman pilots pilot members member attackers bombers",
  ],
  [
    "people",
    "people persons person residents resident citizens citizen syrians iraqis kurds turks palestinians lebanese worshipers worshippers protesters protester demonstrators villagers inhabitants individuals victims others patients passengers workers employees staff doctors doctor nurses nurse medics medic journalists journalist students pupils men man relatives families detainees prisoners hostages pilgrims shoppers mourners aid refugees migrants christians alawites shiites yazidis druze",
  ],
  ["people", "bodies corpses deaths fatalities martyrs dead", "killed"],
  ["people", "injuries wounded injured", "injured"],
  ["people", "idps", "displaced"],
];

const LEXICON = new Map<string, VictimNoun>();
for (const [victim, words, implies] of GROUPS) {
  for (const w of words.split(" ")) LEXICON.set(w, implies ? { victim, implies } : { victim });
}
// Refugees are people, but a count of refugees is a count of the displaced.
LEXICON.set("refugees", { victim: "people", implies: "displaced" });

export function victimNoun(lower: string): VictimNoun | undefined {
  return LEXICON.get(lower);
}

/** Words that, standing before a victim noun, still leave it a plain noun phrase ("rebel fighters"). */
export function isVictimWord(lower: string): boolean {
  return LEXICON.has(lower);
}
