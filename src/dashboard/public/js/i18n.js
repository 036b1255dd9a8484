// The dashboard's words, in the caseworker's language. i18next runs in the
// browser (served from node_modules at vendor/); the strings are in
// src/dashboard/locales/<lng>.json, fetched from /dashboard/locales/. Every
// translated string reaches the page as text, so i18next's HTML escaping is
// off: escaping there would show "&amp;" instead of "&".
import i18next from "../vendor/i18next.js";

/** The languages the dashboard is written in; an account keeps one of them (PATCH /api/auth/me). */
export const UI_LANGUAGES = ["en", "ru", "ur"];
/** Each language's own name, for the switcher: a person who cannot read the current one still finds theirs. */
export const LANGUAGE_NAMES = { en: "English", ru: "Русский", ur: "اردو" };
/** Date formats follow the language; en-GB writes "4 Dec 2026", not "Dec 4". */
const DATE_LOCALES = { en: "en-GB", ru: "ru-RU", ur: "ur-PK" };

const loaded = new Set();

async function load(lng) {
  if (loaded.has(lng)) return;
  const response = await fetch(`locales/${lng}.json`, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`The ${lng} words of the dashboard could not be loaded (${response.status}).`);
  i18next.addResourceBundle(lng, "translation", await response.json(), true, true);
  loaded.add(lng);
}

export const supported = (lng) => (UI_LANGUAGES.includes(lng) ? lng : "en");

/** Before login: the browser's first language if the dashboard has it, else English. */
export function browserLanguage() {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = String(tag).toLowerCase().split("-")[0];
    if (UI_LANGUAGES.includes(base)) return base;
  }
  return "en";
}

let started = null;

/** Loads English (the fallback for any missing word) and `lng`, and switches to it. */
export async function useLanguage(lng) {
  const target = supported(lng);
  started ??= i18next.init({ lng: "en", fallbackLng: "en", resources: {}, interpolation: { escapeValue: false } });
  await started;
  await load("en");
  await load(target);
  await i18next.changeLanguage(target);
  document.documentElement.lang = target;
  // Urdu is written right to left: the whole page mirrors (the CSS uses logical sides, inline-start/end).
  document.documentElement.dir = i18next.dir(target);
  translateStatic();
}

export const language = () => supported(i18next.language);
export const isRtl = () => document.documentElement.dir === "rtl";
/**
 * A phone number or a signed figure put into a sentence: on a right-to-left
 * page the bidirectional algorithm would move its "+" behind it ("1.76+"), so
 * it is isolated as left-to-right text (Unicode LRI … PDI).
 */
export const ltrText = (value) => (isRtl() ? `\u2066${value}\u2069` : String(value));
export const dateLocale = () => DATE_LOCALES[language()];
export const t = (key, options) => i18next.t(key, options);
export const has = (key) => i18next.exists(key);

/** The label of an API value (`status.new`, `flag.upfront_fee`); an unknown value is shown as it is. */
export function label(group, key) {
  if (key === undefined || key === null || key === "") return "—";
  return i18next.exists(`${group}.${key}`) ? t(`${group}.${key}`) : String(key);
}

/** A country's name: from the locale for the helpline's countries, else the browser's own names in this language. */
export function countryName(code) {
  if (!code || code === "unknown") return t("common.unknown");
  if (i18next.exists(`country.${code}`)) return t(`country.${code}`);
  try {
    return new Intl.DisplayNames([language()], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The words of index.html: an element's text from data-i18n, attributes from
 * data-i18n-attr ("aria-label:nav.main,title:nav.menu").
 */
export function translateStatic(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of el.dataset.i18nAttr.split(",")) {
      const [attr, key] = pair.split(":");
      el.setAttribute(attr.trim(), t(key.trim()));
    }
  }
}
