import { describe, expect, it } from "vitest";
import { passesFor } from "../../src/ocr/languages.ts";
import { BoundedPool, BUSY } from "../../src/ocr/pool.ts";

/** A task that runs until the test lets it finish. */
function gate<T>(value: T) {
  let open!: () => void;
  let started = false;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    task: async () => {
      started = true;
      await opened;
      return value;
    },
    open: () => open(),
    started: () => started,
  };
}

describe("the bounded pool", () => {
  it("runs as many tasks as it has slots, queues as many as it may, and turns the rest away at once", async () => {
    const pool = new BoundedPool(2, 1);
    const [a, b, c] = [gate("a"), gate("b"), gate("c")];
    const running = [pool.run(a.task), pool.run(b.task), pool.run(c.task)];
    expect(await pool.run(async () => "d")).toBe(BUSY);
    await Promise.resolve();
    expect([a.started(), b.started(), c.started()]).toEqual([true, true, false]);
    expect([pool.running, pool.waiting]).toEqual([2, 1]);

    a.open();
    // A freed slot goes to the task that waited; the queue has room again.
    await expect.poll(() => c.started()).toBe(true);
    expect([pool.running, pool.waiting]).toEqual([2, 0]);
    const e = gate("e");
    running.push(pool.run(e.task));
    expect(await pool.run(async () => "f")).toBe(BUSY);
    for (const g of [b, c, e]) g.open();
    expect(await Promise.all(running)).toEqual(["a", "b", "c", "e"]);
    expect([pool.running, pool.waiting]).toEqual([0, 0]);
    expect(await pool.run(async () => "g")).toBe("g");
  });

  it("frees the slot of a task that fails", async () => {
    const pool = new BoundedPool(1, 0);
    await expect(pool.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await pool.run(async () => "next")).toBe("next");
  });
});

describe("language packs for a sender", () => {
  const all = new Set(["eng", "rus", "urd", "kaz", "kir", "tgk", "uzb", "uzb_cyrl", "osd"]);

  it("tries the sender's alphabet first, and the other only where it is plausible", () => {
    expect(passesFor("ur", all)).toEqual([["urd"], ["eng"]]);
    expect(passesFor(undefined, all)).toEqual([["rus", "eng"], ["urd"]]);
    expect(passesFor("kk", all)).toEqual([["kaz", "eng"]]);
    expect(passesFor("uz-Cyrl", all)).toEqual([["uzb_cyrl", "rus", "eng"]]);
  });

  it("keeps to installed packs, and falls back to English or to any pack", () => {
    expect(passesFor("kk", new Set(["eng", "rus"]))).toEqual([["eng"]]);
    expect(passesFor("ur", new Set(["rus"]))).toEqual([["rus"]]);
    expect(passesFor("ky", new Set(["osd", "deu"]))).toEqual([["deu"]]);
    expect(passesFor("en", new Set(["osd"]))).toEqual([]);
  });
});
