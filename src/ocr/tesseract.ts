import { execFile, spawn } from "node:child_process";

/** One word Tesseract read, with where it stands on the picture. */
export interface TesseractWord {
  text: string;
  confidence: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** page:block:paragraph:line, the line the word belongs to. */
  line: string;
}

/** What one Tesseract pass read. */
export interface TesseractResult {
  /** Lines in reading order (right to left within Urdu lines), paragraphs separated by a line break. */
  text: string;
  /** Mean word confidence, 0–100; 0 when no word was read. */
  confidence: number;
  words: TesseractWord[];
}

export interface TesseractPass {
  /** Traineddata names, e.g. ["rus", "eng"]. */
  languages: readonly string[];
  /** Page segmentation mode: 6 reads the picture as one block of text (see the README on why). */
  psm: number;
  /** The process is killed when it runs longer. */
  timeoutMs: number;
}

/** No advert comes near this much text; more means something is wrong, and the process is stopped. */
const MAX_OUTPUT_BYTES = 4 * 1024 * 1024;

export class TesseractTimeoutError extends Error {
  constructor(ms: number) {
    super(`tesseract took longer than ${ms} ms and was killed`);
    this.name = "TesseractTimeoutError";
  }
}

/** Word rows of Tesseract's TSV output. */
export function parseTsvWords(tsv: string): TesseractWord[] {
  const words: TesseractWord[] = [];
  for (const row of tsv.split("\n").slice(1)) {
    const cells = row.split("\t");
    // level 5 is a word: page, block, paragraph, line, word number, box, confidence, text.
    if (cells.length < 12 || cells[0] !== "5") continue;
    const text = cells.slice(11).join("\t").trim();
    const confidence = Number(cells[10]);
    if (!text || !(confidence >= 0)) continue;
    const [left, top, width, height] = cells.slice(6, 10).map(Number) as [number, number, number, number];
    words.push({ text, confidence, left, top, width, height, line: `${cells[1]}:${cells[2]}:${cells[3]}:${cells[4]}` });
  }
  return words;
}

/** Words joined back into lines, paragraphs separated by an empty line. */
export function resultOf(words: TesseractWord[]): TesseractResult {
  const lines = new Map<string, string[]>();
  for (const w of words) {
    if (!lines.has(w.line)) lines.set(w.line, []);
    lines.get(w.line)!.push(w.text);
  }
  const out: string[] = [];
  let previous: string | undefined;
  for (const [line, parts] of lines) {
    const paragraph = line.slice(0, line.lastIndexOf(":"));
    if (previous !== undefined && paragraph !== previous) out.push("");
    out.push(parts.join(" "));
    previous = paragraph;
  }
  const confidence = words.length ? words.reduce((sum, w) => sum + w.confidence, 0) / words.length : 0;
  return { text: out.join("\n"), confidence, words };
}

export function parseTsv(tsv: string): TesseractResult {
  return resultOf(parseTsvWords(tsv));
}

/** One run of the tesseract binary on an image (PNG bytes on stdin, TSV on stdout). */
export function runTesseract(binary: string, image: Uint8Array, pass: TesseractPass): Promise<TesseractResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ["stdin", "stdout", "-l", pass.languages.join("+"), "--psm", String(pass.psm), "tsv"], {
      // One thread per process: the pool decides how many cores OCR gets, not OpenMP.
      env: { ...process.env, OMP_THREAD_LIMIT: "1" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = "";
    let failure: Error | undefined;
    const stop = (error: Error) => {
      failure ??= error;
      child.kill("SIGKILL");
    };
    const timer = setTimeout(() => stop(new TesseractTimeoutError(pass.timeoutMs)), pass.timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > MAX_OUTPUT_BYTES) return stop(new Error("tesseract wrote more than expected"));
      stdout.push(chunk);
    });
    // Warnings only ("Estimating resolution…"); kept short for the error message.
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-500);
    });
    // A process that dies early closes its stdin: the write error is the exit's to report.
    child.stdin.on("error", () => {});
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (failure) return reject(failure);
      if (code !== 0) return reject(new Error(`tesseract exited with ${code}: ${stderr.trim()}`));
      resolve(parseTsv(Buffer.concat(stdout).toString("utf8")));
    });
    child.stdin.end(image);
  });
}

/** The language packs the binary has, or null when there is no such binary. */
export function installedLanguages(binary: string): Promise<string[] | null> {
  return new Promise((resolve) => {
    execFile(binary, ["--list-langs"], { timeout: 10_000 }, (error, stdout) => {
      if (error) return resolve(null);
      // First line: `List of available languages in "…" (N):`.
      resolve(
        stdout
          .split("\n")
          .slice(1)
          .map((l) => l.trim())
          .filter(Boolean),
      );
    });
  });
}
