import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFixtureAds } from "../../src/eval/corpus.ts";

const fixture = (id: string, kind: string, risk: string) => ({
  id,
  kind,
  text: `advert ${id}`,
  expect: { language: "ru", risk, flags: kind === "legit" ? [] : ["urgency"] },
});

describe("fixture adverts in the evaluation's terms", () => {
  it("counts legit adverts as honest and scams as scams, and leaves out suspicious ones and texts that are not ads", () => {
    const dir = mkdtempSync(join(tmpdir(), "fixture-ads-"));
    const items = [fixture("a", "scam", "high"), fixture("b", "suspicious", "medium"), fixture("c", "suspicious", "low"), fixture("d", "legit", "low"), fixture("e", "not_ad", "low")];
    writeFileSync(join(dir, "ru.json"), JSON.stringify(items));
    expect(loadFixtureAds(dir).map((a) => [a.id, a.kind])).toEqual([
      ["a", "scam"],
      ["d", "honest"],
    ]);
  });
});
