import { describe, expect, it } from "vitest";
import { canonicalLicence } from "../../src/engine/licence.ts";

describe("canonicalLicence", () => {
  it.each([
    ["1234/RWP", "1234/RWP"],
    ["1234/rwp", "1234/RWP"],
    ["0696/RWP", "0696/RWP"],
    ["696/RWP", "0696/RWP"],
    ["MPD/2671/LHR", "2671/LHR"],
    ["MPD/1250/RWP/92", "1250/RWP"],
    ["2876 / LHR", "2876/LHR"],
    ["OEP-9277/KHI", "9277/KHI"],
    ["OEP 1234/RWP", "1234/RWP"],
    ["OEP No. 1234/RWP", "1234/RWP"],
    ["kg l 0123", "KG-L-0123"],
    ["UZ-XBA-0139", "UZ-XBA-0139"],
    ["TJ_MS_0042", "TJ-MS-0042"],
  ])("%s → %s", (raw, canonical) => {
    expect(canonicalLicence(raw)).toBe(canonical);
  });

  it("keeps the city: the same number in another city is another licence", () => {
    expect(canonicalLicence("1234/RWP")).not.toBe(canonicalLicence("1234/LHR"));
  });
});
