import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Whether `header` (X-Hub-Signature-256: "sha256=<hex>") is the HMAC-SHA256
 * of the raw body under the app secret, compared in constant time.
 */
export function validSignature(body: Buffer, header: unknown, appSecret: string): boolean {
  if (typeof header !== "string") return false;
  const m = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!m) return false;
  const expected = createHmac("sha256", appSecret).update(body).digest();
  return timingSafeEqual(Buffer.from(m[1]!, "hex"), expected);
}
