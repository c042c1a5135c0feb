// A small fixture API for `vite` dev mode only (never bundled): the agreed shapes of `tally serve`'s
// /api, enough to develop the views without a store. Run the real server and set TALLY_API to use it.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Plugin } from "vite";
import type { ArticleDetail, Claim, IncidentDetail, IncidentSummary } from "../src/api.js";

const r = (min: number | null, best: number | null, max: number | null) => ({ min, best, max });
const none = r(null, null, null);

const text =
  "A suspected chemical attack killed at least 58 people, including 11 children, in the town of Khan Sheikhoun in Idlib province on Tuesday, the Syrian Observatory for Human Rights said. <script>alert(1)</script>";

const claim = (over: Partial<Claim>): Claim => ({
  id: 1,
  articleId: 1,
  articleTitle: "Suspected gas attack kills 58 in Syria's Idlib: monitor",
  outlet: "Reuters",
  published: "2017-04-04",
  source: "Syrian Observatory for Human Rights",
  measure: "killed",
  victim: "people",
  value: 58,
  high: null,
  qualifier: "at least",
  date: "2017-04-04",
  datePrecision: "day",
  place: "Khan Shaykhun",
  actor: null,
  weapon: "chemical",
  quote: "killed at least 58 people",
  span: { field: "text", start: 28, end: 53 },
  sentence: { text: text.slice(0, 182), start: 0 },
  linkRule: "same-place-day",
  linkReason: "same place and day",
  incidentId: "i1",
  ...over,
});

const incidents: IncidentSummary[] = [
  [
    "i1",
    "2017-04-04",
    "Khan Shaykhun",
    "Idlib",
    35.44,
    36.65,
    r(58, 72, 86),
    r(20, 25, 30),
    "confirmed",
    "chemical",
  ],
  ["i2", "2017-04-04", "Aleppo", "Aleppo", 36.2, 37.16, r(4, 4, 4), none, "weak", "rockets"],
  ["i3", "2017-04-15", "Rashidin", "Aleppo", 36.17, 37.0, r(68, 112, 126), r(55, 55, 55), "fair", "car bomb"],
  ["i4", "2017-05-02", "Mosul", "Nineveh", 36.34, 43.13, r(10, 12, 30), none, "contested", "airstrike"],
  ["i5", "2017-05-20", "Raqqa", "Raqqa", 35.95, 39.01, r(3, 3, 3), none, "discounted", "airstrike"],
].map(([id, date, place, admin1, lat, lon, killed, injured, grade, weapon]) => ({
  id: id as string,
  date: date as string,
  datePrecision: "day",
  place: place as string,
  gazetteerId: null,
  admin1: admin1 as string,
  country: (lon as number) > 42 ? "Iraq" : "Syria",
  latitude: lat as number,
  longitude: lon as number,
  geoPrecision: "city",
  actor: null,
  weapon: weapon as string,
  killed: killed as ReturnType<typeof r>,
  civilians: none,
  children: none,
  women: none,
  injured: injured as ReturnType<typeof r>,
  sources: ["Syrian Observatory for Human Rights", "UOSSM"],
  articles: 2,
  grade: grade as string,
  notes: "",
}));

function filtered(q: URLSearchParams): IncidentSummary[] {
  return incidents.filter(
    (i) =>
      (!q.get("from") || (i.date ?? "") >= (q.get("from") ?? "")) &&
      (!q.get("to") || (i.date ?? "") <= (q.get("to") ?? "")) &&
      (!q.get("place") || (i.place ?? "").toLowerCase().includes((q.get("place") ?? "").toLowerCase())) &&
      (!q.get("grade") || i.grade === q.get("grade")),
  );
}

function weekStart(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function answer(url: URL, method: string): [number, unknown] {
  const q = url.searchParams;
  const path = url.pathname;
  if (path === "/api/stats") {
    return [
      200,
      {
        articles: 9,
        claims: 14,
        incidents: 5,
        corroborated: 3,
        grades: { confirmed: 1 },
        firstDate: "2017-04-04",
        lastDate: "2017-05-20",
        outlets: 6,
      },
    ];
  }
  if (path === "/api/incidents") {
    const items = filtered(q);
    return [200, { total: items.length, page: 1, limit: Number(q.get("limit") ?? 50), items }];
  }
  if (path.startsWith("/api/incidents/")) {
    const summary = incidents.find((i) => i.id === path.split("/")[3]);
    if (!summary) return [404, { error: { code: "not_found", message: "No incident with this id." } }];
    const detail: IncidentDetail = {
      summary,
      grade: {
        grade: summary.grade,
        reasons: ["2 independent sources: Syrian Observatory for Human Rights; UOSSM"],
      },
      figures: [
        {
          measure: "killed",
          victim: "people",
          low: 58,
          best: 72,
          high: 86,
          rule: "median of sources",
          sources: ["SOHR", "UOSSM"],
        },
      ],
      claims: [
        claim({}),
        claim({
          id: 2,
          outlet: "Al Jazeera",
          value: 72,
          source: "UOSSM",
          quote: "killed at least 58",
          span: { field: "text", start: 28, end: 46 },
        }),
      ],
      periodTallies: [],
    };
    return [200, detail];
  }
  if (path.startsWith("/api/articles/")) {
    const article: ArticleDetail = {
      id: 1,
      title: "Suspected gas attack kills 58 in Syria's Idlib: monitor",
      outlet: "Reuters",
      url: "javascript:alert(1)",
      published: "2017-04-04",
      text,
      claims: [
        claim({}),
        claim({ id: 3, quote: "58", span: { field: "title", start: 27, end: 29 }, sentence: null }),
      ],
      verdict: {
        verdict: "consistent",
        disagreements: ["reports 58 killed where UOSSM reports 72"],
        agreements: 1,
      },
      incidents: ["i1"],
    };
    return [200, article];
  }
  if (path === "/api/timeline") {
    const measure = q.get("measure") ?? "killed";
    const interval = q.get("interval") ?? "week";
    const buckets = new Map<string, { min: number; best: number; max: number; incidents: number }>();
    for (const i of filtered(q)) {
      const range = measure === "injured" ? i.injured : i.killed;
      if (range.best === null || !i.date) continue;
      const period = interval === "day" ? i.date : weekStart(i.date);
      const b = buckets.get(period) ?? { min: 0, best: 0, max: 0, incidents: 0 };
      b.min += range.min ?? 0;
      b.best += range.best ?? 0;
      b.max += range.max ?? 0;
      b.incidents += 1;
      buckets.set(period, b);
    }
    return [
      200,
      { interval, buckets: [...buckets].map(([period, b]) => ({ period, measure, victim: "people", ...b })) },
    ];
  }
  if (path === "/api/ingest" && method === "POST") {
    return [
      200,
      {
        stored: 1,
        duplicates: 0,
        rejected: 1,
        claims: 2,
        errors: [{ file: "upload.jsonl", line: 2, message: "line 2: not JSON" }],
        linked: { incidents: 1 },
      },
    ];
  }
  return [404, { error: { code: "not_found", message: `No API route ${path}` } }];
}

export function mockApi(): Plugin {
  return {
    name: "tally-mock-api",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        if (!req.url?.startsWith("/api/")) return next();
        const [status, body] = answer(new URL(req.url, "http://localhost"), req.method ?? "GET");
        req.resume();
        req.on("end", () => {
          res.statusCode = status;
          res.setHeader("content-type", "application/json");
          res.end(JSON.stringify(body));
        });
      });
    },
  };
}
