import { expect } from "vitest";

/** Waits until `check` holds (vitest's expect.poll), failing the test after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, intervalMs = 20): Promise<void> {
  await expect.poll(check, { timeout: timeoutMs, interval: intervalMs }).toBe(true);
}
