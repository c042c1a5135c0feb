// Judging articles against the independent sources on the incidents they report.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract/index.js";
import { type JudgeClaim, judgeArticle } from "./judge.js";
import { partiesOf } from "./parties.js";

let id = 1;
function told(articleId: number, fields: Partial<JudgeClaim> & { value: number | null }): JudgeClaim {
  return {
    id: id++,
    articleId,
    measure: "killed",
    victim: "people",
    high: null,
    qualifier: "exact",
    source: null,
    outlet: `outlet-${articleId}`,
    published: "2017-04-15",
    actor: null,
    ...fields,
  };
}

describe("judging an article", () => {
  // The Rashidin convoy bombing, 15 April 2017, as three independent sources told it.
  const others = [
    told(1, { value: 112, source: "Syrian Observatory for Human Rights", actor: "suicide bomber" }),
    told(2, { value: 126, source: "White Helmets", actor: "suicide bomber" }),
    told(3, { value: 100, source: "activists", actor: "suicide bomber" }),
  ];

  it("finds an article whose figure the independent sources contradict inconsistent, and says how", () => {
    const low = told(9, { value: 12, source: "state media" });
    const judged = judgeArticle(9, [[...others, low]]);
    expect(judged.verdict).toBe("inconsistent");
    expect(judged.disagreements).toEqual(["reports 12 people killed; 3 independent sources say 100–126"]);
  });

  it("finds an article that blames another party than two or more sources inconsistent", () => {
    const blames = told(9, { value: 110, source: "state media", actor: "US-led coalition" });
    expect(judgeArticle(9, [[...others, blames]])).toMatchObject({
      disagreements: ["attributes to us-led coalition; 3 independent sources say suicide bomber"],
      counts: { figure: 0, actor: 1, date: 0 },
    });
  });

  it("finds an agreeing article consistent, and one nobody else reports unverified", () => {
    const agrees = told(9, { value: 120, qualifier: "about", source: "medics", actor: "suicide bomber" });
    expect(judgeArticle(9, [[...others, agrees]])).toMatchObject({
      verdict: "consistent",
      disagreements: [],
    });
    // Repeating a source is not independent: an outlet quoting the Observatory again proves nothing.
    const repeat = told(9, { value: 12, source: "Syrian Observatory for Human Rights" });
    expect(judgeArticle(9, [[others[0] as JudgeClaim, repeat]]).verdict).toBe("unverified");
    expect(judgeArticle(9, [[told(9, { value: 5 })]]).verdict).toBe("unverified");
  });
});

/** The claims extracted from a sentence of a FA-KES article, as that article tells them. */
function said(articleId: number, outlet: string, published: string, sentence: string): JudgeClaim[] {
  return extractClaims(sentence, { published }).map((c) => ({
    ...c,
    id: id++,
    articleId,
    outlet,
    published,
  }));
}

describe("judging by party, by all of an article's figures, and by day", () => {
  // Aleppo, 11 October 2016 (FA-KES): the Daily Sabah sentence is the article's own; the second is
  // adapted from it, so that two independent sources blame the government's side.
  const government = [
    ...said(
      1,
      "dailysabah",
      "2016-10-12",
      "Activists say the death toll in rebel-held Aleppo in Syria continues to rise with at least 27 dead on Tuesday as the Assad forces push to weed out rebels.",
    ),
    ...said(
      2,
      "other",
      "2016-10-11",
      "Casualties pile up in Syrias Aleppo as regime warplanes killed 25 people on Tuesday, the Syrian Observatory for Human Rights said.",
    ),
  ];

  it("reads Russia and the Syrian government as one side, not a contradiction", () => {
    const trt = said(
      9,
      "trt",
      "2016-10-11",
      "11 Oct 2016 Russian jets pounded several opposition-held parts of eastern Aleppo killing 26 people and reducing the areas to rubble.",
    );
    expect(trt.map((c) => c.actor)).toEqual(["Russia"]);
    expect(judgeArticle(9, [[...government, ...trt]])).toMatchObject({
      verdict: "consistent",
      disagreements: [],
    });
  });

  it("finds blaming 'terrorists' for what two sources lay on the government inconsistent", () => {
    const sana = said(
      9,
      "sana",
      "2016-10-11",
      "Fresh terrorist rocket attacks on residential areas in Aleppo city on Tuesday killed 25 people.",
    );
    expect(judgeArticle(9, [[...government, ...sana]]).disagreements).toEqual([
      "attributes to terrorists; 2 independent sources say syrian government",
    ]);
  });

  it("names each actor's parties", () => {
    expect(partiesOf("Russia and Syrian government")).toEqual(["government"]);
    expect(partiesOf("terrorist groups")).toEqual(["insurgents", "isis", "kurdish"]);
    expect(partiesOf("Jaish al-Islam")).toEqual(["insurgents"]);
    expect(partiesOf("Turkish forces and US-led coalition")).toEqual(["coalition", "turkey"]);
    expect(partiesOf("suicide bomber")).toEqual(["suicide bomber"]);
  });

  it("lets a total and its parts stand when the total agrees", () => {
    // "killed at least 36 people ... at least 23 people were killed in Oweijel" against 30 and 45.
    const a = told(1, { value: 30, source: "Local Coordination Committees" });
    const b = told(2, { value: 45, source: "Syrian Observatory for Human Rights" });
    const own = [told(9, { value: 36, qualifier: "at_least" }), told(9, { value: 11 })];
    expect(judgeArticle(9, [[a, b, ...own]])).toMatchObject({ verdict: "consistent", agreements: 1 });
    const low = [told(9, { value: 5 }), told(9, { value: 11 })];
    expect(judgeArticle(9, [[a, b, ...low]])).toMatchObject({
      disagreements: ["reports 5, 11 people killed; 2 independent sources say 30–45"],
      worstRatio: 30 / 11,
    });
  });

  it("finds an article that dates the event days from the day two sources agree on inconsistent", () => {
    const on = (articleId: number, date: string) =>
      told(articleId, { value: 20, date, datePrecision: "day", source: `source-${articleId}` });
    expect(
      judgeArticle(9, [[on(1, "2016-10-11"), on(2, "2016-10-11"), on(9, "2016-10-14")]]).disagreements,
    ).toEqual(["dates it 2016-10-14; 2 independent sources say 2016-10-11"]);
    expect(judgeArticle(9, [[on(1, "2016-10-11"), on(2, "2016-10-11"), on(9, "2016-10-12")]]).verdict).toBe(
      "consistent",
    );
  });
});
