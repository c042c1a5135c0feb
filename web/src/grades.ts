// The grades' colours (Okabe–Ito, readable by most colour-blind readers) and what each means.
export const GRADE_COLOURS: Record<string, string> = {
  confirmed: "#009e73",
  fair: "#56b4e9",
  weak: "#e69f00",
  contested: "#cc79a7",
  discounted: "#8c8c8c",
};

export const GRADE_MEANING: Record<string, string> = {
  confirmed: "two or more independent sources agree",
  fair: "more than one source, not fully independent or not fully agreeing",
  weak: "one source",
  contested: "sources disagree on what happened or who did it",
  discounted: "only reposts, or every claim disputed by a party other than the one blamed",
};

export const gradeColour = (grade: string): string => GRADE_COLOURS[grade] ?? "#555555";
