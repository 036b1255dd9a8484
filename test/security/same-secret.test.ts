import { describe, expect, it } from "vitest";
import { sameSecret } from "../../src/security/same-secret.ts";

describe("sameSecret", () => {
  const secret = "verify-token-0123456789";

  it("accepts the secret itself", () => {
    expect(sameSecret(secret, secret)).toBe(true);
    expect(sameSecret("", "")).toBe(true);
    expect(sameSecret("токен-۱۲۳", "токен-۱۲۳")).toBe(true);
  });

  it("refuses a different string of the same length", () => {
    expect(sameSecret("verify-token-0123456780", secret)).toBe(false);
    expect(sameSecret(secret.toUpperCase(), secret)).toBe(false);
  });

  it("refuses a different length, including a prefix, an extension and the empty string", () => {
    expect(sameSecret(secret.slice(0, -1), secret)).toBe(false);
    expect(sameSecret(`${secret}0`, secret)).toBe(false);
    expect(sameSecret("", secret)).toBe(false);
    expect(sameSecret(secret, "")).toBe(false);
  });

  it("refuses what a client may send that is not a string: a missing or repeated header, other values", () => {
    for (const given of [undefined, null, [secret], [secret, secret], 123, { toString: () => secret }, Buffer.from(secret)]) {
      expect(sameSecret(given, secret)).toBe(false);
    }
  });
});
