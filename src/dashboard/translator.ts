import { readFileSync } from "node:fs";
import i18next, { type i18n } from "i18next";
import { DASHBOARD_LANGUAGES } from "../caseworkers/types.ts";

const LOCALES = new URL("./locales/", import.meta.url);

/**
 * The dashboard's words on the server, for what it hands out as files (the
 * evidence package's summary): the same locale files the browser loads,
 * read once; callers take a fixed-language `t` per download.
 */
export async function createDashboardI18n(): Promise<i18n> {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    DASHBOARD_LANGUAGES.map((lng) => [lng, { translation: JSON.parse(readFileSync(new URL(`${lng}.json`, LOCALES), "utf8")) }]),
  );
  // The callers escape for HTML themselves; i18next escaping on top would show "&amp;".
  await instance.init({ resources, supportedLngs: [...DASHBOARD_LANGUAGES], fallbackLng: "en", interpolation: { escapeValue: false } });
  return instance;
}
