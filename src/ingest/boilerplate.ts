// Page furniture that is never article text: menus, share buttons, cookie notices, comments,
// related links, newsletter boxes, ads. Removed before Readability looks for the main text (it
// keeps some of these when they sit inside the article's box) and from feed items' HTML.
import type { DomDocument, DomElement } from "./html-text.js";

// Elements that are never article text.
const FURNITURE_TAGS =
  "nav, aside, footer, form, button, script, style, noscript, iframe, svg, template, dialog, select, " +
  'textarea, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], ' +
  '[role="dialog"], [role="alertdialog"]';
// A class or id word (between "-", "_" or the ends) that marks page furniture.
const FURNITURE_WORD =
  /(?:^|[-_])(?:share|sharing|sharedaddy|social|related|comments?|respond|reply|cookies?|consent|gdpr|newsletter|subscribe|subscription|signup|promo|ads?|advert|advertisement|sponsored|breadcrumbs?|tags|taglist|short-url|outbrain|taboola|popup|modal|paywall|menu|navbar|masthead|sidebar|widget)(?:$|[-_])/i;

export function removeBoilerplate(doc: DomDocument): void {
  const doomed: DomElement[] = Array.from(doc.querySelectorAll(FURNITURE_TAGS));
  // A page header is furniture; a header inside the article holds its headline and byline.
  for (const header of Array.from(doc.querySelectorAll("header")))
    if (!header.closest("article")) doomed.push(header);
  for (const element of Array.from(doc.querySelectorAll("[class], [id]"))) {
    const words = `${element.getAttribute("id") ?? ""} ${element.getAttribute("class") ?? ""}`.split(/\s+/);
    if (words.some((word) => FURNITURE_WORD.test(word))) doomed.push(element);
  }
  const pageLength = doc.body?.textContent?.length ?? 0;
  for (const element of doomed) if (!holdsArticle(element, pageLength)) element.remove();
}

/**
 * Never remove the page itself or a box the article sits in, whatever its class says: a wrapper
 * such as <div class="has-sidebar"> or an ASP.NET page-wide <form> holds most of the page's text.
 */
function holdsArticle(element: DomElement, pageLength: number): boolean {
  return (
    /^(?:HTML|BODY|MAIN|ARTICLE)$/i.test(element.tagName) ||
    element.querySelector('article, main, [itemprop="articleBody"]') !== null ||
    (element.textContent?.length ?? 0) > pageLength / 2
  );
}
