// End to end: a store built from the fixtures by the CLI, `tally serve` on a free port, and Debian's
// chromium driven by playwright-core through the dashboard, an incident, an article, an upload and a
// hostile paste. Screenshots of each view go to test-results/screenshots/ (git-ignored) on every run.
// Skipped only when /usr/bin/chromium is missing (`apt-get install -y chromium`; .ci/run installs it).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/free-port.js";
import { root } from "../helpers/run-tally.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`e2e: skipped — ${CHROMIUM} is missing (install it: apt-get install -y chromium)`);
}

const shots = join(root, "test-results", "screenshots");
const FIXTURES = ["khan-shaykhun.jsonl", "discounted.jsonl"].map((f) =>
  join(root, "test/fixtures/incidents", f),
);
const PAYLOAD_SCRIPT = "<script>window.__pwned=1</script>";
const PAYLOAD_IMG = `<img src=x onerror="window.__pwned=1">`;

function run(args: string[]): void {
  execFileSync(process.execPath, [join(root, "bin/tally.js"), ...args], {
    cwd: root,
    env: { ...process.env, TZ: "UTC" },
    stdio: "pipe",
  });
}

describe.skipIf(!hasChromium)("dashboard (chromium)", () => {
  let dir = "";
  let server: ChildProcess | undefined;
  let serverLog = "";
  let base = "";
  let browser: Browser | undefined;
  let page: Page;
  const cspViolations: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    // `npm ci` builds both (prepare → build); build here only what is missing.
    if (!existsSync(join(root, "dist/src/cli/main.js"))) {
      execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "pipe" });
    }
    if (!existsSync(join(root, "dist/web/index.html"))) {
      execFileSync("npx", ["vite", "build", "--config", "web/vite.config.ts"], { cwd: root, stdio: "pipe" });
    }
    mkdirSync(shots, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), "tally-e2e-"));
    const db = join(dir, "e2e.db");
    for (const file of FIXTURES) run(["ingest", file, "--db", db]);

    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [join(root, "bin/tally.js"), "serve", "--db", db, "--port", String(port)],
      {
        cwd: root,
        env: { ...process.env, TZ: "UTC" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    server.stdout?.on("data", (c: Buffer) => {
      serverLog += c.toString();
    });
    server.stderr?.on("data", (c: Buffer) => {
      serverLog += c.toString();
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`tally serve exited (${server.exitCode}):\n${serverLog}`);
      const ok = await fetch(`${base}/api/stats`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`tally serve did not answer on ${base}:\n${serverLog}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    page = await browser.newPage({ viewport: { width: 1320, height: 1000 } });
    // Report every CSP violation the page sees (this init script is the harness's, not the page's).
    await page.addInitScript({
      content: `document.addEventListener("securitypolicyviolation", (e) => {
        console.error("CSP violation: " + e.violatedDirective + " blocked " + (e.blockedURI || "inline"));
      });`,
    });
    page.on("console", (m) => {
      if (m.type() !== "error") return;
      if (/Content[- ]Security[- ]Policy|CSP violation/i.test(m.text())) cspViolations.push(m.text());
      else consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(e.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
    expect(cspViolations, "CSP violations").toEqual([]);
  });

  const rows = () => page.locator("table.list tbody tr");
  const rowPlaces = () => page.locator("table.list tbody tr .incident-link").allTextContents();
  const listReady = () => page.waitForSelector("table.list tbody tr, .status:has-text('No incidents')");

  it("serves the dashboard with a strict Content-Security-Policy", async () => {
    const response = await page.goto(`${base}/`);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    // Routes the app owns are served index.html too.
    const deep = await fetch(`${base}/incidents/nothing-here`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('id="app"');
  });

  it("loads the dashboard: map, timeline and the incident list", async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector("svg.map path.country.focus");
    await page.waitForSelector("svg.map circle.marker");
    await page.waitForSelector("svg.timeline g.bar");
    await listReady();
    expect(await page.locator("svg.map path.country").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator("svg.map circle.marker").count()).toBeGreaterThan(0);
    expect(await rows().count()).toBeGreaterThan(1);
    await expect.poll(() => page.locator("#stats").textContent()).toMatch(/\d+ articles/);
    await page.screenshot({ path: join(shots, "dashboard.png"), fullPage: true });
  });

  it("filters by place through the form, in the URL", async () => {
    await page.goto(`${base}/`);
    await listReady();
    const before = await rowPlaces();
    const place = before[0] ?? "";
    expect(place).not.toBe("");
    await page.fill("#f-place", place);
    await page.click("form.filters button[type=submit]");
    await expect.poll(() => new URL(page.url()).searchParams.get("place")).toBe(place);
    await expect.poll(async () => (await rowPlaces()).every((p) => p === place)).toBe(true);
    const after = await rowPlaces();
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    // The shared URL gives the same view.
    await page.reload();
    await listReady();
    expect(await page.inputValue("#f-place")).toBe(place);
    expect(await rowPlaces()).toEqual(after);
    await page.screenshot({ path: join(shots, "dashboard-filtered.png"), fullPage: true });
  });

  it("clicking a marker filters by its place; clicking a bar filters by its period", async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector("svg.map circle.marker");
    const marker = page.locator("svg.map circle.marker").last();
    const place = (await marker.getAttribute("data-place")) ?? "";
    await marker.click();
    await expect.poll(() => new URL(page.url()).searchParams.get("place")).toBe(place);
    await expect.poll(async () => (await rowPlaces()).every((p) => p === place)).toBe(true);
    // The timeline follows the map.
    await page.waitForSelector("svg.timeline g.bar");

    await page.goto(`${base}/?interval=day`);
    await page.waitForSelector("svg.timeline g.bar");
    await listReady();
    const total = await rows().count();
    const bar = page.locator("svg.timeline g.bar").first();
    const period = (await bar.getAttribute("data-period")) ?? "";
    await bar.click();
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe(period);
    expect(new URL(page.url()).searchParams.get("to")).toBe(period);
    await listReady();
    const dates = await page.locator("table.list tbody tr td:first-child").allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.length).toBeLessThanOrEqual(total);
    for (const d of dates) expect(d.slice(0, 10) >= period || d.startsWith("date unknown")).toBe(true);
    // The map follows: markers outside the period are gone.
    await page.waitForSelector("svg.timeline g.bar.selected");
    // Keyboard: a bar is a button.
    await page.locator("svg.timeline g.bar.selected").first().focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe(null);
  });

  it("opens an incident: its range, grade and reasons, and every source with its quote marked", async () => {
    await page.goto(`${base}/?sort=-killed`);
    await listReady();
    // The incident with the most sources.
    const counts = await page.locator("table.list tbody tr td:last-child").allTextContents();
    const best = counts
      .map((c) => Number.parseInt(c, 10))
      .reduce((bi, n, i, all) => (n > (all[bi] ?? 0) ? i : bi), 0);
    await rows().nth(best).locator(".incident-link").click();
    await page.waitForSelector("table.claims tbody tr");
    expect(page.url()).toMatch(/\/incidents\//);
    await expect
      .poll(() => page.locator(".toll").first().textContent())
      .toMatch(/^(civilians )?killed \d[\d,]*(–\d[\d,]*)?/);
    expect(await page.locator(".grade-box .grade").textContent()).toMatch(
      /confirmed|fair|weak|contested|discounted/,
    );
    expect(await page.locator(".grade-box .reasons li").count()).toBeGreaterThan(0);
    const claims = page.locator("table.claims tbody tr");
    expect(await claims.count()).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < (await claims.count()); i++) {
      const mark = claims.nth(i).locator("q.sentence mark");
      expect(await mark.count()).toBeGreaterThan(0);
      expect((await mark.first().textContent())?.length).toBeGreaterThan(0);
    }
    await page.screenshot({ path: join(shots, "incident.png"), fullPage: true });
  });

  it("opens an article: its claims marked in the text, and the verdict", async () => {
    await page.locator("table.claims a.article-link").first().click();
    await page.waitForSelector(".article-text");
    expect(page.url()).toMatch(/\/articles\//);
    expect(await page.locator(".article mark").count()).toBeGreaterThan(0);
    expect(await page.locator(".verdict").textContent()).toMatch(/consistent|inconsistent|unverified/);
    await page.screenshot({ path: join(shots, "article.png"), fullPage: true });
  });

  it("uploads a file: the summary, and an error naming the bad line", async () => {
    const file = join(dir, "upload.jsonl");
    writeFileSync(
      file,
      `${JSON.stringify({
        id: "e2e-upload",
        published: "2017-04-20",
        outlet: "E2E Wire",
        title: "Shelling kills 9 in Deir ez-Zor",
        text: "Shelling killed nine civilians in the city of Deir ez-Zor on Wednesday, local activists said.",
      })}\n{not json\n`,
    );
    await page.goto(`${base}/ingest`);
    await page.setInputFiles("#i-file", file);
    await page.click("form.ingest-form:has(#i-file) button[type=submit]");
    const result = page.locator(".ingest-result").first();
    await result.waitFor();
    await expect.poll(() => result.locator("[data-count=stored]").textContent()).toBe("1");
    const errors = result.locator("table.errors tbody tr");
    expect(await errors.count()).toBeGreaterThan(0);
    expect(await errors.first().locator("td").nth(1).textContent()).toBe("2");
    expect(await errors.first().locator("td").nth(2).textContent()).not.toBe("");
    await page.screenshot({ path: join(shots, "ingest.png"), fullPage: true });
  });

  it("ingests pasted text holding <script> and <img onerror> and shows them as text, never running them", async () => {
    const text =
      `An air strike killed 14 civilians in Douma on Monday, the White Helmets said. ${PAYLOAD_SCRIPT} ` +
      `Witnesses said ${PAYLOAD_IMG} was written on a wall.`;
    await page.goto(`${base}/ingest`);
    await page.fill("#i-text", text);
    await page.fill("#i-title", `Douma strike ${PAYLOAD_IMG}`);
    await page.fill("#i-outlet", "E2E Paste");
    await page.fill("#i-published", "2017-04-11");
    await page.click("form.ingest-form:has(#i-text) button[type=submit]");
    const result = page.locator(".ingest-result").first();
    await result.waitFor();
    await expect.poll(() => result.locator("[data-count=stored]").textContent()).toBe("1");

    // Find the stored article through the API: an incident names it among its claims.
    const articleId = (await page.evaluate(`(async () => {
      const list = await (await fetch("/api/incidents?sort=-date&limit=500")).json();
      for (const item of list.items) {
        const detail = await (await fetch("/api/incidents/" + encodeURIComponent(item.id))).json();
        const claim = detail.claims.find((c) => c.outlet === "E2E Paste");
        if (claim) return claim.articleId;
      }
      return null;
    })()`)) as string | null;
    expect(articleId).not.toBeNull();
    await page.goto(`${base}/articles/${encodeURIComponent(articleId ?? "")}`);
    await page.waitForSelector(".article-text");
    expect(await page.locator(".article-text").textContent()).toContain(PAYLOAD_SCRIPT);
    expect(await page.locator(".article-text").textContent()).toContain(PAYLOAD_IMG);
    expect(await page.locator(".article-title").textContent()).toContain(PAYLOAD_IMG);
    expect(await page.locator("main img, main script").count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
    expect(await page.locator(".article mark").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, "article-hostile.png"), fullPage: true });
  });

  it("shows the server's errors verbatim", async () => {
    await page.goto(`${base}/incidents/no-such-incident`);
    await page.waitForSelector("main .error");
    const api = (await (await fetch(`${base}/api/incidents/no-such-incident`)).json()) as {
      error: { message: string };
    };
    expect(await page.locator("main .error").textContent()).toBe(api.error.message);
    expect(consoleErrors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([]);
  });
});
