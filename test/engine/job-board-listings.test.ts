import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Round 71's dev half: listings in job-board templates, their reminder lines, pay add-ons and onward legs. */
const { check, flags } = checker();

describe("a reminder not to leave without the Protector's stamp is a warning, not a route", () => {
  it.each([
    ["ur", "سعودی عرب — الیکٹریشن — 1,500 ریال — لائسنس یافتہ او ای پی کے ذریعے\nیاد رکھیں: پروٹیکٹر کے بغیر روانہ نہ ہوں، اور صرف رسید کے ساتھ فیس دیں۔"],
    ["ur-Latn", "Saudi Arabia — electrician — 1500 riyal — licensed OEP ke zariye\nYaad rakhein: protector ke baghair rawana na hon, fees sirf raseed ke sath dein."],
    ["en", "Saudi Arabia — electrician — SAR 1,500 — through a licensed OEP.\nRemember: never travel abroad without the Protector stamp, and pay only against a receipt."],
  ])("%s", (_, text) => {
    const v = check(text);
    expect(v.flags.map((f) => f.id)).not.toContain("smuggling_route");
    expect(v.flags.map((f) => f.id)).toContain("anti_fraud_notice");
    expect(v.crime).not.toBe("smuggling");
  });

  it("an offer to send people without the Protector stays a route", () => {
    expect(check("دبئی کے لیے لیبر چاہیے، بغیر پروٹیکٹر کے بھیجیں گے، خرچہ 3 لاکھ۔ واٹس ایپ 0300 0000418").crime).toBe("smuggling");
  });
});

describe("a question that lists the tricks and says 'report it at once' warns of them", () => {
  it.each([
    ["ur", "ہفتہ وار فہرست: قطر، ویٹر، لائسنس 1558/GRW\nیاد رکھیں:\n• وزٹ ویزا پر نوکری کا وعدہ یا ایزی پیسہ پر ایڈوانس؟ فوراً رپورٹ کریں"],
    ["ur-Latn", "Weekly list: Qatar waiter, licence 1558/GRW\nYaad rakhein:\n• visit visa pe naukri ka wada ya EasyPaisa pe advance? foran report karein"],
    ["en", "Weekly list: Qatar, waiter, licence 1558/GRW\nRemember:\n• A job on a visit visa, or an advance by EasyPaisa? Report it at once."],
  ])("%s", (_, text) => {
    const found = flags(text);
    expect(found).not.toContain("wrong_visa_type");
    expect(found).not.toContain("payment_channel");
  });

  it("the same offer made, not warned of, keeps its signs", () => {
    const found = flags("دبئی میں نوکری، وزٹ ویزا پر کام، ایڈوانس 50 ہزار ایزی پیسہ پر بھیجیں۔ رابطہ 0301 0000522");
    expect(found).toContain("wrong_visa_type");
    expect(found).toContain("payment_channel");
  });
});

describe("'+ service charge' after a wage is the hotel's share of pay, not a fee", () => {
  it.each([
    ["en", "Doha, 5-star hotel — waiter. QAR 1,600 + service charge, accommodation and meals provided. Apply at hr@pearl-doha-hotel.com"],
    ["ur", "قطر — ویٹر / باریسٹا — 1,600 ریال + سروس چارج — ہوٹل کی رہائش اور کھانا"],
    ["ur-Latn", "Dubai hotel ke liye waiter, 1600-1900 AED + service charge, rehaish aur khana hotel ka"],
    ["ru", "Официант в отель в Дубае, 1 800–2 200 AED + service charge, жильё и питание от отеля"],
  ])("%s", (_, text) => {
    expect(flags(text)).not.toContain("upfront_fee");
  });

  it("service charges the worker is asked to pay stay a fee", () => {
    expect(flags("Hotel jobs in Dubai. Service charges PKR 150,000 in advance, visa in 15 days. WhatsApp 0300 0000731")).toContain("upfront_fee");
  });
});

describe("an onward leg: a tourist trip to one country, then 'our partners move you' to work in another", () => {
  it.each([
    ["uz-Cyrl", "Хорватияда иш, маош 1 400 €. Аввал Сербияга туристик сафар, Белградда бир ҳафта яшайсиз, кейин ҳамкорларимиз Хорватияга ишга ўтказиб қўяди, иш ҳужжатлари жойида тўғриланади. Тел +998 71 555 00 31"],
    ["uz-Latn", "Xorvatiyada ish, oylik 1 400 €. Avval Serbiyaga turistik safar, Belgradda bir hafta yashaysiz, keyin hamkorlarimiz Xorvatiyaga ishga o'tkazib qo'yadi, ish hujjatlari joyida to'g'rilanadi. Tel +998 71 555 00 32"],
  ])("%s", (_, text) => {
    const v = check(text);
    expect(v.crime).toBe("smuggling");
    expect(v.flags.map((f) => f.id)).toContain("wrong_visa_type");
  });

  it.each([
    ["uz-Latn, a rumour of moving on, refused", "Minskda qurilishga chaqirishyapti, ruxsatnomani firma oladi, oylik kartaga. Eshitishimcha u yerdan Polshaga o'tib ketish gaplari ham bo'larkan, biz bunaqasiga qiziqmaymiz, faqat ish kerak"],
    ["uz-Cyrl, permanent work after the probation", "Қозонда омборга юкчи керак. Синов муддатидан кейин доимий ишга ўтказилади. Патент ҳужжатлари жойида расмийлаштирилади. Тел +7 843 555 00 17"],
  ])("%s is no route and no wrong visa", (_, text) => {
    const v = check(text);
    expect(v.crime).not.toBe("smuggling");
    expect(v.flags.map((f) => f.id)).not.toContain("wrong_visa_type");
  });
});
