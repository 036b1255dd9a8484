import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Fishing, fish processing, fish farms and cold stores (round 106): work on a boat is no boat route. */
const { check, flags } = checker();

describe("a famous seafood firm's name", () => {
  it("Mowi with a free mailbox is a borrowed name", () => {
    const text =
      "Mowi (Norway) salmon processing plant in Bergen is hiring filleters from Uzbekistan.\nSalary 5 200 EUR a month, flat and ticket paid by the company.\nSend your CV: mowi.bergen.jobs@gmail.com";
    expect(flags(text)).toContain("brand_impersonation");
    expect(check(text).risk).not.toBe("low");
  });

  it("Mowi named in a news line, with no contact and nothing asked, is not", () => {
    const text = "Mowi ASA annual report 2026: salmon harvest volumes rose in Norway and Chile.";
    expect(flags(text)).not.toContain("brand_impersonation");
  });
});

describe("work on a boat and a crossing by boat", () => {
  it("uz-Cyrl: feeding and cleaning salmon cages, 'қайиқда хизмат' (service on a boat), is no route", () => {
    const text =
      "Норвегия, Олесунн — лосось фермасига ишчилар керак (ем бериш, тўрларни тозалаш, қайиқда хизмат).\nШартнома 1 йил, маош ойига 36 000 NOK, иш рухсатномасини иш берувчи олади.\nАнкета: +998 90 555 41 18";
    expect(flags(text)).not.toContain("smuggling_route");
  });

  it("uz-Cyrl: a night crossing 'қайиқда' to Italy still is", () => {
    const text = "Италияга қайиқда олиб ўтамиз, Ливиядан. Ҳужжат керак эмас. Нархи 6000$, ярми олдиндан. Telegram @yol_italiya";
    expect(flags(text)).toContain("smuggling_route");
    expect(check(text).crime).toBe("smuggling");
  });

  it("uz-Cyrl: go ashore at the port and stay to work without a visa is smuggling", () => {
    const text =
      "Рефрижератор кемага матрос керак, рейс Находка — Пусан. Пусанда қирғоққа тушиб, у ерда қолиб ишлаш мумкин, бизнинг одамлар кутиб олади. Виза шарт эмас. Хизмат ҳақи 1 800$. +998 93 555 08 16";
    expect(flags(text)).toContain("smuggling_route");
    expect(check(text).crime).toBe("smuggling");
  });

  it("ur-Latn: a night launch that lands you on the Omani shore is smuggling", () => {
    const text =
      "Oman machli ka kaam. Visa ki zaroorat nahi. Hamari launch raat ko Jiwani se nikal kar subah tak Oman ke sahil par utar deti hai. Kharcha 1 lakh 50 hazar, advance EasyPaisa. WhatsApp 0333-0000914";
    expect(flags(text)).toContain("smuggling_route");
    expect(check(text).crime).toBe("smuggling");
  });

  it("ur: leaving the ship at a Canadian port, arranged by the agent, is smuggling", () => {
    const text =
      "کینیڈا کا آسان راستہ: آپ کو کارگو جہاز پر کریو بنا کر بھیجیں گے، ہیلی فیکس بندرگاہ پر جہاز سے اترنے کا مکمل انتظام ہمارا بندہ کرے گا۔ خرچہ 30 لاکھ، 5 لاکھ پہلے۔ ٹیلیگرام @crew_canada";
    expect(flags(text)).toContain("smuggling_route");
    expect(check(text).crime).toBe("smuggling");
  });
});
