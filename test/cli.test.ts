// The tally command line, run as a real process from the TypeScript sources (no build needed).
import { describe, expect, it } from "vitest";
import { tally } from "./helpers/run-tally.js";

const fixtures = "test/fixtures/cli";

const jsonLines = (text: string): Array<Record<string, unknown>> =>
  text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe("tally extract", () => {
  it("prints one JSON line per article, in input order, with doc, published and claims", async () => {
    const run = await tally(["extract", `${fixtures}/articles.jsonl`]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.doc)).toEqual(["first", "second", "third"]);
    expect(lines.map((line) => line.published)).toEqual(["2017-04-05", "2016-07-10", "2015-07-05T12:00:00Z"]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(["doc", "published", "claims"]);
      expect(Array.isArray(line.claims)).toBe(true);
    }
  });

  it("reports each malformed line as file:line: reason, exits 2, and still outputs the good lines", async () => {
    const file = `${fixtures}/mixed.jsonl`;
    const run = await tally(["extract", file]);
    expect(run.code).toBe(2);
    expect(jsonLines(run.stdout).map((line) => line.doc)).toEqual(["good-1", "good-2", "good-3"]);
    const errors = run.stderr.trimEnd().split("\n");
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(new RegExp(`^${file}:2: not valid JSON`));
    expect(errors[1]).toBe(`${file}:4: "text" is required`);
    expect(errors[2]).toMatch(new RegExp(`^${file}:5: "published" must be an ISO date`));
    noStackTrace(run.stderr);
  });

  it("reads JSON Lines from stdin when the file is -", async () => {
    const input = '{"id": "piped", "published": "2017-01-02", "text": "From a pipe."}\nnot json\n';
    const run = await tally(["extract", "-"], input);
    expect(run.code).toBe(2);
    expect(jsonLines(run.stdout)).toEqual([{ doc: "piped", published: "2017-01-02", claims: [] }]);
    expect(run.stderr).toMatch(/^<stdin>:2: not valid JSON/);
  });

  it("refuses to read stdin twice", async () => {
    const run = await tally(["extract", "-", "-"], "");
    expect(run.code).toBe(64);
    expect(run.stderr).toBe('tally: standard input ("-") can be read only once\n');
  });

  it("takes a .txt file as one article named after the file, dated by --published", async () => {
    const run = await tally(["extract", "--published", "2017-06-22", `${fixtures}/plain-article.txt`]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([{ doc: "plain-article", published: "2017-06-22", claims: [] }]);
  });

  it("dates .txt files from a --dates file such as seeds.json", async () => {
    const run = await tally([
      "extract",
      "--dates",
      `${fixtures}/dates.json`,
      `${fixtures}/plain-article.txt`,
    ]);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([{ doc: "plain-article", published: "2017-09-14", claims: [] }]);
  });

  it("prints a table with a header per article with --format table", async () => {
    const run = await tally(["extract", "--format", "table", `${fixtures}/articles.jsonl`]);
    expect(run.code).toBe(0);
    const headers = run.stdout
      .split("\n")
      .filter((line) => /^measure\s+victim\s+value\s+qualifier\b/.test(line));
    expect(headers).toHaveLength(3);
    for (const column of ["scope", "date", "place", "actor", "weapon", "source", "quote"]) {
      expect(headers[0]).toContain(column);
    }
    expect(run.stdout).toMatch(/^first\s.*2017-04-05/m);
    expect(run.stdout).not.toContain('"claims"');
  });

  it("answers an unknown option with a usage error and no stack trace", async () => {
    const run = await tally(["extract", "--bogus", `${fixtures}/articles.jsonl`]);
    expect(run.code).toBe(64);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/unknown option '--bogus'/);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    noStackTrace(run.stderr);
  });

  it("reports a claim from a real sentence", async () => {
    const text =
      "At least 22 people were killed in U.S. air strikes on Raqqa on Saturday, the Syrian Observatory for Human Rights said.";
    const run = await tally(
      ["extract", "-"],
      `${JSON.stringify({ id: "raqqa", published: "2015-07-05", text })}\n`,
    );
    expect(run.code).toBe(0);
    const [line] = jsonLines(run.stdout);
    expect(line?.claims).toContainEqual(expect.objectContaining({ measure: "killed", value: 22 }));
  });
});
