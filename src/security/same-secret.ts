import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Whether `given` (a header, query parameter or form field: anything a
 * client sent) is the string `secret`, compared in constant time. Both sides
 * are hashed first, so the comparison takes as long whatever their lengths,
 * and neither the secret's length nor its bytes leak through timing. A
 * missing or repeated header (undefined, an array) is simply not the secret.
 */
export function sameSecret(given: unknown, secret: string): boolean {
  if (typeof given !== "string") return false;
  const a = createHmac("sha256", "offercheck").update(given).digest();
  const b = createHmac("sha256", "offercheck").update(secret).digest();
  return timingSafeEqual(a, b);
}
