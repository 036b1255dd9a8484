import { createHash } from "node:crypto";

/**
 * A stable stand-in for a channel's message or media id that carries no
 * trace of the sender: WhatsApp's message ids embed the sender's phone
 * number, and update ids end up in the database (dedupe keys, sessions,
 * report keys). The same id always gives the same stand-in, so a redelivery
 * is still recognised.
 */
export function opaqueId(channelId: string): string {
  return createHash("sha256").update(channelId).digest("base64url").slice(0, 32);
}
