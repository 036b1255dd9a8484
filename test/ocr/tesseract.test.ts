import { execFileSync } from "node:child_process";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { installedLanguages, parseTsv, runTesseract, TesseractTimeoutError } from "../../src/ocr/tesseract.ts";
import { renderAdImage } from "../helpers/ad-image.ts";

const HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";
const word = (block: number, par: number, line: number, n: number, conf: number, text: string) => `5\t1\t${block}\t${par}\t${line}\t${n}\t0\t0\t10\t10\t${conf}\t${text}`;

/** Tesseract processes this test process started and that are still alive. */
function ownTesseracts(): string[] {
  const out = execFileSync("ps", ["--ppid", String(process.pid), "-o", "comm="], { encoding: "utf8" });
  return out.split("\n").filter((c) => c.includes("tesseract"));
}

describe("Tesseract's TSV output", () => {
  it("joins words into lines, paragraphs with a blank line, and averages the word confidence", () => {
    const tsv = [
      HEADER,
      "1\t1\t0\t0\t0\t0\t0\t0\t700\t200\t-1\t",
      word(1, 1, 1, 1, 90, "Visa"),
      word(1, 1, 1, 2, 80, "100%"),
      word(1, 1, 2, 1, 70, "guaranteed"),
      word(1, 2, 1, 1, 60, "WhatsApp"),
      word(1, 2, 1, 2, 95, " "),
    ].join("\n");
    const result = parseTsv(tsv);
    expect({ text: result.text, confidence: result.confidence, words: result.words.length }).toEqual({ text: "Visa 100%\nguaranteed\n\nWhatsApp", confidence: 75, words: 4 });
    expect(parseTsv(HEADER)).toEqual({ text: "", confidence: 0, words: [] });
  });
});

describe("the tesseract binary", () => {
  it("reads a picture with the packs asked for", async () => {
    const png = await renderAdImage("Visa 100% guaranteed, advance fee 500 USD");
    const result = await runTesseract("tesseract", png, { languages: ["eng"], psm: 6, timeoutMs: 30_000 });
    expect(result.text).toContain("guaranteed");
    expect(result.confidence).toBeGreaterThan(80);
  });

  it("kills a pass that runs past its time", async () => {
    const big = await sharp(await renderAdImage("Visa 100% guaranteed. ".repeat(200), { width: 2400 })).png().toBuffer();
    await expect(runTesseract("tesseract", big, { languages: ["eng"], psm: 6, timeoutMs: 50 })).rejects.toBeInstanceOf(TesseractTimeoutError);
    await expect.poll(ownTesseracts).toEqual([]);
  });

  it("fails on a pack it does not have, and on what is not a picture", async () => {
    const png = await renderAdImage("Visa");
    await expect(runTesseract("tesseract", png, { languages: ["xx_none"], psm: 6, timeoutMs: 30_000 })).rejects.toThrow(/exited/);
    await expect(runTesseract("tesseract", Buffer.from("not a picture"), { languages: ["eng"], psm: 6, timeoutMs: 30_000 })).rejects.toThrow(/exited/);
  });

  it("lists its packs, and there is none without a binary", async () => {
    expect(await installedLanguages("tesseract")).toEqual(expect.arrayContaining(["eng", "rus", "urd"]));
    expect(await installedLanguages("/nonexistent/tesseract")).toBeNull();
  });
});
