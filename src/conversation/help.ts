import type { TFunction } from "i18next";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { Hotline } from "../data/hotlines.ts";
import type { Button, Envelope, SessionState } from "./types.ts";

/**
 * Help for someone in danger: numbers that work where they are, never
 * another country's. Where that is comes from their own answer (asked once,
 * then kept in the session), or from what settles it without asking: a
 * WhatsApp number's country code, Urdu. Anything else is asked.
 */

/** The home countries the helpline serves. */
export const HOME_PLACES = ["PK", "KZ", "KG", "TJ", "UZ"] as const;
/** Where people from there work: the places "I am abroad now" offers. */
export const ABROAD_PLACES = ["RU", "AE", "SA", "QA", "GB", "other"] as const;
const PLACES: ReadonlySet<string> = new Set([...HOME_PLACES, ...ABROAD_PLACES]);

export function isPlace(value: string): boolean {
  return PLACES.has(value);
}

/** The country of the sender's own number, when it is a place the helpline knows. */
export function placeOfNumber(env: Envelope): string | undefined {
  // Only WhatsApp hands over the sender's own number; its country code says where the SIM is from.
  const phone = env.channel.startsWith("whatsapp") ? env.reporter?.phones?.[0] : undefined;
  const byPhone = phone ? parsePhoneNumberFromString(phone.startsWith("+") ? phone : `+${phone}`)?.country : undefined;
  return byPhone && PLACES.has(byPhone) ? byPhone : undefined;
}

/** Where the person is, when they said so or when their number or script settles it; null: ask. */
export function knownPlace(state: SessionState, lng: string): string | null {
  return state.country ?? state.numberCountry ?? (lng === "ur" || lng === "ur-Latn" ? "PK" : null);
}

export function placePicker(t: TFunction, abroad: boolean): Button[][] {
  const places = abroad ? ABROAD_PLACES : [...HOME_PLACES, "abroad" as const];
  const buttons = places.map((p) => ({ data: `country:${p}`, label: t(`country.${p}`) }));
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows;
}

/** A number as Telegram and WhatsApp make it tappable: with its country code; short codes (112, 999) as they are. */
export function tappable(phone: string, country: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 7) return phone;
  const parsed = parsePhoneNumberFromString(phone, country as never);
  // Valid numbers only: a UAN like 111-247-786 is dialled as written inside Pakistan.
  return parsed?.isValid() ? parsed.formatInternational() : phone;
}

/** The helplines of one place, numbers first; a line saying so when none of them has a number. */
export function hotlineLines(t: TFunction, lng: string, hotlines: readonly Hotline[], place: string): string[] {
  const rows = hotlines.filter((h) => h.country === place).sort((a, b) => Number(Boolean(b.phone)) - Number(Boolean(a.phone)));
  const lines = rows.map((h) => {
    const name = h.names[lng] ?? h.name;
    return h.phone ? t("bot.hotlinePhone", { name, phone: tappable(h.phone, h.country) }) : t("bot.hotlineWebsite", { name, website: h.website });
  });
  if (!rows.some((h) => h.phone)) lines.unshift(t("bot.noLocalNumber"));
  return lines.map((line) => `• ${line}`);
}
