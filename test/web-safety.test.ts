// The dashboard's code never turns data into markup, and its page holds nothing the CSP would block.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers/run-tally.js";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe("web/ safety", () => {
  const sources = files(join(root, "web/src")).filter((f) => f.endsWith(".ts"));

  it("never parses strings as HTML or sets inline styles as attributes", () => {
    const forbidden =
      /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML\s*\(|document\.write|createContextualFragment|DOMParser|setAttribute\(\s*["'`](style|on\w+)["'`]|\beval\s*\(|new Function\s*\(/;
    for (const file of sources) {
      const code = readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => !line.trim().startsWith("//"))
        .join("\n");
      expect(code, file).not.toMatch(forbidden);
    }
    expect(sources.length).toBeGreaterThan(5);
  });

  it("has no inline script, inline style or style attribute in index.html", () => {
    const html = readFileSync(join(root, "web/index.html"), "utf8");
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/\son\w+\s*=/i);
    for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
      expect(script).toMatch(/<script\b[^>]*\bsrc=/i);
      expect(script).toMatch(/>\s*<\/script>$/i);
    }
  });
});
