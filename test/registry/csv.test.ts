import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRegistryCsv, type ParsedRow } from "../../src/registry/csv.ts";

async function readAll(file: string): Promise<ParsedRow[]> {
  const rows: ParsedRow[] = [];
  for await (const row of readRegistryCsv(file)) rows.push(row);
  return rows;
}

describe("readRegistryCsv", () => {
  it("reports bad rows with their line numbers and keeps the good ones", async () => {
    const rows = await readAll(join(import.meta.dirname, "..", "fixtures", "registries", "bad-rows.csv"));
    const good = rows.filter((r) => r.ok).map((r) => (r.ok ? r.operator.name : ""));
    const bad = rows.filter((r) => !r.ok).map((r) => (r.ok ? null : r.error));
    expect(good).toEqual(["Good Row Overseas Employment Promoters", "Quoted, Comma Manpower Services"]);
    expect(bad.map((e) => e!.line)).toEqual([3, 4, 5, 6]);
    expect(bad[0]!.message).toMatch(/status/);
    expect(bad[1]!.message).toMatch(/country/);
    expect(bad[2]!.message).toMatch(/name/);
    expect(bad[3]!.message).toMatch(/valid_until/);
  });

  it("normalises phones to E.164 in the registry's country", async () => {
    const rows = await readAll(join(import.meta.dirname, "..", "fixtures", "registries", "bad-rows.csv"));
    const first = rows[0]!;
    expect(first.ok && first.operator.phones).toEqual(["+92510000111"]);
  });

  it("refuses a file without the registry header", async () => {
    await expect(readAll(join(import.meta.dirname, "..", "fixtures", "registries", "no-header.csv"))).rejects.toThrow(/missing columns/);
  });
});
