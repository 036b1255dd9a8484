import { z } from "zod";
import { LANGUAGES } from "../../engine/types.ts";

/** Longest request body accepted for a check; the engine itself reads at most MAX_AD_LENGTH. */
export const MAX_CHECK_BODY_BYTES = 64 * 1024;

export const checkRequest = z.object({
  text: z.string().min(1).max(20_000),
  language: z.enum(LANGUAGES).optional(),
});
export type CheckRequest = z.infer<typeof checkRequest>;
