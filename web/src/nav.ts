// History API navigation: links marked data-nav, and views calling navigate(), change the URL
// without a reload; the router (main.ts) renders the view for the new location.
import { type Attrs, type Child, el } from "./dom.js";

let onChange: () => void = () => {};

export function setRouter(render: () => void): void {
  onChange = render;
}

export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  onChange();
}

/** An in-app link: a real <a href> (open in a new tab works), followed without a reload. */
export function link(href: string, attrs: Attrs, ...children: Child[]): HTMLAnchorElement {
  return el("a", { ...attrs, href, "data-nav": true }, ...children);
}

/** Follow data-nav links through the router; modified clicks (new tab, …) are left to the browser. */
export function interceptLinks(root: Document): void {
  root.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target as Element | null;
    const a = target?.closest?.("a[data-nav]") as HTMLAnchorElement | null;
    if (!a || a.origin !== location.origin) return;
    event.preventDefault();
    navigate(a.pathname + a.search + a.hash);
  });
}

/** The dashboard URL the user last saw, so "back to the dashboard" keeps their filters. */
let lastDashboard = "/";
export const rememberDashboard = (url: string): void => {
  lastDashboard = url;
};
export const dashboardUrl = (): string => lastDashboard;
