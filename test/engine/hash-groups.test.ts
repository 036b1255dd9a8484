import { describe, expect, it } from "vitest";
import { HashGroups } from "../../src/engine/hash-groups.ts";

describe("HashGroups", () => {
  it("finds every group by its key, in order, and misses other keys", () => {
    const groups = new Map<number, string[]>();
    // Keys that collide on the low bits probe past each other.
    for (let k = 0; k < 300; k++) groups.set(k * 64 + (k % 3), [`a${k}`, `b${k}`].slice(0, 1 + (k % 2)));
    groups.set(0x3fffffff, ["top"]);
    const table = new HashGroups(groups);
    for (const [key, group] of groups) {
      const slot = table.find(key);
      expect(slot).toBeGreaterThanOrEqual(0);
      expect(table.items.slice(table.from(slot), table.to(slot))).toEqual(group);
    }
    for (const missing of [1, 65, 64 * 300, 0x3ffffffe]) if (!groups.has(missing)) expect(table.find(missing)).toBe(-1);
  });

  it("answers -1 when empty", () => {
    expect(new HashGroups(new Map()).find(5)).toBe(-1);
  });

  it("refuses a key it cannot store", () => {
    expect(() => new HashGroups(new Map([[-1, ["x"]]]))).toThrow(RangeError);
  });
});
