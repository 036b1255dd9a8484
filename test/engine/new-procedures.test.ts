import { describe, expect, it } from "vitest";
import { checker, checkerWithRows } from "../helpers/engine.ts";

/** Round 72's dev half: notices about new procedures, and the warnings that name who may not recruit. */

describe("a state warning that names licences by number as cancelled or suspended quotes them", () => {
  const rows = [
    { country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-9901", name: "Tobyl Kopir Labour LLP", city: "Kostanay", status: "cancelled" as const },
    { country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-9902", name: "Saryarka Zhel Staffing LLP", city: "Karaganda", status: "suspended" as const },
  ];
  const { check, flags } = checkerWithRows(...rows);

  it("kk: 'нөмірінің күші жойылған', '… тоқтатылған'", () => {
    const text =
      "Азаматтардың назарына! Шетелге жұмысқа орналастыруды тек тізілімдегі агенттіктер жүргізеді.\nМысалы, KZ-PEA-9901 нөмірінің күші жойылған, KZ-PEA-9902 нөмірі тоқтатылған. Бұл нөмірлерді көрсеткен жарнамаларға сенбеңіз.";
    expect(flags(text)).not.toContain("revoked_licence");
  });

  it("an advert that gives such a number as its own is still a revoked licence", () => {
    const v = check("Польшаға жұмыс! Зауытқа операторлар керек, жалақы 4 800 злоты. Лицензия KZ-PEA-9901. Тел +7 701 555 0044");
    expect(v.flags.map((f) => f.id)).toContain("revoked_licence");
  });
});

describe("ru: a company that 'has no right to send' people, in a warning, is quoted, not claimed", () => {
  const { flags } = checkerWithRows({ country: "TJ", registry: "TJ-MS", licenceNo: null, name: "Nuri Sahar Travel", city: "Dushanbe", status: "invalid" });

  it("the warning's list item", () => {
    const text =
      "МИГРАЦИОННАЯ СЛУЖБА ПРЕДУПРЕЖДАЕТ\nНапоминаем:\n— компания «Нури Сахар» не имеет права направлять граждан на сезонные работы в Великобританию;\n— за трудоустройство по этой схеме платить нельзя.";
    expect(flags(text)).not.toContain("revoked_licence");
  });
});

describe("ur-Latn: a group admin's list of the fraud posts caught this month warns of them", () => {
  const { flags } = checker();

  it("its quoted offers and the wallets it names are no offer of its own", () => {
    const text =
      "ADMIN NOTICE — Gulf Jobs group\nIs mahine group mein ye fraud posts pakri gayi hain, in se bachein:\n1. 'SVP certificate bina test'\n2. 'Korea E-9 bina EPS-TOPIK'\nJo EasyPaisa pe 'registration' mange, us post ka screenshot admin ko bhejein.";
    const found = flags(text);
    expect(found).not.toContain("payment_channel");
    expect(found).not.toContain("no_requirements");
  });

  it("the same offer posted as one keeps its signs", () => {
    const found = flags("Saudi jobs! SVP certificate bina test, 20 hazar EasyPaisa pe registration bhejein, visa 15 din mein. WhatsApp 0301 0000631");
    expect(found).toContain("payment_channel");
  });
});
