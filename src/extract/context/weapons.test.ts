import { describe, expect, it } from "vitest";
import { findWeapons } from "./weapons.js";

const values = (s: string) => findWeapons(s).map((m) => m.value);
const texts = (s: string) => findWeapons(s).map((m) => m.text);

describe("findWeapons", () => {
  it("finds air strikes, aircraft and barrel bombs", () => {
    expect(values("At least 22 people were killed in U.S. air strikes on Raqqa")).toEqual(["airstrike"]);
    expect(
      texts("Barrel bombs dropped from Syrian government helicopters killed at least 11 civilians"),
    ).toEqual(["Barrel bombs", "helicopters"]);
    expect(values("killed in a week of heavy aerial bombing in Raqqa city")).toEqual(["airstrike"]);
    expect(values("Syria regime bombing kills 16 in rebel-held Aleppo")).toEqual(["airstrike"]);
  });

  it("finds shelling from rockets, mortars and artillery", () => {
    expect(texts("terrorists fired 28 rocket and mortar shells on al-Mushrefeh neighborhood")).toEqual([
      "rocket",
      "mortar shells",
    ]);
    expect(values("artillery fire killed two people in the Bab Sharqi area")).toEqual(["shelling"]);
    expect(values("Six people were killed in rebel shelling")).toEqual(["shelling"]);
  });

  it("finds terror bombings, blasts and landmines", () => {
    expect(values("A suicide bomber driving an ambulance killed four people")).toEqual(["bombing"]);
    expect(
      values("At least 22 people were killed in a double suicide bomb attack at an army checkpoint"),
    ).toEqual(["bombing"]);
    expect(values("100 people had also been injured in the blasts")).toEqual(["bombing"]);
    expect(values("Landmines left by the militants killed three children")).toEqual(["bombing"]);
  });

  it("finds chemical weapons but not natural gas", () => {
    expect(values("the hospital had recorded four deaths from gas poisoning and 55 injuries")).toEqual([
      "chemical",
    ]);
    expect(values("a poison gas attack that killed more than 1400 people")).toEqual(["chemical"]);
    expect(values("the death of a woman and her child from suffocation")).toEqual(["chemical"]);
    expect(values("The gas station was closed and natural gas prices rose.")).toEqual([]);
  });

  it("finds gunfire and other causes", () => {
    expect(
      values("Residents said security forces and snipers had fired on crowds of demonstrators."),
    ).toEqual(["gunfire", "gunfire"]);
    expect(values("313 people died in areas under army siege")).toEqual(["other"]);
    expect(texts("a Russian helicopter was shot down near Saraqeb")).toEqual(["helicopter", "shot down"]);
    expect(values("a Russian helicopter was shot down near Saraqeb")).toEqual(["airstrike", "other"]);
  });

  it("returns every weapon in order with spans", () => {
    const s = "Syrian government air strikes and artillery fire killed at least 16 civilians";
    const ms = findWeapons(s);
    expect(ms.map((m) => [m.value, m.rule])).toEqual([
      ["airstrike", "weapon:airstrike"],
      ["shelling", "weapon:shelling"],
    ]);
    for (const m of ms) expect(s.slice(m.start, m.end)).toBe(m.text);
  });

  it("ignores hunger strikes, ceasefires and shells of vehicles", () => {
    expect(values("detainees went on hunger strike during the ceasefire")).toEqual([]);
    expect(values("the shell of a pick-up truck was left at the scene")).toEqual([]);
  });
});

describe("findWeapons on corpus sentences", () => {
  it.each([
    ["A massive bomb blast claimed by the Daesh terror group killed at least 44 people", ["bombing"]],
    ["a car bomb attack carried out by Isis on Friday evening", ["bombing"]],
    [
      "Toxic Gas Dropped on Syrian Town After Russian Helicopter is Shot Down",
      ["chemical", "airstrike", "other"],
    ],
    ["In May more than 60 civilians were killed by barrel bomb attacks on the town.", ["airstrike"]],
    ["Syrian soldiers stormed the strongholds of the group", []],
    ["The U.S. military fired dozens of cruise missiles against the base", ["airstrike"]],
  ] as Array<[string, string[]]>)("%s", (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });
});
