import type { FastifyReply, FastifyRequest } from "fastify";

/** Whether any string in a parsed query or body holds a NUL, which Postgres refuses in text. */
export function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 8 || value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([key, v]) => key.includes("\u0000") || holdsNul(v, depth + 1));
}

/**
 * A preValidation hook: input with a NUL byte gets a 400 before it reaches a
 * handler, where Postgres would answer it with an error (a 500).
 */
export async function refuseNul(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (holdsNul(request.query) || holdsNul(request.body) || holdsNul(request.params)) {
    await reply.code(400).send({ error: "invalid_request", message: "The request holds a NUL character." });
  }
}
