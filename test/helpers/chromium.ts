import { chromium, type Browser } from "playwright-core";

/**
 * Debian's Chromium, headless, with the flags this offline machine needs:
 * without the background-networking ones Chromium keeps dialling Google's
 * hosts and the closed network refuses it.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}
