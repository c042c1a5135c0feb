// extractClaims end to end on real article text, with a fixed publication date.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./index.js";

const SEED_002 =
  "At least 170 civilians have been killed in a week of heavy aerial bombing in Raqqa city, the Syrian Observatory for Human Rights said.\n\n" +
  "SOHR said that 42 people, including 18 children and 12 women lost their lives in the U.S. airstrikes on Monday. " +
  "According to Raqqa Is Being Slaughtered Silently, about 40 people were also killed on Tuesday in Raqqa in the US strikes.";

describe("extractClaims", () => {
  const claims = extractClaims(SEED_002, { published: "2017-08-22" });

  it("finds every claim with its span", () => {
    expect(claims.map((c) => [c.measure, c.victim, c.value, c.qualifier, c.scope])).toEqual([
      ["killed", "civilians", 170, "at_least", "aggregate"],
      ["killed", "people", 42, "exact", "event"],
      ["killed", "children", 18, "exact", "event"],
      ["killed", "women", 12, "exact", "event"],
      ["killed", "people", 40, "about", "event"],
    ]);
    for (const c of claims) expect(SEED_002.slice(c.span.start, c.span.end)).toBe(c.quote);
  });

  it("resolves dates against the publication date", () => {
    expect(claims.map((c) => c.date)).toEqual([
      "2017-08-15",
      "2017-08-21",
      "2017-08-21",
      "2017-08-21",
      "2017-08-22",
    ]);
    expect(claims[1]?.datePrecision).toBe("day");
  });

  it("names place, actor, weapon and source", () => {
    const first = claims[0];
    expect(first?.place).toMatch(/Raqqa/);
    expect(first?.source).toBe("Syrian Observatory for Human Rights");
    expect(claims[1]?.actor).toBe("US-led coalition");
    expect(claims[1]?.weapon).toBe("airstrike");
    expect(claims[4]?.source).toMatch(/Raqqa Is Being Slaughtered Silently/);
  });

  it("says which rule found each claim and why", () => {
    for (const c of claims) {
      expect(c.rule).toMatch(/^[a-z-]+$/);
      expect(c.reason.length).toBeGreaterThan(10);
    }
    expect(claims[2]?.rule).toBe("breakdown");
  });

  it("uses the article's own dateline over a wrong published date", () => {
    const text =
      "Sun 16 Apr 2017 Syria bus bombing toll rises. The death toll from Saturday's bombing of a bus convoy reached at least 112 people the Syrian Observatory for Human Rights said.";
    const [claim] = extractClaims(text, { published: "2017-04-20" });
    expect(claim?.value).toBe(112);
    expect(claim?.date).toBe("2017-04-15");
  });

  it("merges a headline figure with its telling in the body", () => {
    const text =
      "Thirty Killed in Syria air strikes. Thirty civilians were killed on Saturday in intensive Syrian air strikes on the town of Jayrud.";
    const claims = extractClaims(text, { published: "2016-07-03" });
    expect(claims.map((c) => [c.victim, c.value, c.date])).toEqual([["civilians", 30, "2016-07-02"]]);
  });

  it("reads the title when the text does not repeat it", () => {
    const claims = extractClaims("The Observatory gave no toll.", {
      published: "2017-08-24",
      title: "Fresh US-led air raids kill 7 civilians in Syria's Mayadin",
    });
    expect(claims).toHaveLength(1);
    expect(claims[0]?.span.field).toBe("title");
    expect(claims[0]?.quote).toMatch(/kill 7 civilians/);
  });

  it("returns nothing for text without casualty figures", () => {
    expect(
      extractClaims(
        "UN Special Envoy for Syria Staffan de Mistura said last Friday that Raqqa may be liberated.",
        {},
      ),
    ).toEqual([]);
  });

  it("places an attack where it struck, not in the towns its victims came from", () => {
    // FA-KES (Al-Ahram, AFP, 16 April 2017): the Rashidin bus-convoy bombing.
    const text =
      "Nearly 70 children were among those killed when a suicide car bombing tore through buses carrying evacuees from besieged government-held towns in Syria a monitor said on Sunday. " +
      "Saturdays blast hit a convoy carrying residents from the northern towns of Fuaa and Kafraya as they waited at a transit point in rebel-held Rashidin west of Aleppo.";
    const [claim] = extractClaims(text, { published: "2017-04-16" });
    expect(claim?.place).toBe("Rashidin");
    expect(claim?.reason).toMatch(/the sentence after/);
    // FA-KES (Al-Alam): fighters "from Chechnya" were killed near Aleppo, not in Chechnya.
    const foreign = extractClaims(
      "According to a military source in the Aleppo Governorate the Syrian Armed Forces killed an estimated at least 50 militants on Sunday including several foreign combatants from Chechnya China (Xinjiang Province) Saudi Arabia and Uzbekistan.",
      { published: "2016-10-30" },
    );
    expect(foreign.map((c) => c.place)).not.toContain("Chechnya China");
    // "from ISIL in Jazal": a group, then the place (FA-KES, SANA).
    const [jazal] = extractClaims(
      "Army units killed more than 30 terrorists from ISIL in Jazal in the countryside of Palmyra.",
      {
        published: "2016-04-22",
      },
    );
    expect(jazal?.place).toBe("Jazal");
    // A neighbour that names only the victims' home towns places nothing (FA-KES, Sputnik, 15 April 2017).
    const homes = extractClaims(
      "Earlier in the day a blast occurred near a bus convoy evacuating residents of the besieged Shiite towns of Fua and Kefraya to Aleppo. " +
        "The previous death toll was 20 with 50 others injured. " +
        "A source told Sputnik that the death toll in the blast targeting evacuees from the towns of Fua and Kefraya has risen.",
      { published: "2017-04-15" },
    );
    expect(homes.map((c) => c.place)).toEqual(["Aleppo", "Aleppo"]);
  });

  it("never takes a group's name for the place", () => {
    // FA-KES: the strike "hit an al-Qaida gathering"; the village is named in the next sentence.
    const [claim] = extractClaims(
      "U.S. officials said at the time that the airstrike hit an al-Qaida gathering killing 40 militants. " +
        "The strike hit the village of Jeeneh in the northern Syrian province of Aleppo.",
      { published: "2017-03-17" },
    );
    expect(claim?.place).toBe("Jeeneh");
  });

  it("takes the source of a lead from the next sentence when that sentence tells no figure", () => {
    // FA-KES (TRT World): the lead gives the toll, the next sentence who counted it.
    const text =
      "At least 15 civilians were killed and many wounded in fresh air strikes by US-led coalition in Syria on Thursday morning. " +
      "These civilians were targeted in the coalition jets bombardment in the town of Ghandoura said the Syrian Observatory for Human Rights.";
    const [claim] = extractClaims(text, { published: "2016-07-29" });
    expect(claim?.source).toBe("Syrian Observatory for Human Rights");
    expect(claim?.reason).toMatch(/source \(the sentence after\)/);
    // A next sentence with figures of its own keeps its source to itself.
    const own = extractClaims(
      "At least 15 civilians were killed in air strikes on Thursday. Another 20 people were wounded in Idlib, activists said.",
      { published: "2016-07-29" },
    );
    expect(own[0]?.source).toBeNull();
  });

  it("never names the victims' own group, nor a group struck, as who did it", () => {
    // FA-KES (Daily Sabah): Turkish forces struck Daesh positions, killing "50 terrorists".
    const [struck] = extractClaims(
      'On May 2 Turkish forces struck Daesh gun emplacements and ammunition dumps in the Suran region on the Syrian side of the border initially killing "50 terrorists."',
      { published: "2016-06-01" },
    );
    expect(struck?.actor).toBe("Turkish forces");
    // The running actor is not inherited by its own fighters' deaths.
    const claims = extractClaims(
      "Daesh shelled the town of Tabqa on Friday, killing 12 civilians. On Saturday 30 Daesh militants were killed in the area.",
      { published: "2016-06-01" },
    );
    expect(claims.map((c) => [c.value, c.actor])).toEqual([
      [12, "ISIS"],
      [30, null],
    ]);
  });

  it("places the trapped in their town, not the country, however many", () => {
    // Seed (UN, Raqqa): a war's toll without a place is the country's; the trapped are not a toll.
    const claims = extractClaims(
      "In its newly released report on Syria, the United Nations voiced concern over numerous media reports suggesting mass civilian casualties in the US-led coalition's airstrikes in Raqqa. " +
        "As of today about 20,000 innocent civilians remain trapped in the besieged city, many of whom are looking for any opportunity to flee the warzone.",
      { published: "2017-09-14" },
    );
    const trapped = claims.find((c) => c.measure === "trapped");
    expect(trapped?.place).toBe("Raqqa");
  });

  it("places a period's toll 'in and around the city' in the city the article is about", () => {
    // Seed 001 (Amnesty on Raqqa): an earlier claim was in Mayadin; "the city" is still Raqqa.
    const claims = extractClaims(
      "Amnesty International said coalition strikes on Raqqa city had killed civilians. " +
        "An air strike on Mayadin killed 12 people on Monday, activists said. " +
        "Over the better part of two months, the group says it has documented the deaths of at least 146 civilians in coalition airstrikes in and around the city - at least 60 of whom are children.",
      { published: "2017-08-24" },
    );
    expect(claims.filter((c) => c.value === 146 || c.value === 60).map((c) => c.place)).toEqual([
      "Raqqa",
      "Raqqa",
    ]);
  });

  it("keeps a gas attack's weapon when a later sentence names the jets that carried it", () => {
    // FA-KES (Asharq Al-Awsat, Khan Sheikhoun, 4 April 2017).
    const claims = extractClaims(
      "A suspected toxic gas attack hit the town of Khan Sheikhoun on Tuesday, injuring 300 people. " +
        "The Syrian Observatory for Human Rights said the attack believed to have been carried out by Syrian regime or Russian jets killed at least 58 people including 11 children.",
      { published: "2017-04-05" },
    );
    expect(claims.map((c) => [c.value, c.weapon])).toEqual([
      [300, "chemical"],
      [58, "chemical"],
      [11, "chemical"],
    ]);
  });

  it("does not place an event where the country owning the war is named", () => {
    // FA-KES (Naharnet, 23 February 2015): the attack took "Syrias civil war" to Qardaha.
    const [claim] = extractClaims(
      "A suicide bomber killed four people in a hospital on Sunday in an attack that took Syrias civil war to the ruling Assad clans hometown for the first time a monitoring group said. " +
        "The attack came as the Syrian Observatory for Human Rights said troops had executed people earlier this week. " +
        "The car bomb exploded outside the national hospital in Qardaha in Latakia province.",
      { published: "2015-02-23" },
    );
    expect(claim?.place).toBe("Qardaha");
  });

  it("names the foe of fighters killed in fighting, and the group behind an epithet", () => {
    // FA-KES (AFP, 17 July 2015).
    const [troops] = extractClaims(
      "Elsewhere on Thursday the observatory said 17 government troops including a commander were killed in fighting with the Daesh group near the city of Palmyra.",
      { published: "2015-07-17" },
    );
    expect(troops?.actor).toBe("ISIS");
    // SANA (7 November 2016): "terrorists of Jaish al-Islam".
    const [injured] = extractClaims(
      "Meanwhile in Damascus Countryside 9 persons were injured due to an attack with mortar rounds by terrorists of Jaish al-Islam on al-Wafideen Camp.",
      { published: "2016-11-07" },
    );
    expect(injured?.actor).toBe("Jaish al-Islam");
  });

  it("dates a claim by the day the sentence before tells, over the day of earlier claims", () => {
    // FA-KES (AFP, 9 February 2015): Monday's strikes, then Thursday's assault retold.
    const claims = extractClaims(
      "At least 15 people were killed and dozens wounded on Monday in government air strikes on an area outside the capital. " +
        "The opposition bastion east of Damascus was still reeling from a massive government aerial assault on Thursday that came after rebels fired more than 120 rockets and mortar rounds into the capital. " +
        "The rebel barrage killed 10 people in Damascus including a child while the government air strikes and surface-to-surface missiles fired at Eastern Ghouta killed at least 82 people among them 18 children.",
      { published: "2015-02-09" },
    );
    expect(claims.filter((c) => c.value !== null).map((c) => [c.value, c.date])).toEqual([
      [15, "2015-02-09"],
      [10, "2015-02-05"],
      [82, "2015-02-05"],
      [18, "2015-02-05"],
    ]);
  });

  it("takes the source a headline credits at its end", () => {
    // FA-KES (Al-Ahram, 15 August 2013): the text repeats the headline, punctuation lost.
    const title = "Syrian army kills 62 rebels east of Damascus Monitoring group";
    const [claim] = extractClaims(
      `${title} Syrias state news agency did not give a death toll for the ambush Reuters Wednesday 7 Aug 2013 sixty-two rebel fighters were killed in a Syrian army ambush at dawn on Wednesday near the town of Adra east of Damascus.`,
      { published: "2013-08-15", title },
    );
    expect(claim?.source).toBe("Syrian Observatory for Human Rights");
    expect(claim?.reason).toMatch(
      /source "Syrian Observatory for Human Rights" from the same figure told in the headline/,
    );
  });

  it("gives a war's whole toll no weapon from the last strike", () => {
    // FA-KES (AFP, 13 November 2017).
    const claims = extractClaims(
      "Air strikes killed 20 civilians in the town of Atareb on Monday, the Observatory said. " +
        "More than 330000 people have been killed in Syria since the conflict began in March 2011 with anti-government protests.",
      { published: "2017-11-13" },
    );
    expect(claims.map((c) => [c.value, c.weapon])).toEqual([
      [20, "airstrike"],
      [330000, null],
    ]);
  });

  it("dates an event told with only a month by that month, even last year's", () => {
    // FA-KES (AFP, 18 August 2013).
    const claims = extractClaims(
      "A car bomb killed at least 20 people in Jaramana on Sunday, state media said. " +
        "In August last year another car bomb killed at least 27 people in the southeastern suburb.",
      { published: "2013-08-18" },
    );
    expect(claims.map((c) => [c.value, c.date, c.datePrecision, c.scope])).toEqual([
      [20, "2013-08-18", "day", "event"],
      [27, "2012-08-01", "month", "event"],
    ]);
  });

  it("dates an event recalled with its month and year by that month, not the article's day", () => {
    // FA-KES (AFP, 4 April 2017), on Eastern Ghouta.
    const claims = extractClaims(
      "Hundreds of people were killed in Eastern Ghouta in chemical weapons strikes allegedly carried out by government troops in August 2013. " +
        "In May 2016 more than 300 people were killed in a battle between the two sides.",
      { published: "2017-04-04" },
    );
    expect(claims.map((c) => [c.date, c.datePrecision])).toEqual([
      ["2013-08-01", "month"],
      ["2016-05-01", "month"],
    ]);
  });

  it("says a governorate when the text does, not its capital city of the same name", () => {
    // FA-KES (Asharq Al-Awsat, 4 April 2017): Khan Sheikhoun is in Idlib province, 50 km from Idlib city.
    const claims = extractClaims(
      "Dozens of people have been killed in Syria's northern Idlib province on Tuesday in a suspected chemical attack. " +
        "At least 58 people were killed in the northwestern province of Idlib, the Observatory said. " +
        "Meanwhile the Idlib Media Center said 58 people had been killed in Idlib.",
      { published: "2017-04-04" },
    );
    expect(claims.map((c) => [c.value, c.place])).toEqual([
      [null, "northern Idlib province"],
      [58, "Idlib province"],
    ]);
  });

  it("places a toll told only in 'Syria' at the town the article names with its attack", () => {
    // FA-KES (AFP, 5 April 2017): the town is named four sentences on, with the strike.
    const text =
      "86 dead in suspected Syria chemical attack New toll The death toll from a suspected chemical weapons attack on a rebel-held Syrian town has risen to 86 a monitoring group said on Wednesday. " +
      '"There were also 20 women among the dead and the death toll could rise further because there are people missing" the Syrian Observatory for Human Rights said. ' +
      "The UN Security Council met Wednesday to debate a Western-drafted resolution condemning the air strike. " +
      'But Moscow which holds a veto defended its Damascus ally saying that while Syrian aircraft had carried out a strike the chemicals were part of a "terrorist" stockpile of "toxic substances" that had been hit on the ground. ' +
      "Rebel groups led by former Al-Qaeda affiliate Fateh al-Sham Front vowed revenge for Tuesdays strike in the town of Khan Sheikhun in Idlib province in the northwest.";
    const [claim] = extractClaims(text, { published: "2017-04-05" });
    expect(claim?.place).toBe("Khan Sheikhoun");
    expect(claim?.reason).toMatch(/over a country/);
    // FA-KES (Sputnik, 8 October 2017): a capital that reports is not where the strikes fell.
    const moscow = extractClaims(
      "Some 120 Daesh terror group extremists were killed in a series of Russian air strikes in Syria over the past 24 hours the defence ministry said on Saturday. " +
        "Moscow reported their deaths after taking several days to confirm the results of an earlier strike.",
      { published: "2017-10-08" },
    );
    expect(moscow.map((c) => c.place)).toEqual(["Syria"]);
  });

  it("reads a governorate's capital named bare as the province its neighbour sentence names", () => {
    // FA-KES (Sputnik, 4 July 2015).
    const claims = extractClaims(
      "A mosque blast in Idlib has reportedly left 25 militants of Al-Nusra Front including one of its leaders dead. " +
        "Situated in the northern part of Syria the Idlib province saw 25 Al-Nusra fighters killed when a bomb exploded in a mosque on Friday said a monitoring group.",
      { published: "2015-07-04" },
    );
    expect(claims[0]?.place).toBe("Idlib province");
    // Without the province named near it, "Idlib" stays the city.
    const city = extractClaims("An air strike in Idlib killed 25 militants of Al-Nusra Front on Friday.", {
      published: "2015-07-04",
    });
    expect(city.map((c) => c.place)).toEqual(["Idlib"]);
  });

  it("names the group before an epithet, and never the group that merely holds the place", () => {
    // FA-KES (Al-Arabiya, 6 April 2017).
    const [daesh] = extractClaims(
      "Syrian activists say the Daesh terrorist group has killed 33 young men in eastern Syria close to the border with Iraq.",
      { published: "2017-04-06" },
    );
    expect(daesh?.actor).toBe("ISIS");
    // FA-KES (Al-Araby, 5 October 2016).
    const held = extractClaims(
      "Three children were among at least 19 civilian killed in an air raid on a village held by the Islamic State group in northern Syria on Wednesday.",
      { published: "2016-10-05" },
    );
    expect(held.map((c) => c.actor)).toEqual([null, null]);
  });
});
