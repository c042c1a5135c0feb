import { describe, expect, it } from "vitest";
import { findSources } from "./sources.js";

const values = (s: string) => findSources(s).map((m) => m.value);
const SOHR = "Syrian Observatory for Human Rights";

describe("findSources", () => {
  it("canonicalises the Observatory in all its names", () => {
    expect(
      values(
        "At least 170 civilians have been killed in Raqqa city, the Syrian Observatory for Human Rights said.",
      ),
    ).toEqual([SOHR]);
    expect(
      values("42 people lost their lives in the U.S. airstrikes on Monday, the Britain-based monitor said."),
    ).toEqual([SOHR]);
    expect(values("leaving at least 27 people dead a monitoring group said.")).toEqual([SOHR]);
    expect(
      values(
        "Around 600 Syrians have been killed in coalition air strikes according to an Observatory toll.",
      ),
    ).toEqual([SOHR]);
    expect(values("The Observatory later said that 31 people were killed")).toEqual([SOHR]);
  });

  it("keeps Rami Abdel Rahman with his organisation", () => {
    const both = `Rami Abdel Rahman, ${SOHR}`;
    expect(
      values(
        '"Two women and two soldiers were killed in the attack" said Observatory director Rami Abdel Rahman.',
      ),
    ).toEqual([both]);
    expect(values("Seven children were among 71 civilians killed SOHR head Rami Abdel Rahman said.")).toEqual(
      [both],
    );
  });

  it("joins coordinated sources in one slot", () => {
    expect(
      values(
        "Rebel shelling killed four civilians on Sunday a Britain-based monitor and a medical source said.",
      ),
    ).toEqual([`${SOHR} and medical source`]);
  });

  it("finds agencies, state media and NGOs", () => {
    expect(values("Meanwhile state news agency SANA said artillery fire killed two people")).toEqual([
      "SANA",
    ]);
    expect(values("Syrian state media gave a toll of 44 dead and 140 injured in the bombing")).toEqual([
      "Syrian state media",
    ]);
    expect(values("Earlier state television had reported the blast")).toEqual(["state television"]);
    expect(
      values("Amnesty International said it had documented the deaths of at least 146 civilians"),
    ).toEqual(["Amnesty International"]);
    expect(values("Russias Ministry of Defence said that a Russian helicopter was shot down")).toEqual([
      "Russian Defence Ministry",
    ]);
    expect(values("According to the Kurdish Firat News Agency 10 IS militants were killed")).toEqual([
      "Firat News Agency",
    ]);
    expect(values("the war-battered country has lost 250,000 people UN estimates suggest.")).toEqual(["UN"]);
  });

  it("finds generic sources without their article", () => {
    expect(
      values(
        "At least 21 worshipers were killed on Saturday when U.S. airstrikes struck a mosque, local activists said.",
      ),
    ).toEqual(["local activists"]);
    expect(values("Activists in rural Idlib said that three regime airstrikes hit a public market")).toEqual([
      "activists",
    ]);
    expect(
      values(
        "killing four civilians residents said a day after rights groups said security forces killed 80",
      ),
    ).toEqual(["residents", "rights groups"]);
  });

  it("takes the organisation a source speaks from", () => {
    expect(
      values(
        "A source at Damascus Police Command told the correspondent that terrorists fired rocket shells",
      ),
    ).toEqual(["Damascus Police Command"]);
  });

  it("reads capitalised names around a reporting verb, without their titles", () => {
    expect(
      values(
        "Raqqa-based activist Ahmed Shalabi said the U.S.-led airstrikes have destroyed large parts of al-Bado",
      ),
    ).toEqual(["Ahmed Shalabi"]);
    expect(values("caused deaths but not big human casualties Homs Governor Talal Barazi said.")).toEqual([
      "Talal Barazi",
    ]);
    expect(
      values(
        "Air strikes killed 13 people civil defense official Ibrahim Abu al-Laith told Reuters from Aleppo.",
      ),
    ).toEqual(["Ibrahim Abu al-Laith, Syria Civil Defence"]);
    expect(
      values(
        "the strikes were in retaliation by Nusra Front said Said Seif al Qalamoni from the Free Syrian Army",
      ),
    ).toEqual(["Said Seif al Qalamoni"]);
    expect(
      values("Washington and Paris say forces loyal to President Bashar al-Assad were behind the attack"),
    ).toEqual(["Washington and Paris"]);
  });

  it("gives nothing for pronouns, anaphora and addressees", () => {
    expect(values("He said 27 people were killed.")).toEqual([]);
    expect(values("It said 27 people were killed but that 12 of them have not been identified yet.")).toEqual(
      [],
    );
    expect(values("The source added that the terrorists fired mortar shells.")).toEqual([]);
    expect(values("The Syrian army pounded the area, Reuters reporters saw.")).toEqual([]);
    expect(values("the strikes hit the town of Ghandoura in coalition jets bombardment")).toEqual([]);
  });

  it("keeps offsets relative to the sentence", () => {
    const s = "The LCC said 27 people were killed and many others were wounded.";
    const [m] = findSources(s);
    expect(m).toMatchObject({ value: "Local Coordination Committees", text: "LCC", rule: "source:lcc" });
    expect(s.slice(m?.start, m?.end)).toBe("LCC");
  });
});

describe("findSources on corpus sentences", () => {
  it.each([
    ["SANA gave a toll of at least 12 dead and 55 wounded.", ["SANA"]],
    ["Syrian Arab News Agency however reported that a unit bombarded a tunnel", ["SANA"]],
    ["The United Nations says the war has killed more than 220000 people", ["United Nations"]],
    ["The U.N. says 200000 people have been killed since 2011", ["UN"]],
    [
      "Meanwhile a spokesman for Syria Civil Defence said that 33 people were affected by the gas",
      ["Syria Civil Defence"],
    ],
    [
      "Syrian rescue workers in the White Helmets said they pulled 12 bodies from the rubble",
      ["Syria Civil Defence"],
    ],
    [
      "Hamza Khatib the manager of Al-Quds hospital in Aleppo told a Reuters photographer the hospital had recorded four deaths",
      ["Hamza Khatib"],
    ],
    [
      "The rocket bomb led to the killing of one person NNA correspondent added quoting the Syrian National Television.",
      ["NNA", "Syrian National Television"],
    ],
    ["the Syrian army had severed all the supply routes used by terrorists", []],
  ] as Array<[string, string[]]>)("%s", (sentence, expected) => {
    expect(values(sentence)).toEqual(expected);
  });

  it("takes the place the speakers are in for no source", () => {
    // FA-KES (Orient News, 31 October 2014).
    expect(
      findSources(
        "Activists in Syria reported that at least 75 people died from barrel bomb attacks carried out by the Syrian air force",
      ).map((m) => m.value),
    ).toEqual(["activists"]);
  });
});
