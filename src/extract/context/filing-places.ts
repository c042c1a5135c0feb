// Where a story was filed or photographed is not where anything happened: a dateline opening a
// sentence ("BEIRUT (AFP) -", "Beirut (Reuters) –") or a photo credit ("REUTERS/Stringer").
// findPlaces drops the places these cover.

import type { Mention } from "./mention.js";

const AGENCY_SRC =
  "(?:AFP|Agence\\s+France[-\\s]Presse|Reuters|REUTERS|(?:The\\s+)?Associated\\s+Press|AP|Anadolu(?:\\s+Agency)?|ANADOLU|SANA|Xinhua|XINHUA|TASS|Sputnik|SPUTNIK)";
/**
 * A dateline opening a sentence, up to its agency or dash: "BEIRUT (AFP) -", "Beirut (Reuters) –",
 * "DAMASCUS Syria (The Associated Press …)", "DEIR EZ-ZOR (Syria) (Sputnik)", "Aleppo - ".
 */
const DATELINE = new RegExp(
  `^\\s*(?:[A-Z][\\w'’.-]*,?\\s+){0,3}[A-Z][\\w'’.-]*\\s*(?:\\([A-Z][\\w\\s.-]{0,30}\\)\\s*)*(?=\\(\\s*${AGENCY_SRC}(?![\\w])|[-–—]\\s)`,
);
/** A credit's slash-joined token: "REUTERS/Stringer", "AFP/Aleppo" (in "AFP/Aleppo Media Center"). */
const CREDIT = new RegExp(`(?<![\\w-])${AGENCY_SRC}\\s?/[^\\s()]+`, "g");

/** Drops where the story was filed or photographed (a dateline, a credit): not where it happened. */
export function withoutFilingPlaces<T extends Mention<unknown>>(sentence: string, out: T[]): T[] {
  const dateline = DATELINE.exec(sentence);
  const spans: Array<[number, number]> = dateline ? [[0, dateline[0].length]] : [];
  if (sentence.includes("/")) {
    CREDIT.lastIndex = 0;
    for (let m = CREDIT.exec(sentence); m; m = CREDIT.exec(sentence))
      spans.push([m.index, m.index + m[0].length]);
  }
  if (spans.length === 0) return out;
  return out.filter((p) => !spans.some(([s, e]) => p.start >= s && p.start < e));
}
