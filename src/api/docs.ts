import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance, FastifySchema } from "fastify";
import { z } from "zod";
import { errorResponse } from "./schemas/caseworker-responses.ts";

/** zod → JSON Schema for the OpenAPI document (documentation only: zod stays the validator). */
export function jsonSchema(schema: z.ZodType, io: "input" | "output" = "input"): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: "openapi-3.0", io, unrepresentable: "any" }) as Record<string, unknown>;
}

const ERRORS: Record<number, string> = {
  400: "Invalid input (see issues).",
  401: "Not logged in, or the session expired.",
  403: "Wrong role or country, or a cookie session without the x-csrf-token header.",
  404: "Not found.",
  409: "The referral's state does not allow this (already claimed, not the assignee, invalid transition).",
  429: "Too many attempts.",
};

export interface RouteDocs {
  summary: string;
  description?: string;
  tags: string[];
  querystring?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  /** A body that is not JSON (the registry CSV). */
  rawBody?: { mediaType: string; description: string };
  /** The 200 response; a string is a non-JSON media type (CSV). */
  response?: z.ZodType | { mediaType: string; description: string };
  /** The success status, when not 200 (201 for a created note). */
  status?: number;
  errors?: number[];
  /** Routes behind a session (every /api/caseworker route, logout, me). */
  authenticated?: boolean;
  /** Routes behind a partner's API key (/api/v1/scan). */
  partner?: boolean;
  /** What an error status means on this route, where it differs from the caseworker API's. */
  errorText?: Partial<Record<number, string>>;
}

/** The `schema` route option for a documented route. */
export function routeSchema(d: RouteDocs): FastifySchema {
  const response: Record<string, unknown> = {};
  const ok = d.status ?? 200;
  if (d.response instanceof z.ZodType) response[ok] = { description: "OK", ...jsonSchema(d.response, "output") };
  else if (d.response) response[ok] = { description: d.response.description, content: { [d.response.mediaType]: { schema: { type: "string" } } } };
  for (const code of d.errors ?? []) response[code] = { description: d.errorText?.[code] ?? ERRORS[code], ...jsonSchema(errorResponse, "output") };
  return {
    summary: d.summary,
    ...(d.description ? { description: d.description } : {}),
    tags: d.tags,
    ...(d.querystring ? { querystring: jsonSchema(d.querystring) } : {}),
    ...(d.params ? { params: jsonSchema(d.params) } : {}),
    ...(d.body ? { body: jsonSchema(d.body) } : {}),
    ...(d.rawBody ? { consumes: [d.rawBody.mediaType], body: { type: "string", description: d.rawBody.description } } : {}),
    response,
    ...(d.authenticated ? { security: [{ bearerAuth: [] }, { cookieAuth: [] }] } : {}),
    ...(d.partner ? { security: [{ partnerKey: [] }] } : {}),
  } as FastifySchema;
}

/**
 * OpenAPI document at /docs/json and Swagger UI at /docs. Registered before
 * the routes, which it collects as they are added.
 */
export async function registerDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "offercheck caseworker and partner API",
        version: "1.0.0",
        description:
          "The referral queue for caseworkers. Log in with POST /api/auth/login, then either use the bearer token " +
          "(Authorize button) or the session cookie; cookie sessions must send the x-csrf-token header with every POST/PATCH. " +
          "Platforms scan adverts through /api/v1/scan with the API key an operator made for them (partnerKey).",
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: "http", scheme: "bearer" },
          cookieAuth: { type: "apiKey", in: "cookie", name: "oc_session" },
          partnerKey: { type: "http", scheme: "bearer", description: "A platform's API key (npm run cli -- apikey add)." },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: "/docs", uiConfig: { persistAuthorization: false } });
}
