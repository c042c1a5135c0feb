// Real sentences from the corpus (seeds, FA-KES) and what must, or must not, come out.
import { describe, expect, it } from "vitest";
import { findClaimsInSentence } from "./find-claims.js";

const keys = (sentence: string) =>
  findClaimsInSentence(sentence, null)
    .filter((c) => c.qualifier !== "vague")
    .map((c) => [c.measure, c.victim, c.value, c.high, c.qualifier]);

describe("claims in one sentence", () => {
  it("reads a breakdown as three claims", () => {
    expect(
      keys(
        "SOHR said that 42 people, including 18 children and 12 women lost their lives in the U.S. airstrikes on Monday.",
      ),
    ).toEqual([
      ["killed", "people", 42, null, "exact"],
      ["killed", "children", 18, null, "exact"],
      ["killed", "women", 12, null, "exact"],
    ]);
  });

  it("takes 'besieged' before a noun for an adjective, not for who was trapped", () => {
    // FA-KES (Jordan Times headline): the children were killed, in a besieged enclave.
    expect(keys("Syria regime bombardment kills 4 schoolchildren in besieged enclave")).toEqual([
      ["killed", "children", 4, null, "exact"],
    ]);
    expect(keys("Air strikes killed 12 people in the besieged town of Douma")).toEqual([
      ["killed", "people", 12, null, "exact"],
    ]);
    // "among the dead" is still the predicate of its figure.
    expect(keys("11 children among the dead")).toEqual([["killed", "children", 11, null, "exact"]]);
  });

  it("reads no figure in a numeric date, nor a killing in a rescue", () => {
    // FA-KES (SANA): a dateline "14-05-2016" opens the text.
    expect(
      keys("14-05-2016 Syria Five Civilians Killed in Terrorist Car Bomb Attack in Qamishli City."),
    ).toEqual([["killed", "civilians", 5, null, "exact"]]);
    // FA-KES (Sputnik headline): the civilians were freed, not killed.
    expect(keys("Hama Province Syrian Troops Reportedly Kill 30 Terrorists Free 19 Civilians")).toEqual([
      ["killed", "combatants", 30, null, "exact"],
    ]);
  });

  it("reads no trigger in a word that only JavaScript objects know", () => {
    // "constructor" is a key of every plain object; the trigger tables must not answer it.
    expect(keys("Fighting killed a constructor and 50 constructor workers")).toEqual([
      ["killed", "people", 50, null, "exact"],
    ]);
  });

  it("reads a quoted noun as what the figure counts", () => {
    // FA-KES (The New Arab, 1 September 2016).
    expect(
      keys(
        'Syrian state media claimed that government forces had killed 50 "terrorists" in "concentrated strikes" in the area.',
      ),
    ).toEqual([["killed", "combatants", 50, null, "exact"]]);
  });

  it("reads active forms", () => {
    expect(keys("destroyed large parts of al-Bado neighborhood, killing at least 40 civilians")).toEqual([
      ["killed", "civilians", 40, null, "at_least"],
    ]);
    expect(
      keys(
        "The coalition admitted that its strikes had left at least 624 civilians dead since the start of the campaign",
      ),
    ).toEqual([["killed", "civilians", 624, null, "at_least"]]);
  });

  it("tells killed from injured in one clause", () => {
    expect(
      keys("A car bomb exploded in Atmeh killing at least 15 people and injuring 25 others some critically"),
    ).toEqual([
      ["killed", "people", 15, null, "at_least"],
      ["injured", "people", 25, null, "exact"],
    ]);
    expect(
      keys("The United Nations says the war has killed more than 220000 people wounded at least one million"),
    ).toEqual([
      ["killed", "people", 220000, null, "more_than"],
      ["injured", "people", 1_000_000, null, "at_least"],
    ]);
  });

  it("reads displaced, trapped and refugees", () => {
    expect(keys("the offensive has led to the internal displacement of some 190,000 persons")).toEqual([
      ["displaced", "people", 190000, null, "about"],
    ]);
    expect(keys("As of today about 20,000 innocent civilians remain trapped in the besieged city")).toEqual([
      ["trapped", "civilians", 20000, null, "about"],
    ]);
    expect(keys("More than four million Syrians have fled the civil war to become refugees")).toEqual([
      ["displaced", "people", 4_000_000, null, "more_than"],
    ]);
  });

  it("reads combatants", () => {
    expect(
      keys("Kurdish-led Syrian Democratic Forces (SDF) killed 35 Daesh (outlawed in Russia) militants"),
    ).toEqual([["killed", "combatants", 35, null, "exact"]]);
    expect(keys("Damascus lost more than 40 troops and militia in the militant counter-attack")).toEqual([
      ["killed", "combatants", 40, null, "more_than"],
    ]);
  });

  it("reads tolls and nominal forms", () => {
    expect(keys("WHO said in a statement putting the death toll at at least 70.")).toEqual([
      ["killed", "people", 70, null, "at_least"],
    ]);
    expect(keys("Syria TV reported the shelling leading to the death of eight and the injury of 89")).toEqual(
      [
        ["killed", "people", 8, null, "exact"],
        ["injured", "people", 89, null, "exact"],
      ],
    );
    expect(keys("they had carted away at least 100 bodies")).toEqual([
      ["killed", "people", 100, null, "at_least"],
    ]);
  });

  it("reads shares of a toll", () => {
    expect(keys("Of those killed six were children.")).toEqual([["killed", "children", 6, null, "exact"]]);
    expect(
      keys("Seven children were among 71 civilians killed in opposition-held areas on Tuesday and Wednesday"),
    ).toEqual([
      ["killed", "children", 7, null, "exact"],
      ["killed", "civilians", 71, null, "exact"],
    ]);
  });

  it("carries civilians to the others of the same sentence", () => {
    expect(keys("25 civilians were killed and more than 80 others were injured")).toEqual([
      ["killed", "civilians", 25, null, "exact"],
      ["injured", "civilians", 80, null, "more_than"],
    ]);
  });

  it("reads ranges", () => {
    expect(keys("the attack on Ghouta killing between 1000 and 1800 people")).toEqual([
      ["killed", "people", 1000, 1800, "range"],
    ]);
  });

  it("reports vague amounts as vague", () => {
    const vague = findClaimsInSentence("killed at least 44 people and wounded dozens on Wednesday", null);
    expect(vague.map((c) => [c.measure, c.value, c.qualifier])).toEqual([
      ["killed", 44, "at_least"],
      ["injured", null, "vague"],
    ]);
  });

  describe("negative cases: no claim", () => {
    it.each([
      ["people at risk", "The UN warned that 400,000 civilians who may suffer from the siege need aid."],
      ["people in need", "Some 13.5 million people are in need of humanitarian assistance."],
      ["strikes", "More than 520 US airstrikes hit the city in a week."],
      ["villages", "ISIS attacked two government-held villages in Hama."],
      ["shells", "the terrorist organizations fired 28 rocket and mortar shells on al-Mushrefeh village"],
      ["days", "rescue and fire-fighting operations had been going on for two hours at the base."],
      ["years", "The clan has ruled Syria with an iron fist for more than 40 years."],
      ["ages", "a 12-year-old boy aged 12 was among the crowd"],
      [
        "resolution numbers",
        "UN Security Council resolution 2254 calls for a ceasefire that would save lives.",
      ],
      [
        "hypothetical",
        "Aid groups warned that up to 100,000 people could be killed if the offensive goes ahead.",
      ],
      ["future", "The operation may displace as many as 200,000 people, officials said."],
      ["a speaker", "Monday tanks shelled a district of Hama two residents said."],
      ["a year", "Syrias war began in March 2011 and has killed many."],
    ])("%s", (_what, sentence) => {
      expect(keys(sentence)).toEqual([]);
    });
  });
});
