// The discounted grade's two rules: duplicates told only by reposts, and reports called false by
// someone other than the party they blame. The sentences marked FA-KES are quoted from
// ../shared/corpus/fa-kes.csv (its text lost its apostrophes and some commas); the actor is the
// one the extractor gives them.
import { describe, expect, it } from "vitest";
import { type DuplicateClaim, findDuplicates, refutation } from "./discount.js";
import { type GradeClaim, gradeIncident } from "./grade.js";

describe("a report called false (refutation)", () => {
  it("FA-KES: the Observatory disagreeing with Moscow's report refutes a claim that blames Russia", () => {
    const s =
      "Rami Abdel Rahman head of the Britain-based Syrian Observatory for Human Rights disagreed with Moscows report.";
    expect(refutation(s, "Russia")).toMatchObject({
      kind: "refuted",
      by: "Syrian Observatory for Human Rights",
      words: "disagreed with Moscows report",
    });
  });

  it("a monitor denying reports that the coalition killed civilians refutes them", () => {
    const s =
      "The Syrian Observatory for Human Rights denied reports that coalition air strikes killed 20 civilians in Raqqa on Monday.";
    expect(refutation(s, "US-led coalition")).toMatchObject({ kind: "refuted", rule: "rejects-report" });
    const t = "Reports that 20 civilians were killed in Raqqa on Monday were false, the United Nations said.";
    expect(refutation(t, null)).toMatchObject({
      kind: "refuted",
      rule: "report-false",
      by: "United Nations",
    });
  });

  it("FA-KES: Russia denying the raids the Observatory blames on it is a denial, not a refutation", () => {
    const s =
      "The observatory said Russian air strikes killed 23 civilians in strikes on Idlib city on May 31 but Russia denied carrying out raids there that day.";
    expect(refutation(s, "Russia")).toMatchObject({ kind: "denied", by: "Russia" });
  });

  it("FA-KES: the Syrian state calling reports of its attack false or baseless is a denial", () => {
    const sana =
      "Reports on the use of chemical weapons in (the suburbs of) Ghouta are totally false state news agency SANA said.";
    expect(refutation(sana, "Syrian government")).toMatchObject({ kind: "denied", by: "Syrian government" });
    const baseless =
      "The Syrian government promptly denied the reports of Wednesdays chemical weapons attack as baseless.";
    expect(refutation(baseless, "Syrian government")).toMatchObject({ kind: "denied" });
  });

  it("FA-KES: a party denying reports about its own jets or strikes denies, whoever the claim blames", () => {
    const moscow =
      "Moscow has denied reports that its jets have hit Aleppo in the renewed wave of bombardment and said it was sticking to a moratorium on air strikes in the city.";
    expect(refutation(moscow, null)).toMatchObject({ kind: "denied", by: "Russia" });
    // The extractor blames Daesh here (the gas supplies were its); "it had carried out" is the coalition.
    const coalition =
      "The US-led coalition previously denied an Assad army report it had carried out an air strike that had hit poison gas supplies belonging to Daesh and caused the deaths of hundreds of people.";
    expect(refutation(coalition, "ISIS")).toMatchObject({ kind: "denied", by: "US-led coalition" });
  });

  it("FA-KES: Brussels denying Russia's claim against Belgium is the coalition's denial", () => {
    const s =
      "Russia has accused Belgium a member of a US-led coalition fighting militants in Syria of killing six civilians in airstrikes in the Aleppo region but the claim was swiftly denied by Brussels.";
    expect(refutation(s, "US-led coalition")).toMatchObject({ kind: "denied", rule: "report-denied-by" });
  });

  it("FA-KES: a garbled 'retracted' and an unattributed denial of a party to the war refute nothing", () => {
    const garbled =
      'The Observatory added that ISIL executed the 19 men on charges of "corruption on earth" and retracted "Sources in Deir Ezour asserted that the executed were workers in the oil field.';
    expect(refutation(garbled, "ISIS")).toBeNull();
    // No party blamed, and the one denying is a party to the war: it may be the one the report blames.
    expect(
      refutation("The Syrian army denied reports that 20 civilians were killed in Douma.", null),
    ).toBeNull();
    // A convoy "denied permission" is no denial.
    const convoy =
      "On May 12 a five-truck aid convoy waiting on Darayas outskirts was denied permission to enter in a dramatic 11th-hour rejection.";
    expect(refutation(convoy, "Syrian government")).toBeNull();
  });
});

let id = 1;
function claim(fields: Partial<GradeClaim> = {}): GradeClaim {
  return {
    id: id++,
    measure: "killed",
    victim: "civilians",
    value: 20,
    high: null,
    qualifier: "exact",
    source: "Syrian Observatory for Human Rights",
    outlet: "Reuters",
    published: "2017-06-06",
    actor: "US-led coalition",
    ...fields,
  };
}

describe("the discounted grade", () => {
  const refuted =
    "The Syrian Observatory for Human Rights denied reports that coalition air strikes killed 20 civilians in Raqqa on Monday.";

  it("discounts an incident whose every claim is called false by someone other than the party blamed", () => {
    const graded = gradeIncident([
      claim({ sentence: refuted }),
      claim({ outlet: "AFP", source: "activists", sentence: refuted }),
    ]);
    expect(graded.grade).toBe("discounted");
    expect(graded.reasons[0]).toMatch(
      /^reported wrongly: Syrian Observatory for Human Rights, not the party blamed \(US-led coalition\), says "denied reports"/,
    );
  });

  it("contests, not discounts, an incident the blamed party denies, or only one of whose reports is called false", () => {
    const denied = gradeIncident([
      claim({
        actor: "Russia",
        sentence:
          "The observatory said Russian air strikes killed 23 civilians in strikes on Idlib city on May 31 but Russia denied carrying out raids there that day.",
      }),
    ]);
    expect(denied).toEqual({
      grade: "contested",
      reasons: [`Russia, the party blamed, denies it: "denied" (claim ${id - 1})`],
    });
    const partly = gradeIncident([
      claim({ sentence: refuted }),
      claim({ outlet: "AFP", source: "activists" }),
    ]);
    expect(partly.grade).toBe("contested");
    expect(partly.reasons[0]).toMatch(/^Syrian Observatory for Human Rights calls one report of it false/);
  });

  it("discounts a duplicate before anything else, naming the incident kept", () => {
    const graded = gradeIncident(
      [claim({ source: "Russian defence ministry", actor: "Russian warplanes" })],
      {
        duplicate: { of: ["inc-aaaa"], articles: 2 },
      },
    );
    expect(graded).toEqual({
      grade: "discounted",
      reasons: ["duplicate of inc-aaaa: its 2 articles repost articles told there"],
    });
  });
});

describe("duplicates (findDuplicates)", () => {
  const c = (
    articleId: number,
    value: number,
    victim: DuplicateClaim["victim"] = "civilians",
  ): DuplicateClaim => ({
    id: id++,
    articleId,
    measure: "killed",
    victim,
    value,
  });

  it("finds an incident only reposts tell, and keeps the one their founder tells", () => {
    // Article 1 founded the story; 2 reposts it a day later ("on Monday" resolved to another date).
    const founderOf = new Map([
      [1, 1],
      [2, 1],
      [3, 3],
    ]);
    const kept = { id: "inc-kept", claims: [c(1, 20), c(1, 6, "children"), c(3, 21)] };
    const repost = { id: "inc-repost", claims: [c(2, 20), c(2, 6, "children")] };
    const found = findDuplicates([kept, repost], founderOf);
    expect([...found]).toEqual([["inc-repost", { of: ["inc-kept"], articles: 1 }]]);
  });

  it("keeps an incident a repost tells with a figure its founder does not give, or with the founder in it", () => {
    const founderOf = new Map([
      [1, 1],
      [2, 1],
    ]);
    const kept = { id: "inc-kept", claims: [c(1, 20)] };
    const other = { id: "inc-other", claims: [c(2, 35)] };
    expect(findDuplicates([kept, other], founderOf).size).toBe(0);
    const together = { id: "inc-together", claims: [c(1, 20), c(2, 20)] };
    expect(findDuplicates([together], founderOf).size).toBe(0);
  });
});

describe("who denies (FA-KES related-links boilerplate)", () => {
  it("reads 'Syrian Forces Deny' as the Syrian government's denial, not that of the Islamic State named before it", () => {
    const s =
      "43 Topic Violence Erupts as Islamic State Rises (1881) Related Syrian Forces Deny Killing Dozens of Civilians in Government-Led Airstrikes";
    expect(refutation(s, "ISIS")).toBeNull();
  });
});
