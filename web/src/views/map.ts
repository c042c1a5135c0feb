// The map of Syria and Iraq: offline country boundaries (world-atlas, cut and bundled at build time),
// an SVG drawn with d3-geo, incidents as circles sized by √toll and coloured by grade.

import atlas from "virtual:region-atlas";
import { geoMercator, geoPath } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { GRADES, type IncidentSummary } from "../api.js";
import { activate, el, replace, svg } from "../dom.js";
import { day, killedOf, killedText, toll } from "../format.js";
import { GRADE_MEANING, gradeColour } from "../grades.js";

const FOCUS = new Set(["760", "368"]); // Syria, Iraq
const WIDTH = 620;
const HEIGHT = 440;
// A few cities for orientation (fixed coordinates, not data).
const CITIES: [string, number, number][] = [
  ["Damascus", 36.29, 33.51],
  ["Aleppo", 37.16, 36.2],
  ["Homs", 36.72, 34.73],
  ["Raqqa", 39.01, 35.95],
  ["Deir ez-Zor", 40.14, 35.33],
  ["Mosul", 43.13, 36.34],
  ["Baghdad", 44.36, 33.31],
  ["Basra", 47.78, 30.51],
];

type Country = Feature<Geometry, { name?: string }>;

/** The boundaries, bundled (no request at run time): focus countries and neighbours. */
function loadAtlas(): Promise<Country[]> {
  return Promise.resolve(atlas.features);
}

export interface MapSelection {
  /** Does this incident match the place or bbox filter (the others are drawn faint)? */
  matches: (incident: IncidentSummary) => boolean;
  active: boolean;
}

export interface MapView {
  update(items: IncidentSummary[], total: number, selection: MapSelection): void;
}

export function createMap(container: HTMLElement, onSelect: (incident: IncidentSummary) => void): MapView {
  const frame = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: "map",
    role: "group",
    "aria-label": "Map of incidents in Syria and Iraq",
  });
  const land = svg("g", { class: "land" });
  const markers = svg("g", { class: "markers" });
  frame.append(land, markers);
  const note = el("p", { class: "note", "aria-live": "polite" });
  const legend = el(
    "ul",
    { class: "legend", "aria-label": "Grades" },
    ...GRADES.map((g) =>
      el(
        "li",
        { title: GRADE_MEANING[g] ?? "" },
        el("span", { class: `swatch grade-${g}`, "aria-hidden": "true" }),
        g,
      ),
    ),
    el(
      "li",
      {},
      el("span", { class: "swatch approx", "aria-hidden": "true" }),
      "placed only to a province or country",
    ),
    el("li", { class: "size-key" }, "circle area ∝ killed (best, else maximum)"),
  );
  replace(container, frame, legend, note);

  const projection = geoMercator();
  const path = geoPath(projection);
  let ready = false;
  let pending: Parameters<MapView["update"]> | undefined;

  loadAtlas()
    .then((countries) => {
      const focus = countries.filter((c) => FOCUS.has(String(c.id)));
      projection.fitExtent(
        [
          [16, 16],
          [WIDTH - 16, HEIGHT - 16],
        ],
        { type: "FeatureCollection", features: focus },
      );
      const shapes = countries.map((c) =>
        svg("path", { d: path(c) ?? "", class: FOCUS.has(String(c.id)) ? "country focus" : "country" }),
      );
      const labels = countries
        .filter((c) => FOCUS.has(String(c.id)))
        .map((c) => {
          const [x, y] = path.centroid(c);
          return svg("text", { x, y: y + 40, class: "country-label" }, c.properties?.name ?? "");
        });
      const cities = CITIES.map(([name, lon, lat]) => {
        const [x, y] = projection([lon, lat]) ?? [0, 0];
        return svg(
          "g",
          { class: "city", "aria-hidden": "true" },
          svg("circle", { cx: x, cy: y, r: 1.8 }),
          svg("text", { x: x + 4, y: y - 3 }, name),
        );
      });
      land.replaceChildren(...shapes, ...labels, ...cities);
      ready = true;
      if (pending) draw(...pending);
    })
    .catch((error: Error) => replace(note, `The map could not be drawn: ${error.message}`));

  function draw(items: IncidentSummary[], total: number, selection: MapSelection): void {
    const placed = items.filter((i) => i.latitude !== null && i.longitude !== null);
    const biggest = Math.max(1, ...placed.map((i) => toll(killedOf(i).range)));
    const radius = (i: IncidentSummary) => 3 + 19 * Math.sqrt(toll(killedOf(i).range) / biggest);
    // Large circles first, so small ones stay clickable on top.
    const sorted = [...placed].sort((a, b) => toll(killedOf(b).range) - toll(killedOf(a).range));
    markers.replaceChildren(
      ...sorted.map((i) => {
        const [x, y] = projection([i.longitude as number, i.latitude as number]) ?? [0, 0];
        const killed = killedText(killedOf(i));
        const approx = i.geoPrecision === "province" || i.geoPrecision === "country";
        const label =
          `${i.place ?? "unknown place"}, ${day(i.date)}: ${killed ? `killed ${killed}` : "no killed figure"} (${i.grade})` +
          (approx ? `; placed at the ${i.geoPrecision}'s centre, not the event's site` : "");
        const dim = selection.active && !selection.matches(i);
        const marker = svg(
          "circle",
          {
            cx: x.toFixed(1),
            cy: y.toFixed(1),
            r: radius(i).toFixed(1),
            class: `marker${approx ? " approx" : ""}${dim ? " dim" : ""}${selection.active && !dim ? " selected" : ""}`,
            tabindex: 0,
            role: "button",
            "aria-label": `${label}. Filter by this place.`,
            "data-id": i.id,
            "data-place": i.place ?? "",
          },
          svg("title", {}, label),
        );
        marker.style.fill = gradeColour(i.grade);
        activate(marker, () => onSelect(i));
        return marker;
      }),
    );
    const unplaced = items.length - placed.length;
    const parts = [`${placed.length} incident${placed.length === 1 ? "" : "s"} on the map`];
    if (total > items.length) parts.push(`the ${items.length} largest of ${total} shown`);
    if (unplaced > 0) parts.push(`${unplaced} without coordinates (listed below)`);
    replace(note, `${parts.join("; ")}. Click a circle to filter by its place; click it again to clear.`);
  }

  return {
    update(items, total, selection) {
      pending = [items, total, selection];
      if (ready) draw(items, total, selection);
    },
  };
}
