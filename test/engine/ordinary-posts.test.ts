import { describe, expect, it } from "vitest";
import { loadEngineData } from "../../src/data/load-engine-data.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { offerOf } from "../helpers/engine.ts";

/** An ordinary week of job posts (round 38): classes its dev half showed, each in wording of its own here. */
const engine = createEngine(loadEngineData());
const check = (text: string) => engine.check(text, { today: "2026-12-01" });
const flags = (text: string) => check(text).flags.map((f) => f.id);

describe("a refused fee does not make the wage's card a payment channel", () => {
  it("kk: «тіркеу ақысы» деген жоқ, then the salary to a Kaspi card", () => {
    const found = flags(
      "Алматыдағы наубайханаға нан пісіруші керек. Айлығы 280 000 теңге.\nБізде «құжат ақысы» деген жоқ, айлық әр айдың 5-інде Kaspi картаға түседі.\nХабарласыңыз: +7 701 555 04 12 (WhatsApp), Гүлнар",
    );
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("payment_channel");
  });

  it("en: 'we take no fee, salary paid to your Kaspi card' in one sentence", () => {
    const found = flags("Warehouse packers for Almaty, 250,000 KZT. We take no fee, salary paid to your Kaspi card every month. Call +7 701 555 0413");
    expect(found).not.toContain("payment_channel");
  });

  it("a fee the advert does ask still makes the card a fee channel", () => {
    expect(flags("Warehouse packers for Almaty, 250,000 KZT. Registration fee 15,000 KZT, salary and fee through your Kaspi card. Call +7 701 555 0413")).toContain("payment_channel");
  });
});

describe("a car the worker drives is no borrowed brand", () => {
  it("tg: a taxi park's rented cars ('мошин иҷора … Hyundai Solaris')", () => {
    expect(flags("Таксопарк дар Подольск ронанда лозим. Мошин иҷора Hyundai Solaris / Kia Rio, рӯзе 2 500, бе залог. Шарт: правои русӣ. Telegram @podolsk_park_555")).not.toContain("brand_impersonation");
  });

  it("ru: 'аренда авто Хендай Солярис', and a make with its model ('Hyundai Solaris и Kia Rio')", () => {
    expect(flags("Водители такси в Москве, аренда авто Хендай Солярис 2600 в сутки, без залога, нужны российские права. Пишите в Telegram @taxi_msk_555")).not.toContain("brand_impersonation");
    expect(flags("Таксопарк: водители на Hyundai Solaris и Kia Rio, аренда 2600 в сутки. Telegram @park_msk_555")).not.toContain("brand_impersonation");
  });

  it("a maker hiring for its plant with a fee to a card is still a borrowed brand", () => {
    expect(flags("Работа на заводе Hyundai в Корее! Зарплата 2500$. Оформление визы 500$ переводом на карту. Пишите только в WhatsApp +82 10 5550 1234")).toContain("brand_impersonation");
  });
});

describe("refusals and told offers", () => {
  it("ur-Latn: 'visit visa walay rabta na karein' refuses that visa", () => {
    expect(flags("Sharjah me bakery ke liye helper chahiye, employment visa aur ticket company ka, salary 1400 AED. Visit visa wale bhai rabta na karein, sirf work visa. WhatsApp +971 50 000 0733")).not.toContain("wrong_visa_type");
  });

  it("en: a retold maid offer where the agency keeps her passport, she may not keep her phone and months of pay are cut", () => {
    const v = offerOf(
      check("Salam, need advice. An agent lady offered my cousin (20) a maid job in Jeddah. She says the agency will keep her passport, she can't keep her own phone for 3 months, and first 4 months salary will be cut for the ticket. Should we go?"),
    );
    expect(v.crime).toBe("trafficking");
  });
});
