import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L: a reference is read out over the phone and typed on cheap keyboards. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A short public reference such as "K7Q-4M2" (31^6 ≈ 887 million values). */
export function newReference(): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

export const REFERENCE_PATTERN = /^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/;
