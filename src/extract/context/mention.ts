/** Something named in a sentence: offsets are relative to the string the finder was given. */
export interface Mention<T = string> {
  start: number;
  end: number;
  /** The canonical value (e.g. "Syrian Observatory for Human Rights" for "the Observatory"). */
  value: T;
  /** The matched surface text, `sentence.slice(start, end)`. */
  text: string;
  /** Name of the pattern that matched, for the claim's reason. */
  rule: string;
}
