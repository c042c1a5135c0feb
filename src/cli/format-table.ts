// One article's claims as a plain-text table for a terminal.
import type { Claim } from "../extract/types.js";
import type { ArticleClaims } from "./commands/extract.js";

export interface Column<T> {
  title: string;
  /** Widest the column may grow; longer cells are cut with "…". */
  max: number;
  cell: (item: T) => string | number | null;
}

/** A claim's figure as a cell: "42", or a range "10-20" ("?" for an open low end). */
export function figureCell(c: Pick<Claim, "value" | "high">): string | number | null {
  return c.high === null ? c.value : `${c.value ?? "?"}-${c.high}`;
}

const COLUMNS: readonly Column<Claim>[] = [
  { title: "measure", max: 9, cell: (c) => c.measure },
  { title: "victim", max: 10, cell: (c) => c.victim },
  { title: "value", max: 20, cell: figureCell },
  { title: "qualifier", max: 9, cell: (c) => c.qualifier },
  { title: "scope", max: 9, cell: (c) => c.scope },
  { title: "date", max: 10, cell: (c) => c.date },
  { title: "place", max: 20, cell: (c) => c.place },
  { title: "actor", max: 20, cell: (c) => c.actor },
  { title: "weapon", max: 9, cell: (c) => c.weapon },
  { title: "source", max: 24, cell: (c) => c.source },
  { title: "quote", max: 60, cell: (c) => c.quote },
];

/**
 * A heading line naming the article, a header row, one row per claim (or "(no claims)"), then a blank
 * line to set it apart from the next article's table.
 */
export function formatTable(article: ArticleClaims): string {
  const count = `${article.claims.length} claim${article.claims.length === 1 ? "" : "s"}`;
  const heading = `${article.doc}  published ${article.published ?? "unknown"}  ${count}`;
  return [heading, renderTable(COLUMNS, article.claims, "(no claims)"), "", ""].join("\n");
}

/** A header row, a rule, and one row per item (or the `empty` line), columns padded to fit. */
export function renderTable<T>(columns: readonly Column<T>[], items: readonly T[], empty: string): string {
  const rows = items.map((item) => columns.map((column) => cellText(column.cell(item), column.max)));
  const widths = columns.map((column, i) =>
    Math.max(column.title.length, ...rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const header = line(columns.map((column) => column.title));
  const rule = line(widths.map((width) => "-".repeat(width)));
  const body = rows.length > 0 ? rows.map(line) : [empty];
  return [header, rule, ...body].join("\n");
}

function cellText(value: string | number | null, max: number): string {
  if (value === null) return "-";
  const text = String(value).replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
