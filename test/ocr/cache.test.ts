import { describe, expect, it } from "vitest";
import type { ImageReader, ImageReading, ImageSource } from "../../src/conversation/types.ts";
import { cachedImageReader } from "../../src/ocr/cache.ts";

const picture = (id: string): ImageSource => ({ id, load: async () => new Uint8Array() });

/** A reader that counts its readings and answers what the test says for each picture id. */
function countingReader(answer: (id: string) => ImageReading | Promise<ImageReading>) {
  const calls: string[] = [];
  const reader: ImageReader = {
    maxBytes: 4096,
    async read(image) {
      calls.push(image.id);
      return answer(image.id);
    },
  };
  return { reader, calls };
}

describe("reading each picture once", () => {
  it("reads a picture forwarded again from memory, and a different one, or for another alphabet, anew", async () => {
    const { reader, calls } = countingReader((id) => ({ text: `text of ${id}`, partial: false }));
    const cached = cachedImageReader(reader);
    expect(cached.maxBytes).toBe(4096);
    expect(await cached.read(picture("poster"), "ur")).toEqual({ text: "text of poster", partial: false });
    expect(await cached.read(picture("poster"), "ur")).toEqual({ text: "text of poster", partial: false });
    await cached.read(picture("other"), "ur");
    await cached.read(picture("poster"), "ru");
    expect(calls).toEqual(["poster", "other", "poster"]);
  });

  it("lets pictures that arrive while the first reading runs wait for it", async () => {
    let finish = (_: ImageReading) => {};
    const { reader, calls } = countingReader(() => new Promise((resolve) => (finish = resolve)));
    const cached = cachedImageReader(reader);
    const burst = Array.from({ length: 20 }, () => cached.read(picture("viral"), "ur"));
    finish({ text: "Dubai visa 100%", partial: true });
    expect(new Set(await Promise.all(burst)).size).toBe(1);
    expect(calls).toEqual(["viral"]);
  });

  it("keeps 'nothing readable' but not a busy pool, a failed download or an error", async () => {
    const outcomes: Record<string, ImageReading | Error> = { blank: { failure: "unreadable" }, busy: { failure: "busy" }, gone: { failure: "failed" }, crash: new Error("tesseract crashed") };
    const { reader, calls } = countingReader((id) => {
      const outcome = outcomes[id]!;
      if (outcome instanceof Error) throw outcome;
      return outcome;
    });
    const cached = cachedImageReader(reader);
    for (let round = 0; round < 2; round++) {
      for (const id of ["blank", "busy", "gone"]) await cached.read(picture(id), undefined);
      await expect(cached.read(picture("crash"), undefined)).rejects.toThrow("tesseract crashed");
    }
    expect(calls).toEqual(["blank", "busy", "gone", "crash", "busy", "gone", "crash"]);
  });

  it("forgets a reading after its time and the oldest one past its size", async () => {
    let clock = 0;
    const { reader, calls } = countingReader((id) => ({ text: id, partial: false }));
    const cached = cachedImageReader(reader, { ttlMs: 1_000, maxEntries: 2, now: () => clock });
    await cached.read(picture("a"), "en");
    clock = 1_000;
    await cached.read(picture("a"), "en");
    clock = 1_001;
    await cached.read(picture("a"), "en");
    await cached.read(picture("b"), "en");
    await cached.read(picture("c"), "en");
    await cached.read(picture("c"), "en");
    await cached.read(picture("a"), "en");
    expect(calls).toEqual(["a", "a", "b", "c", "a"]);
  });
});
