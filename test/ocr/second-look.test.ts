import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { otsuThreshold, secondLook } from "../../src/ocr/second-look.ts";

describe("Otsu's threshold", () => {
  it("splits dark ink from light paper between the two, wherever they lie", () => {
    const histogram = new Array(256).fill(0);
    histogram[40] = 300; // ink
    histogram[210] = 5_000; // paper
    const t = otsuThreshold(histogram);
    expect(t).toBeGreaterThanOrEqual(40);
    expect(t).toBeLessThan(210);
    // Grey ink on grey paper (a dim photo): the level moves with them.
    const dim = new Array(256).fill(0);
    dim[90] = 300;
    dim[150] = 5_000;
    expect(otsuThreshold(dim)).toBeGreaterThanOrEqual(90);
    expect(otsuThreshold(dim)).toBeLessThan(150);
    expect(otsuThreshold(dim)).not.toBe(t);
  });
});

describe("the second look at a picture", () => {
  it("is black and white, enlarged half again, and never past 3,000 pixels a side", async () => {
    // Grey text-like strokes on light grey paper.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#d0d0d0"/><rect x="50" y="80" width="300" height="12" fill="#606060"/></svg>`;
    const small = await sharp(Buffer.from(svg)).grayscale().png().toBuffer();
    const looked = await secondLook(small);
    const { width, height } = await sharp(looked).metadata();
    expect([width, height]).toEqual([600, 300]);
    const { data } = await sharp(looked).grayscale().raw().toBuffer({ resolveWithObject: true });
    const levels = new Set(data);
    expect([...levels].sort((a, b) => a - b)).toEqual([0, 255]);

    const large = await sharp({ create: { width: 2400, height: 600, channels: 3, background: "#ffffff" } }).grayscale().png().toBuffer();
    expect((await sharp(await secondLook(large)).metadata()).width).toBe(2400);
  });
});
