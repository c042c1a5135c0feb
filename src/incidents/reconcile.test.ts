// Reconciling and grading, on the figures FA-KES outlets gave for the Khan Shaykhun attack of
// 4 April 2017 (the Observatory 58, then 72, then 86; medics "about 100").
import { describe, expect, it } from "vitest";
import { type GradeClaim, gradeIncident } from "./grade.js";
import { reconcile } from "./reconcile.js";

let id = 1;
function told(fields: Partial<GradeClaim> & { value: number | null }): GradeClaim {
  return {
    id: id++,
    measure: "killed",
    victim: "people",
    high: null,
    qualifier: "exact",
    source: null,
    outlet: null,
    published: "2017-04-04",
    actor: null,
    ...fields,
  };
}

describe("reconciling an incident's figures", () => {
  const reuters = told({
    value: 58,
    qualifier: "at_least",
    source: "Syrian Observatory for Human Rights",
    outlet: "Reuters",
  });
  const afp = told({
    value: 58,
    qualifier: "at_least",
    source: "Syrian Observatory for Human Rights",
    outlet: "AFP",
  });
  const later = told({
    value: 72,
    source: "Syrian Observatory for Human Rights",
    outlet: "Al Jazeera",
    published: "2017-04-05",
  });
  const medics = told({
    value: 100,
    qualifier: "about",
    source: "medics",
    outlet: "Orient News",
    published: "2017-04-05",
  });
  const children = told({
    value: 11,
    victim: "children",
    source: "Syrian Observatory for Human Rights",
    outlet: "Reuters",
  });
  const dozens = told({ value: null, qualifier: "vague", outlet: "SANA" });

  it("gives low, best and high per measure and victim, with the rule", () => {
    const figures = reconcile([reuters, afp, later, medics, children, dozens]);
    const people = figures.find((f) => f.victim === "people");
    expect(people).toMatchObject({ low: 58, high: 110, best: 72 });
    // "at least 58" agrees with 72; two outlets quoting the Observatory are one source.
    expect(people?.sources).toEqual(["medics", "syrian observatory for human rights"]);
    // The Observatory's latest report (72) supersedes its "at least 58"; medics say about 100.
    expect(people?.rule).toMatch(
      /^best 72: agreed by 1 of 2 independent sources \(each by its latest report\); low 58 and high 110/,
    );
    expect(figures.find((f) => f.victim === "children")).toMatchObject({ low: 11, best: 11, high: 11 });
    // A vague "dozens" gives no figure.
    expect(people?.claims).not.toContain(dozens.id);
  });

  it("grades: one source is weak, two independent sources fair", () => {
    expect(gradeIncident([reuters, afp]).grade).toBe("weak");
    const fair = gradeIncident([reuters, medics]);
    expect(fair.grade).toBe("fair");
    expect(fair.reasons[0]).toBe("2 independent sources: medics, syrian observatory for human rights");
  });

  it("grades contested when sources blame different parties or give figures that cannot both be right", () => {
    const blamesRegime = told({ value: 58, source: "activists", actor: "Syrian government" });
    const blamesRebels = told({ value: 58, source: "SANA", actor: "terrorists" });
    expect(gradeIncident([blamesRegime, blamesRebels])).toMatchObject({
      grade: "contested",
      reasons: ["sources name different perpetrators: syrian government, terrorists"],
    });
    const low = told({ value: 12, source: "SANA" });
    const high = told({ value: 58, source: "activists" });
    expect(gradeIncident([low, high]).reasons[0]).toMatch(/^figures disagree on the same day: sana gives 12/);
  });

  it("grades confirmed when the party blamed acknowledges it", () => {
    const admitted = told({ value: 1, source: "US-led coalition", actor: "US-led coalition" });
    expect(gradeIncident([admitted, reuters]).grade).toBe("confirmed");
  });
});
