// The API (src/server) on a store built from the incident fixtures through the ingest path, asked
// with app.request(): each endpoint's shape (checked against the schemas openapi.json publishes),
// filters, paging, sorting, errors that name the parameter, security headers, and ingest.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { relinkChanged } from "../../src/incidents/relink.js";
import { ingest } from "../../src/ingest/run-ingest.js";
import { createApp, SECURITY_HEADERS } from "../../src/server/app.js";
import {
  articleDetail,
  errorAnswer,
  incidentDetail,
  incidentList,
  ingestAnswer,
  statsAnswer,
  timelineAnswer,
} from "../../src/server/schemas.js";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import { STACK_LINE, tally } from "../helpers/run-tally.js";

let dir: string;
let db: string;
let store: Store;
let app: Hono;
const logged: unknown[] = [];

const FIXTURES = ["khan-shaykhun.jsonl", "discounted.jsonl"].map((f) => join("test/fixtures/incidents", f));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tally-api-"));
  db = join(dir, "tally.db");
  store = openStore(db);
  await ingest(FIXTURES, store, { report: (e) => expect.fail(e.describe()), workers: 0 });
  relinkChanged(store);
  app = createApp(store, { webRoot: join(dir, "no-web"), ingestWorkers: 0, log: (e) => logged.push(e) });
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(url: string): Promise<{ status: number; body: unknown; headers: Headers }> {
  const r = await app.request(url);
  const text = await r.text();
  return { status: r.status, body: text.startsWith("{") ? JSON.parse(text) : text, headers: r.headers };
}

async function expectBad(url: string, parameter: string): Promise<void> {
  const { status, body } = await get(url);
  expect(status, url).toBe(400);
  const error = errorAnswer.parse(body).error;
  expect(error.parameter, url).toBe(parameter);
  expect(error.code).toBe("BAD_PARAMETER");
}

describe("GET /api/incidents", () => {
  it("lists summaries with the total, newest first by default", async () => {
    const { status, body } = await get("/api/incidents");
    expect(status).toBe(200);
    const list = incidentList.parse(body);
    expect(list.total).toBe(store.incidentCounts().incidents);
    expect(list.items.length).toBe(list.total);
    expect([list.page, list.limit]).toEqual([1, 50]);
    const dates = list.items.map((i) => i.date ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    // Exactly the summary's keys, in its order.
    expect(Object.keys(list.items[0] ?? {})).toEqual(Object.keys(incidentList.shape.items.element.shape));
    const ks = list.items.find((i) => i.articles === 2);
    expect(ks).toMatchObject({
      place: expect.stringMatching(/^Kh.n Sh/),
      grade: "fair",
      killed: { min: 58, best: 72, max: 72 },
    });
  });

  it("pages, keeping the total", async () => {
    const all = incidentList.parse((await get("/api/incidents?sort=date")).body);
    const first = incidentList.parse((await get("/api/incidents?sort=date&limit=2&page=1")).body);
    const second = incidentList.parse((await get("/api/incidents?sort=date&limit=2&page=2")).body);
    expect(first.total).toBe(all.total);
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(
      all.items.slice(0, 4).map((i) => i.id),
    );
    const beyond = incidentList.parse((await get("/api/incidents?page=99")).body);
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(all.total);
  });

  it("sorts by killed, incidents without the figure last", async () => {
    const list = incidentList.parse((await get("/api/incidents?sort=-killed")).body);
    const killed = list.items.map((i) => i.killed.best);
    expect(killed[0]).toBe(Math.max(...killed.filter((k): k is number => k !== null)));
    const asc = incidentList
      .parse((await get("/api/incidents?sort=killed")).body)
      .items.map((i) => i.killed.best);
    const known = asc.filter((k) => k !== null);
    expect(asc.slice(0, known.length)).toEqual([...known].sort((a, b) => (a as number) - (b as number)));
  });

  it("filters by dates, box, place, grade, measure and victim", async () => {
    const ids = async (query: string) =>
      incidentList.parse((await get(`/api/incidents?${query}`)).body).items.map((i) => i.place);
    expect(await ids("from=2017-04-04&to=2017-04-04")).toEqual(expect.arrayContaining(["Aleppo"]));
    expect(await ids("from=2017-04-05&to=2017-04-05")).toEqual([]);
    // Idlib province, not Aleppo city or Raqqa.
    const idlib = await ids("bbox=36.4,35.3,36.8,35.6");
    expect(idlib.length).toBe(1);
    expect(idlib[0]).toMatch(/^Kh.n Sh/);
    expect(await ids("bbox=0,0,1,1")).toEqual([]);
    expect(await ids("place=aleppo")).toEqual(["Aleppo"]);
    expect((await ids("grade=discounted")).length).toBeGreaterThan(0);
    expect(await ids("grade=confirmed")).toEqual([]);
    expect((await ids("measure=killed&victim=civilians")).sort()).toEqual(
      ["Al Mayādīn", "Aleppo", "Ar Raqqah", "Ar Raqqah", "Idlib"].sort(),
    );
    expect(await ids("measure=killed&victim=people")).toEqual([expect.stringMatching(/^Kh.n Sh/)]);
    expect(await ids("measure=displaced")).toEqual([]);
    const grades = incidentList.parse((await get("/api/incidents?grade=discounted")).body).items;
    expect(grades.every((i) => i.grade === "discounted")).toBe(true);
  });

  it("refuses bad parameters with a 400 naming the parameter", async () => {
    await expectBad("/api/incidents?from=2017-13-01", "from");
    await expectBad("/api/incidents?to=yesterday", "to");
    await expectBad("/api/incidents?from=2017-02-30", "from");
    await expectBad("/api/incidents?bbox=1,2,3", "bbox");
    await expectBad("/api/incidents?bbox=a,b,c,d", "bbox");
    await expectBad("/api/incidents?bbox=0,50,10,40", "bbox");
    await expectBad("/api/incidents?limit=501", "limit");
    await expectBad("/api/incidents?limit=0", "limit");
    await expectBad("/api/incidents?page=1.5", "page");
    await expectBad("/api/incidents?sort=place", "sort");
    await expectBad("/api/incidents?grade=excellent", "grade");
    await expectBad("/api/incidents?measure=died", "measure");
    await expectBad("/api/incidents?colour=red", "colour");
  });
});

describe("GET /api/incidents/:id", () => {
  it("explains an incident: figures with rules, grade with reasons, claims in their sentences", async () => {
    const list = incidentList.parse((await get("/api/incidents?place=khan%20shaykhun")).body);
    const id = list.items[0]?.id ?? "";
    const { status, body } = await get(`/api/incidents/${id}`);
    expect(status).toBe(200);
    const detail = incidentDetail.parse(body);
    expect(detail.summary).toEqual(list.items[0]);
    expect(detail.grade).toEqual({
      grade: "fair",
      reasons: [expect.stringMatching(/^2 independent sources/)],
    });
    const killed = detail.figures.find((f) => f.measure === "killed" && f.victim === "people");
    expect(killed).toMatchObject({ low: 58, best: 72, high: 72, rule: expect.stringMatching(/^best 72/) });
    expect(new Set(detail.claims.map((c) => c.outlet))).toEqual(new Set(["Reuters", "Al Jazeera"]));
    for (const c of detail.claims) {
      expect(c.sentence).not.toBeNull();
      const s = c.sentence as { text: string; start: number };
      // The quote sits in its sentence where the span says.
      expect(s.text.slice(c.span.start - s.start, c.span.end - s.start)).toBe(c.quote);
    }
    expect(detail.claims.some((c) => c.linkRule?.startsWith("place:same"))).toBe(true);
    expect(detail.periodTallies.map((t) => t.value)).toEqual([300]);
  });

  it("answers 404 for an unknown id", async () => {
    const { status, body } = await get("/api/incidents/inc-000000000000");
    expect(status).toBe(404);
    expect(errorAnswer.parse(body).error.code).toBe("NOT_FOUND");
  });
});

describe("GET /api/articles/:id", () => {
  it("gives the text, the claims with spans and incidents, and the verdict", async () => {
    const article = [...store.articles()].find((a) => a.docId === "ks-reuters");
    const { status, body } = await get(`/api/articles/${article?.id}`);
    expect(status).toBe(200);
    const a = articleDetail.parse(body);
    expect(a).toMatchObject({ outlet: "Reuters", published: "2017-04-04", text: article?.text });
    expect(a.verdict.verdict).toBe("consistent");
    expect(a.verdict.agreements).toBeGreaterThan(0);
    for (const c of a.claims)
      expect((c.span.field === "title" ? a.title : a.text)?.slice(c.span.start, c.span.end)).toBe(c.quote);
    expect(a.incidents.length).toBeGreaterThan(0);
    expect(
      a.claims.filter((c) => c.incidentId).every((c) => a.incidents.includes(c.incidentId as string)),
    ).toBe(true);
  });

  it("answers 404 for an unknown article and 400 for an id that is not one", async () => {
    expect((await get("/api/articles/999999")).status).toBe(404);
    await expectBad("/api/articles/abc", "id");
  });
});

describe("GET /api/timeline, /api/stats", () => {
  it("sums figures per month, killed and injured by default", async () => {
    const t = timelineAnswer.parse((await get("/api/timeline")).body);
    expect(t.interval).toBe("month");
    const april = t.buckets.find(
      (b) => b.period === "2017-04-01" && b.measure === "killed" && b.victim === "people",
    );
    expect(april).toMatchObject({ min: 58, best: 72, max: 72, incidents: 1 });
    expect(new Set(t.buckets.map((b) => b.measure))).toEqual(new Set(["killed"]));
  });

  it("buckets by ISO week (from Monday) and day, for one measure and victim, with filters", async () => {
    const week = timelineAnswer.parse(
      (await get("/api/timeline?interval=week&measure=killed&victim=civilians")).body,
    );
    // 4 April 2017 was a Tuesday.
    expect(week.buckets.find((b) => b.period === "2017-04-03")).toMatchObject({
      victim: "civilians",
      best: 4,
    });
    const day = timelineAnswer.parse(
      (await get("/api/timeline?interval=day&measure=killed&victim=civilians&place=Aleppo")).body,
    );
    expect(day.buckets).toEqual([
      { period: "2017-04-04", measure: "killed", victim: "civilians", min: 4, best: 4, max: 4, incidents: 1 },
    ]);
    await expectBad("/api/timeline?interval=year", "interval");
  });

  it("sums the same from the daily sums as from the incidents a filter selects", async () => {
    // Every fixture incident is on the map, so the whole world's box selects them all.
    const all = incidentList.parse((await get("/api/incidents?limit=500")).body).items;
    expect(all.every((i) => i.latitude !== null)).toBe(true);
    for (const interval of ["day", "week", "month"]) {
      const daily = timelineAnswer.parse((await get(`/api/timeline?interval=${interval}`)).body);
      const boxed = timelineAnswer.parse(
        (await get(`/api/timeline?interval=${interval}&bbox=-180,-90,180,90`)).body,
      );
      expect(boxed).toEqual(daily);
      expect(daily.buckets.length).toBeGreaterThan(0);
    }
  });

  it("counts what the store holds", async () => {
    const s = statsAnswer.parse((await get("/api/stats")).body);
    expect(s).toMatchObject({
      articles: 8,
      claims: store.counts().claims,
      outlets: 6,
      firstDate: expect.any(String),
    });
    expect(Object.values(s.grades).reduce((a, b) => a + b, 0)).toBe(s.incidents);
    expect(s.corroborated).toBe(store.incidentCounts().corroborated);
  });
});

describe("errors, headers and the dashboard", () => {
  it("sends the security headers on every answer, errors and pages included", async () => {
    for (const url of ["/api/stats", "/api/incidents?limit=900", "/api/nope", "/", "/some/route"]) {
      const { headers } = await get(url);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(headers.get(name), url).toBe(value);
    }
    expect((await get("/")).headers.get("Content-Security-Policy")).toContain("script-src 'self'");
  });

  it("answers unknown API paths with a JSON 404, and others with the not-built page", async () => {
    const api = await get("/api/nope");
    expect(api.status).toBe(404);
    expect(errorAnswer.parse(api.body).error.code).toBe("NOT_FOUND");
    const page = await get("/incidents/inc-1");
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/dashboard is not built/);
    expect(page.body).not.toMatch(/<script|style=/);
  });

  it("never sends a stack trace: an unexpected failure is a plain 500", async () => {
    const broken = createApp(
      new Proxy(store, {
        get: (target, name) =>
          name === "stats"
            ? () => {
                throw new Error("disk on fire at /secret/path");
              }
            : Reflect.get(target, name),
      }),
      { log: (e) => logged.push(e) },
    );
    const r = await broken.request("/api/stats");
    const text = await r.text();
    expect(r.status).toBe(500);
    expect(errorAnswer.parse(JSON.parse(text)).error).toEqual({
      code: "INTERNAL",
      message: "internal error",
    });
    expect(text).not.toMatch(STACK_LINE);
    expect(text).not.toContain("secret");
    expect(logged.length).toBeGreaterThan(0);
  });

  it("describes every endpoint in openapi.json", async () => {
    const doc = (await get("/api/openapi.json")).body as {
      openapi: string;
      paths: Record<string, Record<string, { parameters?: Array<{ name: string }> }>>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/api/articles/{id}",
        "/api/export",
        "/api/incidents",
        "/api/incidents/{id}",
        "/api/ingest",
        "/api/openapi.json",
        "/api/stats",
        "/api/timeline",
      ].sort(),
    );
    expect(doc.paths["/api/incidents"]?.get?.parameters?.map((p) => p.name)).toEqual([
      "from",
      "to",
      "bbox",
      "place",
      "actor",
      "weapon",
      "measure",
      "victim",
      "grade",
      "sort",
      "page",
      "limit",
    ]);
  });
});

describe("GET /api/export", () => {
  for (const what of ["incidents", "claims", "articles"])
    for (const format of ["csv", "json", "geojson"])
      it(`writes the bytes tally export writes: ${what} as ${format}`, async () => {
        const r = await app.request(`/api/export?format=${format}&what=${what}`);
        expect(r.status).toBe(200);
        expect(r.headers.get("Content-Disposition")).toMatch(new RegExp(`^attachment; filename="${what}\\.`));
        const cli = await tally(["export", "--db", db, "--format", format, "--what", what]);
        expect(cli.code).toBe(0);
        expect(await r.text()).toBe(cli.stdout);
      });

  it("streams from its own connection: other requests and an ingest go on meanwhile", async () => {
    const before = await tally(["export", "--db", db, "--format", "json", "--what", "claims"]);
    const [exported, stats, ingested] = await Promise.all([
      Promise.resolve(app.request("/api/export?format=json&what=claims")).then((r) => r.text()),
      Promise.resolve(app.request("/api/stats")).then((r) => r.status),
      app.request("/api/ingest", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          text: "Shelling killed 3 people in Harasta on 2 March 2018.",
          published: "2018-03-03",
        }),
      }),
    ]);
    expect(stats).toBe(200);
    expect(ingested.status).toBe(200);
    // The export read one snapshot: before the ingest, or after it, never half of it.
    const after = await tally(["export", "--db", db, "--format", "json", "--what", "claims"]);
    expect([before.stdout, after.stdout]).toContain(exported);
  });

  it("refuses an unknown format, naming it", async () => {
    await expectBad("/api/export?format=xlsx", "format");
    await expectBad("/api/export", "format");
  });
});

describe("POST /api/ingest", () => {
  it("stores the good lines of an uploaded JSONL and names the bad line", async () => {
    const good = readFileSync("test/fixtures/cli/articles.jsonl", "utf8").trim().split("\n");
    const lines = [good[0], "{not json", good[1]].join("\n");
    const before = statsAnswer.parse((await get("/api/stats")).body);
    const form = new FormData();
    form.set("file", new File([lines], "mine.jsonl"));
    const r = await app.request("/api/ingest", { method: "POST", body: form });
    expect(r.status).toBe(200);
    const answer = ingestAnswer.parse(await r.json());
    expect(answer).toMatchObject({ stored: 2, duplicates: 0, rejected: 1 });
    expect(answer.errors).toEqual([
      { file: "mine.jsonl", line: 2, message: expect.stringMatching(/^not valid JSON/) },
    ]);
    expect(answer.linked.incidents).toBe(store.incidentCounts().incidents);
    // Cached answers are made again once the store changed.
    expect(statsAnswer.parse((await get("/api/stats")).body).articles).toBe(before.articles + 2);
    expect(incidentList.parse((await get("/api/incidents")).body).total).toBe(answer.linked.incidents);
    // The same again: nothing new.
    const again = ingestAnswer.parse(
      await (await app.request("/api/ingest", { method: "POST", body: form })).json(),
    );
    expect(again).toMatchObject({ stored: 0, duplicates: 2 });
  });

  it("stores pasted text verbatim, and gives it back as an inert JSON string", async () => {
    const text =
      "Shelling killed 7 civilians in Douma on Monday. <script>alert(1)</script> <img src=x onerror=alert(1)>";
    const r = await app.request("/api/ingest", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text, title: "<b>Douma</b>", published: "2018-02-20", outlet: "Paste" }),
    });
    const answer = ingestAnswer.parse(await r.json());
    expect(answer).toMatchObject({ stored: 1, rejected: 0, errors: [] });
    const stored = [...store.articles()].find((a) => a.outlet === "Paste");
    expect(stored?.text).toBe(text);
    const shown = await app.request(`/api/articles/${stored?.id}`);
    expect(shown.headers.get("Content-Type")).toMatch(/^application\/json/);
    const raw = await shown.text();
    expect(articleDetail.parse(JSON.parse(raw)).text).toBe(text);
    expect(JSON.parse(raw).title).toBe("<b>Douma</b>");
  });

  it("refuses what it cannot read with errors as tally ingest gives them", async () => {
    const empty = await app.request("/api/ingest", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: "   " }),
    });
    expect(ingestAnswer.parse(await empty.json()).errors).toEqual([
      { file: "pasted text", line: null, message: '"text" is empty' },
    ]);
    const noText = await app.request("/api/ingest", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: "x" }),
    });
    expect(noText.status).toBe(400);
    expect(errorAnswer.parse(await noText.json()).error.parameter).toBe("text");
    const form = new FormData();
    form.set("file", new File(["x"], "data.xlsx"));
    const unknown = ingestAnswer.parse(
      await (await app.request("/api/ingest", { method: "POST", body: form })).json(),
    );
    expect(unknown.errors[0]).toMatchObject({
      file: "data.xlsx",
      message: expect.stringMatching(/^unknown file type/),
    });
    const plain = await app.request("/api/ingest", { method: "POST", body: "hello" });
    expect(plain.status).toBe(415);
  });

  it("refuses an upload over the limit with a 413", async () => {
    const small = createApp(store, { maxUploadBytes: 1000, ingestWorkers: 0 });
    const form = new FormData();
    form.set("file", new File(["x".repeat(5000)], "big.txt"));
    const r = await small.request("/api/ingest", { method: "POST", body: form });
    expect(r.status).toBe(413);
    expect(errorAnswer.parse(await r.json()).error.code).toBe("TOO_LARGE");
  });

  it("streams progress as NDJSON when asked", async () => {
    const form = new FormData();
    form.set("file", new File([readFileSync("test/fixtures/cli/mixed.jsonl")], "mixed.jsonl"));
    const r = await app.request("/api/ingest", {
      method: "POST",
      body: form,
      headers: { Accept: "application/x-ndjson" },
    });
    expect(r.headers.get("Content-Type")).toMatch(/^application\/x-ndjson/);
    const lines = (await r.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { type: string; done?: number; total?: number });
    const last = lines.at(-1) as { type: string };
    expect(last.type).toBe("done");
    ingestAnswer.parse({ ...last, type: undefined });
    const progress = lines.filter((l) => l.type === "progress");
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
  });
});
