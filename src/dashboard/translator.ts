import { readFileSync } from "node:fs";
import i18next, { type TFunction } from "i18next";
import { DASHBOARD_LANGUAGES, type DashboardLanguage } from "../caseworkers/types.ts";

const LOCALES = new URL("./locales/", import.meta.url);

/**
 * The dashboard's words on the server, for what it hands out as files (the
 * evidence package's summary): the same locale files the browser loads.
 */
export async function dashboardTranslator(language: DashboardLanguage): Promise<TFunction> {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    DASHBOARD_LANGUAGES.map((lng) => [lng, { translation: JSON.parse(readFileSync(new URL(`${lng}.json`, LOCALES), "utf8")) }]),
  );
  // The callers escape for HTML themselves; i18next escaping on top would show "&amp;".
  return instance.init({ resources, lng: language, fallbackLng: "en", interpolation: { escapeValue: false } });
}
