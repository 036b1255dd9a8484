import sharp, { type Metadata } from "sharp";

/** Raster formats people send; SVG and PDF are refused (they can carry more than pixels). */
const FORMATS: ReadonlySet<string> = new Set(["jpeg", "png", "webp", "gif", "tiff", "heif"]);
/** Below this longest side text is usually too small for Tesseract: the picture is doubled. */
const UPSCALE_BELOW = 1200;
/** Above this longest side a picture is scaled down: time grows with size, and the text stays legible. */
const MAX_SIDE = 3000;

export type Prepared = { image: Buffer } | { failure: "too_large" | "unreadable" };

/**
 * A picture made ready for Tesseract, each step measured to help (see
 * BENCHMARKS.md): turned upright by its EXIF tag, grey, small pictures
 * doubled, then a 3×3 median against camera grain (after the upscale: on
 * small text it would erase strokes), as a PNG.
 */
export async function prepareImage(bytes: Uint8Array, maxPixels: number): Promise<Prepared> {
  // The header only: a decompression bomb is refused before a pixel is decoded.
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    return { failure: "unreadable" };
  }
  if (!FORMATS.has(meta.format ?? "") || !meta.width || !meta.height) return { failure: "unreadable" };
  if (meta.width * meta.height > maxPixels) return { failure: "too_large" };
  const { width, height } = meta.autoOrient ?? meta;
  const longest = Math.max(width, height);
  const scale = longest < UPSCALE_BELOW ? 2 : longest > MAX_SIDE ? MAX_SIDE / longest : 1;
  try {
    // Transparent screenshots: the background becomes white, not the black of empty pixels.
    let pipeline = sharp(bytes, { limitInputPixels: maxPixels, failOn: "error", pages: 1 }).autoOrient().flatten({ background: "#ffffff" }).grayscale();
    if (scale !== 1) pipeline = pipeline.resize({ width: Math.round(width * scale), height: Math.round(height * scale), kernel: "lanczos3" });
    const image = await pipeline.median(3).png({ compressionLevel: 1 }).toBuffer();
    return { image };
  } catch {
    return { failure: "unreadable" };
  }
}
