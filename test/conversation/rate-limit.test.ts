import { describe, expect, it } from "vitest";
import { rateDecision, WindowCounter } from "../../src/conversation/rate-limit.ts";

describe("rate limit", () => {
  it("lets the limit through, says 'limited' once, then stays silent", () => {
    expect([1, 2, 3, 4, 5].map((hits) => rateDecision(hits, 3))).toEqual(["ok", "ok", "ok", "limited", "silent"]);
  });

  it("counts hits per key in fixed windows that restart when they end", () => {
    let now = 0;
    const counter = new WindowCounter(1000, () => now);
    expect([1, 2, 3].map(() => counter.hit("a"))).toEqual([1, 2, 3]);
    expect(counter.hit("b")).toBe(1);
    now = 999;
    expect(counter.hit("a")).toBe(4);
    now = 1000;
    expect(counter.hit("a")).toBe(1);
    expect(counter.hit("b")).toBe(1);
  });
});
