// How harm was done: weapon words in one sentence, mapped to the gold's six
// classes. Every occurrence is returned in order; the claim rules pick the
// nearest one to the figure.
//
// Class decisions (GUIDE.md gives only the headline classes):
// - airstrike: air strikes/raids, aerial bombing, warplanes/jets/aircraft/helicopters/drones,
//   barrel bombs (dropped from helicopters), cluster/vacuum/incendiary bombs, cruise missiles,
//   "strikes" and plural "raids" on their own, and "bombardment" on its own.
// - shelling: shells, mortars, artillery, rockets, ground-launched missiles, tank fire,
//   barrages, improvised "hell cannon"/gas-cylinder projectiles.
// - bombing: car/truck/suicide bombs, IEDs, explosive devices, blasts and explosions,
//   bomb attacks, and landmines/unexploded ordnance (planted explosives, like IEDs).
// - chemical: chemical weapons/attacks, gas (not "natural gas"/"gas station"…), sarin,
//   chlorine, nerve agents, toxic/poison, suffocation.
// - gunfire: gunfire, shot dead, snipers, opened fire, live ammunition, gunmen.
// - other: siege and starvation, plane crashes and "shot down", torture, drowning.
//   Executions are left unclassed (the gold leaves them null).

import type { Weapon } from "../types.js";
import { LexiconScanner } from "./lexicon-scan.js";
import type { Mention } from "./mention.js";

interface Spec {
  rule: string;
  src: string;
  value: Weapon | null;
}

// Context words are tested with lookbehinds placed after the word they qualify, so the
// engine checks the cheap literal first.
/** Air-force adjectives that turn "bombing"/"bombs"/"bombardment" into an air strike. */
const AIR_ACTOR_BEFORE =
  "(?<=(?:Russian|Russia's|Russias|regime|government|coalition|U\\.S\\.|US|American|Syrian|Israeli|Turkish|aerial|air|heavy\\s+aerial|warplanes?|jets?|aircraft|helicopters?|planes?|dropped|dropping|drop|Assad(?:'s|’s|s)?)\\s+(?:bombing|bombings|bombs?|bombardment))";
const GROUND_BEFORE =
  "(?<=(?:rebel|opposition|insurgent|artillery|rocket|mortar|tank|ground|terrorist|militant)\\s+bombardment)";

const SPECS: Spec[] = [
  // Not weapons.
  {
    rule: "skip",
    src: "(?:natural|liquefied|cooking|oil\\s+and|tear)\\s+gas|gas\\s+(?:stations?|fields?|pipelines?|plants?|facility|facilities|company|reserves|supplies|supply|prices|stoves?|bottles?|oil)|hunger\\s+strikes?|(?:general|labou?r)\\s+strikes?|strike\\s+a\\s+deal|shell\\s+of|the\\s+shell\\s+(?:company|game)|bomb\\s+shelters?|bomb\\s+squad|shot\\s+(?:at\\s+(?:the\\s+)?(?:title|presidency)|in\\s+the\\s+arm)|fire\\s*fighters?|fire\\s+brigade|ceasefire|cease-fire",
    value: null,
  },
  // Airstrike.
  {
    rule: "barrel-bomb",
    src: "(?:explosive\\s+)?barrel(?:\\s+|-)bomb(?:s|ings?)?|explosive[-\\s]+(?:laden\\s+)?barrels|(?:cluster|vacuum|incendiary|thermobaric|bunker[-\\s]buster|parachute|napalm|phosphorus)\\s+(?:bombs?|munitions?|rockets?|weapons)|cluster\\s+bombs?",
    value: "airstrike",
  },
  {
    rule: "airstrike",
    src: "air\\s*strikes?|air-strikes?|air\\s+raids?|air-raids?|aerial\\s+(?:bombardment|bombing|bombings|attacks?|strikes?|raids?|campaign|assault|bombs?)|air\\s+(?:attacks?|bombardment|campaign|power|assault|support|forces?)|drone\\s+(?:strikes?|attacks?)|airstrikes?|missile\\s+strikes?|bombing\\s+(?:raids?|runs?|campaign|sorties)|sorties|bombed\\s+from\\s+the\\s+air|cruise\\s+missiles?|Tomahawks?|air-to-surface\\s+missiles?|air-launched\\s+missiles?",
    value: "airstrike",
  },
  {
    rule: "aircraft",
    src: "war\\s*planes?|fighter\\s+jets?|fighter\\s+planes?|war\\s+jets?|jets?|aircrafts?|helicopters?|helicopter\\s+gunships?|gunships?|drones?|bombers(?<=(?:long-range|strategic|Russian|heavy|jet|US|American|coalition|Tu-\\w+|B-\\d+|Su-\\d+)\\s+bombers)|Sukhoi|MiGs?|Su-\\d+|Tu-\\d+\\w*",
    value: "airstrike",
  },
  {
    rule: "air-bombing",
    src: `(?:bombing|bombings|bombs?|bombardment)${AIR_ACTOR_BEFORE}`,
    value: "airstrike",
  },
  // Bombing.
  {
    rule: "car-bomb",
    src: "(?:car|truck|vehicle|lorry|motorcycle|motorbike|bicycle|roadside|suicide|nail|tanker|ambulance|bus)(?:\\s+|-)bomb(?:s|ings?|ers?)?|VBIEDs?|IEDs?|improvised\\s+explosive\\s+devices?|explosive\\s+devices?|explosive\\s+belts?|suicide\\s+(?:vests?|belts?|attacks?|attackers?|bombers?|bombings?|car|truck|operations?|blasts?)|explosives?[-\\s]+(?:laden|packed|rigged|filled)|booby[-\\s]trapped|booby\\s+traps?|bomb[-\\s](?:attacks?|blasts?|explosions?|laden)|bombing\\s+attacks?|(?:twin|double|triple|deadly|terror|terrorist)\\s+(?:bombings?|blasts?|explosions?)|sticky\\s+bombs?|detonated|detonating|detonation|went\\s+off|self-detonat\\w*",
    value: "bombing",
  },
  {
    rule: "landmine",
    src: "land\\s*mines?|landmines?|mines?\\s+(?:blasts?|explosions?)|unexploded\\s+(?:ordnance|bombs?|munitions?|shells?)|explosive\\s+remnants|UXOs?",
    value: "bombing",
  },
  { rule: "blast", src: "blasts?|explosions?|exploded|explosive\\s+charges?", value: "bombing" },
  { rule: "bombing", src: "bombings?|bomb|bombs|bombers?", value: "bombing" },
  // Shelling.
  {
    rule: "shelling",
    src: `shelling|shelled|shellings|(?:mortar|artillery|tank|rocket|explosive|heavy|DShK|missile)\\s+(?:shells?|rounds?|fire|barrages?)|(?:mortar|artillery|tank|rocket|missile)\\s+bombardment|shells|(?:a|the|one|another|two|three|several)\\s+shell(?!\\s+of)|mortars?|artillery|rockets?(?:\\s+fire|\\s+attacks?)?|rocket-propelled\\s+grenades?|RPGs?|Grad|Katyushas?|hell\\s+cannons?|gas\\s+(?:cylinder|canister)\\s+bombs?|(?:gas\\s+)?cylinder\\s+bombs?|tank\\s+fire|barrages?|surface-to-surface\\s+missiles?|ballistic\\s+missiles?|Scuds?|projectiles|howitzers?|cannon\\s+fire|shrapnel|missiles?|bombardment${GROUND_BEFORE}`,
    value: "shelling",
  },
  { rule: "bombardment", src: "bombardments?|bombarded|bombarding", value: "airstrike" },
  {
    rule: "strikes",
    src: "strike(?<=(?:a|an|the|this|that|one|fresh|new|deadly|double-tap|US|U\\.S\\.|coalition|Russian|Israeli|Syrian|regime|government|precision|retaliatory|overnight)\\s+strike)|strikes",
    value: "airstrike",
  },
  { rule: "raids", src: "raids", value: "airstrike" },
  // Chemical.
  {
    rule: "chemical",
    src: "chemical(?:\\s+(?:weapons?|attacks?|agents?|arms|strikes?|munitions|bombs?|substances?|gas|shells?))?|chemicals|(?:poison|poisonous|toxic|nerve|chlorine|mustard|sarin)\\s+gas|gas\\s+(?:attacks?|poisoning|canisters?|shells?|bombs?|munitions)|sarin|chlorine|nerve\\s+agents?|VX|mustard\\s+agent|organophosph\\w+|phosgene|toxic(?:\\s+(?:agents?|substances?|chemicals?|fumes))?|toxins?|poison(?:ed|ing|ous)?|suffocation|suffocat(?:ed|ing)|asphyxia(?:tion)?|asphyxiated|gas",
    value: "chemical",
  },
  // Gunfire.
  {
    rule: "gunfire",
    src: "gunfire|gunshots?(?:\\s+wounds?)?|gun\\s+shots?|gunmen|gunman|shootings?|shot\\s+(?:dead|and\\s+killed|to\\s+death|by|in\\s+the\\s+(?:head|chest|back))|(?:were|was|been)\\s+shot(?!\\s+down)|snipers?(?:\\s+fire)?|sniping|opened\\s+fire|open\\s+fire|opening\\s+fire|live\\s+(?:ammunition|fire|rounds|bullets)|machine[-\\s]?guns?(?:\\s+fire)?|machineguns?|bullets?|rifles?|small[-\\s]arms(?:\\s+fire)?|fired\\s+(?:on|at|into)\\s+(?:the\\s+)?(?:protesters|demonstrators|crowds?|mourners|worshippers|worshipers|people|civilians|residents)|shot\\s+at",
    value: "gunfire",
  },
  // Other.
  {
    rule: "other",
    src: "shot\\s+down|downed|(?:plane|helicopter|aircraft)\\s+crash(?:ed|es)?|crash(?:ed|es)?|sieges?|starvation|starved|starving|malnutrition|hunger|famine|torture[ds]?|under\\s+torture|drown(?:ed|ing|ings)?|stampede|stabbed|stabbing|lack\\s+of\\s+(?:food|medicine|medical\\s+(?:care|supplies|treatment)|treatment)",
    value: "other",
  },
];

/** The weapon words of SPECS, each starting after no [\w-] and ending before no \w; the first that matches wins. */
const WEAPON_SCAN = new LexiconScanner(
  SPECS.map((s) => s.src),
  "[\\w-]",
  "[\\w]",
);

/** Case-sensitive words that the shared "i" flag would over-match. */
const CASE_SENSITIVE = /^(?:grad|vx|ieds?|vbieds?|uxos?|rpgs?|migs?|dshk)$/;

/** Weapon words in one sentence, in order. */
export function findWeapons(sentence: string): Mention<Weapon>[] {
  const out: Mention<Weapon>[] = [];
  for (let m = WEAPON_SCAN.exec(sentence, 0); m; m = WEAPON_SCAN.exec(sentence, m.end)) {
    const spec = SPECS[m.entry] as Spec;
    if (spec.value === null) continue;
    const text = m.text;
    if (CASE_SENSITIVE.test(text)) continue;
    out.push({
      start: m.start,
      end: m.end,
      value: spec.value,
      text,
      rule: `weapon:${spec.rule}`,
    });
  }
  return out;
}
