import type { Operator } from "../../src/engine/types.ts";

/** A registry row for tests: an active Pakistani OEP licence (1234/RWP), with what a test changes. */
export function operator(over: Partial<Operator> = {}): Operator {
  return {
    country: "PK",
    registry: "BEOE",
    licenceNo: "1234/RWP",
    name: "Test Valley Overseas Employment Promoters",
    status: "active",
    city: "Rawalpindi",
    website: null,
    phones: [],
    validUntil: null,
    sourceUrl: "test",
    ...over,
  };
}

/** A licensed Pakistani promoter several engine suites name beside employers abroad. */
export const CHOLISTAN_GATE: Partial<Operator> = { licenceNo: "4105/BWP", name: "Cholistan Gate Overseas Employment Promoters", city: "Bahawalpur" };
