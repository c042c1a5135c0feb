// Errors as the API answers them: `{"error": {"code", "message", "parameter"?}}` with a status,
// never a stack trace. The project's TallyError, zod's errors and the server's own map here.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { TallyError } from "../errors.js";

export type ApiErrorCode =
  | "BAD_PARAMETER"
  | "NOT_FOUND"
  | "TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "INPUT"
  | "IO"
  | "INTERNAL";

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface ErrorBody {
  error: { code: string; message: string; parameter?: string };
}

export const badParameter = (parameter: string, message: string) =>
  new ApiError(400, "BAD_PARAMETER", `${parameter}: ${message}`, parameter);

export const notFound = (what: string) => new ApiError(404, "NOT_FOUND", `no ${what}`);

/** A zod error on a request's parameters: its first issue, naming the parameter. */
export function fromZod(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  if (!issue) return new ApiError(400, "BAD_PARAMETER", "invalid request");
  const parameter =
    issue.code === "unrecognized_keys" ? String(issue.keys[0]) : issue.path.map(String).join(".") || "body";
  const message = issue.code === "unrecognized_keys" ? "unknown parameter" : issue.message;
  return badParameter(parameter, message);
}

/** Any error as the JSON answer; unexpected ones are logged (without reaching the client) and 500. */
export function errorResponse(c: Context, error: unknown, log: (error: unknown) => void): Response {
  const api = toApiError(error);
  if (api.status >= 500) log(error);
  const body: ErrorBody = { error: { code: api.code, message: api.message } };
  if (api.parameter !== undefined) body.error.parameter = api.parameter;
  return c.json(body, api.status);
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof z.ZodError) return fromZod(error);
  if (error instanceof TallyError) {
    if (error.code === "USAGE") return new ApiError(400, "BAD_PARAMETER", error.message);
    if (error.code === "INPUT") return new ApiError(400, "INPUT", error.describe());
    // An IO or internal error's message may name server paths: said in general terms only.
    return new ApiError(
      500,
      error.code === "IO" ? "IO" : "INTERNAL",
      "the server could not complete the request",
    );
  }
  return new ApiError(500, "INTERNAL", "internal error");
}
