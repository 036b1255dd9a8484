import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import i18next, { type i18n, type Resource } from "i18next";
import { LANGUAGES, type Language } from "../engine/types.ts";

export const LOCALES_DIR = fileURLToPath(new URL("../../locales/", import.meta.url));

export function loadResources(dir: string = LOCALES_DIR): Resource {
  return Object.fromEntries(
    LANGUAGES.map((lng) => [lng, { translation: JSON.parse(readFileSync(join(dir, lng, "translation.json"), "utf8")) }]),
  );
}

/**
 * One i18next instance per process (not the global singleton), with every
 * locale loaded up front; callers take a fixed-language `t` per message.
 */
export async function createI18n(resources: Resource = loadResources()): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    supportedLngs: [...LANGUAGES],
    fallbackLng: "en",
    // Script subtags (ur-Latn, uz-Cyrl) are distinct locales, not variants to strip.
    load: "currentOnly",
    nonExplicitSupportedLngs: false,
    // Chat messages are plain text, not HTML: escaping would show "&#x2F;" for "/".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
