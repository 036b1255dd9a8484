import { describe, expect, it } from "vitest";
import { inFlight } from "../../src/jobs/in-flight.ts";

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("work in flight at shutdown", () => {
  it("settles only after tracked work ends, including work started in the next turn", async () => {
    const pending = inFlight();
    const order: string[] = [];
    void pending.track(async () => {
      await later(100);
      order.push("query");
      // As pg-boss does: the completion query follows the handler without being awaited.
      setImmediate(() => void pending.track(async () => void (await later(50), order.push("completion"))));
    });
    await pending.settled(5_000);
    order.push("settled");
    expect(order).toEqual(["query", "completion", "settled"]);
  });

  it("gives up waiting at the deadline", async () => {
    const pending = inFlight();
    void pending.track(() => new Promise(() => {}));
    const started = Date.now();
    await pending.settled(200);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("refuses handlers once closed, so their jobs fail and are retried elsewhere", async () => {
    const pending = inFlight();
    await expect(pending.handle(async () => "ran")).resolves.toBe("ran");
    pending.close();
    await expect(pending.handle(async () => "ran")).rejects.toThrow(/stopping/);
  });
});
