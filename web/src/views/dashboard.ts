// The dashboard: filters (kept in the URL), the map and the timeline (each filters the other), the
// incident list with its ranges and grades, and export links.
import { ApiError, api, GRADES, type IncidentSummary, VICTIMS, WEAPONS } from "../api.js";
import { el, replace } from "../dom.js";
import { day, killedOf, killedText, num, range } from "../format.js";
import { GRADE_MEANING } from "../grades.js";
import { link, navigate, rememberDashboard } from "../nav.js";
import { apiParams, EMPTY, type Filters, isFiltered, readFilters, writeFilters } from "../url-state.js";
import { createMap, type MapView } from "./map.js";
import {
  createTimeline,
  type Period,
  periodsFromBuckets,
  periodsFromIncidents,
  type TimelineView,
} from "./timeline.js";

const LIMIT = 50;

interface Skeleton {
  form: HTMLFormElement;
  fields: Record<string, HTMLInputElement | HTMLSelectElement>;
  summary: HTMLElement;
  map: MapView;
  timeline: TimelineView;
  list: HTMLElement;
  status: HTMLElement;
  datalists: { actor: HTMLDataListElement; place: HTMLDataListElement };
}

let skeleton: Skeleton | undefined;
let controller: AbortController | undefined;

const go = (f: Filters, replaceState = false) => navigate(`/${writeFilters(f)}`, { replace: replaceState });

function input(name: string, label: string, type: string, attrs: Record<string, string> = {}) {
  const field = el("input", { id: `f-${name}`, name, type, autocomplete: "off", ...attrs });
  return { field, wrap: el("label", { for: `f-${name}` }, el("span", {}, label), field) };
}

function select(name: string, label: string, options: [string, string][]) {
  const field = el(
    "select",
    { id: `f-${name}`, name },
    ...options.map(([v, t]) => el("option", { value: v }, t)),
  );
  return { field, wrap: el("label", { for: `f-${name}` }, el("span", {}, label), field) };
}

function build(root: HTMLElement): Skeleton {
  const from = input("from", "From", "date");
  const to = input("to", "To", "date");
  const place = input("place", "Place", "text", { list: "dl-place", placeholder: "any" });
  const actor = input("actor", "Actor", "text", { list: "dl-actor", placeholder: "any" });
  const weapon = select("weapon", "Weapon", [["", "any"], ...WEAPONS.map((w): [string, string] => [w, w])]);
  const victim = select("victim", "Victims", [
    ["", "any"],
    ...VICTIMS.filter((v) => v !== "people").map((v): [string, string] => [v, v]),
  ]);
  const grade = select("grade", "Grade", [["", "any"], ...GRADES.map((g): [string, string] => [g, g])]);
  const interval = select("interval", "Timeline by", [
    ["week", "week"],
    ["day", "day"],
  ]);
  const bbox = el("input", { type: "hidden", name: "bbox" });
  const datalists = {
    place: el("datalist", { id: "dl-place" }),
    actor: el("datalist", { id: "dl-actor" }),
  };
  const fields = {
    from: from.field,
    to: to.field,
    place: place.field,
    actor: actor.field,
    weapon: weapon.field,
    victim: victim.field,
    grade: grade.field,
    interval: interval.field,
    bbox,
  };
  const clear = el("button", { type: "button", class: "secondary" }, "Clear filters");
  const form = el(
    "form",
    { class: "filters", role: "search", "aria-label": "Filter incidents" },
    from.wrap,
    to.wrap,
    place.wrap,
    actor.wrap,
    weapon.wrap,
    victim.wrap,
    grade.wrap,
    interval.wrap,
    bbox,
    el("div", { class: "actions" }, el("button", { type: "submit" }, "Apply"), clear),
    datalists.place,
    datalists.actor,
  );
  const current = () => readFilters(location.search);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const f = { ...current(), page: 1 };
    for (const key of ["from", "to", "place", "actor", "weapon", "victim", "grade", "bbox"] as const) {
      f[key] = fields[key].value.trim();
    }
    f.interval = fields.interval.value === "day" ? "day" : "week";
    go(f);
  });
  for (const s of [weapon.field, victim.field, grade.field, interval.field]) {
    s.addEventListener("change", () => form.requestSubmit());
  }
  clear.addEventListener("click", () => go({ ...EMPTY, interval: current().interval }));

  const summary = el("p", { class: "selection", "aria-live": "polite" });
  const mapBox = el("section", { class: "panel", "aria-labelledby": "h-map" });
  const timeBox = el("section", { class: "panel", "aria-labelledby": "h-time" });
  const mapBody = el("div");
  const timeBody = el("div");
  mapBox.append(el("h2", { id: "h-map" }, "Where"), mapBody);
  timeBox.append(el("h2", { id: "h-time" }, "When"), timeBody);

  const map = createMap(mapBody, (incident) => {
    const f = current();
    const same = incident.place !== null && f.place === incident.place;
    if (same || (!incident.place && f.bbox)) go({ ...f, place: "", bbox: "", page: 1 });
    else if (incident.place) go({ ...f, place: incident.place, bbox: "", page: 1 });
    else {
      const lon = incident.longitude ?? 0;
      const lat = incident.latitude ?? 0;
      const box = [lon - 0.1, lat - 0.1, lon + 0.1, lat + 0.1].map((n) => n.toFixed(3)).join(",");
      go({ ...f, place: "", bbox: box, page: 1 });
    }
  });
  const timeline = createTimeline(timeBody, (start, end) => {
    const f = current();
    if (f.from === start && f.to === end) go({ ...f, from: "", to: "", page: 1 });
    else go({ ...f, from: start, to: end, page: 1 });
  });

  const status = el("p", { class: "status", role: "status" });
  const list = el("section", { class: "incidents", "aria-labelledby": "h-list" });
  const exports = el(
    "p",
    { class: "exports" },
    "Export everything: ",
    ...(["incidents", "claims", "articles"] as const).flatMap((what) => [
      el("span", { class: "export-group" }, `${what} `),
      ...(["csv", "json", "geojson"] as const).map((format) =>
        el("a", { href: api.exportUrl(format, what), download: "" }, format),
      ),
    ]),
  );
  replace(
    root,
    el("h1", { class: "visually-hidden" }, "Dashboard"),
    form,
    summary,
    el("div", { class: "views" }, mapBox, timeBox),
    status,
    list,
    exports,
  );
  return { form, fields, summary, map, timeline, list, status, datalists };
}

const MAX_PAGES = 10;

/** Every incident the filters select, 500 a request; null when there are more than MAX_PAGES pages. */
async function allIncidents(params: URLSearchParams, signal: AbortSignal): Promise<IncidentSummary[] | null> {
  const page = (n: number) => {
    const q = new URLSearchParams(params);
    q.set("limit", "500");
    q.set("sort", "-date");
    q.set("page", String(n));
    return api.incidents(q, signal);
  };
  const first = await page(1);
  const pages = Math.ceil(first.total / 500);
  if (pages > MAX_PAGES) return null;
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => page(i + 2)));
  return [first, ...rest].flatMap((p) => p.items);
}

function describe(f: Filters): (string | Node)[] {
  const parts: string[] = [];
  if (f.place) parts.push(`at ${f.place}`);
  if (f.bbox) parts.push(`inside ${f.bbox}`);
  if (f.from && f.to) parts.push(f.from === f.to ? `on ${f.from}` : `from ${f.from} to ${f.to}`);
  else if (f.from) parts.push(`from ${f.from}`);
  else if (f.to) parts.push(`up to ${f.to}`);
  if (f.actor) parts.push(`by ${f.actor}`);
  if (f.weapon) parts.push(`with ${f.weapon}`);
  if (f.victim) parts.push(`with ${f.victim} among the victims`);
  if (f.grade) parts.push(`graded ${f.grade}`);
  if (parts.length === 0) return ["All incidents."];
  return [`Incidents ${parts.join(", ")}. `, link("/", { class: "clear" }, "Show all")];
}

function matcher(f: Filters): (i: IncidentSummary) => boolean {
  // As the API matches a place: whole, without case or diacritics; the place, province, country or id.
  const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const place = fold(f.place);
  const box = f.bbox.split(",").map(Number);
  return (i) => {
    if (place && ![i.place, i.admin1, i.country, i.gazetteerId].some((p) => p && fold(p) === place)) {
      return false;
    }
    if (box.length === 4 && box.every(Number.isFinite)) {
      const [x0, y0, x1, y1] = box as [number, number, number, number];
      if (i.longitude === null || i.latitude === null) return false;
      if (i.longitude < x0 || i.longitude > x1 || i.latitude < y0 || i.latitude > y1) return false;
    }
    return true;
  };
}

function fillList(target: HTMLDataListElement, values: (string | null)[]): void {
  const unique = [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
  target.replaceChildren(...unique.map((v) => el("option", { value: v })));
}

function gradeBadge(grade: string): HTMLElement {
  return el("span", { class: `grade grade-${grade}`, title: GRADE_MEANING[grade] ?? "" }, grade);
}

function table(items: IncidentSummary[], f: Filters): HTMLElement {
  const sortButton = (label: string, key: "date" | "killed") => {
    const asc = f.sort === key;
    const desc = f.sort === `-${key}`;
    const next = desc ? key : `-${key}`;
    return el(
      "th",
      { scope: "col", "aria-sort": asc ? "ascending" : desc ? "descending" : "none" },
      el(
        "button",
        { type: "button", class: "sort", onclick: () => go({ ...f, sort: next, page: 1 }) },
        label,
        asc ? " ▲" : desc ? " ▼" : "",
      ),
    );
  };
  return el(
    "table",
    { class: "list" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        sortButton("Date", "date"),
        el("th", { scope: "col" }, "Place"),
        sortButton("Killed", "killed"),
        el("th", { scope: "col" }, "Injured"),
        el("th", { scope: "col" }, "Actor"),
        el("th", { scope: "col" }, "Weapon"),
        el("th", { scope: "col" }, "Grade"),
        el("th", { scope: "col" }, "Sources"),
      ),
    ),
    el(
      "tbody",
      {},
      ...items.map((i) =>
        el(
          "tr",
          { "data-id": i.id },
          el(
            "td",
            { class: "nowrap" },
            day(i.date),
            i.datePrecision !== "day" ? ` (${i.datePrecision})` : "",
          ),
          el(
            "td",
            {},
            link(
              `/incidents/${encodeURIComponent(i.id)}`,
              { class: "incident-link" },
              i.place ?? "place unknown",
            ),
            el(
              "span",
              { class: "muted" },
              [i.admin1, i.country].filter(Boolean).length
                ? ` ${[i.admin1, i.country].filter(Boolean).join(", ")}`
                : "",
            ),
          ),
          el("td", { class: "num" }, killedText(killedOf(i)) || "—"),
          el("td", { class: "num" }, range(i.injured) || "—"),
          el("td", {}, i.actor ?? "—"),
          el("td", {}, i.weapon ?? "—"),
          el("td", {}, gradeBadge(i.grade)),
          el(
            "td",
            { title: i.sources.join("; ") },
            `${i.sources.length} (${num(i.articles)} article${i.articles === 1 ? "" : "s"})`,
          ),
        ),
      ),
    ),
  );
}

function pager(total: number, f: Filters): HTMLElement {
  const pages = Math.max(1, Math.ceil(total / LIMIT));
  return el(
    "nav",
    { class: "pager", "aria-label": "Pages" },
    el(
      "button",
      { type: "button", disabled: f.page <= 1, onclick: () => go({ ...f, page: f.page - 1 }) },
      "← Previous",
    ),
    ` Page ${f.page} of ${pages} `,
    el(
      "button",
      { type: "button", disabled: f.page >= pages, onclick: () => go({ ...f, page: f.page + 1 }) },
      "Next →",
    ),
  );
}

function showError(target: HTMLElement, error: unknown): void {
  if ((error as Error).name === "AbortError") return;
  const message = error instanceof ApiError ? error.message : String((error as Error).message ?? error);
  replace(target, el("span", { class: "error" }, message));
}

export function renderDashboard(root: HTMLElement, samePage: boolean): () => void {
  if (!samePage || !skeleton || !root.contains(skeleton.form)) skeleton = build(root);
  const s = skeleton;
  const f = readFilters(location.search);
  rememberDashboard(`/${writeFilters(f)}`);
  document.title = isFiltered(f) ? "Filtered incidents — Tally" : "Dashboard — Tally";
  for (const [key, field] of Object.entries(s.fields)) field.value = String(f[key as keyof Filters] ?? "");
  replace(s.summary, ...describe(f));

  controller?.abort();
  controller = new AbortController();
  const signal = controller.signal;
  replace(s.status, "Loading…");
  s.list.setAttribute("aria-busy", "true");

  // The list takes every filter; the map all but place/bbox (it dims the rest); the timeline all but dates.
  const list = api.incidents(apiParams(f, { page: f.page, limit: LIMIT, sort: f.sort }), signal);
  const mapF = { ...f, place: "", bbox: "" };
  const mapData = api.incidents(apiParams(mapF, { limit: 500, sort: "-killed" }), signal);
  const timeF = { ...f, from: "", to: "" };
  // With a victim, the API's sums for that victim; without, every incident once by its broadest figure
  // (counted here from the summaries, up to MAX_PAGES pages; beyond, the API's sums for "people").
  const byVictim = (victim: string, how: string) =>
    api
      .timeline(apiParams({ ...timeF, victim }, { interval: f.interval }), signal)
      .then((t) => ({ periods: periodsFromBuckets(t.buckets, victim), how }));
  const timeline: Promise<{ periods: Period[]; how: string }> = f.victim
    ? byVictim(f.victim, `Figures for ${f.victim} only.`)
    : allIncidents(apiParams(timeF), signal).then((all) =>
        all
          ? {
              periods: periodsFromIncidents(all, f.interval),
              how: "Each incident counts once, by people killed, else civilians, else children or women.",
            }
          : byVictim(
              "people",
              "Too many incidents to count each once here: these are figures for people killed, and " +
                "incidents whose sources count only civilians, children or women are left out (choose " +
                "a victim to see theirs).",
            ),
      );

  list
    .then((page) => {
      const shown = page.items.length;
      replace(
        s.status,
        page.total === 0
          ? "No incidents match these filters."
          : `${num(page.total)} incident${page.total === 1 ? "" : "s"}` +
              (page.total > shown
                ? `; ${num((f.page - 1) * LIMIT + 1)}–${num((f.page - 1) * LIMIT + shown)} shown`
                : "") +
              ". Ranges run from the lowest to the highest figure any source gives, with the best estimate.",
      );
      replace(
        s.list,
        el("h2", { id: "h-list" }, "Incidents"),
        page.total > 0 ? table(page.items, f) : null,
        page.total > LIMIT ? pager(page.total, f) : null,
      );
      s.list.removeAttribute("aria-busy");
    })
    .catch((error) => showError(s.status, error));

  mapData
    .then((page) => {
      s.map.update(page.items, page.total, { matches: matcher(f), active: Boolean(f.place || f.bbox) });
      fillList(
        s.datalists.place,
        page.items.map((i) => i.place),
      );
      fillList(
        s.datalists.actor,
        page.items.map((i) => i.actor),
      );
    })
    .catch((error) => showError(s.status, error));

  timeline
    .then(({ periods, how }) => s.timeline.update(periods, f.interval, { from: f.from, to: f.to }, how))
    .catch((error) => showError(s.status, error));

  return () => {
    controller?.abort();
    skeleton = undefined;
  };
}
