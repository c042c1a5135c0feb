// Linking, on claims as the extractor and gazetteer make them from FA-KES reports (places resolved
// by the real gazetteer).
import { describe, expect, it } from "vitest";
import { seededRandom, TEST_PLACES } from "../../test/helpers/random.js";
import {
  type DatePrecision,
  MEASURES,
  type Measure,
  type Victim,
  WEAPONS,
  type Weapon,
} from "../extract/types.js";
import { resolvePlace } from "../places/index.js";
import { dayNumber } from "./compatible.js";
import { linkClaims, MAX_INCIDENT_DAYS } from "./link.js";
import type { LinkClaim } from "./types.js";

let nextId = 1;
function claim(
  articleKey: string,
  fields: {
    place: string;
    date: string;
    measure?: Measure;
    victim?: Victim;
    value?: number;
    weapon?: Weapon | null;
    scope?: "event" | "aggregate";
    datePrecision?: DatePrecision;
  },
): LinkClaim {
  const { query: _q, note: _n, name: _name, countryCode: _cc, ...geo } = resolvePlace(fields.place, {});
  return {
    id: nextId++,
    articleId: articleKey.charCodeAt(0),
    articleKey,
    offset: nextId * 10,
    measure: fields.measure ?? "killed",
    victim: fields.victim ?? "people",
    value: fields.value ?? 10,
    scope: fields.scope ?? "event",
    date: fields.date,
    datePrecision: fields.datePrecision ?? "day",
    place: fields.place,
    geo,
    actor: null,
    weapon: fields.weapon === undefined ? null : fields.weapon,
  };
}

describe("linking claims into incidents", () => {
  // FA-KES: Reuters, Al Jazeera and SANA on the Khan Shaykhun attack of 4 April 2017.
  const reuters = claim("a-reuters", {
    place: "Khan Sheikhoun",
    date: "2017-04-04",
    value: 58,
    weapon: "chemical",
  });
  const aljazeera = claim("b-aljazeera", {
    place: "Khan Shaykhun",
    date: "2017-04-04",
    value: 72,
    weapon: "chemical",
  });
  // Published the next day, dated by "on Tuesday" as the 5th.
  const late = claim("c-late", { place: "Khan Shaykhun", date: "2017-04-05", value: 86, measure: "killed" });
  const injured = claim("b-aljazeera", {
    place: "Khan Shaykhun",
    date: "2017-04-04",
    value: 300,
    measure: "injured",
  });
  // The Rashidin bus-convoy bombing in Aleppo's western outskirts, eleven days later.
  const convoy = claim("d-convoy", { place: "Rashidin", date: "2017-04-15", value: 126, weapon: "bombing" });
  const convoyAgain = claim("e-convoy", {
    place: "Aleppo",
    date: "2017-04-15",
    value: 112,
    weapon: "bombing",
  });
  // Same day as Khan Shaykhun, another town of Idlib province.
  const elsewhere = claim("f-idlib", {
    place: "Maarat al-Numan",
    date: "2017-04-04",
    value: 5,
    weapon: "airstrike",
  });

  it("puts the outlets' reports of one attack in one incident, saying why", () => {
    const incidents = linkClaims([reuters, aljazeera, late, injured, convoy, elsewhere]);
    const ks = incidents.find((i) => i.claims.includes(reuters.id));
    expect(ks?.claims.sort()).toEqual([reuters.id, aljazeera.id, late.id, injured.id].sort());
    expect(ks?.links).toHaveLength(3);
    expect(ks?.links.map((l) => l.rule)).toContain("place:same+date:near");
    expect(ks?.links.find((l) => l.claim === late.id || l.to === late.id)?.reason).toMatch(
      /1 day\(s\) apart/,
    );
    expect(incidents.find((i) => i.claims.includes(convoy.id))?.claims).toEqual([convoy.id]);
    expect(incidents.find((i) => i.claims.includes(elsewhere.id))?.claims).toEqual([elsewhere.id]);
  });

  it("links a district to its city, and neighbouring towns, not two weapons that contradict", () => {
    // The gazetteer codes Rashidin to Aleppo (its western outskirts).
    const [incident] = linkClaims([convoy, convoyAgain]).filter((i) => i.claims.length > 1);
    expect(incident?.links[0]?.rule).toBe("place:same+date:same");
    // Douma and Harasta, neighbouring towns of Eastern Ghouta, about 4 km apart.
    const douma = claim("j-douma", { place: "Douma", date: "2018-02-20", weapon: "shelling" });
    const harasta = claim("k-harasta", { place: "Harasta", date: "2018-02-20", weapon: "shelling" });
    const [ghouta] = linkClaims([douma, harasta]);
    expect(ghouta?.links[0]?.reason).toMatch(
      /^Harasta and Douma are 3\.\d km apart \(≤ 5\); both on 2018-02-20; both by shelling$/,
    );
    const carBomb = claim("g-carbomb", { place: "Khan Shaykhun", date: "2017-04-04", weapon: "bombing" });
    expect(linkClaims([reuters, carBomb])).toHaveLength(2);
  });

  it("keeps period tallies and far-apart days out of an incident", () => {
    const tally = claim("h-tally", {
      place: "Khan Shaykhun",
      date: "2017-04-04",
      scope: "aggregate",
      value: 946,
    });
    const weekLater = claim("i-later", { place: "Khan Shaykhun", date: "2017-04-12" });
    const incidents = linkClaims([reuters, tally, weekLater]);
    expect(incidents.map((i) => i.claims)).toEqual(expect.arrayContaining([[reuters.id], [weekLater.id]]));
    expect(incidents.flatMap((i) => i.claims)).not.toContain(tally.id);
  });

  it("gives the same incidents, with the same ids, whatever order the claims come in", () => {
    const all = [reuters, aljazeera, late, injured, convoy, convoyAgain, elsewhere];
    const once = linkClaims(all).map((i) => [i.id, [...i.claims].sort()]);
    const reversed = linkClaims([...all].reverse()).map((i) => [i.id, [...i.claims].sort()]);
    expect(reversed).toEqual(once);
    // An id depends on content, not on storage ids.
    const renumbered = linkClaims(all.map((c) => ({ ...c, id: c.id + 1000 })));
    expect(renumbered.map((i) => i.id)).toEqual(once.map(([id]) => id));
  });
});

describe("an incident's span", () => {
  it("does not chain a city's daily reports into one incident", () => {
    // Aleppo shelled day after day: each day links to the next, but no incident spans a week.
    const days = ["2016-07-16", "2016-07-17", "2016-07-18", "2016-07-19", "2016-07-20", "2016-07-21"];
    const daily = days.map((date, k) => claim(`aleppo-${k}`, { place: "Aleppo", date, weapon: "shelling" }));
    const incidents = linkClaims(daily);
    expect(incidents.length).toBeGreaterThan(1);
    for (const incident of incidents) {
      const dates = daily.filter((c) => incident.claims.includes(c.id)).map((c) => c.date ?? "");
      const span = (Date.parse(dates.sort().at(-1) ?? "") - Date.parse(dates[0] ?? "")) / 86_400_000;
      expect(span).toBeLessThanOrEqual(MAX_INCIDENT_DAYS);
    }
  });
});

describe("undated reports", () => {
  it("links an undated report published just after a dated event at the same place, not one long after", () => {
    // FA-KES (Daily Sabah and Al-Araby on the Hasakeh bakery bombing, 5 July 2016): the second
    // gives no day, so its claim carries the publication date.
    const dated = claim("l-sabah", { place: "Hasakah", date: "2016-07-05", weapon: "bombing" });
    const undated = claim("m-araby", {
      place: "Hasakah",
      date: "2016-07-05",
      weapon: "bombing",
      datePrecision: "unknown",
    });
    const [incident] = linkClaims([dated, undated]);
    expect(incident?.links[0]?.rule).toBe("place:same+date:reported-after");
    const muchLater = claim("n-later", { place: "Hasakah", date: "2016-07-20", datePrecision: "unknown" });
    expect(linkClaims([dated, muchLater])).toHaveLength(2);
  });
});

describe("province-wide claims", () => {
  // FA-KES, 4 April 2017: "killed at least 58 people … in the northwestern province of Idlib" (Reuters),
  // the air strikes on Khan Sheikhoun, and the same day an air strike on Maarat al-Numan, 35 km away.
  const province = claim("p-province", { place: "Idlib province", date: "2017-04-04", value: 58 });
  const town = claim("q-town", { place: "Khan Sheikhoun", date: "2017-04-04", value: 72 });
  const other = claim("r-other", { place: "Maarat al-Numan", date: "2017-04-04", value: 5 });

  it("joins a claim told only by its province to a town's incident", () => {
    const incidents = linkClaims([province, town]);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.links[0]?.rule).toBe("place:nested+date:same");
  });

  it("never bridges two towns far apart through a province-wide claim", () => {
    const incidents = linkClaims([province, town, other]);
    const of = (c: LinkClaim) => incidents.find((i) => i.claims.includes(c.id));
    expect(of(town)).not.toBe(of(other));
  });

  it("makes links on a shared place before links through a province", () => {
    // Two reports placed only in the province (the town is not in the gazetteer), and two towns of
    // the province with reports that day: in content order, the first province report would join
    // Khan Sheikhoun's and the second Maarat al-Numan's, and the two would never meet.
    const ks = claim("a-town", { place: "Khan Sheikhoun", date: "2017-04-08", value: 1 });
    const first = claim("b-province", { place: "Idlib province", date: "2017-04-08", value: 18 });
    const maarat = claim("c-town", { place: "Maarat al-Numan", date: "2017-04-08", value: 15 });
    const second = claim("d-province", { place: "Idlib province", date: "2017-04-08", value: 19 });
    const incidents = linkClaims([ks, first, maarat, second]);
    const of = (c: LinkClaim) => incidents.find((i) => i.claims.includes(c.id));
    expect(of(first)).toBe(of(second));
  });
});

describe("weapons", () => {
  it("takes a chemical attack and the air strike that delivered it as one attack, not a car bomb", () => {
    // FA-KES (Reuters): "A suspected gas attack … The air strikes on the town of Khan Sheikhoun".
    const gas = claim("t-gas", { place: "Khan Sheikhoun", date: "2017-04-04", weapon: "chemical" });
    const strike = claim("u-strike", { place: "Khan Sheikhoun", date: "2017-04-04", weapon: "airstrike" });
    const carBomb = claim("v-bomb", { place: "Khan Sheikhoun", date: "2017-04-04", weapon: "bombing" });
    expect(linkClaims([gas, strike])).toHaveLength(1);
    expect(linkClaims([gas, carBomb])).toHaveLength(2);
  });
});

describe("one article's toll told twice", () => {
  it("links a figure at a place the gazetteer does not know to the same figure at one it does", () => {
    // FA-KES (Al-Ahram, 21 July 2015): "killed at least 18 civilians" in Aleppo, then "killed 18
    // civilians" in Maghayir, its old quarter, which the gazetteer does not know.
    const aleppo = claim("w-ahram", { place: "Aleppo", date: "2015-07-21", value: 18, victim: "civilians" });
    const maghayir = claim("w-ahram", {
      place: "Maghayir",
      date: "2015-07-21",
      value: 18,
      victim: "civilians",
    });
    const [incident] = linkClaims([aleppo, maghayir]);
    expect(incident?.claims).toHaveLength(2);
    expect(incident?.links[0]?.rule).toBe("place:same-figure+date:same");
    // Another figure, or another article's, is not the same toll.
    const other = claim("x-other", { place: "Maghayir", date: "2015-07-21", value: 18, victim: "civilians" });
    const five = claim("w-ahram", { place: "Maghayir", date: "2015-07-21", value: 5, victim: "civilians" });
    expect(linkClaims([aleppo, other])).toHaveLength(2);
    expect(linkClaims([aleppo, five])).toHaveLength(2);
  });
});

describe("linking whole incidents alone", () => {
  // Incremental relinking (relink.ts) rests on this: the claims of any set of incidents, linked
  // without the others, make the very same incidents, links and all.
  it("gives the same incidents as linking them among all the claims", () => {
    const random = seededRandom(5);
    const days = Array.from({ length: 12 }, (_, k) => `2018-02-${String(10 + k).padStart(2, "0")}`);
    const claims = Array.from({ length: 400 }, (_, k) =>
      claim(`art-${String(k % 90).padStart(3, "0")}`, {
        place: random.pick(TEST_PLACES),
        date: random.pick(days),
        measure: random.pick(MEASURES),
        weapon: random.pick([null, null, ...WEAPONS]),
        datePrecision: random.pick(["day", "day", "day", "week", "unknown"] as const),
      }),
    );
    const all = linkClaims(claims);
    // Dense enough to mean something: incidents of several claims, some spanning the full span.
    expect(all.filter((i) => i.claims.length > 3).length).toBeGreaterThan(10);
    expect(all.some((i) => dayNumber(i.lastDate) - dayNumber(i.firstDate) === MAX_INCIDENT_DAYS)).toBe(true);
    for (let trial = 0; trial < 20; trial++) {
      const some = all.filter(() => random.next() < 0.5);
      const ids = new Set(some.flatMap((i) => i.claims));
      expect(linkClaims(random.shuffle(claims.filter((c) => ids.has(c.id))))).toEqual(some);
    }
  });
});
