// The grades' colours (Okabe–Ito, readable by most colour-blind readers) and what each means.
export const GRADE_COLOURS: Record<string, string> = {
  confirmed: "#009e73",
  fair: "#56b4e9",
  weak: "#e69f00",
  contested: "#cc79a7",
  discounted: "#8c8c8c",
};

// As src/incidents/grade.ts grades (after Airwars' grades).
export const GRADE_MEANING: Record<string, string> = {
  confirmed: "the party named as responsible acknowledges it",
  fair: "two or more independent sources, none contesting",
  weak: "one source",
  contested:
    "sources disagree on who did it or on the figures, the blamed party denies it, or a report is called false",
  discounted:
    "only reposts of another incident's reports tell it, or every report is called false by a party other than the one blamed",
};

export const gradeColour = (grade: string): string => GRADE_COLOURS[grade] ?? "#555555";
