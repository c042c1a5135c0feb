// The API's parameters and answers as zod schemas: the routes validate requests with them, and
// openapi.ts describes the API from them (z.toJSONSchema), so the document cannot drift from the code.
import { z } from "zod";
import { MEASURES, VICTIMS, WEAPONS } from "../extract/types.js";
import type { IncidentFilter } from "../store/types.js";

export const GRADES = ["discounted", "confirmed", "contested", "fair", "weak"] as const;
export const MAX_LIMIT = 500;

/** A calendar day, YYYY-MM-DD, that exists. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date YYYY-MM-DD" })
  .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d), {
    error: "must be a real calendar date",
  });

const bbox = z
  .string()
  .describe("minLon,minLat,maxLon,maxLat (WGS 84); a box crossing the antimeridian has minLon > maxLon")
  .transform((value, ctx) => {
    const parts = value.split(",").map((p) => (p.trim() === "" ? Number.NaN : Number(p)));
    const [minLon, minLat, maxLon, maxLat] = parts;
    const ok =
      parts.length === 4 &&
      parts.every(Number.isFinite) &&
      minLon !== undefined &&
      minLat !== undefined &&
      maxLon !== undefined &&
      maxLat !== undefined &&
      Math.abs(minLon) <= 180 &&
      Math.abs(maxLon) <= 180 &&
      Math.abs(minLat) <= 90 &&
      Math.abs(maxLat) <= 90 &&
      minLat <= maxLat;
    if (!ok) {
      ctx.addIssue({
        code: "custom",
        message:
          "must be minLon,minLat,maxLon,maxLat: four numbers, longitudes within ±180, latitudes within ±90, minLat ≤ maxLat",
      });
      return z.NEVER;
    }
    return [minLon, minLat, maxLon, maxLat] as [number, number, number, number];
  });

const name = z.string().trim().min(1, { error: "must not be empty" }).max(200);

/** The filters shared by /api/incidents and /api/timeline. */
export const filterShape = {
  from: day.optional().describe("incidents dated from this day on"),
  to: day.optional().describe("incidents dated up to and including this day"),
  bbox: bbox.optional(),
  place: name
    .optional()
    .describe("the incident's place, province (admin1), country or gazetteer id: whole, case-insensitive"),
  actor: name.optional().describe("the actor most of its claims blame: whole, case-insensitive"),
  weapon: z.enum(WEAPONS).optional(),
  measure: z.enum(MEASURES).optional().describe("incidents whose claims tell this measure"),
  victim: z.enum(VICTIMS).optional().describe("incidents whose claims tell this victim"),
  grade: z.enum(GRADES).optional(),
};

export const incidentsQuery = z.strictObject({
  ...filterShape,
  sort: z
    .enum(["date", "-date", "killed", "-killed"])
    .default("-date")
    .describe("by date or by killed (best); - for descending"),
  page: z.coerce
    .number({ error: "must be a whole number ≥ 1" })
    .int({ error: "must be a whole number ≥ 1" })
    .min(1, { error: "must be a whole number ≥ 1" })
    .default(1),
  limit: z.coerce
    .number({ error: `must be a whole number from 1 to ${MAX_LIMIT}` })
    .int({ error: `must be a whole number from 1 to ${MAX_LIMIT}` })
    .min(1, { error: `must be a whole number from 1 to ${MAX_LIMIT}` })
    .max(MAX_LIMIT, { error: `must be a whole number from 1 to ${MAX_LIMIT}` })
    .default(50),
});

export const timelineQuery = z.strictObject({
  ...filterShape,
  interval: z.enum(["day", "week", "month"]).default("month").describe("week: ISO weeks, from Monday"),
});

export const exportQuery = z.strictObject({
  format: z.enum(["csv", "json", "geojson"]),
  what: z.enum(["incidents", "claims", "articles"]).default("incidents"),
});

export const incidentIdParam = z.strictObject({ id: z.string().min(1).max(100) });
export const articleIdParam = z.strictObject({
  id: z.coerce
    .number({ error: "must be an article id (a whole number)" })
    .int({ error: "must be an article id (a whole number)" })
    .min(1, { error: "must be an article id (a whole number)" }),
});

/** The pasted-text form of POST /api/ingest. */
export const pastedArticle = z.strictObject({
  text: z.string({ error: "is required: the article's text" }),
  title: z.string().nullish(),
  published: z
    .union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
      error: "must be an ISO date (YYYY-MM-DD or a full timestamp)",
    })
    .nullish(),
  outlet: z.string().nullish(),
  url: z.string().nullish(),
  id: z.string().min(1).nullish().describe("a document id, if the text has one"),
});

export function filterOf(q: Partial<Record<keyof typeof filterShape, unknown>>): IncidentFilter {
  const f: IncidentFilter = {};
  for (const [key, value] of Object.entries(q))
    if (value !== undefined && key in filterShape) (f as Record<string, unknown>)[key] = value;
  return f;
}

// --- Answers (described in openapi.json; the tests check answers against them). ---

const range = z.object({
  min: z.number().nullable(),
  best: z.number().nullable(),
  max: z.number().nullable(),
});

export const incidentSummary = z.object({
  id: z.string(),
  date: z.string().nullable(),
  datePrecision: z.string(),
  place: z.string().nullable(),
  gazetteerId: z.string().nullable(),
  admin1: z.string().nullable(),
  country: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  geoPrecision: z.string(),
  actor: z.string().nullable(),
  weapon: z.string().nullable(),
  killed: range,
  civilians: range,
  children: range,
  women: range,
  injured: range,
  sources: z.array(z.string()),
  articles: z.number(),
  grade: z.enum(GRADES),
  notes: z.string(),
});

export const incidentList = z.object({
  total: z.number(),
  page: z.number(),
  limit: z.number(),
  items: z.array(incidentSummary),
});

export const claimView = z.object({
  id: z.number(),
  articleId: z.number(),
  articleTitle: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  source: z.string().nullable(),
  measure: z.enum(MEASURES),
  victim: z.enum(VICTIMS),
  value: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: z.string(),
  date: z.string().nullable(),
  datePrecision: z.string(),
  place: z.string().nullable(),
  actor: z.string().nullable(),
  weapon: z.string().nullable(),
  quote: z.string(),
  span: z.object({ field: z.enum(["title", "text"]), start: z.number(), end: z.number() }),
  sentence: z
    .object({ text: z.string(), start: z.number() })
    .nullable()
    .describe("the claim's sentence in the article's title or text; start is its offset there"),
  linkRule: z
    .string()
    .nullable()
    .describe("the rule that linked it into its incident (null for the first claim)"),
  linkReason: z.string().nullable(),
  linkedTo: z.number().nullable().describe("the claim it was linked to"),
});

export const figureView = z.object({
  measure: z.enum(MEASURES),
  victim: z.enum(VICTIMS),
  low: z.number(),
  best: z.number(),
  high: z.number(),
  rule: z.string(),
  sources: z.array(z.string()),
  claims: z.array(z.number()).describe("the claims behind the figure"),
});

export const incidentDetail = z.object({
  summary: incidentSummary,
  grade: z.object({ grade: z.enum(GRADES), reasons: z.array(z.string()) }),
  figures: z.array(figureView),
  claims: z.array(claimView),
  periodTallies: z
    .array(claimView)
    .describe("aggregate claims covering the incident's place and day: shown beside it, never summed"),
});

export const verdictView = z.object({
  verdict: z.enum(["consistent", "inconsistent", "unverified"]),
  disagreements: z.array(z.string()),
  agreements: z.number(),
});

export const articleDetail = z.object({
  id: z.number(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  text: z.string(),
  claims: z.array(claimView.extend({ incidentId: z.string().nullable() })),
  verdict: verdictView,
  incidents: z.array(z.string()),
});

export const timelineAnswer = z.object({
  interval: z.enum(["day", "week", "month"]),
  buckets: z.array(
    z.object({
      period: z.string().describe("the first day of the day, ISO week (Monday) or month"),
      measure: z.enum(MEASURES),
      victim: z.enum(VICTIMS),
      min: z.number().nullable(),
      best: z.number().nullable(),
      max: z.number().nullable(),
      incidents: z.number(),
    }),
  ),
});

export const statsAnswer = z.object({
  articles: z.number(),
  claims: z.number(),
  incidents: z.number(),
  corroborated: z.number().describe("incidents told by more than one article"),
  grades: z.record(z.string(), z.number()),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  outlets: z.number(),
});

export const ingestError = z.object({ file: z.string(), line: z.number().nullable(), message: z.string() });

export const ingestAnswer = z.object({
  stored: z.number(),
  duplicates: z.number().describe("articles already stored (same content)"),
  rejected: z.number(),
  claims: z.number(),
  errors: z.array(ingestError),
  linked: z.object({
    claims: z.number(),
    incidents: z.number(),
    corroborated: z.number(),
    relinked: z.number(),
    kept: z.number(),
  }),
});

export const errorAnswer = z.object({
  error: z.object({ code: z.string(), message: z.string(), parameter: z.string().optional() }),
});
