import { describe, expect, it } from "vitest";
import type { ImageReader, ImageReading, ImageSource } from "../../src/conversation/types.ts";
import { createMetrics, timedImageReader } from "../../src/metrics/metrics.ts";

const picture: ImageSource = { id: "p1", load: async () => new Uint8Array() };

/** A reader that answers what it is given, as the OCR reader would for such pictures. */
function readerAnswering(...readings: (ImageReading | Error)[]): ImageReader {
  return {
    maxBytes: 1024,
    async read() {
      const next = readings.shift()!;
      if (next instanceof Error) throw next;
      return next;
    },
  };
}

describe("timed picture reader", () => {
  it("times each reading by its outcome and passes readings and failures through unchanged", async () => {
    const metrics = createMetrics();
    const reader = timedImageReader(
      readerAnswering({ text: "Dubai visa", partial: false }, { text: "Dub", partial: true }, { failure: "unreadable" }, new Error("tesseract crashed")),
      metrics,
    );
    expect(reader.maxBytes).toBe(1024);
    expect(await reader.read(picture, "en")).toEqual({ text: "Dubai visa", partial: false });
    expect(await reader.read(picture, undefined)).toEqual({ text: "Dub", partial: true });
    expect(await reader.read(picture, "ur")).toEqual({ failure: "unreadable" });
    await expect(reader.read(picture, "ru")).rejects.toThrow("tesseract crashed");

    const counts = (await metrics.ocrSeconds.get()).values.filter((v) => v.metricName === "offercheck_ocr_seconds_count");
    expect(Object.fromEntries(counts.map((v) => [v.labels.outcome, v.value]))).toEqual({ read: 1, partial: 1, unreadable: 1, error: 1 });
  });

  it("keeps two apps' metrics apart in one process", async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.updates.inc({ channel: "telegram" });
    expect(await b.registry.metrics()).not.toMatch(/^offercheck_updates_total\{channel="telegram"\} 1$/m);
    expect(await a.registry.metrics()).toMatch(/^offercheck_updates_total\{channel="telegram"\} 1$/m);
  });

  it("still serves every other metric when the queue depth cannot be read", async () => {
    let databaseUp = true;
    const metrics = createMetrics(async () => {
      if (!databaseUp) throw new Error("connection refused");
      return [{ status: "new", urgency: "urgent", count: 3 }];
    });
    metrics.updates.inc({ channel: "whatsapp" });
    expect(await metrics.registry.metrics()).toMatch(/^offercheck_queue_depth\{status="new",urgency="urgent"\} 3$/m);
    databaseUp = false;
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^offercheck_updates_total\{channel="whatsapp"\} 1$/m);
    expect(text).not.toMatch(/^offercheck_queue_depth\{/m);
  });
});
