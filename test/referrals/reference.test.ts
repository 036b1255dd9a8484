import { describe, expect, it } from "vitest";
import { REFERENCE_PATTERN, referenceFor } from "../../src/referrals/reference.ts";

describe("referenceFor", () => {
  it("gives a report filed twice the same reference, and different reports different ones", () => {
    const key = "telegram:1234:urgent:0f3a";
    expect(referenceFor(key)).toMatch(REFERENCE_PATTERN);
    expect(referenceFor(key)).toBe(referenceFor(key));
    // 1,000 keys in 31^6 codes: a collision here would mean the derivation is not spreading them.
    const references = new Set(Array.from({ length: 1000 }, (_, i) => referenceFor(`telegram:${i}:report:0f3a`)));
    expect(references.size).toBe(1000);
    for (const r of references) expect(r).toMatch(REFERENCE_PATTERN);
  });
});
