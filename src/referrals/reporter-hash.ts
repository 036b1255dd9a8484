import { createHmac } from "node:crypto";

/**
 * The only trace of a reporter we keep: a keyed hash of channel and sender
 * id. It links one sender's messages (rate limits, sessions, repeated
 * reports) without letting anyone who reads the database recover the id.
 */
export function reporterHash(secret: string, channel: string, senderId: string): string {
  return createHmac("sha256", secret).update(`${channel}\u0000${senderId}`).digest("base64url").slice(0, 32);
}
