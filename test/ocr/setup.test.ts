import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { setUpOcr } from "../../src/ocr/setup.ts";

function recordingLog() {
  const warnings: string[] = [];
  return { warnings, log: { debug: () => {}, info: () => {}, warn: (_obj: object, msg: string) => void warnings.push(msg) } };
}

describe("OCR configuration", () => {
  it("defaults: on when tesseract is found, one core fewer than the machine has, 10 MB, 20 s", () => {
    expect(loadConfig({}).ocr).toEqual({
      mode: "auto",
      tesseractPath: "tesseract",
      concurrency: Math.max(1, availableParallelism() - 1),
      queue: 4,
      timeoutMs: 20_000,
      maxBytes: 10 * 1024 * 1024,
      maxPixels: 40_000_000,
    });
    expect(loadConfig({ OCR_CONCURRENCY: "3", OCR_QUEUE: "0" }).ocr).toMatchObject({ concurrency: 3, queue: 0 });
    expect(() => loadConfig({ OCR_CONCURRENCY: "0" })).toThrow(/OCR_CONCURRENCY/);
    expect(() => loadConfig({ OCR: "maybe" })).toThrow(/OCR/);
  });

  it("reads pictures when the binary is there, with the configured limit", async () => {
    const { log, warnings } = recordingLog();
    const reader = await setUpOcr(loadConfig({ OCR_MAX_BYTES: "123456" }).ocr, log);
    expect(reader?.maxBytes).toBe(123_456);
    expect(warnings).toEqual([]);
  });

  it("without a binary: a warning under auto, a refusal to start under on, silence under off", async () => {
    const missing = { TESSERACT_PATH: "/nonexistent/tesseract" };
    const auto = recordingLog();
    expect(await setUpOcr(loadConfig(missing).ocr, auto.log)).toBeUndefined();
    expect(auto.warnings).toHaveLength(1);
    expect(auto.warnings[0]).toContain("/nonexistent/tesseract");
    await expect(setUpOcr(loadConfig({ ...missing, OCR: "on" }).ocr, auto.log)).rejects.toThrow(/OCR=on/);
    const off = recordingLog();
    expect(await setUpOcr(loadConfig({ OCR: "off" }).ocr, off.log)).toBeUndefined();
    expect(off.warnings).toEqual([]);
  });
});
