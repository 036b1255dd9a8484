/** The home country each language variant points to; Russian and English point nowhere: they are spoken across the region. */
const BY_LANGUAGE: Readonly<Record<string, string>> = { ur: "PK", "ur-Latn": "PK", kk: "KZ", ky: "KG", tg: "TJ", "uz-Latn": "UZ", "uz-Cyrl": "UZ" };

export function countryOfLanguage(language: string): string | null {
  return BY_LANGUAGE[language] ?? null;
}
