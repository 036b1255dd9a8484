import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
import pretty from "pino-pretty";
import { safeError } from "./safe-error.ts";

/**
 * Serializers every logger of the app uses: errors through safeError, so no
 * query parameter, message text or token reaches the log whoever logs it.
 */
export const LOG_SERIALIZERS = {
  err: safeError,
  error: safeError,
} as const;

export function loggerOptions(level: string): LoggerOptions {
  return { level, serializers: LOG_SERIALIZERS };
}

export function createLogger(level: string, stream?: DestinationStream): Logger {
  return stream ? pino(loggerOptions(level), stream) : pino(loggerOptions(level));
}

/**
 * Where the log goes: pino-pretty's readable lines when a person watches a
 * terminal, otherwise undefined, which is pino's own JSON lines on stdout for
 * a collector. Either way the serializers above have run first: pretty lines
 * hold no more than the JSON would.
 */
export function logDestination(
  format: "auto" | "json" | "pretty",
  isTTY = Boolean(process.stdout.isTTY),
  out?: NodeJS.WritableStream,
): DestinationStream | undefined {
  if (format === "json" || (format === "auto" && !isTTY)) return undefined;
  return pretty({
    colorize: isTTY,
    translateTime: "SYS:HH:MM:ss",
    ignore: "pid,hostname",
    // One line per entry: start-up details (OCR packs, registry rows) would otherwise fill the screen.
    singleLine: true,
    // Synchronous, so the last lines before process.exit are not lost; a terminal keeps up.
    sync: true,
    ...(out ? { destination: out } : {}),
  });
}
