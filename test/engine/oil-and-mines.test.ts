import { describe, expect, it } from "vitest";
import { checker, checkerWithRows, offerOf } from "../helpers/engine.ts";

/** Round 118's dev half: oil fields, mines and remote camps. */
const { check, flags } = checker();

describe("a state notice that names cancelled licences", () => {
  const notice = checkerWithRows({ country: "TJ", registry: "TJ-MS", licenceNo: "TJ-MS-7120", name: "Somon Naft Group LLC", status: "cancelled", city: "Dushanbe" });

  it("tg: 'иҷозатномаи … бекор карда шуд' (its licence was cancelled) quotes the licence, it does not claim it", () => {
    const text = "Хадамоти муҳоҷират иттилоъ медиҳад\nИҷозатномаи ҶДММ «Сомон Нафт» (TJ-MS-7120) барои ба кор таъмин кардани шаҳрвандон дар хориҷа бекор карда шуд. Пеш аз муроҷиат ба агентӣ рақами иҷозатномаро санҷед.";
    expect(notice.flags(text)).not.toContain("revoked_licence");
  });

  it("tg: the same licence cited by the agency itself is still revoked", () => {
    expect(notice.flags("ҶДММ «Сомон Нафт» (иҷозатнома TJ-MS-7120) ба конҳои нафти Кувайт кормандон мехоҳад. Парванда 2 000 сомонӣ. +992 90 555 0000")).toContain("revoked_licence");
  });
});

describe("a retold camp that holds its workers", () => {
  it("ru: passports taken 'и не вернул' and 'пока не отработают — не отпустят' are held and owed", () => {
    const text = "Брат уехал на прииск, человек встретил их, паспорта у всех забрал «на регистрацию» и не вернул. Говорят, каждый должен 280 тысяч, и пока не отработают — не отпустят. Что делать?";
    expect(offerOf(check(text)).crime).toBe("trafficking");
  });

  it("ru: a passport taken to the visa centre and returned is not held", () => {
    expect(flags("Паспорт забрали в визовый центр на 5 дней, потом вернули с визой. Работа вахтой в Катаре, договор подписан. +7 701 555 0000")).not.toContain("trafficking_risk");
  });
});
