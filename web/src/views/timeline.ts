// The timeline: one bar per day or week. Killed above the axis (the best figure solid, the min–max
// band pale behind it), injured below it the same way. Clicking a bar sets the date filter to it.
import type { Bucket, IncidentSummary, Range } from "../api.js";
import { activate, el, replace, svg } from "../dom.js";
import { killedOf, num, range } from "../format.js";
import { periodEnd, periodOf } from "../url-state.js";

const WIDTH = 620;
const HEIGHT = 300;
const M = { top: 14, right: 12, bottom: 26, left: 46 };
const DAY = 86_400_000;

export interface Period {
  period: string;
  killed: Bucket | undefined;
  injured: Bucket | undefined;
}

const GENERIC = new Set(["people", "all", "any", ""]);

/** One bucket per period: the victim asked for, else the generic count ("people"), else the largest. */
export function pickBuckets(buckets: readonly Bucket[], victim: string): Map<string, Bucket> {
  const byPeriod = new Map<string, Bucket[]>();
  for (const b of buckets) byPeriod.set(b.period, [...(byPeriod.get(b.period) ?? []), b]);
  const out = new Map<string, Bucket>();
  const size = (b: Bucket) => b.max ?? b.best ?? b.min ?? 0;
  for (const [period, list] of byPeriod) {
    const chosen =
      (victim ? list.find((b) => b.victim === victim) : undefined) ??
      list.find((b) => GENERIC.has(b.victim ?? "")) ??
      [...list].sort((a, b) => size(b) - size(a))[0];
    if (chosen) out.set(period, chosen);
  }
  return out;
}

/** Periods from the buckets of /api/timeline (one victim's figures: exact sums for that victim). */
export function periodsFromBuckets(buckets: readonly Bucket[], victim: string): Period[] {
  const killed = pickBuckets(
    buckets.filter((b) => b.measure === "killed"),
    victim,
  );
  const injured = pickBuckets(
    buckets.filter((b) => b.measure === "injured"),
    victim,
  );
  return [...new Set([...killed.keys(), ...injured.keys()])]
    .sort()
    .map((period) => ({ period, killed: killed.get(period), injured: injured.get(period) }));
}

/**
 * Periods summed from incidents, each counted once by its broadest killed figure (people, else
 * civilians, else children or women) and its injured: figures for different victims overlap, so the
 * API's per-victim buckets cannot be added up.
 */
export function periodsFromIncidents(items: readonly IncidentSummary[], interval: "day" | "week"): Period[] {
  const add = (into: Bucket | undefined, period: string, measure: string, r: Range): Bucket | undefined => {
    const lo = r.min ?? r.best ?? r.max;
    const best = r.best ?? r.min ?? r.max;
    const hi = r.max ?? r.best ?? r.min;
    if (lo === null || best === null || hi === null) return into;
    const b = into ?? { period, measure, victim: null, min: 0, best: 0, max: 0, incidents: 0 };
    b.min = (b.min ?? 0) + lo;
    b.best = (b.best ?? 0) + best;
    b.max = (b.max ?? 0) + hi;
    b.incidents += 1;
    return b;
  };
  const out = new Map<string, Period>();
  for (const i of items) {
    if (!i.date) continue;
    const period = periodOf(i.date, interval);
    const p = out.get(period) ?? { period, killed: undefined, injured: undefined };
    p.killed = add(p.killed, period, "killed", killedOf(i).range);
    p.injured = add(p.injured, period, "injured", i.injured);
    out.set(period, p);
  }
  return [...out.values()]
    .filter((p) => p.killed || p.injured)
    .sort((a, b) => a.period.localeCompare(b.period));
}

function niceMax(n: number): number {
  if (n <= 5) return 5;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

const ms = (period: string) => Date.parse(`${period}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export interface TimelineView {
  update(
    periods: Period[],
    interval: "day" | "week",
    selected: { from: string; to: string },
    how: string,
  ): void;
}

export function createTimeline(
  container: HTMLElement,
  onSelect: (from: string, to: string) => void,
): TimelineView {
  const frame = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: "timeline",
    role: "group",
    "aria-label": "Killed and injured over time",
  });
  const key = el(
    "ul",
    { class: "legend" },
    el("li", {}, el("span", { class: "swatch killed-best", "aria-hidden": "true" }), "killed (best)"),
    el("li", {}, el("span", { class: "swatch killed-band", "aria-hidden": "true" }), "killed (min–max)"),
    el("li", {}, el("span", { class: "swatch injured-best", "aria-hidden": "true" }), "injured (best)"),
    el("li", {}, el("span", { class: "swatch injured-band", "aria-hidden": "true" }), "injured (min–max)"),
  );
  const note = el("p", { class: "note", "aria-live": "polite" });
  replace(container, frame, key, note);

  return {
    update(periods, interval, selected, how) {
      frame.replaceChildren();
      if (periods.length === 0) {
        replace(note, `No dated figures match these filters. ${how}`);
        return;
      }
      const step = interval === "day" ? DAY : 7 * DAY;
      let t0 = Math.min(...periods.map((p) => ms(p.period)));
      let t1 = Math.max(...periods.map((p) => ms(p.period))) + step;
      // At least twelve periods wide, so one bar is a bar and not the whole chart.
      const missing = 12 - Math.round((t1 - t0) / step);
      if (missing > 0) {
        t0 -= Math.floor(missing / 2) * step;
        t1 += Math.ceil(missing / 2) * step;
      }
      const span = Math.max(t1 - t0, step);
      const innerW = WIDTH - M.left - M.right;
      const x = (t: number) => M.left + ((t - t0) / span) * innerW;
      const barW = Math.max(2, (step / span) * innerW - 1);
      const top = (b: Bucket | undefined) => (b ? (b.max ?? b.best ?? b.min ?? 0) : 0);
      const kMax = niceMax(Math.max(0, ...periods.map((p) => top(p.killed))));
      const iMax = niceMax(Math.max(0, ...periods.map((p) => top(p.injured))));
      // Killed gets two thirds of the height above the axis, injured a third below.
      const innerH = HEIGHT - M.top - M.bottom;
      // Without injured figures, killed takes the whole height.
      const anyInjured = periods.some((p) => top(p.injured) > 0);
      const axisY = M.top + innerH * (anyInjured ? 0.64 : 1);
      const kH = axisY - M.top;
      const iH = M.top + innerH - axisY;
      const yk = (n: number) => axisY - (n / kMax) * kH;
      const yi = (n: number) => axisY + (n / iMax) * iH;

      const grid = svg("g", { class: "axis" });
      for (const f of [0.5, 1]) {
        const v = kMax * f;
        grid.append(
          svg("line", { x1: M.left, x2: WIDTH - M.right, y1: yk(v), y2: yk(v), class: "gridline" }),
          svg("text", { x: M.left - 6, y: yk(v) + 4, class: "tick y" }, num(v)),
        );
      }
      grid.append(svg("text", { x: M.left + 4, y: M.top + 8, class: "axis-title" }, "killed ↑"));
      if (anyInjured) {
        grid.append(
          svg("line", { x1: M.left, x2: WIDTH - M.right, y1: yi(iMax), y2: yi(iMax), class: "gridline" }),
          svg("text", { x: M.left - 6, y: yi(iMax) + 4, class: "tick y" }, num(iMax)),
          svg("text", { x: M.left + 4, y: HEIGHT - M.bottom - 4, class: "axis-title" }, "injured ↓"),
        );
      }
      // Date ticks: about six, at period starts.
      const ticks = 6;
      for (let i = 0; i <= ticks; i++) {
        const t = t0 + ((t1 - t0) * i) / ticks;
        const label = span > 400 * DAY ? iso(t).slice(0, 7) : iso(t);
        grid.append(
          svg("line", {
            x1: x(t),
            x2: x(t),
            y1: HEIGHT - M.bottom,
            y2: HEIGHT - M.bottom + 4,
            class: "tickmark",
          }),
          svg(
            "text",
            {
              x: x(t),
              y: HEIGHT - M.bottom + 16,
              class: `tick x${i === 0 ? " first" : i === ticks ? " last" : ""}`,
            },
            label,
          ),
        );
      }

      const hasSel = Boolean(selected.from || selected.to);
      const bars = svg("g", { class: "bars" });
      for (const p of periods) {
        const left = x(ms(p.period));
        const end = periodEnd(p.period, interval);
        const inSel = (!selected.from || end >= selected.from) && (!selected.to || p.period <= selected.to);
        const k = p.killed;
        const inj = p.injured;
        const label =
          `${interval === "day" ? p.period : `week of ${p.period}`}: ` +
          `killed ${range(k ? { min: k.min, best: k.best, max: k.max } : null) || "none reported"}, ` +
          `injured ${range(inj ? { min: inj.min, best: inj.best, max: inj.max } : null) || "none reported"}; ` +
          `${num(Math.max(k?.incidents ?? 0, inj?.incidents ?? 0))} incident(s)`;
        const g = svg(
          "g",
          {
            class: `bar${hasSel && !inSel ? " dim" : ""}${hasSel && inSel ? " selected" : ""}`,
            tabindex: 0,
            role: "button",
            "aria-label": `${label}. Filter to this ${interval}.`,
            "data-period": p.period,
          },
          svg("title", {}, label),
          // A transparent hit area the full height, so a short bar is easy to click.
          svg("rect", { x: left, y: M.top, width: barW, height: innerH, class: "hit" }),
        );
        if (k) {
          const lo = k.min ?? k.best ?? 0;
          const hi = k.max ?? k.best ?? lo;
          g.append(
            svg("rect", { x: left, y: yk(hi), width: barW, height: axisY - yk(hi), class: "killed-band" }),
          );
          const best = k.best ?? k.min ?? 0;
          g.append(
            svg("rect", {
              x: left,
              y: yk(best),
              width: barW,
              height: axisY - yk(best),
              class: "killed-best",
            }),
          );
          if (k.min !== null && k.max !== null && k.min !== k.max) {
            g.append(svg("line", { x1: left, x2: left + barW, y1: yk(lo), y2: yk(lo), class: "min-line" }));
          }
        }
        if (inj && anyInjured) {
          const hi = inj.max ?? inj.best ?? inj.min ?? 0;
          g.append(
            svg("rect", { x: left, y: axisY, width: barW, height: yi(hi) - axisY, class: "injured-band" }),
          );
          const best = inj.best ?? inj.min ?? 0;
          g.append(
            svg("rect", { x: left, y: axisY, width: barW, height: yi(best) - axisY, class: "injured-best" }),
          );
        }
        activate(g, () => onSelect(p.period, end));
        bars.append(g);
      }
      frame.append(
        grid,
        bars,
        svg("line", { x1: M.left, x2: WIDTH - M.right, y1: axisY, y2: axisY, class: "baseline" }),
      );
      replace(
        note,
        `${periods.length} ${interval === "day" ? "day" : "week"}${periods.length === 1 ? "" : "s"} with figures. ` +
          "Pale bars run from the lowest to the highest figure reported; the dark bar is the best estimate; " +
          `a line marks the lowest. ${anyInjured ? "" : "No injured figures here. "}${how} Click a bar to filter to its period; click it again to clear.`,
      );
    },
  };
}
