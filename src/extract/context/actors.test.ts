import { describe, expect, it } from "vitest";
import { findActors } from "./actors.js";

const values = (s: string) => findActors(s).map((m) => m.value);

describe("findActors", () => {
  it("joins coordinated state actors in surface order", () => {
    expect(values("Russian and Syrian regime strikes kill over 80 in Aleppo")).toEqual([
      "Russia and Syrian government",
    ]);
    expect(
      values(
        "A total 54 civilians were killed in airstrikes by the Assad regime and Russian air forces on Aleppo and its countryside on Tuesday",
      ),
    ).toEqual(["Syrian government and Russia"]);
    expect(
      values(
        "the attack believed to have been carried out by Syrian regime or Russian jets killed at least 58 people",
      ),
    ).toEqual(["Syrian government or Russia"]);
  });

  it("reads US strikes as the coalition and US troops as the United States", () => {
    expect(
      values("At least 22 people were killed in U.S. air strikes on Raqqa, the Syrian Observatory said."),
    ).toEqual(["US-led coalition"]);
    expect(values("about 40 people were also killed on Tuesday in Raqqa in the US strikes")).toEqual([
      "US-led coalition",
    ]);
    expect(values("Fresh US-led air raids kill 7 civilians in Syria's Mayadin")).toEqual([
      "US-led coalition",
    ]);
    expect(values("US forces killed two militants near Manbij")).toEqual(["United States"]);
  });

  it("gives each mention its span, surface text and rule", () => {
    const s =
      "Barrel bombs dropped from Syrian government helicopters on Thursday killed at least 11 civilians";
    const [m] = findActors(s);
    expect(m).toMatchObject({
      value: "Syrian government",
      text: "Syrian government helicopters",
      rule: "actor:adjective-noun",
    });
    expect(s.slice(m?.start, m?.end)).toBe(m?.text);
  });

  it("keeps the article's naming family for groups with several names", () => {
    expect(values("Daesh (ISIS, ISIL, banned in Russia) militants attacked the town")).toEqual(["ISIS"]);
    expect(values("The Islamic State group killed more than 50 people")).toEqual(["Islamic State"]);
    expect(values("rocket attacks by Islam Army insurgents on Thursday which killed 10 people")).toEqual([
      "Islam Army",
      "rebels",
    ]);
    expect(values("the execution of the pilot by Nusra Front")).toEqual(["Nusra Front"]);
    expect(values("25 civilians were killed in shelling by Jabhat al-Nusra")).toEqual(["Jabhat al-Nusra"]);
  });

  it("leaves out groups named as the victims of a number", () => {
    expect(
      values("Kurdish-led Syrian Democratic Forces (SDF) killed 35 Daesh (outlawed in Russia) militants"),
    ).toEqual(["Syrian Democratic Forces"]);
    expect(values("10 IS militants were killed during fights in the town of Al Tabqah")).toEqual([]);
    expect(values("The heavy fighting claimed the lives of 129 loyalists and 116 rebels")).toEqual([]);
    expect(values("the attack on two villages killed 15 civilians and 27 pro-government fighters")).toEqual(
      [],
    );
    expect(values("17 government troops including a commander were killed")).toEqual([]);
    expect(values("killed 33 militants including 10 foreign members of Jabhat Fateh Al-Sham")).toEqual([]);
    expect(values("dozens of fighters FROM  the\tNusra Front died")).toEqual([]);
    expect(values("dozens of fighters fromthe Nusra Front died")).toEqual(["Nusra Front"]);
  });

  it("does not mistake a date for a count", () => {
    expect(values("On May 2 Turkish forces struck Daesh gun emplacements")).toEqual([
      "Turkish forces",
      "ISIS",
    ]);
  });

  it("ignores area adjectives and backers", () => {
    expect(
      values("Six people were also reported killed in rebel shelling of regime-held areas of the city."),
    ).toEqual(["rebels"]);
    expect(values("airstrikes hit the ISIS-held village and opposition-held parts of Aleppo")).toEqual([]);
    expect(values("the US-backed Syrian Democratic Forces")).toEqual(["Syrian Democratic Forces"]);
  });

  it("accepts IS only as a capitalised word outside all-caps text", () => {
    expect(values("IS has killed hundreds of people since it declared a caliphate")).toEqual([
      "Islamic State",
    ]);
    expect(values("THE IS ATTACK WAS REPELLED")).toEqual([]);
    expect(values("It is clear that the war is not over")).toEqual([]);
  });

  it("names state media's attackers and Syrian state forces", () => {
    expect(values("Two persons were injured as terrorists fired rocket shells on al-Mushrefeh")).toEqual([
      "terrorists",
    ]);
    expect(values("terrorist groups positioned in the villages fired 13 rocket shells")).toEqual([
      "terrorist groups",
    ]);
    expect(values("Syrian tanks shelled the central city of Hama Monday killing four civilians")).toEqual([
      "Syrian government",
    ]);
    expect(values("The air force also killed at least 10 people in rebel areas east of Damascus")).toEqual([
      "Syrian government",
    ]);
  });

  it("needs an agent reading for bare country names", () => {
    expect(values("Russia has said it believes poison gas had leaked from a rebel depot")).toEqual([]);
    expect(values("raids carried out by Russia on the town")).toEqual(["Russia"]);
    expect(values("Israel struck an airbase near Homs")).toEqual(["Israel"]);
  });
});

describe("findActors on corpus sentences", () => {
  it.each([
    [
      "In fresh strikes Russian and Syrian regime jets pounded opposition-held parts of Aleppo",
      ["Russia and Syrian government"],
    ],
    [
      "The Syrian army backed by Hezbollah resistance fighters has thwarted an attack by terrorists",
      ["Syrian government", "Hezbollah", "terrorists"],
    ],
    ["Kurdish-led forces captured the town from Daesh", ["Syrian Democratic Forces", "ISIS"]],
    [
      "Turkish Armed Forces and the U.S.-led coalition hit 20 targets",
      ["Turkish forces and US-led coalition"],
    ],
    ["the attack on two villages killed 15 civilians", []],
    [
      "Washington is leading a coalition fighting IS in Syria and Iraq",
      ["US-led coalition", "Islamic State"],
    ],
  ] as Array<[string, string[]]>)("%s", (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });
});
