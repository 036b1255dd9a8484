/**
 * The only way errors reach the log. Database errors carry every query
 * parameter (DrizzleQueryError's message lists them: advert texts, a
 * reporter's typed name), pg errors quote the offending value, HTTP client
 * errors carry URLs with tokens in their query. What is kept: the kind of
 * error, its codes, a message with quoted values, parameters, query strings
 * and long digit runs taken out, the stack frames, and the same for its cause.
 */

const KEPT_FIELDS = ["code", "errno", "syscall", "severity", "routine", "statusCode", "status", "error_code", "method"] as const;
const MAX_MESSAGE = 200;
const MAX_DEPTH = 3;

/** One line of an error message with everything that may be someone's data cut out. */
export function safeMessage(message: string): string {
  let line = message.split("\n")[0] ?? "";
  // Drizzle: "Failed query: <sql>\nparams: <values>"; the SQL is ours, the values are not.
  if (/^Failed query/i.test(line)) return "Failed query (parameters not logged)";
  line = line
    .replace(/\bparams?:.*$/i, "params: …")
    .replace(/(https?:\/\/[^\s?#"']+)[?#][^\s"']*/gi, "$1?…")
    .replace(/bot\d+:[\w-]{20,}/g, "bot…")
    .replace(/"[^"]*"|'[^']*'|«[^»]*»|“[^”]*”|`[^`]*`/g, "\"…\"")
    .replace(/\+?\d[\d\s-]{5,}\d/g, "…");
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE)}…` : line;
}

/** The stack's frames only: its first line repeats the message. */
function frames(stack: string | undefined): string {
  return (stack ?? "")
    .split("\n")
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 12)
    .map((l) => l.trim())
    .join("\n");
}

export interface SafeError {
  type: string;
  message: string;
  stack: string;
  [field: string]: unknown;
}

export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) {
    // A thrown string or object may be anything, including the message it was about.
    return { type: error === null ? "null" : typeof error, message: "", stack: "" };
  }
  const out: SafeError = { type: error.constructor?.name || error.name, message: safeMessage(error.message), stack: frames(error.stack) };
  const fields = error as unknown as Record<string, unknown>;
  for (const key of KEPT_FIELDS) {
    const value = fields[key];
    if (typeof value === "number" || (typeof value === "string" && value.length <= 40)) out[key] = typeof value === "string" ? safeMessage(value) : value;
  }
  if (error.cause !== undefined && depth < MAX_DEPTH) out.cause = safeError(error.cause, depth + 1);
  if (error instanceof AggregateError && depth < MAX_DEPTH) out.errors = error.errors.slice(0, 5).map((e) => safeError(e, depth + 1));
  return out;
}
