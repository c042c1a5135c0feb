// A typed client for Tally's HTTP API (served by `tally serve` on the same origin). Every error the
// server sends ({ error: { code, message, parameter? } }) is thrown as an ApiError carrying its
// message verbatim, for the views to show as text.

import type { Range } from "./range.js";

export type { Range };

export const GRADES = ["confirmed", "fair", "weak", "contested", "discounted"] as const;
export type Grade = (typeof GRADES)[number];

export interface IncidentSummary {
  id: string;
  date: string | null;
  datePrecision: string;
  place: string | null;
  gazetteerId: string | null;
  admin1: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  geoPrecision: string;
  actor: string | null;
  weapon: string | null;
  killed: Range;
  civilians: Range;
  children: Range;
  women: Range;
  injured: Range;
  sources: string[];
  articles: number;
  grade: string;
  notes: string;
}

export interface Page<T> {
  total: number;
  page: number;
  limit: number;
  items: T[];
}

export interface ClaimSpan {
  field: "title" | "text";
  start: number;
  end: number;
}

export const WEAPONS = ["airstrike", "shelling", "bombing", "chemical", "gunfire", "other"] as const;
export const VICTIMS = ["civilians", "children", "women", "combatants", "people"] as const;

export interface Claim {
  id: number | string;
  articleId: number | string;
  articleTitle?: string | null;
  outlet: string | null;
  published: string | null;
  source: string | null;
  measure: string;
  victim: string | null;
  value: number | null;
  high: number | null;
  qualifier: string | null;
  date: string | null;
  datePrecision: string | null;
  place: string | null;
  actor: string | null;
  weapon: string | null;
  quote: string;
  span: ClaimSpan | null;
  sentence: { text: string; start: number } | null;
  linkRule?: string | null;
  linkReason?: string | null;
  incidentId?: string | null;
}

export interface Figure {
  measure: string;
  victim: string | null;
  low: number | null;
  best: number | null;
  high: number | null;
  rule: string;
  sources: string[];
}

export interface IncidentDetail {
  summary: IncidentSummary;
  grade: { grade: string; reasons: string[] };
  figures: Figure[];
  claims: Claim[];
  /** Tallies over a period at its place: shown beside it, never summed with it. */
  periodTallies?: Claim[];
}

export interface ArticleDetail {
  id: number | string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  text: string;
  claims: Claim[];
  verdict: { verdict: string; disagreements: string[]; agreements?: unknown } | null;
  incidents: string[];
}

export interface Bucket {
  period: string;
  measure: string;
  victim: string | null;
  min: number | null;
  best: number | null;
  max: number | null;
  incidents: number;
}

export interface Timeline {
  interval: string;
  buckets: Bucket[];
}

export interface Stats {
  articles: number;
  claims: number;
  incidents: number;
  corroborated: number;
  grades: Record<string, number>;
  firstDate: string | null;
  lastDate: string | null;
  outlets: number | string[];
}

export interface IngestError {
  file: string | null;
  line: number | null;
  message: string;
}

export interface IngestResult {
  stored: number;
  duplicates: number;
  rejected: number;
  claims: number;
  errors: IngestError[];
  linked?: Record<string, unknown>;
  articles?: unknown;
  [key: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

/** The server's error body, or one made from the status when the body is not ours. */
export function errorFrom(status: number, body: unknown, fallback: string): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; parameter?: unknown } } | null)
    ?.error;
  if (error && typeof error.message === "string") {
    return new ApiError(
      status,
      typeof error.code === "string" ? error.code : String(status),
      error.message,
      typeof error.parameter === "string" ? error.parameter : undefined,
    );
  }
  return new ApiError(status, String(status), fallback);
}

async function get<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const query = params && [...params.keys()].length > 0 ? `?${params}` : "";
  let response: Response;
  try {
    response = await fetch(`${path}${query}`, { headers: { accept: "application/json" }, signal });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError(0, "network", "The Tally server did not answer. Is `tally serve` running?");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorFrom(response.status, body, `${response.status} ${response.statusText}`);
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  incidents: (params: URLSearchParams, signal?: AbortSignal) =>
    get<Page<IncidentSummary>>("/api/incidents", params, signal),
  incident: (id: string) => get<IncidentDetail>(`/api/incidents/${enc(id)}`),
  article: (id: string) => get<ArticleDetail>(`/api/articles/${enc(id)}`),
  timeline: (params: URLSearchParams, signal?: AbortSignal) => get<Timeline>("/api/timeline", params, signal),
  stats: () => get<Stats>("/api/stats"),
  /** Buckets of killed and injured (every victim) when no measure is given. */
  exportUrl: (format: "csv" | "json" | "geojson", what: "incidents" | "claims" | "articles") =>
    `/api/export?format=${format}&what=${what}`,
};

export interface Upload {
  body: FormData | string;
  json: boolean;
  /** Bytes sent so far (XMLHttpRequest's upload progress). */
  onProgress: (loaded: number, total: number | null) => void;
  /** Articles the server has processed so far (its NDJSON progress lines). */
  onProcessed?: (done: number, total: number | null) => void;
}

type Line =
  | { type: "progress"; done: number; total: number | null }
  | ({ type: "done" } & IngestResult)
  | { type: "error"; error: { code?: string; message?: string } };

function parseLines(text: string): Line[] {
  const out: Line[] = [];
  for (const raw of text.split("\n")) {
    if (!raw.trim()) continue;
    try {
      out.push(JSON.parse(raw) as Line);
    } catch {
      // a line still arriving
    }
  }
  return out;
}

/**
 * POST /api/ingest with upload progress (XMLHttpRequest's upload.onprogress; fetch has none) and the
 * server's NDJSON progress lines. Resolves with the summary; rejects with an ApiError holding the
 * server's message verbatim.
 */
export function ingest({ body, json, onProgress, onProcessed }: Upload): Promise<IngestResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/ingest");
    xhr.setRequestHeader("accept", "application/x-ndjson, application/json;q=0.9");
    if (json) xhr.setRequestHeader("content-type", "application/json");
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : null);
    const streaming = () => (xhr.getResponseHeader("content-type") ?? "").includes("ndjson");
    let seen = 0;
    xhr.onprogress = () => {
      if (!streaming() || !onProcessed) return;
      const end = xhr.responseText.lastIndexOf("\n");
      if (end < seen) return;
      for (const line of parseLines(xhr.responseText.slice(seen, end))) {
        if (line.type === "progress") onProcessed(line.done, line.total);
      }
      seen = end + 1;
    };
    xhr.onerror = () => reject(new ApiError(0, "network", "The upload failed: the server did not answer."));
    xhr.onload = () => {
      const ok = xhr.status >= 200 && xhr.status < 300;
      if (ok && streaming()) {
        const lines = parseLines(xhr.responseText);
        const last = lines[lines.length - 1];
        if (last?.type === "done") {
          const { type: _type, ...result } = last;
          resolve(result as IngestResult);
        } else if (last?.type === "error") {
          reject(errorFrom(500, last, "the ingest failed"));
        } else {
          reject(new ApiError(xhr.status, "incomplete", "The server's answer ended before its result."));
        }
        return;
      }
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = null;
      }
      if (ok && parsed && typeof parsed === "object") resolve(parsed as IngestResult);
      else reject(errorFrom(xhr.status, parsed, `${xhr.status} ${xhr.statusText || "error"}`));
    };
    xhr.send(body);
  });
}
