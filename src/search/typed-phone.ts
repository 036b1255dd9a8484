import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/**
 * The E.164 numbers a typed search may mean, in the form the app keeps
 * numbers (adverts' `entities.phones[].e164`, registry phones):
 * "+92 300 1234567", "00923001234567", "923001234567" (a country code
 * without its plus), or a local "0300 1234567" read in each of `countries`.
 * Several candidates are all searched for; a wrong one only matches a
 * number nobody has. Anything with letters in it is no phone.
 */
export function phoneCandidates(q: string, countries: readonly string[]): string[] {
  const typed = q.trim();
  if (!/^\+?[\d\s().-]+$/.test(typed)) return [];
  const digits = typed.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return [];
  const found = new Set<string>();
  const add = (text: string, country?: CountryCode) => {
    const phone = parsePhoneNumberFromString(text, country);
    // isPossible, as the extractor judged the stored numbers: isValid would miss some of them.
    if (phone?.isPossible()) found.add(phone.number);
  };
  if (typed.startsWith("+")) add(`+${digits}`);
  else if (digits.startsWith("00")) add(`+${digits.slice(2)}`);
  else {
    add(`+${digits}`);
    for (const country of countries) add(digits, country as CountryCode);
  }
  return [...found];
}
