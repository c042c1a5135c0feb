import { describe, expect, it } from "vitest";
import { findDateline } from "./dateline.js";

// Article openings from ../shared/corpus/fa-kes.csv (and one dev-set seed), one per dateline form.
const FOUND: [string, string, string, string][] = [
  // form, text, expected date, expected matched text
  [
    "Wed 05 Apr 2017 (nna)",
    "Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO. Victims of a suspected chemical attack",
    "2017-04-05",
    "Wed 05 Apr 2017",
  ],
  [
    "Sun 16 Apr 2017 (nna)",
    "Sun 16 Apr 2017 Death toll from Aleppo bomb attack at least 112. The death toll from a bomb blast",
    "2017-04-16",
    "Sun 16 Apr 2017",
  ],
  [
    "Last updated at Apr 232017, day and year glued (jordantimes)",
    "Last updated at Apr 232017 An Israeli attack on a Syrian training camp near the Golan Heights killed three",
    "2017-04-23",
    "Apr 232017",
  ],
  [
    "Tuesday 12 July 2016 (arabiya)",
    "Tuesday 12 July 2016 Rebels launch assault in Syrias divided Aleppo. Rebel fighters launched a major assault",
    "2016-07-12",
    "Tuesday 12 July 2016",
  ],
  [
    "April 5 2017 (asharqalawsat)",
    'April 5 2017 by Youssef Diab Paula Astih and Najla Habriri "Chemical" Massacre in Idlib Defies the World',
    "2017-04-05",
    "April 5 2017",
  ],
  ["April 5, 2017 (constructed)", "April 5, 2017 Air strikes hit Idlib.", "2017-04-05", "April 5, 2017"],
  [
    "Posted on … by (asharqalawsat)",
    "Posted on April 19 2017 by Asharq Al-Awsat English Six Killed in Aleppo Bombing as Evacuation of 4 Syrian Towns",
    "2017-04-19",
    "April 19 2017",
  ],
  [
    "Published … (dailysabah)",
    "Published February 23 2015 A suicide bomber killed four people in a hospital on Sunday",
    "2015-02-23",
    "February 23 2015",
  ],
  [
    "Date of publication … (alaraby)",
    "Date of publication 7 July 2016 Video More than 33 people were killed in Syrian regime and Russian bombing",
    "2016-07-07",
    "7 July 2016",
  ],
  [
    "29 Jul 2016 (trt)",
    "29 Jul 2016 The US-led coalition strikes came a day after the coalition opened a formal investigation",
    "2016-07-29",
    "29 Jul 2016",
  ],
  [
    "after the headline and agency (ahram)",
    "Air raids kill 18 civilians in Syrias Aleppo Monitor AFP Saturday 16 Jul 2016 Air raids on rebel-held districts",
    "2016-07-16",
    "Saturday 16 Jul 2016",
  ],
  [
    "Fri Sep 27 2013 (alalam)",
    "Fri Sep 27 2013 Bomb blast kills 60 in Damascus suburb . At least 60 people have been killed",
    "2013-09-27",
    "Fri Sep 27 2013",
  ],
  [
    "after a headline, before the agency (sana)",
    "8 persons killed 58 others injured in terrorist rocket attacks on Aleppo city 6 October 2016 Aleppo SANA-Terrorist organizations",
    "2016-10-06",
    "6 October 2016",
  ],
  [
    "DD.MM.YYYY is day-first (sputnik)",
    "07.04.2017(updated 1121 07.04.2017) Get short URL Topic US Missile Attack on Syrian Air Base (200) 0 38 A US missile",
    "2017-04-07",
    "07.04.2017",
  ],
  [
    "DD-MM-YYYY is day-first (manar)",
    "15-09-2013 Militants Attack Syrias Idlib Kill 3 Including Journalist. A bomb attack in northwest Syria killed",
    "2013-09-15",
    "15-09-2013",
  ],
  [
    "numeric date after a byline and clock time (sputnik)",
    "Daesh Attacks Syrian Deir ez-Zor With Rockets Kill 3 Civilians - Reports Sputnik Mikhail Voskresenskiy Middle East 2159 18.05.2017(updated 2204 18.05.2017) Get short URL",
    "2017-05-18",
    "18.05.2017",
  ],
  [
    "Aug. 1 2016 (arabiya)",
    "Aug. 1 2016 Rescuers say gas dropped on Syrian town where Russian copter downed.",
    "2016-08-01",
    "Aug. 1 2016",
  ],
  [
    "ISO after 'date' (dev seed-003)",
    " date 2017-06-22 Smoke billows from buildings in the northern Syrian city of Raqqa on Sunday",
    "2017-06-22",
    "2017-06-22",
  ],
  [
    "weekday date past 200 characters right after the agency credit (ahram)",
    "Suicide bomber kills six in Syria restaurant Reports Suicide bombing in Aleppo restaurant at student graduation celebration kills six and wounds 19 some in critical condition says monitoring group AFP Friday 23 Aug 2013 A suicide bombing in a restaurant",
    "2013-08-23",
    "Friday 23 Aug 2013",
  ],
];

describe("findDateline", () => {
  it.each(FOUND)("%s", (_form, text, date, matched) => {
    const found = findDateline(text);
    expect(found).toMatchObject({ date, text: matched });
    expect(found && text.slice(found.start, found.end)).toBe(matched);
  });

  it("reads an explicit 'Last updated' line anywhere in the text", () => {
    const text = `${"At least 15 people were killed in air strikes on the town a monitor said. ".repeat(5)}Last updated at Feb 092015`;
    expect(findDateline(text)).toMatchObject({ date: "2015-02-09", text: "Feb 092015" });
  });

  it("skips slashed dates: 05/04/2017 is April or May", () => {
    expect(findDateline("05/04/2017 At least 58 people were killed in a suspected gas attack.")).toBeNull();
  });

  it("does not fire on a date inside a sentence", () => {
    expect(
      findDateline(
        "1. Ghouta: On August 21 2013 the Assad regime fired rockets filled with Sarin gas on rebel-held Ghouta rural Damascus",
      ),
    ).toBeNull();
    expect(
      findDateline(
        "- On July 31 a tank-backed assault killed at least 80 people in Hama rights groups said.",
      ),
    ).toBeNull();
    expect(findDateline("Syrias war began 15 March 2011 as a pro-democracy revolt.")).toBeNull();
  });

  it("returns null for an article without a dateline", () => {
    const text =
      "10 dead after strikes on rebel-held hospitals in Syria Air strikes on two hospitals in rebel-held northwestern Syria on Thursday left 10 people dead including two babies in incubators a monitor said.";
    expect(findDateline(text)).toBeNull();
  });

  it("ignores a date that does not exist and a plain date deep in the text", () => {
    expect(findDateline("31 June 2016 Shelling killed four.")).toBeNull();
    expect(
      findDateline(`${"Shelling killed four people in the city. ".repeat(6)}Friday 3 Jun 2016 more.`),
    ).toBeNull();
  });
});
