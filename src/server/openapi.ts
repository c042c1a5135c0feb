// GET /api/openapi.json: the API described (OpenAPI 3.1) from the same zod schemas that validate
// its requests (schemas.ts), so the document and the code agree.
import { Hono } from "hono";
import { z } from "zod";
import {
  articleDetail,
  articleIdParam,
  errorAnswer,
  exportQuery,
  incidentDetail,
  incidentIdParam,
  incidentList,
  incidentsQuery,
  ingestAnswer,
  pastedArticle,
  statsAnswer,
  timelineAnswer,
  timelineQuery,
} from "./schemas.js";

type JsonSchema = Record<string, unknown>;

const schema = (s: z.ZodType, io: "input" | "output" = "output"): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

/** Each property of a query or path object as an OpenAPI parameter. */
function parameters(object: z.ZodObject, where: "query" | "path"): JsonSchema[] {
  const json = schema(object, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return {
      name,
      in: where,
      required: where === "path" || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const json = (s: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema: schema(s) } },
});

const errors = {
  "400": json(errorAnswer, "an invalid parameter, named in error.parameter"),
  "500": json(errorAnswer, "an unexpected failure (never with a stack trace)"),
};

export function openApiDocument(): JsonSchema {
  return {
    openapi: "3.1.0",
    info: {
      title: "Tally",
      version: "0.1.0",
      description:
        "Casualty claims from conflict news, linked into incidents, reconciled, graded and judged. " +
        "Errors are {error: {code, message, parameter?}}. Unknown query parameters are refused (400).",
    },
    paths: {
      "/api/incidents": {
        get: {
          summary: "incidents, filtered, sorted and paged",
          parameters: parameters(incidentsQuery, "query"),
          responses: {
            "200": json(incidentList, "a page of incident summaries and the total matching"),
            ...errors,
          },
        },
      },
      "/api/incidents/{id}": {
        get: {
          summary: "one incident: figures with their rules, grade with reasons, every claim with its article",
          parameters: parameters(incidentIdParam, "path"),
          responses: {
            "200": json(incidentDetail, "the incident"),
            "404": json(errorAnswer, "no such incident"),
            ...errors,
          },
        },
      },
      "/api/articles/{id}": {
        get: {
          summary: "one article: its text, claims with spans, and consistency verdict",
          parameters: parameters(articleIdParam, "path"),
          responses: {
            "200": json(articleDetail, "the article"),
            "404": json(errorAnswer, "no such article"),
            ...errors,
          },
        },
      },
      "/api/timeline": {
        get: {
          summary:
            "sums of incidents' min/best/max per period, by measure and victim (killed and injured of all victims unless measure/victim are given)",
          parameters: parameters(timelineQuery, "query"),
          responses: { "200": json(timelineAnswer, "buckets by period, measure and victim"), ...errors },
        },
      },
      "/api/stats": {
        get: {
          summary: "what the store holds",
          responses: { "200": json(statsAnswer, "counts"), "500": errors["500"] },
        },
      },
      "/api/export": {
        get: {
          summary: "the exports of `tally export`: CSV, JSON Lines or GeoJSON, streamed",
          parameters: parameters(exportQuery, "query"),
          responses: {
            "200": {
              description: "the file, as an attachment",
              content: {
                "text/csv": { schema: { type: "string" } },
                "application/x-ndjson": { schema: { type: "string" } },
                "application/geo+json": { schema: { type: "object" } },
              },
            },
            ...errors,
          },
        },
      },
      "/api/ingest": {
        post: {
          summary:
            "store an uploaded file or pasted text as `tally ingest` does, then link; with Accept: application/x-ndjson, progress lines {type: progress, done, total} then {type: done, …}",
          requestBody: {
            required: true,
            content: {
              "multipart/form-data": {
                schema: {
                  type: "object",
                  properties: {
                    file: {
                      type: "string",
                      format: "binary",
                      description:
                        ".txt, .html/.htm, .xml/.rss/.atom, .csv or .jsonl/.ndjson, as `tally ingest` reads",
                    },
                  },
                  required: ["file"],
                },
              },
              "application/json": { schema: schema(pastedArticle, "input") },
            },
          },
          responses: {
            "200": {
              description: "what was stored; bad records are listed in errors, the good ones stored",
              content: {
                "application/json": { schema: schema(ingestAnswer) },
                "application/x-ndjson": { schema: { type: "string" } },
              },
            },
            "413": json(errorAnswer, "the upload is too large"),
            "415": json(errorAnswer, "neither multipart/form-data nor application/json"),
            ...errors,
          },
        },
      },
      "/api/openapi.json": {
        get: { summary: "this document", responses: { "200": { description: "OpenAPI 3.1" } } },
      },
    },
  };
}

export function openApiRoutes(): Hono {
  const app = new Hono();
  const document = openApiDocument();
  app.get("/", (c) => c.json(document));
  return app;
}
