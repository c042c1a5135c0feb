import { describe, expect, it } from "vitest";
import { type DateMention, findDates } from "./find-dates.js";

// Sentences from ../shared/eval (dev set) and ../shared/corpus/fa-kes.csv, each with the
// reference date its article resolves to (dateline where it has one), unless marked constructed.
type Expected = Pick<DateMention, "text" | "date" | "precision" | "kind">;

const SINGLE: [string, string, string, Expected][] = [
  // seed-002, ref Tuesday 2017-08-22
  [
    "weekday before ref",
    "42 people, including 18 children and 12 women lost their lives in the U.S. airstrikes on Monday, the Britain-based monitor said.",
    "2017-08-22",
    { text: "on Monday", date: "2017-08-21", precision: "day", kind: "point" },
  ],
  [
    "weekday equal to ref is ref itself",
    "Raqqa Is Being Slaughtered Silently said about 40 people were also killed on Tuesday in Raqqa in the US strikes amid deliberate blackout for daily death.",
    "2017-08-22",
    { text: "on Tuesday", date: "2017-08-22", precision: "day", kind: "point" },
  ],
  [
    "weekday never after ref",
    "At least 21 worshipers were killed on Saturday when U.S. airstrikes struck a mosque at the Syrian-Iraqi border, local activists said.",
    "2017-08-22",
    { text: "on Saturday", date: "2017-08-19", precision: "day", kind: "point" },
  ],
  [
    "in a week of",
    "At least 170 civilians have been killed in a week of heavy aerial bombing in Raqqa city as U.S. allies face resistance inside the eastern and western neighborhoods of the de facto capital of the Islamic State, the Syrian Observatory for Human Rights said.",
    "2017-08-22",
    { text: "in a week", date: "2017-08-15", precision: "week", kind: "period" },
  ],
  [
    "month day without a year",
    "The observatory reported that 56 civilians were killed in strikes as they fled a village near Manbij on July 19 and Colonel Chris Garver said there was sufficient credible evidence of civilian victims to warrant a probe.",
    "2016-07-27",
    { text: "on July 19", date: "2016-07-19", precision: "day", kind: "point" },
  ],
  [
    "over the last N days",
    "SOHR said 76 children and 41 women were among those killed in clashes over the last 15 days.",
    "2016-08-15",
    { text: "over the last 15 days", date: "2016-07-31", precision: "day", kind: "period" },
  ],
  [
    "over the past three days",
    "Activists in Idlib province said that at least 135 civilians have been killed and hundreds more injured in airstrikes and barrel bomb attacks by the Assad regime and Russian forces on the province over the past three days.",
    "2016-12-07",
    { text: "over the past three days", date: "2016-12-04", precision: "day", kind: "period" },
  ],
  [
    "since day month",
    "More than 520 US airstrikes since 21 May have killed between 229 and 425 civilians overall.",
    "2016-07-29",
    { text: "since 21 May", date: "2016-05-21", precision: "day", kind: "period" },
  ],
  [
    "since weekday",
    "Since Saturday at least 68 civilians have been killed in aerial attacks on the town.",
    "2015-07-17",
    { text: "Since Saturday", date: "2015-07-11", precision: "day", kind: "period" },
  ],
  [
    "an October 2 bomb attack",
    "IS also claimed an October 2 bomb attack at a police station in the capital that killed at least 17 people.",
    "2017-10-16",
    { text: "October 2", date: "2017-10-02", precision: "day", kind: "point" },
  ],
  [
    "sentence-initial weekday",
    "On Wednesday three suicide bombers killed at least two people near the main police headquarters in Damascus in an attack claimed by the Islamic State group.",
    "2017-10-16",
    { text: "On Wednesday", date: "2017-10-11", precision: "day", kind: "point" },
  ],
  [
    "On July 31 (not a dateline, a sentence date)",
    "- On July 31 a tank-backed assault killed at least 80 people in Hama rights groups said.",
    "2011-08-01",
    { text: "On July 31", date: "2011-07-31", precision: "day", kind: "point" },
  ],
  [
    "month day, earlier month",
    "The last attack on Sayyida Zeinab on April 25 killed at least seven and wounded dozens.",
    "2016-06-11",
    { text: "on April 25", date: "2016-04-25", precision: "day", kind: "point" },
  ],
  [
    "earlier this week",
    "The attack came as the Syrian Observatory for Human Rights reported that troops had executed 48 people earlier this week in a northern village among them 10 children.",
    "2015-02-22",
    { text: "earlier this week", date: "2015-02-16", precision: "week", kind: "point" },
  ],
  [
    "last week",
    "Ten children were among at least 48 people killed in a Syrian village last week when regime forces executed entire families a monitoring group said.",
    "2015-02-23",
    { text: "last week", date: "2015-02-16", precision: "week", kind: "point" },
  ],
  [
    "yesterday",
    "Twenty-six civilians were also killed yesterday when Assads air force pounded the neighborhood of Al-Maghayer in Aleppo killing 26 civilians mostly children and women.",
    "2015-07-22",
    { text: "yesterday", date: "2015-07-21", precision: "day", kind: "point" },
  ],
  [
    "today",
    "There have been at least 45 air strikes today.",
    "2016-07-02",
    { text: "today", date: "2016-07-02", precision: "day", kind: "point" },
  ],
  [
    "late on Monday, ref a Monday",
    "Suspected Syrian regime and Russian airstrikes in Aleppo province killed at least 22 Red Crescent [SARC] volunteers including a senior official as well as killing and injuring a number of civilians local sources said late on Monday.",
    "2016-09-19",
    { text: "late on Monday", date: "2016-09-19", precision: "day", kind: "point" },
  ],
  [
    "bare weekday after a place",
    "The air force also killed at least 10 people in rebel areas east of Damascus Saturday the Observatory said.",
    "2015-02-22",
    { text: "Saturday", date: "2015-02-21", precision: "day", kind: "point" },
  ],
  [
    "in late December",
    "The Al-Zahraa district of Homs has been targeted in multiple bomb attacks in the past including in late December when 19 people were killed in several simultaneous blasts.",
    "2016-01-26",
    { text: "in late December", date: "2015-12-01", precision: "month", kind: "point" },
  ],
  [
    "In May",
    "In May more than 60 civilians were killed by barrel bomb attacks on the town.",
    "2015-07-17",
    { text: "In May", date: "2015-05-01", precision: "month", kind: "period" },
  ],
  [
    "since a month",
    "Palmyra which is famed for its ancient ruins has been under Daesh control since May but in recent weeks government troops have advanced to within a few kilometres of the city.",
    "2015-07-17",
    { text: "since May", date: "2015-05-01", precision: "month", kind: "period" },
  ],
  [
    "since month year",
    "Around 600 Syrians including 136 children have been killed in coalition air strikes since September 2014 according to an Observatory toll.",
    "2016-07-29",
    { text: "since September 2014", date: "2014-09-01", precision: "month", kind: "period" },
  ],
  [
    "since a year",
    "Syria has been mired in a civil war since 2011.",
    "2015-07-07",
    { text: "since 2011", date: "2011-01-01", precision: "year", kind: "period" },
  ],
  [
    "in a year",
    "Syria agreed to destroy its chemical weapons in 2013 under a deal brokered by Moscow and Washington.",
    "2017-04-05",
    { text: "in 2013", date: "2013-01-01", precision: "year", kind: "point" },
  ],
  [
    "month year alone is a month point",
    "September 2014 The US its Arab and European allies launch airstrikes against IS in Syria.",
    "2017-04-04",
    { text: "September 2014", date: "2014-09-01", precision: "month", kind: "point" },
  ],
  [
    "since the start of the year",
    "Rebels in Syria including Al-Nusra Front militants have been battling ISIL since the start of the year in fighting that has reportedly killed more than 6000 people.",
    "2014-05-06",
    { text: "since the start of the year", date: "2014-01-01", precision: "year", kind: "period" },
  ],
  [
    "this year",
    "International powers have been deadlocked over how to resolve the conflict further complicated by infighting between rebel groups that has killed thousands of fighters this year.",
    "2014-05-06",
    { text: "this year", date: "2014-01-01", precision: "year", kind: "period" },
  ],
  [
    "last month",
    "There has been heavy bombardment of areas in Idlib province in recent weeks including air strikes that killed at least 23 people last month.",
    "2016-06-12",
    { text: "last month", date: "2016-05-01", precision: "month", kind: "point" },
  ],
  [
    "over the past year",
    'The Observatory "has documented the killing of 5812 civilians including 1733 children 969 women and 3110 men in barrel bombings and (other) air raids" over the past year.',
    "2015-02-22",
    { text: "over the past year", date: "2014-02-22", precision: "year", kind: "period" },
  ],
  [
    "in the past week",
    "According to figures compiled by the Syrian Coalitions media office Aleppo bore the brunt of the ferocious airstrikes and artillery bombardment with 374 people recorded killed in the city and countryside during the past week.",
    "2016-11-21",
    { text: "during the past week", date: "2016-11-14", precision: "week", kind: "period" },
  ],
  [
    "day month year with a weekday",
    "Wednesday 21 August 2013 Syrian opposition: 1300 killed in chemical attack on Ghouta region.",
    "2013-08-23",
    { text: "Wednesday 21 August 2013", date: "2013-08-21", precision: "day", kind: "point" },
  ],
  [
    "month day, year (constructed)",
    "The attack on August 21, 2013 killed hundreds of people in Ghouta.",
    "2017-04-04",
    { text: "on August 21, 2013", date: "2013-08-21", precision: "day", kind: "point" },
  ],
  [
    "headline capitals",
    "Over 500 Civilians Killed in One Week in Ongoing Bombing Campaign Majority of Them in Aleppo",
    "2016-11-21",
    { text: "in One Week", date: "2016-11-14", precision: "week", kind: "period" },
  ],
  [
    "a year-less date after ref moves back a year (constructed)",
    "The offensive began on October 2 and has killed 40 people.",
    "2017-08-22",
    { text: "on October 2", date: "2016-10-02", precision: "day", kind: "point" },
  ],
  [
    "since yesterday",
    '"There has been fierce artillery shelling and airstrikes since yesterday and 165 people total have been wounded" Observatory chief Rami Abdel Rahman said.',
    "2017-04-04",
    { text: "since yesterday", date: "2017-04-03", precision: "day", kind: "period" },
  ],
];

const RANGES: [string, string, string, Expected][] = [
  [
    "on Tuesday and Wednesday",
    "Seven children were among 71 civilians killed in opposition-held areas on Tuesday and Wednesday SOHR head Rami Abdel Rahman said.",
    "2016-10-13",
    { text: "on Tuesday and Wednesday", date: "2016-10-11", precision: "day", kind: "period" },
  ],
  [
    "on Sunday and Monday",
    "Damascus lost more than 40 troops and militia in the militant counter-attack on Sunday and Monday the UK-based Observatory said.",
    "2016-06-22",
    { text: "on Sunday and Monday", date: "2016-06-19", precision: "day", kind: "period" },
  ],
  [
    "between April 27 and May 18",
    "The alliance also said that airstrikes between April 27 and May 18 had eliminated three senior foreign Daesh leaders responsible for the terrorist groups financing training and drone operations.",
    "2017-05-27",
    { text: "between April 27 and May 18", date: "2017-04-27", precision: "day", kind: "period" },
  ],
  [
    "late Saturday and early Sunday",
    "At least 16 airstrikes were reported late Saturday and early Sunday triggering successive explosions.",
    "2015-07-05",
    { text: "late Saturday and early Sunday", date: "2015-07-04", precision: "day", kind: "period" },
  ],
  [
    "days of a range on a Saturday ref stay consecutive (constructed)",
    "Strikes on Saturday and Sunday killed 12 people.",
    "2017-08-19",
    { text: "on Saturday and Sunday", date: "2017-08-12", precision: "day", kind: "period" },
  ],
];

const NONE: [string, string, string][] = [
  [
    "ages",
    "The Syrian Observatory for Human Rights said the attack killed at least 58 people including 11 children at ages below 8.",
    "2017-04-05",
  ],
  ["aged N (constructed)", "A boy aged 8 and his 12-year-old sister were among the dead.", "2017-04-05"],
  [
    "N-year-old",
    "A Raqqa-based anti-ISIS activist network reported eight civilians were killed by the coalition airstrikes including a 10-year-old child.",
    "2017-08-24",
  ],
  [
    "six-year war",
    "According to the Syrian Center for Policy Research the six-year conflict has caused more than 470000 deaths in the country.",
    "2017-04-05",
  ],
  [
    "a count of weeks with no anchor",
    "- Estimates of the death toll in the three weeks of operations in Hama vary from 10000 to more than 30000 out of a population of 350000.",
    "2011-08-01",
  ],
  [
    "weeks-long",
    "The Syrian Democratic Forces (SDF) have been trying to capture it in a weeks-long offensive.",
    "2016-07-19",
  ],
  [
    "Resolution 2254 (constructed)",
    "UN Security Council Resolution 2254 calls for a nationwide ceasefire.",
    "2017-04-04",
  ],
  [
    "a year-like count",
    "Palmyra is a UNESCO world heritage site famous for its 2000-year-old Roman colonnades other ruins and priceless artifacts.",
    "2015-07-17",
  ],
  ["over = more than", "It was the third chemical attack in just over a week in Syria.", "2017-04-04"],
  [
    "the previous day",
    "Six had been killed the previous day including Syrias national football player.",
    "2017-11-17",
  ],
  [
    "later this week",
    "U.N. inspectors are likely to hand in their report later this week as the U.S. weighs strikes.",
    "2013-09-08",
  ],
  [
    "Today as a name",
    "The names of all 18 killed were listed by Ariha Today activist group which said 11 were children.",
    "2017-04-08",
  ],
  [
    "no date-like word at all",
    "At least 19 civilians were killed in the shelling a monitor said.",
    "2017-04-04",
  ],
];

describe("findDates", () => {
  it.each(SINGLE)("%s", (_label, sentence, ref, expected) => {
    const found = findDates(sentence, ref);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it.each(RANGES)("range: %s", (_label, sentence, ref, expected) => {
    const found = findDates(sentence, ref);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ...expected, rule: "range" });
  });

  it.each(NONE)("no date: %s", (_label, sentence, ref) => {
    expect(findDates(sentence, ref)).toEqual([]);
  });

  it("finds every date of a sentence, in order, each resolved on its own", () => {
    const sentence =
      "Kurdish-led Syrian Democratic Forces (SDF) killed 35 Daesh (outlawed in Russia) militants near in northern Syria in last 24 hours media reported Sunday.";
    const found = findDates(sentence, "2017-04-16");
    expect(found.map((d) => [d.text, d.date, d.kind])).toEqual([
      ["in last 24 hours", "2017-04-16", "point"],
      ["Sunday", "2017-04-16", "point"],
    ]);
  });

  it("reads the last 24 hours as the day of the report, the weekend as from its Saturday", () => {
    const sentence =
      "At least 45 people have been killed in Aleppo in the last 24 hours according to monitors with high-level diplomatic talks over the weekend failing to curb the bloodshed.";
    const found = findDates(sentence, "2016-10-17");
    expect(found.map((d) => [d.text, d.date, d.precision, d.kind])).toEqual([
      ["in the last 24 hours", "2016-10-17", "day", "point"],
      ["over the weekend", "2016-10-15", "day", "period"],
    ]);
  });

  it("keeps the longest reading where two overlap", () => {
    const found = findDates("The blast on Monday, August 21 killed nine people.", "2017-08-22");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: "on Monday, August 21", date: "2017-08-21", rule: "calendar" });
  });

  it("gives offsets into the sentence, and value = date", () => {
    for (const [, sentence, ref] of [...SINGLE, ...RANGES]) {
      for (const d of findDates(sentence, ref)) {
        expect(sentence.slice(d.start, d.end)).toBe(d.text);
        expect(d.value).toBe(d.date);
      }
    }
  });

  it("resolves against the reference date only, in UTC", () => {
    const sentence = "Clashes killed 16 people on Sunday.";
    expect(findDates(sentence, "2016-01-03")[0]?.date).toBe("2016-01-03"); // a Sunday
    expect(findDates(sentence, "2016-01-02")[0]?.date).toBe("2015-12-27"); // across a year
  });

  it("returns nothing for an unusable reference date", () => {
    expect(findDates("Clashes killed 16 people on Sunday.", "not a date")).toEqual([]);
  });

  // Constructed: the scan of cue words decides which passes run; these pin what it must keep.
  it("reads nothing without a date word spelt as the gate spells it", () => {
    expect(findDates("KILLED 3 DAYS AGO IN HOMS", "2017-01-01")).toEqual([]);
  });

  it("reads 'ago' in any case only where 'ago' is written in lowercase somewhere", () => {
    expect(findDates("Killed 3 days AGO in Homs", "2017-01-01")).toEqual([]);
    expect(findDates("Killed 3 days AGO near Chicago", "2017-01-01")[0]).toMatchObject({
      text: "3 days AGO",
      date: "2016-12-29",
    });
  });

  it("finds a match whose lead-in is several words before its cue", () => {
    expect(findDates("The raid at the end of 2015 killed 20.", "2017-01-01")[0]).toMatchObject({
      text: "the end of 2015",
      rule: "year",
    });
    expect(findDates("Since early March the town has lost 20 people.", "2017-08-01")[0]).toMatchObject({
      text: "Since early March",
      date: "2017-03-01",
    });
    expect(findDates("They died in twenty-one days of raids.", "2017-01-22")[0]).toMatchObject({
      text: "in twenty-one days",
      rule: "in-span",
    });
  });

  it("reads a calendar date led by a weekday and a day of the month", () => {
    expect(findDates("On Monday, 21 May 2017 at least 12 people died.", "2017-06-01")[0]).toMatchObject({
      text: "On Monday, 21 May 2017",
      date: "2017-05-21",
      rule: "calendar",
    });
  });
});
