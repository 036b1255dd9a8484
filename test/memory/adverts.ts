import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every hand-written advert of the corpus (test/fixtures/ads), all languages. */
export function fixtureAdverts(): { id: string; kind: string; text: string }[] {
  const dir = join(import.meta.dirname, "..", "fixtures", "ads");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as { id: string; kind: string; text: string }[]);
}

/** An advert as it is copied from group to group, and the ways copies differ. */
export const ORIGINAL = [
  "🔥🔥 СРОЧНО! РАБОТА В ЮЖНОЙ КОРЕЕ 🇰🇷🔥🔥",
  "Завод, упаковка, сборка. ЗАРПЛАТА ОТ 2500$ В МЕСЯЦ!!!",
  "Без опыта, без знания языка ✅ Проживание предоставляем, питание за счёт работодателя",
  "ВИЗА 100% ГАРАНТИЯ, вылет через две недели после оплаты",
  "Оформление 350 000 тенге, предоплата 50% на карту Kaspi",
  "Пишите только в Telegram @korea_viza_work00 или звоните +7 701 000 12 34",
].join("\n");

export const EDITS: Record<string, string> = {
  "a changed phone number, handle and price": ORIGINAL.replace("+7 701 000 12 34", "8 (747) 555-00-99").replace("@korea_viza_work00", "@korea_rabota_2026").replace("350 000", "420 000"),
  "other emoji": ORIGINAL.replace(/🔥|✅|🇰🇷/gu, "").replace("СРОЧНО!", "⚡️⚡️СРОЧНО⚡️").replace("ГАРАНТИЯ,", "ГАРАНТИЯ 💯,"),
  "other spacing and line breaks": ORIGINAL.replace(/ /g, "   ").replace(/\n/g, "\n\n \n"),
  "its lines in another order": ORIGINAL.split("\n").reverse().join("\n"),
  "a link instead of the handle": ORIGINAL.replace("@korea_viza_work00", "https://t.me/+AbCdEf123"),
  "a few words changed": ORIGINAL.replace("Завод", "Фабрика").replace("за счёт работодателя", "бесплатное"),
};
