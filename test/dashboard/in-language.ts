import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { watchedPage } from "../helpers/dashboard-browser.ts";

/*
 * What the browser tests of the dashboard in another language than English
 * share: the locale's strings, logging in as an account set to that language,
 * the dashboard's own words on a page, and a check that none is left in English.
 */

type Tree = { [key: string]: string | Tree };
const LOCALES = join(import.meta.dirname, "..", "..", "src", "dashboard", "locales");
const leaves = (t: Tree, prefix = ""): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));

/** A dashboard locale's strings by dotted key ("nav.queue"). */
export const dashboardLocale = (lng: string) => new Map(leaves(JSON.parse(readFileSync(join(LOCALES, `${lng}.json`), "utf8")) as Tree));

// The README's screenshots are refreshed on request (UPDATE_SCREENSHOTS=1); otherwise they go to a temporary folder.
const SCREENSHOT_DIR =
  process.env.UPDATE_SCREENSHOTS === "1" ? join(import.meta.dirname, "..", "screenshots") : mkdtempSync(join(tmpdir(), "offercheck-dashboard-lang-"));

/** Without the transient message and the focus ring, which would cover part of it. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    document.getElementById("flash")!.hidden = true;
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: join(SCREENSHOT_DIR, name) });
}

export const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);
/** Waits for the page: generous, as Argon2 and Postgres share two cores with other suites. */
export const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });

/** How wide the page's content is: more than the window means something sticks out sideways. */
export const contentWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Between phone and desktop widths nothing sticks out sideways; the window is 1280 px wide again after. */
export async function expectFitsFromDesktopToPhone(page: Page): Promise<void> {
  for (const width of [1024, 901, 800, 721]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await contentWidth(page), `${width} px`).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** With the phone's menu open, the exports, the language and Log out are each wholly on the screen. */
export async function expectMenuOnScreen(page: Page, width: number): Promise<void> {
  for (const id of ["export-csv", "export-misp", "logout", "language"]) {
    const link = byTestId(page, id);
    expect(await link.isVisible(), id).toBe(true);
    const box = (await link.boundingBox())!;
    expect(box.x, id).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, id).toBeLessThanOrEqual(width);
  }
}

/**
 * Logged in with a browser set to English: the page is in the account's
 * language because the account says so (`problems`: see watchedPage).
 */
export async function loggedIn(
  browser: Browser,
  baseUrl: string,
  account: { email: string; password: string },
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const { context, page, problems } = await watchedPage(browser, viewport);
  await page.goto(`${baseUrl}/dashboard/`);
  await byTestId(page, "login-email").fill(account.email);
  await byTestId(page, "login-password").fill(account.password);
  await byTestId(page, "login-submit").click();
  await poll(() => byTestId(page, "queue-row").count()).toBeGreaterThanOrEqual(2);
  return { context, page, problems };
}

/**
 * The dashboard's own words on the page (text, titles, labels, placeholders),
 * leaving out what people wrote (the advert and its excerpt in the queue, the reporter's answers, notes)
 * and the language switcher, whose choices are each in their own language.
 */
export function pageWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = ".ad-text, .excerpt, q, code, .note-body, .audit-note, [data-testid='reporter-answers'] dd, #language, .who-email, .reference";
    const words: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest(skip) || parent.closest("[hidden], script, style, noscript")) continue;
      if (node.textContent!.trim()) words.push(node.textContent!.trim());
    }
    for (const el of Array.from(document.body.querySelectorAll("[title], [aria-label], [placeholder]"))) {
      if (el.closest(skip)) continue;
      for (const attr of ["title", "aria-label", "placeholder"]) if (el.getAttribute(attr)) words.push(el.getAttribute(attr)!);
    }
    return words;
  });
}

/**
 * A check for the English words of the dashboard among `words`: the fixed
 * parts of each English string that `lng` translates (a {{value}} splits a
 * string into parts), of four letters and more.
 */
export function englishLeftChecker(lng: string): (words: string[]) => string[] {
  const en = dashboardLocale("en");
  const other = dashboardLocale(lng);
  const englishOnly = [...en]
    .filter(([key, text]) => other.get(key) !== text)
    .flatMap(([, text]) => text.split(/{{\s*\w+\s*}}/).map((part) => part.trim().replace(/^[(:,.·—-]+|[(:,.·—-]+$/g, "").trim()))
    .filter((part) => /[A-Za-z]{3}/.test(part) && part.length >= 4);
  return (words) => {
    const text = words.join("\n");
    return [...new Set(englishOnly.filter((part) => new RegExp(`(^|[^A-Za-z])${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z])`).test(text)))];
  };
}
