import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/conversation/rate-limit.ts";

describe("RateLimiter", () => {
  it("lets the limit through, says 'limited' once, then stays silent until the window ends", () => {
    let now = 0;
    const limiter = new RateLimiter(3, 1000, () => now);
    expect([1, 2, 3, 4, 5].map(() => limiter.hit("a"))).toEqual(["ok", "ok", "ok", "limited", "silent"]);
    expect(limiter.hit("b")).toBe("ok");
    now = 1000;
    expect(limiter.hit("a")).toBe("ok");
  });
});
