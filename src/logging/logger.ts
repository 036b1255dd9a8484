import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
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
