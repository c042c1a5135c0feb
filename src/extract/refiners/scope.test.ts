import { describe, expect, it } from "vitest";
import { AGGREGATE, decideScope } from "./scope.js";

const scopeOf = (sentence: string, figure: string, measure: Parameters<typeof decideScope>[2] = "killed") =>
  decideScope(sentence, sentence.indexOf(figure), measure).scope;

describe("decideScope", () => {
  it.each([
    ["At least 170 civilians have been killed in a week of heavy aerial bombing in Raqqa city", "170"],
    [
      "the International coalition airstrikes have killed at least 946 people since the third phase of Raqqa offensive announced in June",
      "946",
    ],
    ["the six-year war that has killed over 320,000 people", "320,000"],
    [
      "hundreds of civilians were killed and wounded in the escalating bombing campaign by the regime",
      "hundreds",
    ],
    [
      "Despite killing of at least 100000 people in the massive insurgency in Syria the US had said that it would enter the conflict",
      "100000",
    ],
    ["More than 290000 people have been killed since Syrias conflict erupted in March 2011.", "290000"],
    [
      "More than 150000 people have been killed since protests against Assads rule erupted in March 2011 meeting with repression.",
      "150000",
    ],
    [
      "Severe bombardment on Syrias biggest city has killed at least 84 civilians including children the monitor and a civil defence official said.",
      "84",
    ],
    [
      "More than 330000 people have been killed in Syria since the countrys conflict began in March 2011",
      "330000",
    ],
    ["Since Saturday at least 68 civilians have been killed in aerial attacks on the town.", "68"],
    ["76 children and 41 women were among those killed in clashes over the last 15 days", "76"],
    ["the Observatory documented the killing of 5812 civilians including 1733 children", "5812"],
  ])("aggregate: %s", (sentence, figure) => {
    expect(scopeOf(sentence, figure)).toBe("aggregate");
  });

  it.each([
    ["42 people, including 18 children and 12 women lost their lives in the U.S. airstrikes on Monday", "42"],
    ["At least 45 people have been killed in Aleppo in the last 24 hours according to monitors", "45"],
    [
      "Air strikes by Syrian regime war planes in Aleppo on Sunday have killed around 32 civilians in a rebel-held district a human rights monitor said.",
      "32",
    ],
    [
      "similar strikes killed 15 family members near the area, two days since similar strikes hit the village",
      "15",
    ],
    [
      "a Russian helicopter was shot down killing all five people on board in the biggest loss since they started operations in Syria",
      "five",
    ],
    [
      "The attack the first explosion to hit the heart of the western town since the outbreak of Syrias civil war in 2011 killed a nurse a hospital employee and two soldiers said Observatory director Abdel Rahman.",
      "two",
    ],
    [
      "A Russian military helicopter was shot down over Syria on Monday killing all five people on board in the single deadliest incident for Moscow since it intervened in the war.",
      "five",
    ],
  ])("event: %s", (sentence, figure) => {
    expect(scopeOf(sentence, figure)).toBe("event");
  });

  it("counts the displaced and trapped as a standing count", () => {
    expect(
      scopeOf("about 20,000 innocent civilians remain trapped in the besieged city", "20,000", "trapped"),
    ).toBe("aggregate");
  });
});

describe("aggregate patterns' keys", () => {
  const phrases = [
    "killed since June",
    "since the uprising began",
    "the toll so far",
    "in the past three weeks",
    "over two months",
    "in a week",
    "this year",
    "the past few days",
    "the war that has killed",
    "Severe bombardment on the city has killed",
    "killed in Syria's war",
    "the six-year civil war",
    "the observatory documented",
    "in the month of May",
    "between March 3 and 5",
    "on Monday and Tuesday",
    "its monthly toll",
    "overall",
    "in 2015",
  ];

  it("are plain lowercase words", () => {
    for (const { keys } of AGGREGATE) for (const key of keys) expect(key).toMatch(/^[a-z\d]+(?: [a-z\d]+)*$/);
  });

  it.each(phrases)("one starts a word of every match: %s", (phrase) => {
    const matched = AGGREGATE.filter(({ pattern }) => pattern.test(phrase));
    expect(matched.length).toBeGreaterThan(0);
    for (const { pattern, keys } of matched) {
      const words = pattern.exec(phrase)?.[0].toLowerCase() ?? "";
      expect(keys.some((key) => words.startsWith(key) || words.includes(` ${key}`))).toBe(true);
    }
  });

  it("leave a sentence without any of them an event", () => {
    expect(decideScope("Air strikes killed 12 people in Douma on Monday", 19, "killed")).toEqual({
      scope: "event",
      evidence: "",
    });
  });

  it("are found where the window cuts a word", () => {
    // The window starts 120 characters before the figure, inside "xsince".
    const sentence = `${"a".repeat(130)}xsince June ${"b".repeat(108)} 12 people were killed`;
    const figureAt = sentence.indexOf("12");
    expect(sentence.slice(figureAt - 120).startsWith("since")).toBe(true);
    expect(decideScope(sentence, figureAt, "killed")).toEqual({ scope: "aggregate", evidence: "since June" });
  });
});
