import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Round 80's dev half: drivers, transport and logistics. */

describe("a taxi fleet that keeps the driver's passport until a debt is paid", () => {
  const { check } = checker();

  it("kk: 'қарыз жабылғанша паспорт парк диспетчерінде тұрады' is bondage", () => {
    const text =
      "Қазанға такси жүргізушілері керек, көлікті парк береді, күніне 9 мың ₽ дейін.\nЖол ақысын біз төлейміз, кейін табыстан ұстаймыз. Қарыз жабылғанша паспортыңыз парк диспетчерінде тұрады.\nWhatsApp: +7 917 555 40 12";
    const v = check(text);
    expect(v.crime).toBe("trafficking");
  });

  it("uz-Latn: 'qarzni ishlab uzmaguncha pasport qaytarilmaydi' is bondage", () => {
    const text =
      "Sankt-Peterburgda taksi parkiga haydovchilar kerak, mashina park tomonidan beriladi. Yo'l puli va patent park hisobidan, keyin 120 ming rubl qarz bo'ladi, qarzni ishlab uzmaguncha pasport qaytarilmaydi. Telegram: @spb_taxi_ish";
    expect(check(text).crime).toBe("trafficking");
  });

  it("kk: a fleet that says the passport stays with the driver is no such sign", () => {
    const text =
      "Астанадағы «Жолсерік» таксопаркіне B санатты жүргізушілер керек. Еңбек шарты, жалақы Kaspi картаңызға аптасына бір рет.\nПаспортыңыз өзіңізде қалады, біз тек көшірмесін аламыз.\nМекенжай: Сарыарқа даңғылы 12, тел. +7 701 555 00 44";
    expect(check(text).flags.map((f) => f.id)).not.toContain("trafficking_risk");
  });
});
