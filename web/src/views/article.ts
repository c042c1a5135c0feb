// An article: its text (untrusted: text nodes only) with every claim's span marked, its claims, and the
// verdict on it with its disagreements.
import { type ArticleDetail, api, type Claim } from "../api.js";
import { el, replace, safeHref } from "../dom.js";
import { day } from "../format.js";
import { claimFigure, marked, measureWords } from "../marks.js";
import { dashboardUrl, link } from "../nav.js";
import { loadingError } from "./incident.js";

const describeClaim = (c: Claim) =>
  `${claimFigure(c)} ${measureWords(c)}${c.source ? `, according to ${c.source}` : ""}${c.place ? `, ${c.place}` : ""}${c.date ? `, ${day(c.date)}` : ""}`;

function markedField(text: string, claims: Claim[], field: "title" | "text"): (Node | string)[] {
  const seen = new Set<string>();
  const spans = claims
    .filter((c) => c.span?.field === field)
    .map((c) => ({ start: c.span?.start ?? 0, end: c.span?.end ?? 0, value: c }));
  return marked(text, spans, (mark, covering) => {
    mark.setAttribute("title", covering.map(describeClaim).join("\n"));
    mark.setAttribute("data-claims", covering.map((c) => c.id).join(" "));
    // Each claim's first free mark is its anchor (#claim-ID), for links from the incident page.
    for (const c of covering) {
      const id = String(c.id);
      if (!seen.has(id) && !mark.id) {
        seen.add(id);
        mark.id = `claim-${id}`;
      }
    }
  });
}

function agreements(value: unknown): HTMLElement | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return el(
      "div",
      {},
      el("h3", {}, "Agreements"),
      el("ul", {}, ...value.map((v) => el("li", {}, typeof v === "string" ? v : JSON.stringify(v)))),
    );
  }
  if (typeof value === "number") {
    if (value === 0) return el("p", {}, "No figure of it is matched by another source yet.");
    return el(
      "p",
      {},
      value === 1 ? "1 figure agrees with other sources." : `${value} figures agree with other sources.`,
    );
  }
  if (typeof value === "object") {
    return el(
      "div",
      {},
      el("h3", {}, "Agreements"),
      el(
        "ul",
        {},
        ...Object.entries(value as Record<string, unknown>).map(([k, v]) =>
          el("li", {}, `${k}: ${typeof v === "string" || typeof v === "number" ? v : JSON.stringify(v)}`),
        ),
      ),
    );
  }
  return el("p", {}, String(value));
}

/** A link to the original when its URL is http(s); any other URL is shown as text, never followed. */
function original(url: string | null): (string | Node)[] {
  if (!url) return [];
  if (safeHref(url) === "#" || url.startsWith("/"))
    return [" · ", el("span", { class: "muted" }, `source URL (not a web link): ${url}`)];
  return [
    " · ",
    el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original article"),
  ];
}

function incidentLinks(a: ArticleDetail): HTMLElement | null {
  if (a.incidents.length === 0) return null;
  return el(
    "p",
    { class: "article-incidents" },
    `Tells ${a.incidents.length} incident${a.incidents.length === 1 ? "" : "s"}: `,
    ...a.incidents.flatMap((id, n) => [
      n > 0 ? ", " : "",
      link(`/incidents/${encodeURIComponent(id)}`, {}, `incident ${n + 1}`),
    ]),
  );
}

function verdictBox(a: ArticleDetail): HTMLElement {
  const v = a.verdict;
  if (!v) return el("section", { class: "verdict-box" }, el("h2", {}, "Verdict"), el("p", {}, "No verdict."));
  return el(
    "section",
    { class: "verdict-box", "aria-labelledby": "h-verdict" },
    el(
      "h2",
      { id: "h-verdict" },
      "Verdict: ",
      el("span", { class: `verdict verdict-${v.verdict}` }, v.verdict),
    ),
    v.disagreements.length > 0
      ? el(
          "div",
          {},
          el("h3", {}, "Disagreements"),
          el("ul", { class: "disagreements" }, ...v.disagreements.map((d) => el("li", {}, d))),
        )
      : el("p", {}, "No disagreement with other sources."),
    agreements(v.agreements),
  );
}

function claimList(a: ArticleDetail): HTMLElement {
  return el(
    "section",
    { class: "article-claims", "aria-labelledby": "h-claims" },
    el("h2", { id: "h-claims" }, `Claims (${a.claims.length})`),
    a.claims.length === 0
      ? el("p", {}, "No casualty claims were found in this article.")
      : el(
          "ol",
          {},
          ...a.claims.map((c) =>
            el(
              "li",
              {},
              el("a", { href: `#claim-${c.id}` }, claimFigure(c)),
              ` ${measureWords(c)}`,
              el(
                "span",
                { class: "muted" },
                `${c.source ? ` — ${c.source}` : ""}${c.place ? `, ${c.place}` : ""}, ${day(c.date)}`,
              ),
              c.incidentId
                ? el(
                    "span",
                    {},
                    " · ",
                    link(`/incidents/${encodeURIComponent(c.incidentId)}`, {}, "incident"),
                  )
                : null,
            ),
          ),
        ),
  );
}

export function renderArticle(root: HTMLElement, id: string): void {
  document.title = "Article — Tally";
  replace(root, el("p", { class: "status" }, "Loading the article…"));
  api
    .article(id)
    .then((a) => {
      document.title = `${a.title ?? "Article"} — Tally`;
      const title = a.title ?? "(no title)";
      replace(
        root,
        link(dashboardUrl(), { class: "back" }, "← Dashboard"),
        el(
          "article",
          { class: "article" },
          el("h1", { class: "article-title" }, ...markedField(title, a.claims, "title")),
          el(
            "p",
            { class: "meta" },
            `${a.outlet ?? "outlet unknown"} · published ${day(a.published)}`,
            ...original(a.url),
          ),
          el(
            "div",
            { class: "article-layout" },
            el(
              "div",
              { class: "article-text", "aria-label": "Article text" },
              ...markedField(a.text, a.claims, "text"),
            ),
            el("aside", {}, verdictBox(a), incidentLinks(a), claimList(a)),
          ),
        ),
      );
      if (location.hash)
        document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    })
    .catch((error) => loadingError(root, "The article", error));
}
