import { Writable } from "node:stream";
import type { Level, Logger } from "pino";
import { createLogger } from "../../src/logging/logger.ts";

export interface CapturedLog {
  /** Every line written so far, as pino wrote it (JSON text). */
  lines: string[];
  /** The lines parsed, for assertions on level and message. */
  entries(): { level: number; msg?: string; [key: string]: unknown }[];
  /** A stream for pino or Fastify's logger. */
  stream: Writable;
  /** A logger writing here. */
  logger(level?: Level): Logger;
}

/** Collects log lines in memory, so a test can read everything the app wrote. */
export function captureLog(): CapturedLog {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return {
    lines,
    entries: () => lines.map((line) => JSON.parse(line)),
    stream,
    logger: (level = "trace") => createLogger(level, stream),
  };
}
