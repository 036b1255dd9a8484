import { describe, expect, it } from "vitest";
import { checker, checkerWithRows } from "../helpers/engine.ts";

/** Entry bans got round, fees for a UK sponsorship certificate, and warnings told from lures (round 119's dev half). */
const { check, flags } = checker();

describe("an entry ban got round at the checkpoint", () => {
  it.each([
    ["ky, those with a ban driven in, the checkpoint avoided", "Россияга тыюусу барлар үчүн да жол бар. Новосибирскидеги складга жумушчулар керек, айлык 70 000 руб. Тыюусу барларды Казакстан жактан машина менен алып өтөбүз, текшерүү пунктуна кирбейбиз. Акысы 50 000 сом. +996 555 000 418"],
    ["uz-Latn, 'a ban? no problem', round the post", "Rossiyaga zapret bormi? Muammo yo'q! Qurilishga ishchilar kerak, oylik 90 ming rubl. Qozog'iston orqali mashinada olib o'tamiz, postni aylanib — tekshiruv yo'q. Narxi 900$. Telegram @zapret_yol_0000"],
  ])("%s is smuggling", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });
});

describe("a fee for the UK sponsorship certificate", () => {
  it.each([
    ["uz-Latn", "Buyuk Britaniya, mavsumiy ish (Seasonal Worker). Kent fermalarida qulupnay terish, soatiga 12 funt. Homiylik sertifikati (CoS) uchun 950 funt to'lanadi, vizalar deyarli 100% chiqadi. Murojaat: uk-ferma-ish.uz, +998 90 555 41 27"],
    ["uz-Cyrl", "Буюк Британия, мавсумий иш (Seasonal Worker). Ферма, соатига 12 фунт. Ҳомийлик сертификати учун 1 000 фунт тўланади, визалар деярли 100% чиқади. Мурожаат: +998 93 555 41 28"],
  ])("%s: the worker pays for the CoS", (_, text) => {
    expect(flags(text)).toEqual(expect.arrayContaining(["upfront_fee", "guaranteed_visa", "scheme_misuse"]));
  });
});

describe("'attention!' called to a group opens an advert; said of fakes, it warns", () => {
  it("kk, girls called to a hostess job with conditions on looks", () => {
    const verdict = check(
      "Қыздар, назар аударыңыздар!!! Дубайдағы клубқа хостес керек. Жасы 18-24, бойы 168-ден жоғары, сырт келбеті тартымды. Айлығы 5000$, пәтер тегін. Купальникпен 2 фото жіберіңіз. Тек телеграм: @dubai_club_0000",
    );
    expect(verdict.crime).toBe("trafficking");
    expect(verdict.flags.map((f) => f.id)).not.toContain("anti_fraud_notice");
  });

  it("kk, a genuine warning still warns", () => {
    expect(flags("Назар аударыңыздар! Алаяқтар біздің атымызды пайдаланып, Kaspi-ге алдын ала төлем сұрап жүр. Біз ешқашан ақша сұрамаймыз.")).toContain("anti_fraud_notice");
  });
});

describe("a licensed agency's warning quotes the fake's Gmail", () => {
  it("ur-Latn: the fake's mailbox and wallet are not the agency's", () => {
    const licensed = checkerWithRows({ country: "PK", registry: "BEOE", licenceNo: "4760/LHR", name: "Qalamkar Overseas Employment Promoters", status: "active", city: "Lahore" });
    const verdict = licensed.check(
      "ZAROORI ELAAN — Qalamkar Overseas Employment Promoters (OEP Licence 4760/LHR)\n\nWhatsApp par hamare naam se \"Japan caregiver jobs\" ka ek fake ad chal raha hai jis mein qalamkar.jobs@gmail.com aur ek EasyPaisa number diya gaya hai aur \"registration fees Rs 25,000\" maange ja rahe hain.\n\nHamari email sirf @qalamkar.com.pk hai. Hum EasyPaisa/JazzCash mein paise nahi lete. Fraud ho to FIA cyber crime ko report karen.\nOffice: Mall Road, Lahore",
    );
    expect(verdict.risk).toBe("low");
    expect(verdict.flags.map((f) => f.id)).not.toContain("free_email");
  });

  it("a recruiter's own Gmail beside a warning line is still a free mailbox", () => {
    expect(flags("Beware of fake agents! Korea factory jobs, salary 2.2 million won. Send your CV only to korea.jobs.desk@gmail.com and pay the Rs 40,000 file charge by EasyPaisa.")).toContain("free_email");
  });
});

describe("a public regulator is no recruiting agency", () => {
  it("ur-Latn: 'Teaching Regulation Agency' is not an unlicensed recruiter", () => {
    const text =
      "UK mein teaching: pehle Teaching Regulation Agency se QTS ke liye apply karen, phir visa sponsor karne wale school dhoonden. Visa fee aap khud Home Office ko gov.uk par dete hain. Kisi agent ko paise na dein.";
    expect(flags(text)).not.toContain("unlicensed_recruiter");
  });

  it("a recruiting agency with no licence still is one", () => {
    expect(flags("Sun Bridge Recruitment Agency, Karachi. Teachers for Dubai schools, salary 9,000 AED. File charges Rs 60,000 before interview. WhatsApp 0300 0000 771")).toContain("unlicensed_recruiter");
  });
});

describe("ships and crews (round 120's dev half)", () => {
  it("en: the captain keeps the passport, wages paid at end of contract", () => {
    const text = "Deck hands for a fishing boat, Indonesia side. Salary 650$ per month, all salary given at end of contract. Captain keeps passport on board. WhatsApp +92 300 0000 516";
    expect(check(text).crime).toBe("trafficking");
  });

  it("uz-Cyrl: a crewing company's letterhead, its branch after a dash, claims the licence on the next line", () => {
    const licensed = checkerWithRows({ country: "UZ", registry: "UZ-MA", licenceNo: "UZ-XBA-19290", name: "Zarafshon Dengiz Kadr xususiy bandlik agentligi", status: "active", city: "Tashkent" });
    const verdict = licensed.check(
      "Blue Horizon Crew Management — Ўзбекистон филиали\nЛицензия: UZ-XBA-19290\nКонтейнер ташувчи кемаларга матрос ва мотористлар керак. Ойлик 1 200 $, контракт 6 ой.\nРўйхатга олиш йиғими 50 $ картага тўланади. Тел.: +998 93 555 70 14",
    );
    expect(verdict.flags.map((f) => f.id)).toEqual(expect.arrayContaining(["licence_name_mismatch", "upfront_fee"]));
  });
});

describe("a letterhead whose next line names the ministry in full before the licence number", () => {
  it("ru: another agency's number under the letterhead is a mismatch", () => {
    const licensed = checkerWithRows({ country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-19291", name: "Ak-Suu Job Abroad LLC", status: "active", city: "Bishkek" });
    const verdict = licensed.check(
      "ОсОО «Сеул Мост Трейд»\nЛицензия Министерства труда, социального обеспечения и миграции КР № KG-L-19291\n\nНабор в Южную Корею: сварщики на верфь, виза E-7. Зарплата от 2 800 000 вон. Услуги агентства 1 000 USD, 50% при подписании.\nг. Бишкек, ул. Токтогула, 90. Тел.: +996 700 555 318",
    );
    expect(verdict.flags.map((f) => f.id)).toContain("licence_name_mismatch");
  });
});

describe("crossings told in round 121's dev half", () => {
  it.each([
    ["en, a crossing with a local guide", "Warehouse jobs in Italy. Fly to Istanbul without visa, our team meets you, then crossing to Greece with a local guide. Price 3,000 USD, 800 USD first to a Humo card. Telegram @euro_ishchi_0000"],
    ["en, over the river", "Warehouse jobs in Italy. Fly to Istanbul without visa, our team meets you, crossing to Greece over the river (2 nights). Price 3,000 USD, 800 USD first to a Humo card. Telegram @euro_ishchi_0000"],
    ["ru, the border crossed at night", "Польша, склады. Летим в Минск, дальше на машине, границу проходим ночью. Стоимость 2 000 €, наличными при встрече. WhatsApp +375 29 555 0148"],
    ["ur, someone else's passport in transit", "ایجنٹ کہتا ہے کہ ویزا نہیں لگے گا، استنبول ٹرانزٹ میں اس کا بندہ کسی اور کا پاسپورٹ دے گا، لندن پہنچ کر پاسپورٹ پھاڑ دینا۔ 15 لاکھ لے رہا ہے۔ رابطہ 0300 0000 337"],
    ["ur-Latn, someone else's passport in transit", "Agent keh raha hai Doha transit mein uska banda kisi aur ka passport dega, Canada pohanch kar apna passport phaar dena. 20 lakh, aadha advance. Rabta 0301 0000 338"],
    ["en, someone else's passport, torn up on arrival", "Canada airport jobs. No visa needed: in Doha transit our man gives you someone else's passport for the next flight; tear up your passport before immigration. Rs 16 lakh. WhatsApp 0302 0000 339"],
  ])("%s is smuggling", (_, text) => {
    const verdict = check(text);
    expect((verdict.toldOffer ?? verdict).crime).toBe("smuggling");
  });
});

describe("a warning that tells how people paid card to card", () => {
  it("ky: the ministry's notice naming the lures and the cards victims used is no offer", () => {
    const text =
      "АЛДАМЧЫЛАРДАН САК БОЛУҢУЗ!\n\nМинистрлик эскертет: акыркы айларда «Канадага токой визасы», «виза 10 күндө» деген жарнамалар көбөйдү. Жарандар 500–3 000 АКШ долларын картадан картага алдын ала которуп, виза да, жумуш да ала албай калууда.\n\n1. Визаны эч ким 100% кепилдей албайт.\n2. Туристтик виза менен иштөө мыйзамсыз. Токой аркылуу чек арадан өтүү — кылмыш.\n\nИшеним телефону: +996 312 555 020";
    expect(check(text).risk).toBe("low");
  });

  it("a 'beware of fakes' opening before a fee to a card still raises the alarm", () => {
    expect(check("Остерегайтесь мошенников! Работа в Польше, виза за 10 дней. Предоплата 300 $ на карту Kaspi сегодня. WhatsApp +7 705 555 0022").risk).not.toBe("low");
  });
});
