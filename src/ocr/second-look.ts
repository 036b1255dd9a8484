import sharp from "sharp";

/** The second look's enlargement of the prepared picture (itself ×2 when small): about ×3 of what was sent. */
const ENLARGE = 1.5;
/** No second look is enlarged past this longest side: time grows with pixels, and such text is large enough. */
const MAX_SIDE = 3000;

/**
 * Otsu's threshold: the grey level that best splits the picture's histogram
 * into ink and paper (largest between-class variance). Chosen per picture,
 * because a fixed level erased the thin strokes of small grey screenshots.
 */
export function otsuThreshold(histogram: ArrayLike<number>): number {
  let total = 0;
  let sum = 0;
  for (let level = 0; level < 256; level++) {
    total += histogram[level]!;
    sum += level * histogram[level]!;
  }
  let below = 0;
  let sumBelow = 0;
  let best = -1;
  let threshold = 128;
  for (let level = 0; level < 256; level++) {
    below += histogram[level]!;
    const above = total - below;
    if (below === 0) continue;
    if (above === 0) break;
    sumBelow += level * histogram[level]!;
    const difference = sumBelow / below - (sum - sumBelow) / above;
    const between = below * above * difference * difference;
    if (between > best) [best, threshold] = [between, level];
  }
  return threshold;
}

/**
 * Another preparation of a picture already prepared for Tesseract (grey,
 * enlarged when small, median): enlarged again and made black and white at
 * its Otsu level. On Nastaliq calligraphy, which Tesseract's Naskh-trained
 * models read poorly whatever the preparation, it gets different words right
 * than the first, so the two readings together keep more of an advert's
 * warning signs than either (bench:ocr, "Nastaliq"). Not used for other
 * scripts: there a fixed or Otsu threshold lost strokes of small letters.
 */
export async function secondLook(prepared: Buffer): Promise<Buffer> {
  const image = sharp(prepared).grayscale();
  const { width = 0, height = 0 } = await image.metadata();
  const scale = Math.max(width, height) * ENLARGE <= MAX_SIDE ? ENLARGE : 1;
  const { data, info } = await image
    .resize({ width: Math.round(width * scale), height: Math.round(height * scale), kernel: "lanczos3" })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const histogram = new Uint32Array(256);
  for (let i = 0; i < data.length; i += info.channels) histogram[data[i]!]!++;
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .threshold(otsuThreshold(histogram))
    .png({ compressionLevel: 1 })
    .toBuffer();
}
