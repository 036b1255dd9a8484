import { createHash } from "node:crypto";

/** No 0/O, 1/I/L: a reference is read out over the phone and typed on cheap keyboards. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/**
 * The short public reference ("K7Q-4M2", 31^6 ≈ 887 million values) of the
 * report with this idempotency key. The same report
 * filed again (a button pressed twice while the database was down, so both
 * went to the journal; or once into the journal and once, after the restart,
 * straight into the database; or on another instance) gets the same
 * reference, so the one the reporter keeps is the one caseworkers find.
 * Not guessable: the key holds the reporter's keyed hash.
 */
export function referenceFor(idempotencyKey: string): string {
  let code = "";
  let digest = createHash("sha256").update(idempotencyKey).digest();
  while (code.length < 6) {
    // Bytes below 248 (8 × 31) map evenly onto the alphabet; the rest are skipped.
    for (const byte of digest) if (byte < 248 && code.length < 6) code += ALPHABET[byte % ALPHABET.length];
    digest = createHash("sha256").update(digest).digest();
  }
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

export const REFERENCE_PATTERN = /^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/;
