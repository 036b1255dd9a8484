export type WorkflowErrorCode = "not_found" | "forbidden" | "not_assignee" | "already_claimed" | "invalid_transition" | "reason_required";

/** A queue operation refused for a reason the caller can act on; the HTTP layer maps codes to statuses. */
export class WorkflowError extends Error {
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
  ) {
    super(message);
  }
}
