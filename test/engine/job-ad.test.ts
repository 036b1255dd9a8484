import { describe, expect, it } from "vitest";
import { shippedEngineWith } from "../helpers/engine.ts";

const engine = shippedEngineWith();
const check = (text: string) => engine.check(text, { today: "2026-12-01" });

describe("a worker's question about an offer", () => {
  const question =
    "Assalomu alaykum aka-opalar. Bir savol. Polshaga ishchi viza qilib beraman degan bir odam chiqdi, 2 500$ so'rayapti, yarmini hozir kartaga tashlasam, qolganini viza chiqqanda. Ishonsa bo'ladimi? Kim Polshaga rasmiy borgan?";

  it("retells the offer without making one when it gives no way to reach anyone", () => {
    const v = check(question);
    expect(v.isJobAd).toBe(false);
    expect(v.risk).toBe("low");
  });

  it("is an advert when it asks its question of readers and names an office to come to", () => {
    const pitch = "Мехоҳед дар Корея кор кунед? Виза 100% кафолат. Пешпардохт 500 доллар. Дафтар: Душанбе, кӯчаи Рӯдакӣ 25, ошёнаи 2.";
    expect(check(pitch).risk).not.toBe("low");
  });

  it("still warns about the offer it tells of: a fee to a card before the visa", () => {
    // Told in a question, a strong sign is answered suspicious at the least (score.ts toldOffer).
    expect(check(question).toldOffer).toMatchObject({ risk: expect.stringMatching(/^(medium|high)$/), crime: "fraud" });
  });

  it("tells of no risky offer when it asks about a lawful one, and an advert carries no such note", () => {
    const lawful = "Salom. Koreyaga EPS-TOPIK imtihonini topshirib, Agentlik orqali ketganlar bormi? Imtihon qachon bo'ladi?";
    expect(check(lawful).isJobAd).toBe(false);
    expect(check(lawful).toldOffer).toBeUndefined();
    expect(check(`${question}\nTel: +998 90 555 12 34`).toldOffer).toBeUndefined();
  });

  it("is an advert again once it gives a number to call", () => {
    const v = check(`${question}\nTel: +998 90 555 12 34`);
    expect(v.isJobAd).toBe(true);
    // Worded as a question, the fee to a card is still suspicious: the wording moves the signs' answer one step at most.
    expect(v.risk).not.toBe("low");
  });
});

describe("a bank's advert for sending wages home", () => {
  const bank =
    "Переводите зарплату домой без лишних комиссий\nБанк «Восток Транзит»: переводы из России на карты Humo и Uzcard, Korti Milli, Элкарт.\n— комиссия 0,5%, минимум 50 ₽\n— зачисление за 1–3 минуты\nСотрудники банка никогда не просят код из СМС.";

  it("offers no work, so it is not a job ad and its fees and cards are no sign", () => {
    const v = check(bank);
    expect(v.isJobAd).toBe(false);
    expect(v.risk).toBe("low");
  });

  it("is a lure when it offers work on the way", () => {
    const lure = `${bank}\nА ещё найдём вам работу в Корее без экзамена, виза 100%.`;
    expect(check(lure).risk).not.toBe("low");
  });
});

describe("a worker's post about an offer that quotes the agent", () => {
  const asking =
    "Всем привет. Мне в вотсапе написал парень @work_cz_rustam, зовёт на завод в Чехию, 1100 евро. Говорит сначала 400$ на карту за документы, виза 100%. Кто-нибудь ездил через него? Стоит ли верить?";
  const warning =
    "Ағайын, ескерту! Қарындасымды Дубайға «официант» деп шақырды, билет тегін, фото жіберу керек болды. Барған соң паспортын алып қойды. Бұл тұзақ, қыздарыңызға айтыңыздар.";

  it("is no advert even with the agent's handle in it, and still warns of the offer", () => {
    const v = check(asking);
    expect(v.isJobAd).toBe(false);
    expect(v.toldOffer?.risk).toBe("high");
  });

  it("is no advert when it warns of what befell a relative and gives nobody to call", () => {
    const v = check(warning);
    expect(v.isJobAd).toBe(false);
    expect(v.toldOffer?.crime).toBe("trafficking");
  });

  it("is no advert when it names the company it asks about, and is one when it names it without asking", () => {
    const named = "Salom hammaga. «Evro Kadr Servis» degan firma Germaniyaga omborga ish deyapti, oldindan 2 000$ kartaga so'rayapti. Ishonsa bo'ladimi?";
    expect(check(named).isJobAd).toBe(false);
    expect(check(named.replace("Ishonsa bo'ladimi?", "Ishonsa bo'ladimi, albatta! Yozing.")).isJobAd).toBe(true);
  });

  it("is an advert when it names an office to come to or gives a number to call", () => {
    expect(check(`${asking}\nОфис: Ташкент, ул. Навои 12, 3 этаж`).isJobAd).toBe(true);
    expect(check(`${warning}\nWhatsApp +971 50 555 0190`).isJobAd).toBe(true);
  });
});
