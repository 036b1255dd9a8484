import sharp from "sharp";

export interface AdImageOptions {
  /** A fontconfig font name with its size, e.g. "Noto Nastaliq Urdu 14". */
  font?: string;
  /** Text width in pixels before margins. */
  width?: number;
  dpi?: number;
  format?: "png" | "jpeg";
  rtl?: boolean;
  /** Degrees, as a crooked photo. */
  rotate?: number;
  /** Standard deviation of the grain added to every pixel (0–255 scale), as a poor camera. */
  noise?: number;
  /** Seed of that grain, so a test sees the same picture on every run. */
  seed?: number;
}

/** Emoji need a colour font the machine may not have; a printed advert rarely has them anyway. */
function printable(text: string): string {
  return text.replace(/[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D]/gu, "").replace(/[ \t]+\n/g, "\n");
}

function markup(text: string): string {
  return printable(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A small deterministic random source (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gaussian grain over a greyed-down copy, as a cheap phone camera in poor light gives. */
async function grain(image: Buffer, sigma: number, seed: number): Promise<Buffer> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const next = random(seed);
  for (let i = 0; i < data.length; i++) {
    // Box–Muller: a normal sample from two uniform ones.
    const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    data[i] = Math.max(0, Math.min(255, data[i]! * 0.85 + 20 + normal * sigma));
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }).png().toBuffer();
}

/** An advert as a picture: the text set in a real font (Pango), as a poster, clipping or screenshot would show it. */
export async function renderAdImage(text: string, options: AdImageOptions = {}): Promise<Buffer> {
  const { font = "DejaVu Sans 14", width = 700, dpi = 150, format = "png", rtl = false } = options;
  let image: Buffer = await sharp({
    text: { text: `<span foreground="black">${markup(text)}</span>`, font, width, dpi, rgba: true, wrap: "word", align: rtl ? "right" : "left" },
  })
    .extend({ top: 40, bottom: 40, left: 40, right: 40, background: "#ffffff" })
    .flatten({ background: "#ffffff" })
    .png()
    .toBuffer();
  if (options.rotate) image = await sharp(image).rotate(options.rotate, { background: "#ffffff" }).png().toBuffer();
  if (options.noise) image = await grain(image, options.noise, options.seed ?? 1);
  return format === "jpeg" ? sharp(image).jpeg({ quality: 60 }).toBuffer() : image;
}

/** A picture with no writing on it: sky, a red ball, a dark door and a white path. */
export function pictureWithoutText(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
    <rect width="800" height="600" fill="#88aabb"/>
    <circle cx="300" cy="300" r="150" fill="#cc3333"/>
    <rect x="500" y="100" width="200" height="350" fill="#333333"/>
    <path d="M0 550 Q 400 350 800 550" stroke="#ffffff" stroke-width="12" fill="none"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg().toBuffer();
}
