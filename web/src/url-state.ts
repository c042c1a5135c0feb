// Dashboard filters ⇄ the query string, so a view can be shared by its URL.

export const FILTER_KEYS = ["from", "to", "place", "actor", "weapon", "victim", "grade", "bbox"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface Filters {
  from: string;
  to: string;
  place: string;
  actor: string;
  weapon: string;
  victim: string;
  grade: string;
  bbox: string;
  interval: "day" | "week";
  page: number;
  sort: string;
}

export const EMPTY: Filters = {
  from: "",
  to: "",
  place: "",
  actor: "",
  weapon: "",
  victim: "",
  grade: "",
  bbox: "",
  interval: "week",
  page: 1,
  sort: "-date",
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SORTS = new Set(["date", "-date", "killed", "-killed"]);

export function readFilters(search: string): Filters {
  const q = new URLSearchParams(search);
  const text = (key: string) => (q.get(key) ?? "").trim();
  const date = (key: string) => (DATE.test(text(key)) ? text(key) : "");
  const page = Number.parseInt(text("page"), 10);
  return {
    from: date("from"),
    to: date("to"),
    place: text("place"),
    actor: text("actor"),
    weapon: text("weapon"),
    victim: text("victim"),
    grade: text("grade"),
    bbox: text("bbox"),
    interval: text("interval") === "day" ? "day" : "week",
    page: Number.isFinite(page) && page > 0 ? page : 1,
    sort: SORTS.has(text("sort")) ? text("sort") : "-date",
  };
}

/** The query string of the dashboard's URL: only what differs from the defaults. */
export function writeFilters(f: Filters): string {
  const q = new URLSearchParams();
  for (const key of FILTER_KEYS) if (f[key]) q.set(key, f[key]);
  if (f.interval !== EMPTY.interval) q.set("interval", f.interval);
  if (f.sort !== EMPTY.sort) q.set("sort", f.sort);
  if (f.page !== 1) q.set("page", String(f.page));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The API's parameters for these filters (incidents and timeline share them). */
export function apiParams(f: Filters, extra: Record<string, string | number> = {}): URLSearchParams {
  const q = new URLSearchParams();
  for (const key of FILTER_KEYS) if (f[key]) q.set(key, f[key]);
  for (const [key, value] of Object.entries(extra)) q.set(key, String(value));
  return q;
}

export function isFiltered(f: Filters): boolean {
  return FILTER_KEYS.some((key) => f[key] !== "");
}

/** The last day of the period that starts on `period` (a day, or a week of seven days). */
export function periodEnd(period: string, interval: "day" | "week" | "month"): string {
  const d = new Date(`${period}T00:00:00Z`);
  if (interval === "day") return period;
  if (interval === "week") d.setUTCDate(d.getUTCDate() + 6);
  else {
    d.setUTCMonth(d.getUTCMonth() + 1);
    d.setUTCDate(d.getUTCDate() - 1);
  }
  return d.toISOString().slice(0, 10);
}

/** The period a day falls in: itself, or the Monday that starts its ISO week (as the API counts). */
export function periodOf(date: string, interval: "day" | "week"): string {
  const day = date.slice(0, 10);
  if (interval === "day") return day;
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
