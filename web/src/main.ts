// The router: /, /incidents/:id, /articles/:id, /ingest (History API; the server sends index.html
// for every non-/api path that is not a file).
import { api } from "./api.js";
import { el, replace } from "./dom.js";
import { num } from "./format.js";
import { interceptLinks, setRouter } from "./nav.js";
import { renderArticle } from "./views/article.js";
import { renderDashboard } from "./views/dashboard.js";
import { renderIncident } from "./views/incident.js";
import { renderIngest } from "./views/ingest.js";

const app = document.getElementById("app") as HTMLElement;
let current = "";
let previous = "";
let dispose: (() => void) | undefined;

function route(): void {
  const path = location.pathname;
  const samePage = path === current;
  current = path;
  if (dispose && !samePage) {
    dispose();
    dispose = undefined;
  }
  for (const a of document.querySelectorAll("header nav a")) {
    const here = (a as HTMLAnchorElement).pathname === path;
    if (here) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  const incident = /^\/incidents\/([^/]+)\/?$/.exec(path);
  const article = /^\/articles\/([^/]+)\/?$/.exec(path);
  if (path === "/" || path === "/index.html") {
    dispose = renderDashboard(app, samePage) ?? dispose;
  } else if (incident?.[1]) {
    renderIncident(app, decodeURIComponent(incident[1]));
  } else if (article?.[1]) {
    renderArticle(app, decodeURIComponent(article[1]));
  } else if (path === "/ingest" || path === "/ingest/") {
    renderIngest(app, refreshStats);
  } else {
    document.title = "Not found — Tally";
    replace(app, el("h1", {}, "Not found"), el("p", {}, `There is no page at ${path}.`));
  }
  if (!samePage) {
    window.scrollTo(0, 0);
    // A new page: screen readers start at its content, as after a full load.
    if (previous) app.focus({ preventScroll: true });
  }
  previous = path;
}

async function refreshStats(): Promise<void> {
  const target = document.getElementById("stats");
  if (!target) return;
  try {
    const s = await api.stats();
    const dates = s.firstDate && s.lastDate ? `, ${s.firstDate} to ${s.lastDate}` : "";
    const outlets = typeof s.outlets === "number" ? s.outlets : s.outlets.length;
    replace(
      target,
      `${num(s.articles)} articles · ${num(s.claims)} claims · ${num(s.incidents)} incidents ` +
        `(${num(s.corroborated)} corroborated) · ${num(outlets)} outlets${dates}`,
    );
  } catch (error) {
    replace(target, `Stats unavailable: ${(error as Error).message}`);
  }
}

setRouter(route);
interceptLinks(document);
window.addEventListener("popstate", route);
route();
void refreshStats();
