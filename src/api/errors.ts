import type { z } from "zod";
import { WorkflowError, type WorkflowErrorCode } from "../referrals/workflow-error.ts";

/**
 * An error the client caused or may act on. The app's error handler turns it
 * into `{ "error": code, "message": …, "issues"?: … }` with its status code.
 */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly issues?: { path: string; message: string }[],
    /** Sent as Retry-After: the client may ask again, unchanged, after so many seconds. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** Validates input with zod (the only validator: route JSON schemas are for the docs). */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ApiError(
      400,
      "invalid_request",
      "The request is not valid.",
      result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  }
  return result.data;
}

const WORKFLOW_STATUS: Record<WorkflowErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  reason_required: 400,
  not_assignee: 409,
  already_claimed: 409,
  invalid_transition: 409,
};

/** Runs a queue operation, turning its refusals into HTTP errors with the same codes. */
export async function asApiErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof WorkflowError) throw new ApiError(WORKFLOW_STATUS[error.code], error.code, error.message);
    throw error;
  }
}
