import { describe, expect, it } from "vitest";
import { repairSymbols } from "../../src/ocr/symbols.ts";
import type { TesseractWord } from "../../src/ocr/tesseract.ts";

const at = (text: string, left: number, width = 40): TesseractWord => ({ text, confidence: 90, left, top: 10, width, height: 12, line: "1:1:1:1" });

describe("repairSymbols", () => {
  it("takes the amount with its sign from the reference reading at the same place", () => {
    const local = [at("Айлык", 0), at("5500", 50), at("кепилдик", 100), at("10096", 150)];
    const reference = [at("Айлык", 0), at("$500", 52, 38), at("кепилдик", 100), at("100%", 150)];
    expect(repairSymbols(local, reference).map((w) => w.text)).toEqual(["Айлык", "$500", "кепилдик", "100%"]);
  });

  it("keeps the local words where the reference saw no sign, or saw it elsewhere", () => {
    const local = [at("2026", 0), at("500", 300)];
    const reference = [at("2026", 0), at("$500", 120)];
    expect(repairSymbols(local, reference).map((w) => w.text)).toEqual(["2026", "500"]);
  });
});
