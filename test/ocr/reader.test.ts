import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { ImageTooLargeError } from "../../src/conversation/image-too-large.ts";
import type { ImageReading, ImageSource } from "../../src/conversation/types.ts";
import type { Engine } from "../../src/engine/engine.ts";
import type { Language } from "../../src/engine/types.ts";
import { createImageReader, type ReaderOptions } from "../../src/ocr/reader.ts";
import { installedLanguages } from "../../src/ocr/tesseract.ts";
import { pictureWithoutText, renderAdImage, type AdImageOptions } from "../helpers/ad-image.ts";
import { shippedEngine } from "../helpers/engine.ts";
import { fixtureAd } from "../helpers/fixture-ads.ts";

/**
 * The real OCR (sharp + the tesseract binary) on pictures of the test
 * adverts, and the real engine on what it read: the flags a scam is
 * recognised by must survive the trip through a picture.
 */

/** The flags that make a scam a scam; each the text's verdict has must be in the picture's. */
const KEY_FLAGS = ["upfront_fee", "guaranteed_visa", "contact_only_messenger", "payment_channel"];
const silent = { debug: () => {}, warn: () => {} };

let engine: Engine;
let installed: Set<string>;

beforeAll(async () => {
  engine = await shippedEngine();
  installed = new Set((await installedLanguages("tesseract")) ?? []);
});

function reader(options: Partial<ReaderOptions> = {}) {
  return createImageReader({
    tesseractPath: "tesseract",
    installed,
    concurrency: 2,
    queue: 8,
    timeoutMs: 60_000,
    maxBytes: 5 * 1024 * 1024,
    maxPixels: 40_000_000,
    log: silent,
    ...options,
  });
}

/** A picture as a channel hands it over: downloaded on demand, refused over the size asked for. */
function source(bytes: Uint8Array, meta: Partial<ImageSource> = {}): ImageSource & { loads: number } {
  const image = {
    id: "test-picture",
    loads: 0,
    async load(maxBytes: number) {
      image.loads++;
      if (bytes.byteLength > maxBytes) throw new ImageTooLargeError(bytes.byteLength, maxBytes);
      return bytes;
    },
    ...meta,
  };
  return image;
}

function textOf(reading: ImageReading): string {
  if ("failure" in reading) throw new Error(`nothing read: ${reading.failure}`);
  return reading.text;
}

describe("adverts in pictures", () => {
  it.each<[string, Language, AdImageOptions]>([
    ["ur-scam-01", "ur", { font: "Noto Naskh Arabic 14", rtl: true }],
    ["ru-scam-01", "ru", { format: "jpeg" }],
    ["kk-scam-01", "kk", {}],
    ["en-scam-01", "en", { format: "jpeg", noise: 40, rotate: -3, seed: 7 }],
    ["tg-scam-01", "tg", { format: "jpeg" }],
  ])("%s keeps its key flags (%s, %j)", async (id, language, look) => {
    const ad = fixtureAd(id);
    const picture = await renderAdImage(ad.text, look);
    const reading = await reader().read(source(picture), language);
    const read = engine.check(textOf(reading));
    const original = engine.check(ad.text);
    const key = original.flags.map((f) => f.id).filter((f) => KEY_FLAGS.includes(f));
    expect(key.length).toBeGreaterThanOrEqual(2);
    expect(read.flags.map((f) => f.id)).toEqual(expect.arrayContaining(key));
    expect(read.risk).toBe(original.risk);
    expect(read.language).toBe(original.language);
    expect(reading).toMatchObject({ partial: false });
  });

  it("finds the right alphabet when the sender's language says otherwise (an English poster to an Urdu reader)", async () => {
    const ad = fixtureAd("en-scam-02");
    const reading = await reader().read(source(await renderAdImage(ad.text)), "ur");
    expect(textOf(reading)).toMatch(/visa/i);
    expect(engine.check(textOf(reading)).flags.map((f) => f.id)).toContain("guaranteed_visa");
  });

  it("keeps the $ and % that the Kazakh, Kyrgyz and Tajik packs read as digits", async () => {
    const text = "Кореяға жұмыс! Айлық $2500, виза 100% кепілдік.\nАлдын ала төлем $300 Kaspi картасына.";
    for (const language of ["kk", "ky", "tg"] as const) {
      const read = textOf(await reader().read(source(await renderAdImage(text)), language));
      expect(read, language).toContain("$2500");
      expect(read, language).toContain("100%");
    }
  });

  it("reads an unknown sender's Cyrillic picture again with the pack of the language it turns out to be", async () => {
    const text = "Кореяға жұмысшылар керек! Айлық 2000 доллар, тәжірибе қажет емес. Тіркелу ақысы 300 доллар алдын ала, Kaspi картасына.";
    const guessLanguage = (read: string) => engine.check(read).language;
    const read = textOf(await reader({ guessLanguage }).read(source(await renderAdImage(text)), undefined));
    expect(read).toContain("жұмысшылар");
    expect(read).toContain("тәжірибе");
  });

  it("turns a phone photo upright by its EXIF orientation", async () => {
    const ad = fixtureAd("ru-scam-02");
    // Stored sideways, as cameras do, with the tag that says how to show it.
    const sideways = await sharp(await renderAdImage(ad.text)).rotate(90).jpeg().withMetadata({ orientation: 8 }).toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(8);
    const read = engine.check(textOf(await reader().read(source(sideways), "ru")));
    expect(read.flags.map((f) => f.id)).toEqual(expect.arrayContaining(["guaranteed_visa", "upfront_fee"]));
  });

  it("says so when it could read calligraphy only partly (Nastaliq, as Urdu newspapers print)", async () => {
    const ad = fixtureAd("ur-scam-01");
    const reading = await reader().read(source(await renderAdImage(ad.text, { font: "Noto Nastaliq Urdu 14", rtl: true })), "ur");
    expect(reading).toMatchObject({ partial: true });
    expect(textOf(reading)).toMatch(/[\u0600-\u06FF]{3}/);
  });
});

describe("calligraphy read twice", () => {
  /** The passes the reader logs (never the text): which packs, which preparation, what confidence. */
  async function passesOf(picture: Buffer, language: Language) {
    const passes: string[][] = [];
    const log = { debug: (obj: object) => void passes.push((obj as { passes: string[] }).passes), warn: () => {} };
    const reading = await reader({ log }).read(source(picture), language);
    return { reading, passes: passes[0]! };
  }

  it("takes a second look at Nastaliq, which reads with low confidence, and none at Naskh, Cyrillic or English", async () => {
    const urdu = fixtureAd("ur-scam-02").text;
    const nastaliq = await passesOf(await renderAdImage(urdu, { font: "Noto Nastaliq Urdu 14", rtl: true }), "ur");
    expect(nastaliq.passes).toEqual([expect.stringMatching(/^urd\+(script\/)?Arabic:\d+$/), expect.stringMatching(/^second look urd\+(script\/)?Arabic:\d+$/)]);
    expect(nastaliq.reading).toMatchObject({ partial: true });
    const naskh = await passesOf(await renderAdImage(urdu, { font: "Noto Naskh Arabic 14", rtl: true }), "ur");
    expect(naskh.passes).toEqual([expect.stringMatching(/^urd\+(script\/)?Arabic:(8|9)\d$/)]);
    for (const [id, language] of [["ru-scam-02", "ru"], ["en-scam-02", "ur"]] as const) {
      const { passes } = await passesOf(await renderAdImage(fixtureAd(id).text), language);
      expect(passes.join(" "), id).not.toContain("second look");
    }
  });
});

describe("pictures it cannot read", () => {
  it("finds nothing readable in a picture without writing", async () => {
    expect(await reader().read(source(await pictureWithoutText()), "en")).toEqual({ failure: "unreadable" });
  });

  it("refuses what is not a raster picture: text, SVG", async () => {
    expect(await reader().read(source(new TextEncoder().encode("Visa 100% guaranteed, advance fee")), "en")).toEqual({ failure: "unreadable" });
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><text x="10" y="50">Visa 100% guaranteed</text></svg>`;
    expect(await reader().read(source(Buffer.from(svg)), "en")).toEqual({ failure: "unreadable" });
  });

  it("refuses a picture over the byte limit, before downloading it when the channel tells its size", async () => {
    const picture = await renderAdImage(fixtureAd("en-scam-01").text);
    const small = reader({ maxBytes: 10_000 });
    const announced = source(picture, { size: picture.byteLength });
    expect(await small.read(announced, "en")).toEqual({ failure: "too_large" });
    expect(announced.loads).toBe(0);
    const unannounced = source(picture);
    expect(await small.read(unannounced, "en")).toEqual({ failure: "too_large" });
    expect(unannounced.loads).toBe(1);
  });

  it("refuses a picture over the pixel limit before decoding it (a small file can hold a huge image)", async () => {
    const huge = await sharp({ create: { width: 6000, height: 6000, channels: 3, background: "#ffffff" } }).png().toBuffer();
    expect(huge.byteLength).toBeLessThan(1024 * 1024);
    expect(await reader({ maxPixels: 20_000_000 }).read(source(huge), "en")).toEqual({ failure: "too_large" });
  });

  it("gives up when the time is over, and when the download fails", async () => {
    const picture = await renderAdImage(fixtureAd("en-scam-01").text);
    expect(await reader({ timeoutMs: 50 }).read(source(picture), "en")).toEqual({ failure: "failed" });
    const broken: ImageSource = { id: "gone", load: () => Promise.reject(new Error("404")) };
    expect(await reader().read(broken, "en")).toEqual({ failure: "failed" });
  });
});
