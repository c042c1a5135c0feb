// Ingest: upload files (multipart field `file`, one request each) or paste one article's text (JSON),
// with upload progress, then the server's summary and its errors exactly as it words them.
import { ApiError, type IngestResult, ingest } from "../api.js";
import { el, replace } from "../dom.js";
import { num } from "../format.js";
import { link } from "../nav.js";

function field(name: string, label: string, type = "text", attrs: Record<string, string> = {}) {
  const input = el("input", { id: `i-${name}`, name, type, autocomplete: "off", ...attrs });
  return { input, wrap: el("label", { for: `i-${name}` }, el("span", {}, label), input) };
}

function articleIds(result: IngestResult): string[] {
  const raw = result.articles ?? result.articleIds ?? result.ids;
  if (!Array.isArray(raw)) return [];
  return raw
    .map((a) => (typeof a === "string" ? a : typeof a === "object" && a && "id" in a ? String(a.id) : ""))
    .filter(Boolean);
}

function summary(name: string, r: IngestResult): HTMLElement {
  const ids = articleIds(r);
  const linked = r.linked && typeof r.linked === "object" ? Object.entries(r.linked) : [];
  return el(
    "section",
    { class: "ingest-result", "aria-label": `Result for ${name}` },
    el("h3", {}, name),
    el(
      "dl",
      { class: "counts" },
      ...(
        [
          ["stored", r.stored],
          ["duplicates", r.duplicates],
          ["rejected", r.rejected],
          ["claims", r.claims],
        ] as const
      ).flatMap(([k, v]) => [el("dt", {}, k), el("dd", { "data-count": k }, num(v))]),
      ...linked.flatMap(([k, v]) => [
        el("dt", {}, `linked: ${k}`),
        el("dd", {}, typeof v === "number" ? num(v) : JSON.stringify(v)),
      ]),
    ),
    ids.length > 0
      ? el(
          "p",
          {},
          "Stored: ",
          ...ids.flatMap((id, n) => [
            n > 0 ? ", " : "",
            link(`/articles/${encodeURIComponent(id)}`, { class: "stored-article" }, id),
          ]),
        )
      : null,
    r.errors.length > 0
      ? el(
          "table",
          { class: "errors" },
          el("caption", {}, `${r.errors.length} error${r.errors.length === 1 ? "" : "s"}`),
          el(
            "thead",
            {},
            el("tr", {}, ...["File", "Line", "Message"].map((h) => el("th", { scope: "col" }, h))),
          ),
          el(
            "tbody",
            {},
            ...r.errors.map((e) =>
              el(
                "tr",
                {},
                el("td", {}, e.file ?? "—"),
                el("td", { class: "num" }, e.line === null || e.line === undefined ? "—" : String(e.line)),
                el("td", { class: "error" }, e.message),
              ),
            ),
          ),
        )
      : el("p", {}, "No errors."),
  );
}

export function renderIngest(root: HTMLElement, onIngested: () => void): void {
  document.title = "Ingest — Tally";
  const files = el("input", {
    id: "i-file",
    name: "file",
    type: "file",
    multiple: true,
    accept: ".jsonl,.json,.ndjson,.txt,.html,.htm,.xml,.rss,.atom,.csv",
  });
  const text = el("textarea", {
    id: "i-text",
    name: "text",
    rows: 10,
    placeholder: "Paste the article's text",
  });
  const title = field("title", "Title");
  const outlet = field("outlet", "Outlet");
  const published = field("published", "Published", "date");
  const url = field("url", "URL", "url", { placeholder: "https://…" });
  const progress = el("progress", { max: 1, value: 0, "aria-label": "Upload progress" });
  const progressText = el("span", { class: "muted", "aria-live": "polite" });
  const results = el("div", { class: "results", "aria-live": "polite" });
  const fileButton = el("button", { type: "submit" }, "Upload");
  const pasteButton = el("button", { type: "submit" }, "Ingest text");

  const busy = (on: boolean) => {
    fileButton.disabled = on;
    pasteButton.disabled = on;
    progress.classList.toggle("hidden", !on);
  };
  busy(false);

  async function send(name: string, body: FormData | string, json: boolean): Promise<void> {
    progress.value = 0;
    progress.removeAttribute("value");
    replace(progressText, `Sending ${name}…`);
    try {
      const result = await ingest({
        body,
        json,
        onProgress: (loaded, total) => {
          if (total) {
            progress.max = total;
            progress.value = loaded;
            replace(progressText, `${name}: ${Math.round((100 * loaded) / total)}% sent`);
            if (loaded >= total) {
              progress.removeAttribute("value");
              replace(progressText, `${name}: sent; reading, extracting and linking…`);
            }
          }
        },
        onProcessed: (done, total) => {
          if (total) {
            progress.max = total;
            progress.value = done;
          }
          replace(
            progressText,
            `${name}: ${num(done)}${total ? ` of ${num(total)}` : ""} article${total === 1 ? "" : "s"} processed`,
          );
        },
      });
      results.prepend(summary(name, result));
      onIngested();
    } catch (error) {
      const message = error instanceof ApiError ? error.message : String((error as Error).message ?? error);
      results.prepend(
        el(
          "section",
          { class: "ingest-result failed" },
          el("h3", {}, name),
          el("p", { class: "error", role: "alert" }, message),
        ),
      );
    }
  }

  const fileForm = el(
    "form",
    { class: "ingest-form", "aria-labelledby": "h-upload" },
    el("h2", { id: "h-upload" }, "Upload files"),
    el("p", { class: "muted" }, "JSON Lines, CSV, text, HTML or a feed; each file is sent on its own."),
    el("label", { for: "i-file" }, el("span", {}, "Files"), files),
    el("div", { class: "actions" }, fileButton),
  );
  fileForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const list = [...(files.files ?? [])];
    if (list.length === 0) {
      replace(progressText, "Choose a file first.");
      return;
    }
    busy(true);
    for (const file of list) {
      const body = new FormData();
      body.append("file", file, file.name);
      await send(file.name, body, false);
    }
    busy(false);
    replace(progressText, `Done: ${list.length} file${list.length === 1 ? "" : "s"}.`);
  });

  const pasteForm = el(
    "form",
    { class: "ingest-form", "aria-labelledby": "h-paste" },
    el("h2", { id: "h-paste" }, "Paste an article"),
    el("label", { for: "i-text" }, el("span", {}, "Text"), text),
    el("div", { class: "row" }, title.wrap, outlet.wrap, published.wrap, url.wrap),
    el("div", { class: "actions" }, pasteButton),
  );
  pasteForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      replace(progressText, "Paste some text first.");
      return;
    }
    const payload: Record<string, string> = { text: text.value };
    if (title.input.value.trim()) payload.title = title.input.value.trim();
    if (outlet.input.value.trim()) payload.outlet = outlet.input.value.trim();
    if (published.input.value) payload.published = published.input.value;
    if (url.input.value.trim()) payload.url = url.input.value.trim();
    busy(true);
    await send(title.input.value.trim() || "pasted text", JSON.stringify(payload), true);
    replace(progressText, "Done.");
    busy(false);
  });

  replace(
    root,
    el("h1", {}, "Ingest articles"),
    el("div", { class: "ingest" }, fileForm, pasteForm),
    el("div", { class: "progress" }, progress, " ", progressText),
    el("h2", {}, "Results"),
    results,
  );
}
