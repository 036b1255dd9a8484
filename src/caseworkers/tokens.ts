import { createHash, createHmac, randomBytes } from "node:crypto";

/** A session token: 256 random bits, URL-safe. Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The CSRF token of a session, derived from the session token: the server
 * can recompute it from the cookie without storing it, and a page that does
 * not know the (httpOnly) session token cannot forge it.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac("sha256", sessionToken).update("offercheck csrf v1").digest("base64url");
}
