import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

describe("splitSentences", () => {
  it("keeps U.S. and initials inside a sentence and offsets exact", () => {
    const text =
      "At least 21 worshipers were killed on Saturday when U.S. airstrikes struck a mosque. The Observatory said 31 people were killed.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "At least 21 worshipers were killed on Saturday when U.S. airstrikes struck a mosque.",
      "The Observatory said 31 people were killed.",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("treats blank lines as paragraph breaks", () => {
    const sentences = splitSentences("Raqqa under fire\n\nAbout 40 people were also killed on Tuesday");
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it("ends a sentence after a closing quote", () => {
    const text =
      '"Two women and two soldiers were killed in the attack." Earlier state television had reported the blast.';
    expect(splitSentences(text)).toHaveLength(2);
  });

  it("ends a photo caption at its credit, though no full stop does", () => {
    // FA-KES (TRT World, 19 April 2017).
    const text =
      "A boy who was injured sits inside a tent connected to Bab al-Hawa hospital near the Syrian-Turkish border Syria April 18 2017 (File photo) (TRT World and Agencies) A bomb killed six people and wounded more than 30 in Syrias second city Aleppo on Wednesday.";
    const sentences = splitSentences(text);
    expect(sentences.at(-1)?.text).toBe(
      "A bomb killed six people and wounded more than 30 in Syrias second city Aleppo on Wednesday.",
    );
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    // A wire credit in a dateline is no caption.
    expect(splitSentences("BEIRUT (Reuters) - At least 20 people were killed on Monday.")).toHaveLength(1);
  });
});
