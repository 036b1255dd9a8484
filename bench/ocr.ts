/**
 * npm run bench:ocr — pictures of adverts through the real OCR on this
 * machine. Corpus: the first three scam adverts of test/fixtures/ads in
 * Urdu (Naskh and Nastaliq), Russian, Kazakh, Tajik and English, each
 * rendered as a clean PNG, as a grainy, crooked JPEG and as a small
 * low-resolution screenshot (test/helpers/ad-image.ts); and eight Urdu scam
 * adverts of the evaluation corpus (eval/corpus/dev) set in Nastaliq as a
 * newspaper clipping: a narrow column, small type, grain.
 *
 * 1. latency: the reader with one slot, each picture once: p50/p95 per kind;
 *    1b. the flags found again in what the reader answered (all its passes).
 * 2. throughput: every picture at once through the reader with 1 and 2 slots.
 * 3. accuracy: the fraud flags of the text's verdict found again in the
 *    picture's, for Tesseract's defaults on the raw picture and for this
 *    reader's preparation; what justifies each preprocessing step.
 */
import { availableParallelism, cpus } from "node:os";
import sharp from "sharp";
import { performance } from "node:perf_hooks";
import type { ImageReading, ImageSource } from "../src/conversation/types.ts";
import type { Language } from "../src/engine/types.ts";
import { passesFor } from "../src/ocr/languages.ts";
import { prepareImage } from "../src/ocr/preprocess.ts";
import { createImageReader } from "../src/ocr/reader.ts";
import { secondLook } from "../src/ocr/second-look.ts";
import { installedLanguages, runTesseract } from "../src/ocr/tesseract.ts";
import { renderAdImage, type AdImageOptions } from "../test/helpers/ad-image.ts";
import { shippedEngine } from "../test/helpers/engine.ts";
import { fixtureAd } from "../test/helpers/fixture-ads.ts";
import { loadSplit } from "../src/eval/corpus.ts";
import { percentile } from "./percentile.ts";

const TESSERACT = process.env.TESSERACT_PATH ?? "tesseract";
const SCRIPTS: [string, Language, AdImageOptions][] = [
  ["ur", "ur", { font: "Noto Naskh Arabic 14", rtl: true }],
  ["ur", "ur", { font: "Noto Nastaliq Urdu 14", rtl: true }],
  ["ru", "ru", {}],
  ["kk", "kk", {}],
  ["tg", "tg", {}],
  ["en", "en", {}],
];
const LOOKS: [string, AdImageOptions][] = [
  ["clean png", { format: "png" }],
  ["grainy jpeg", { format: "jpeg", noise: 40, rotate: 3 }],
  // Letters about 10 pixels high, as in a screenshot of a forwarded message.
  ["small screenshot", { format: "png", dpi: 96, width: 360 }],
];

interface Sample {
  kind: string;
  language: Language;
  text: string;
  bytes: Buffer;
}

const source = (bytes: Buffer): ImageSource => ({ id: "bench", size: bytes.byteLength, load: async () => bytes });
const log = { debug: () => {}, warn: (obj: object, msg: string) => console.warn(msg, obj) };

const installed = new Set((await installedLanguages(TESSERACT)) ?? []);
if (installed.size === 0) throw new Error(`no tesseract at ${TESSERACT}`);
const engine = await shippedEngine();
const positiveFlags = (text: string) => engine.check(text).flags.filter((f) => f.weight > 0).map((f) => f.id);

const samples: Sample[] = [];
// Newspaper clippings: Urdu papers print job adverts in Nastaliq, in narrow columns.
for (const ad of loadSplit("dev").filter((a) => a.language === "ur" && a.kind === "scam").slice(0, 8)) {
  const bytes = await renderAdImage(ad.text, { font: "Noto Nastaliq Urdu 12", rtl: true, width: 420, format: "jpeg", noise: 20, seed: samples.length + 1 });
  samples.push({ kind: "ur Nastaliq, newspaper clipping", language: "ur", text: ad.text, bytes });
}
for (const [lng, language, font] of SCRIPTS) {
  for (const [look, options] of LOOKS) {
    for (const n of ["01", "02", "03"]) {
      const { text } = fixtureAd(`${lng}-scam-${n}`);
      const kind = `${lng}${font.font ? ` ${font.font.split(" ")[1]}` : ""}, ${look}`;
      const size = options.dpi ? { font: font.font?.replace(/\d+$/, "8") ?? "DejaVu Sans 8" } : {};
      samples.push({ kind, language, text, bytes: await renderAdImage(text, { ...font, ...options, ...size, seed: samples.length + 1 }) });
    }
  }
}
const reader = (slots: number) =>
  createImageReader({ tesseractPath: TESSERACT, installed, concurrency: slots, queue: samples.length, timeoutMs: 120_000, maxBytes: 50 * 1024 * 1024, maxPixels: 100_000_000, log });

console.log(`OCR benchmark — ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), node ${process.version}, ${samples.length} pictures, packs: ${[...installed].join(" ")}`);

// Warm-up: the page cache holds the traineddata files after one pass of each.
for (const lng of ["ur", "ru", "kk", "tg", "en"] as const) await reader(1).read(source(samples.find((s) => s.language === lng)!.bytes), lng);

console.log("\n1. latency, one slot (download excluded: the bytes are in memory)");
const byKind = new Map<string, number[]>();
const all: number[] = [];
const one = reader(1);
const answers: ImageReading[] = [];
for (const sample of samples) {
  const t0 = performance.now();
  answers.push(await one.read(source(sample.bytes), sample.language));
  const ms = performance.now() - t0;
  all.push(ms);
  byKind.set(sample.kind, [...(byKind.get(sample.kind) ?? []), ms]);
}
for (const [kind, times] of byKind) {
  const sorted = times.sort((a, b) => a - b);
  console.log(`  ${kind.padEnd(26)} p50 ${Math.round(percentile(sorted, 50))} ms, max ${Math.round(sorted.at(-1)!)} ms`);
}
all.sort((a, b) => a - b);
console.log(`  ${"all".padEnd(26)} p50 ${Math.round(percentile(all, 50))} ms, p95 ${Math.round(percentile(all, 95))} ms`);

// What a sender gets: the reader's chosen reading after all its passes, not one pass.
console.log("\n1b. the reader's answers (same run): fraud flags of the text found in the reading, readings marked partial");
const answered = new Map<string, { kept: number; of: number; partial: number; failed: number; n: number }>();
samples.forEach((sample, i) => {
  const answer = answers[i]!;
  const want = positiveFlags(sample.text);
  const got = new Set("text" in answer ? positiveFlags(answer.text) : []);
  const row = answered.get(sample.kind) ?? { kept: 0, of: 0, partial: 0, failed: 0, n: 0 };
  row.kept += want.filter((f) => got.has(f)).length;
  row.of += want.length;
  row.n++;
  if ("failure" in answer) row.failed++;
  else if (answer.partial) row.partial++;
  answered.set(sample.kind, row);
});
const sum = [...answered.values()].reduce((a, r) => ({ kept: a.kept + r.kept, of: a.of + r.of }), { kept: 0, of: 0 });
const nastaliq = [...answered].filter(([kind]) => kind.includes("Nastaliq")).reduce((a, [, r]) => ({ kept: a.kept + r.kept, of: a.of + r.of }), { kept: 0, of: 0 });
console.log(`  all ${sum.kept}/${sum.of} (${Math.round((100 * sum.kept) / sum.of)} %); Nastaliq ${nastaliq.kept}/${nastaliq.of} (${Math.round((100 * nastaliq.kept) / nastaliq.of)} %)`);
for (const [kind, r] of answered) console.log(`  ${kind.padEnd(26)} ${r.kept}/${r.of} flags, ${r.partial} of ${r.n} partial, ${r.failed} not read`);

console.log("\n2. throughput, every picture at once");
for (const slots of [1, Math.max(2, availableParallelism())]) {
  const pool = reader(slots);
  const t0 = performance.now();
  const latencies = await Promise.all(
    samples.map(async (s) => {
      const start = performance.now();
      await pool.read(source(s.bytes), s.language);
      return performance.now() - start;
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(`  ${slots} slot(s): ${(samples.length / seconds).toFixed(2)} images/s, p50 ${Math.round(percentile(latencies, 50))} ms, p95 ${Math.round(percentile(latencies, 95))} ms (queueing included)`);
}

console.log("\n3. accuracy: fraud flags of the text found in the picture (first pass of the sender's packs)");
type Variant = { name: string; image: (bytes: Buffer) => Promise<Buffer>; psm: number };
const variants: Variant[] = [
  { name: "raw picture, automatic layout (psm 3)", image: async (b) => b, psm: 3 },
  { name: "raw picture, one block (psm 6)", image: async (b) => b, psm: 6 },
  {
    name: "prepared (grey, ×2 if small, median), psm 6",
    image: async (b) => {
      const prepared = await prepareImage(b, 100_000_000);
      if ("failure" in prepared) throw new Error(prepared.failure);
      return prepared.image;
    },
    psm: 6,
  },
  {
    name: "prepared, then binarised (normalise + threshold), psm 6",
    image: async (b) => {
      const prepared = await prepareImage(b, 100_000_000);
      if ("failure" in prepared) throw new Error(prepared.failure);
      return sharp(prepared.image).normalise().threshold(160).png().toBuffer();
    },
    psm: 6,
  },
  {
    name: "prepared, then the reader's second look (×1.5, Otsu threshold), psm 6",
    image: async (b) => {
      const prepared = await prepareImage(b, 100_000_000);
      if ("failure" in prepared) throw new Error(prepared.failure);
      return secondLook(prepared.image);
    },
    psm: 6,
  },
];
for (const variant of variants) {
  const kept = new Map<string, [number, number]>();
  let ms = 0;
  for (const sample of samples) {
    const want = engine.check(sample.text).flags.filter((f) => f.weight > 0).map((f) => f.id);
    const image = await variant.image(sample.bytes);
    const t0 = performance.now();
    const result = await runTesseract(TESSERACT, image, { languages: passesFor(sample.language, installed)[0]!, psm: variant.psm, timeoutMs: 120_000 });
    ms += performance.now() - t0;
    const got = new Set(engine.check(result.text).flags.filter((f) => f.weight > 0).map((f) => f.id));
    const [k, n] = kept.get(sample.kind) ?? [0, 0];
    kept.set(sample.kind, [k + want.filter((f) => got.has(f)).length, n + want.length]);
  }
  const total = [...kept.values()].reduce(([a, b], [k, n]) => [a + k, b + n], [0, 0]);
  console.log(`  ${variant.name}: ${total[0]}/${total[1]} flags (${Math.round((100 * total[0]) / total[1])} %), tesseract ${Math.round(ms / samples.length)} ms/picture`);
  console.log(`    ${[...kept].map(([kind, [k, n]]) => `${kind} ${k}/${n}`).join("; ")}`);
}
