// Judging articles against the independent sources on the incidents they report.
import { describe, expect, it } from "vitest";
import { type JudgeClaim, judgeArticle } from "./judge.js";

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
    expect(judgeArticle(9, [[...others, blames]]).disagreements).toEqual([
      "attributes to us-led coalition; 3 independent sources say suicide bomber",
    ]);
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
