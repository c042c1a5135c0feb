// An incident: the reconciled range, the grade and its reasons, and every claim side by side with its
// quote highlighted in its sentence and a link to its article.
import { ApiError, api, type Claim, type IncidentDetail } from "../api.js";
import { el, replace } from "../dom.js";
import { day, num, range } from "../format.js";
import { GRADE_MEANING } from "../grades.js";
import { claimFigure, measureWords, quoteInSentence } from "../marks.js";
import { dashboardUrl, link } from "../nav.js";

export function loadingError(root: HTMLElement, what: string, error: unknown): void {
  const message = error instanceof ApiError ? error.message : String((error as Error).message ?? error);
  replace(
    root,
    link(dashboardUrl(), { class: "back" }, "← Dashboard"),
    el("h1", {}, `${what} could not be shown`),
    el("p", { class: "error", role: "alert" }, message),
  );
}

function headline(d: IncidentDetail): HTMLElement {
  const s = d.summary;
  const parts: HTMLElement[] = [];
  const killed = range(s.killed);
  const civ = range(s.civilians);
  parts.push(
    el(
      "span",
      { class: "toll" },
      killed ? `killed ${killed}` : civ ? `civilians killed ${civ}` : "no killed figure",
    ),
  );
  const injured = range(s.injured);
  if (injured) parts.push(el("span", { class: "toll injured" }, `injured ${injured}`));
  if (civ && killed) parts.push(el("span", { class: "toll sub" }, `civilians killed ${civ}`));
  const children = range(s.children);
  if (children) parts.push(el("span", { class: "toll sub" }, `children killed ${children}`));
  const women = range(s.women);
  if (women) parts.push(el("span", { class: "toll sub" }, `women killed ${women}`));
  return el("p", { class: "tolls" }, ...parts);
}

function figuresTable(d: IncidentDetail): HTMLElement | null {
  if (d.figures.length === 0) return null;
  return el(
    "table",
    { class: "figures" },
    el("caption", {}, "Reconciled figures (lowest, best, highest of what the sources say)"),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...["Measure", "Low", "Best", "High", "How", "Sources"].map((h) => el("th", { scope: "col" }, h)),
      ),
    ),
    el(
      "tbody",
      {},
      ...d.figures.map((f) =>
        el(
          "tr",
          {},
          el("td", {}, measureWords(f)),
          el("td", { class: "num" }, num(f.low)),
          el("td", { class: "num" }, num(f.best)),
          el("td", { class: "num" }, num(f.high)),
          el("td", {}, f.rule),
          el("td", {}, f.sources.join("; ")),
        ),
      ),
    ),
  );
}

function claimsTable(claims: Claim[]): HTMLElement {
  const sorted = [...claims].sort((a, b) => (a.published ?? "").localeCompare(b.published ?? ""));
  return el(
    "table",
    { class: "claims" },
    el("caption", {}, `Every source, side by side (${claims.length} claim${claims.length === 1 ? "" : "s"})`),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...["Outlet", "According to", "Figure", "Date", "Place", "Quote in its sentence", "Article"].map(
          (h) => el("th", { scope: "col" }, h),
        ),
      ),
    ),
    el(
      "tbody",
      {},
      ...sorted.map((c) =>
        el(
          "tr",
          { "data-claim": c.id },
          el(
            "td",
            {},
            c.outlet ?? "—",
            el("div", { class: "muted" }, c.published ? `published ${day(c.published)}` : ""),
          ),
          el("td", {}, c.source ?? "not attributed"),
          el(
            "td",
            { class: "nowrap" },
            el("strong", {}, claimFigure(c)),
            el("div", { class: "muted" }, measureWords(c)),
          ),
          el(
            "td",
            { class: "nowrap" },
            day(c.date),
            c.datePrecision && c.datePrecision !== "day" ? ` (${c.datePrecision})` : "",
          ),
          el("td", {}, c.place ?? "—"),
          el(
            "td",
            { class: "quote" },
            quoteInSentence(c),
            c.linkReason ? el("div", { class: "muted why" }, `linked: ${c.linkReason}`) : null,
          ),
          el(
            "td",
            {},
            link(
              `/articles/${encodeURIComponent(c.articleId)}${c.span ? `#claim-${encodeURIComponent(c.id)}` : ""}`,
              { class: "article-link" },
              c.articleTitle ?? "the article",
            ),
          ),
        ),
      ),
    ),
  );
}

/** Period tallies at its place ("300 killed since January"): context, never part of its figures. */
function tallies(claims: Claim[]): HTMLElement | null {
  if (claims.length === 0) return null;
  return el(
    "section",
    { class: "tallies", "aria-labelledby": "h-tallies" },
    el("h2", { id: "h-tallies" }, "Tallies over a period at this place"),
    el(
      "p",
      { class: "muted" },
      "Totals over weeks or months that include this incident; not counted in its figures.",
    ),
    el(
      "ul",
      {},
      ...claims.map((c) =>
        el(
          "li",
          {},
          el("strong", {}, claimFigure(c)),
          ` ${measureWords(c)}`,
          el(
            "span",
            { class: "muted" },
            ` — ${c.outlet ?? "outlet unknown"}${c.source ? `, according to ${c.source}` : ""}, ${day(c.date)}${c.datePrecision && c.datePrecision !== "day" ? ` (${c.datePrecision})` : ""} `,
          ),
          quoteInSentence(c),
          " ",
          link(
            `/articles/${encodeURIComponent(c.articleId)}#claim-${encodeURIComponent(c.id)}`,
            {},
            "article",
          ),
        ),
      ),
    ),
  );
}

export function renderIncident(root: HTMLElement, id: string): void {
  document.title = "Incident — Tally";
  replace(root, el("p", { class: "status" }, "Loading the incident…"));
  api
    .incident(id)
    .then((d) => {
      const s = d.summary;
      const where = [s.place ?? "Place unknown", s.admin1, s.country].filter(Boolean).join(", ");
      document.title = `${s.place ?? "Incident"} ${day(s.date)} — Tally`;
      replace(
        root,
        link(dashboardUrl(), { class: "back" }, "← Dashboard"),
        el("h1", {}, `${where} — ${day(s.date)}`),
        headline(d),
        el(
          "p",
          { class: "meta" },
          [
            s.actor ? `actor: ${s.actor}` : null,
            s.weapon ? `weapon: ${s.weapon}` : null,
            `place precision: ${s.geoPrecision}`,
            `${s.sources.length} source${s.sources.length === 1 ? "" : "s"} in ${num(s.articles)} article${s.articles === 1 ? "" : "s"}`,
          ]
            .filter(Boolean)
            .join(" · "),
        ),
        el(
          "section",
          { class: "grade-box", "aria-labelledby": "h-grade" },
          el(
            "h2",
            { id: "h-grade" },
            "Grade: ",
            el("span", { class: `grade grade-${d.grade.grade}` }, d.grade.grade),
          ),
          el("p", { class: "muted" }, GRADE_MEANING[d.grade.grade] ?? ""),
          d.grade.reasons.length > 0
            ? el("ul", { class: "reasons" }, ...d.grade.reasons.map((r) => el("li", {}, r)))
            : el("p", {}, "No reasons given."),
        ),
        s.notes && !d.grade.reasons.some((r) => s.notes.includes(r))
          ? el("p", { class: "notes" }, s.notes)
          : null,
        figuresTable(d),
        claimsTable(d.claims),
        tallies(d.periodTallies ?? []),
      );
    })
    .catch((error) => loadingError(root, "The incident", error));
}
