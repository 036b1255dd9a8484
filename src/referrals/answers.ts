/**
 * What is kept of a reporter's typed answers: never their words. People type
 * their own name, a relative's number or their village into "where did you
 * see it?", and an export would carry it to every caseworker. Kept instead:
 * the kind of place (one of a fixed list) and the amount with its currency.
 */

const PLACES: [string, RegExp][] = [
  ["facebook", /facebook|\bfb\b|фейсбук|фб|فیس ?بک|feysbuk|фейсбук/iu],
  ["telegram", /telegram|телеграм|\btg\b|тг\b|ٹیلیگرام|telegramm/iu],
  ["whatsapp", /whats ?app|ватсап|вотсап|واٹس ?ایپ|vatsap|watsap/iu],
  ["instagram", /instagram|insta|инстаграм|инста|انسٹاگرام/iu],
  ["tiktok", /tik ?tok|тикток|ٹک ?ٹاک/iu],
  ["youtube", /you ?tube|ютуб|یوٹیوب/iu],
  ["classifieds", /\bolx\b|олх|lalafo|лалафо|kolesa|колеса|krisha|крыша|avito|авито|somon|сомон|hh\.|ہیڈ ہنٹر/iu],
  ["newspaper", /newspaper|paper|akhbar|اخبار|газет|gazeta|gazit/iu],
  ["website", /https?:|www\.|\.com|\.ru|\.kz|\.pk|site|сайт|website|ویب ?سائٹ/iu],
  ["person", /friend|relative|cousin|brother|neighbou?r|agent|дуст|друг|знаком|родствен|сосед|dost|dost ne|رشتہ|دوست|tanish|qarindosh|таныш|тууган|агент/iu],
];

/** The kind of place the advert was seen, from what the reporter typed; "other" when none is named. */
export function placeSeen(answer: string): string {
  return PLACES.find(([, pattern]) => pattern.test(answer))?.[0] ?? "other";
}

const AMOUNT = /(\d[\d\s.,]{0,14}\d|\d)\s*(k|к|тыс\.?|ming|минг|мың|миң|hazar|hazaar|ہزار|lakh|lac|لاکھ)?/iu;
const CURRENCY =
  /\$|usd|dollar|доллар|ڈالر|€|eur|евро|یورو|£|gbp|pound|фунт|rs\.?|pkr|rupee|rupay|روپے|₸|тенге|тг|tenge|сом|som|сомони|somoni|₽|руб|rub|rubl|aed|dirham|درہم|sar|riyal|ریال|qar|kwd|dinar|دینار|so'm|сўм|сум/iu;

/** The amount named in an answer, with its currency word, and nothing else of it. */
export function amountOnly(answer: string): string | undefined {
  const m = AMOUNT.exec(answer);
  if (!m) return undefined;
  const currency = CURRENCY.exec(answer)?.[0];
  const word = currency && /\p{L}$/u.test(currency) ? (new RegExp(`${currency}\\p{L}*`, "iu").exec(answer)?.[0] ?? currency) : currency;
  return [m[0].trim(), word].filter(Boolean).join(" ");
}
