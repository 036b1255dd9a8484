import { describe, expect, it } from "vitest";
import { checker, checkerWithRows, offerOf } from "../helpers/engine.ts";
import { CHOLISTAN_GATE } from "../helpers/operator.ts";

/**
 * Posts by the people who hire (rounds 54 and 55): a foreman, a supervisor or a shop abroad passing its own
 * vacancy on, often with the licensed recruiter it uses at home. Classes their dev halves showed, each in
 * wording of its own here.
 */
const { check, flags } = checker();

describe("someone writing from the employer abroad gives a number there, not a borrowed licence's", () => {
  const oep = checkerWithRows(CHOLISTAN_GATE);

  it("ur: 'our bakery' in Doha sends workers to a licensed OEP and gives a Qatari number", () => {
    const v = oep.check(
      "دوحہ میں ہماری بیکری کو 3 نان بائی چاہئیں۔ تنخواہ 1800 ریال، رہائش اور کھانا بیکری کا۔\nورک ویزا اور ٹکٹ کمپنی دے گی، کسی کو پیسے نہ دیں۔\nپاکستان سے سلیکشن چولستان گیٹ اوورسیز (لائسنس 4105/BWP) کرے گی۔\nرابطہ: منیجر عارف +974 3300 0571",
    );
    expect(v.flags.map((f) => f.id)).not.toContain("brand_impersonation");
    expect(v.risk).toBe("low");
  });

  it("en: 'I am the site engineer at …' in Erbil, Iraq, with an Iraqi number", () => {
    const v = oep.check(
      "Salam all. I am the site engineer at a steel structure project in Erbil, Iraq. We need 8 fitters and 4 welders (6G). Salary USD 950 + camp + food, work visa and residency by our company.\nTrade test and papers only through Cholistan Gate Overseas Employment Promoters, licence 4105/BWP, Bahawalpur: government dues only.\nWhatsApp +964 750 555 0190",
    );
    expect(v.flags.map((f) => f.id)).not.toContain("brand_impersonation");
    expect(v.risk).toBe("low");
  });

  it("without anyone writing from the employer, the licensed promoter's name with a Gulf mobile is still impersonation", () => {
    const v = oep.check(
      "Cholistan Gate Overseas Employment Promoters, licence 4105/BWP. Visas for Qatar available: bakers, drivers, helpers. Salary 1800 riyal. Contact +974 3300 0571",
    );
    expect(v.flags.map((f) => f.id)).toContain("brand_impersonation");
  });

  it("ro: an employer named with its Romanian legal form ('… SRL') is a company, not a nameless post", () => {
    const found = oep.flags(
      "Foreman here in Timisoara, Romania. Our employer Banat Fier Beton SRL needs 10 steel fixers, 4,200 lei net, hostel by company. The company pays the work permit; the D visa fee you pay to the embassy. Papers only through Cholistan Gate Overseas Employment Promoters (4105/BWP). Adnan +40 723 555 018",
    );
    expect(found).not.toContain("brand_impersonation");
    expect(found).not.toContain("no_company_details");
  });
});

describe("a number written as it is dialled in the country the post names", () => {
  it("ky: '8 701 555 0377' in a post about a harvest in Kazakhstan is a Kazakh mobile, not a sum", () => {
    const v = check("Казакстан, Жетисай. Пахта терүүгө 10 киши керек, күнүнө 9 000 тенге. Жатакана бар, жол акысын кожоюн төлөйт.\nБригадир Рустам 8 701 555 0377");
    expect(v.entities.phones.map((p) => p.country)).toEqual(["KZ"]);
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
  });

  it("a run of digits longer than any number is none, even where a plan allows it ('2026 0322-0000159' in a post about Germany)", () => {
    expect(check("Работа в Германии, склад. Заявка 2026 0322-0000159, 2 400 € в месяц.").entities.phones).toEqual([]);
  });

  it("a span of years is no phone number ('2022–2024')", () => {
    expect(check("Латвия, CE водители, тягачи 2022–2024 годов, 2 900 € в месяц. Разрешение на работу — работодатель.").entities.phones).toEqual([]);
  });
});

describe("warnings that quote the scams", () => {
  it("ky: a group admin quotes «…» posts and asks to report 'such posts'", () => {
    const v = check(
      "Урматтуу мүчөлөр! «Германияга виза 100%, 7 күндө», «алдын ала 400$ Элсомго салыңыз» деген посттор менен дагы эки киши алданды.\nМындай посттор топто көрүнсө админге жазгыла, өчүрөбүз.",
    );
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
    expect(v.flags.map((f) => f.id)).not.toContain("guaranteed_visa");
    expect(v.risk).toBe("low");
  });
});

describe("a passport handed in for the visa is no passport kept", () => {
  it("kk: the passport goes to the agency for the visa stamp and comes back", () => {
    expect(flags("Дубайдағы қонақүйге даяшылар керек, айлық 2000 дирхам, визаны қонақүй төлейді. Төлқұжатты виза қою үшін агенттікке тапсырасыз, виза шыққан соң қайтарылады.")).not.toContain("trafficking_risk");
  });

  it("kk: a passport handed to the agent who keeps it is still one", () => {
    expect(flags("Дубайдағы қонақүйге даяшылар керек, айлық 2000 дирхам. Төлқұжатты агентке тапсырасыз, келісімшарт біткенше сақтайды.")).toContain("trafficking_risk");
  });
});

describe("crossings and debts said in new words", () => {
  it("ru: 'переход с сопровождением' is an escorted border crossing", () => {
    const v = check("Работа в Европе! Летим в Белград, дальше переход с сопровождением, встречают наши люди, работа на складе 2500€. Пакет 6 000$. Telegram @evro_put_555");
    expect(v.flags.map((f) => f.id)).toContain("smuggling_route");
    expect(v.crime).toBe("smuggling");
  });

  it("ky: 'the ticket will be a debt' in a retold carer offer abroad", () => {
    const v = offerOf(
      check("Саламатсызбы, карындашыма Анкарага кары кишиге кароочу жумушун сунуштады. Айлык 800 доллар. «Учак билети карыз болот, айлыгыңдан кармайбыз» дешет. Ишенсе болобу?"),
    );
    expect(v.crime).toBe("trafficking");
  });

  it("ur-Latn: a Libya job that arranges the onward journey to Europe ('aage Europe … safar ka bandobast')", () => {
    const v = check("Benghazi mein company ko mason aur helper chahiye, salary 800 dinar. Kharcha 7 lakh. Jo bhai aage Europe jana chahte hon un ke liye yahan se 'safar' ka bandobast bhi hai. WhatsApp +218 91 555 0482");
    expect(v.flags.map((f) => f.id)).toContain("smuggling_route");
  });
});

describe("a sports academy is an employer", () => {
  it("en: '… Football Academy' hiring a coach is no unlicensed recruiter", () => {
    expect(flags("Dubai: Al Barsha Falcons Football Academy needs a youth coach (UEFA C). AED 7,000 + visa + medical. CV to jobs@falconsacademy.ae")).not.toContain("unlicensed_recruiter");
  });

  it("en: a language academy teaching for the Japanese and Korean tests is no unlicensed recruiter", () => {
    expect(flags("Sakura Language Academy, Lahore: JFT-Basic and JLPT N4 classes for Specified Skilled Worker candidates. We teach only; we give no job or visa. Fee Rs 30,000. 042-3570000")).not.toContain(
      "unlicensed_recruiter",
    );
  });

  it("an academy that places workers abroad is still read as a recruiter", () => {
    expect(flags("Sky Line Academy: jobs in Poland for our students, visa guaranteed, fee 2 lakh. Contact +92 300 0000 481")).toContain("unlicensed_recruiter");
  });
});

describe("a firm abroad that writes from there is the employer, whatever its name's trade words", () => {
  it("en: a Doha '… Staffing & Events WLL' with a .qa address and a Qatari number is no unlicensed recruiter", () => {
    const v = check(
      "Crescent Pearl Staffing & Events WLL, Doha, Qatar, hires 20 ushers for the autumn expo. QAR 160 a day, shared flat, return ticket by us. We sponsor the work visa; we have no agents anywhere. CV: hr@crescentpearl.qa, office +974 4455 0178",
    );
    expect(v.flags.map((f) => f.id)).not.toContain("unlicensed_recruiter");
    expect(v.risk).toBe("low");
  });

  it("uz-Latn: a Dubai '… Tours LLC' hiring a guide from its .ae address", () => {
    expect(flags("Dubaydagi «Oasis Caravan Tours LLC» kompaniyamizga rus va o'zbek tilini biladigan gid kerak. Ish vizasi kompaniya hisobidan, oylik 5000 AED. CV: team@oasiscaravan.ae, +971 4 555 0731")).not.toContain("unlicensed_recruiter");
  });

  it("the same name with a Pakistani number, or with no address of its own there, is still read as a recruiter", () => {
    const withPakistaniPhone = "Crescent Pearl Staffing & Events WLL, Doha, Qatar, hires 20 ushers. CV: hr@crescentpearl.qa, call +92 300 0000 914";
    expect(flags(withPakistaniPhone)).toContain("unlicensed_recruiter");
    expect(flags("Crescent Pearl Staffing & Events WLL, Doha, Qatar, hires 20 ushers. Call +974 3355 0178")).toContain("unlicensed_recruiter");
  });
});

describe("round 56: families, workers and foremen abroad", () => {
  const oep = checkerWithRows({ licenceNo: "4306/SGD", name: "Jhal Chakian Overseas Employment Promoters", city: "Sargodha" });
  const agency = checkerWithRows({ country: "UZ", registry: "UZ-MA", licenceNo: "UZ-XBA-10377", name: "Qarshi Yulduz Kadr xususiy bandlik agentligi", city: "Qarshi" });

  it("en: a family abroad hiring for its home gives its own number there", () => {
    const found = oep.flags(
      "We are a Pakistani family in Jumeirah, Dubai, and need a live-in nanny for our two girls, AED 2,200, own room, visa and ticket by us. Please come only through Jhal Chakian Overseas Employment Promoters (4306/SGD), Sargodha. Sana +971 55 555 0391",
    );
    expect(found).not.toContain("brand_impersonation");
  });

  it("en: 'my own company … I have been with them 5 years' passes the company's vacancy on", () => {
    const found = oep.flags(
      "My own company in Dammam needs 12 scaffolders, SAR 1,600 + camp. I have been with them 5 years, salary always on time. Papers only at Jhal Chakian Overseas Employment Promoters, 4306/SGD. Don't send me money. Naeem +966 55 555 0427",
    );
    expect(found).not.toContain("brand_impersonation");
  });

  it("en: 'if someone says \"…\" it is a lie' is a warning", () => {
    expect(flags("If anybody tells you \"I can get you a Canada work permit for 15 lakh\" it is a lie, only the employer applies. Send CVs to our HR.")).toContain("anti_fraud_notice");
  });

  it("en: 'I keep your passport' and a ticket paid back from the salary", () => {
    const v = check("Need 3 waiters for my cafe in Johor Bahru, RM 1,400. I pay your ticket, you pay it back from salary. I keep your passport, safer with me. WhatsApp +60 12 555 0373");
    expect(v.flags.map((f) => f.id)).toContain("trafficking_risk");
  });

  it("kk: E-9 'without sitting EPS-TOPIK' and a document fee", () => {
    const v = check("Кореяда 6 жыл тұрамын. Зауытқа E-9 визасымен адам керек, EPS-TOPIK емтиханын тапсырмай-ақ барасыз. Құжат дайындауға 350$ жібересіз. Тел +82 10 5550 2214");
    const found = v.flags.map((f) => f.id);
    expect(found).toContain("no_requirements");
    expect(found).toContain("upfront_fee");
  });

  it("kk: 'you cannot go without sitting EPS-TOPIK' is no lure", () => {
    expect(flags("Корея EPS бағдарламасы: EPS-TOPIK емтиханын тапсырмай Кореяға бару мүмкін емес. Тіркелу тек ресми орталық арқылы.")).not.toContain("no_requirements");
  });

  it("ru: 'наш человек проводит до границы' is a guided crossing", () => {
    expect(flags("Работа в Польше на складе. В Бресте наш человек проводит вас до границы, дальше встретят. Стоимость 3 000$. WhatsApp +998 90 555 1207")).toContain("smuggling_route");
  });

  it("ru: documents the owner 'keeps with him' and pay held back 'so they do not run off'", () => {
    const v = check("Нужны рабочие на кирпичный цех под Махачкалой, 65 тыс. Документы на первое время хозяин хранит у себя. Расчёт через 4 месяца, чтобы не разбегались. Тел 8 928 555 07 41");
    expect(v.flags.map((f) => f.id)).toContain("trafficking_risk");
  });

  it("ru: 'оплата на Kaspi каждый месяц' is the wage's card; a processing fee to Kaspi is still a fee channel", () => {
    expect(flags("Нужен скотник на ферму, Костанай. Жильё есть. Оплата на Kaspi каждый месяц 5 числа, 250 000 тг. Тел +7 705 555 0164")).not.toContain("payment_channel");
    expect(flags("Работа в Польше! Оформление 300$ переводом на Kaspi, остальное после визы. Пишите +7 705 555 0164")).toContain("payment_channel");
  });

  it("uz-Cyrl: 'never put money on a stranger's card' is a warning; 'give money to no one else, only to us' is not", () => {
    expect(flags("Эслатма: пулни ҳеч қачон бегона одамнинг картасига ташламанг, ишни фақат лицензияли агентлик орқали излаймиз.")).toContain("anti_fraud_notice");
    expect(flags("Польшага иш. Пулни бошқа ҳеч кимга берманг, фақат бизнинг картага 300$ ташланг. Телеграм @pl_ish_555")).not.toContain("anti_fraud_notice");
  });

  it("uz-Cyrl: 'our hotel' in Antalya recruits through a licensed agency and gives a Turkish number", () => {
    const found = agency.flags(
      "Анталья — меҳмонхонамизга мавсумга официантлар керак, ойлик 30 000 лира, ётоқ ва овқат бизда, визани меҳмонхона тўлайди. Ҳужжатларни «Qarshi Yulduz Kadr» хусусий бандлик агентлиги (UZ-XBA-10377) йиғади. Менежер Зарина +90 242 555 0117",
    );
    expect(found).not.toContain("brand_impersonation");
  });
});

describe("round 57: foremen, supervisors and teachers", () => {
  const oep = checkerWithRows({ licenceNo: "4581/DGK", name: "Kot Chutta Overseas Employment Promoters", city: "Dera Ghazi Khan" });
  const agency = checkerWithRows({ country: "UZ", registry: "UZ-MA", licenceNo: "UZ-XBA-10566", name: "Nukus Orol Kadr xususiy bandlik agentligi", city: "Nukus" });

  it("ur-Latn: 'mai Jeddah me … supervisor hoon' and 'hamare kafeel' pass the vacancy on", () => {
    expect(
      oep.flags("Mai Jeddah me ek bakery me supervisor hoon. Hamare kafeel ko 3 baker chahiye, 1500 riyal, visa kafeel ka. File sirf Kot Chutta Overseas Employment Promoters (4581/DGK) me lagegi. Arshad +966 555 000 612"),
    ).not.toContain("brand_impersonation");
  });

  it("uz-Latn: '… mehmonxonasida brigadirman' (I am the foreman at the hotel) gives a number in the hotel's country", () => {
    expect(
      agency.flags("Xorvatiya, Split: Adria Sun mehmonxonasida brigadirman. 5 ta oshxona yordamchisi kerak, 1000 yevro. Ruxsatnomani mehmonxona qiladi. Hujjatlar Nukus Orol Kadr agentligi orqali (UZ-XBA-10566). WhatsApp +385 91 555 0218"),
    ).not.toContain("brand_impersonation");
  });

  it("ru: 'каждый месяц на Каспи' in the sentence after the pay is the wage's card", () => {
    expect(flags("Нужен скотник, Костанайская обл. Зарплата 230 000 тг. Каждый месяц на Каспи, без задержек. Тел +7 705 555 0281")).not.toContain("payment_channel");
  });

  it("ur-Latn: a teacher quoting a '\"…\" wo jhoot bol rahe hain' claim warns", () => {
    const v = check("Bachon ke liye maloomat: Korea ka visa sirf EPS-TOPIK pass kar ke milta he. Jo keh rahe hain \"bina test Korea, 8 lakh\" wo jhoot bol rahe hain.");
    expect(v.flags.map((f) => f.id)).toContain("anti_fraud_notice");
    expect(v.flags.map((f) => f.id)).not.toContain("upfront_fee");
  });

  it("ur: photos of the applicant's work (کام کی تصویریں) are no photos of her", () => {
    expect(flags("شارجہ میں لیڈیز سیلون کو بیوٹیشن چاہیے، عمر 25 سے 40، ویزا ہمارا۔ اپنا سی وی اور اپنے کام کی تصویریں بھیجیں۔ +971 52 555 0419")).not.toContain("trafficking_risk");
  });

  it("ur: her own photos for a club job abroad still are", () => {
    expect(flags("دبئی کلب میں ہوسٹس لڑکیاں چاہییں، عمر 18 سے 25، اپنی تصویریں بھیجیں۔ +971 52 555 0420")).toContain("trafficking_risk");
  });

  it("uz: through the forest on foot (урмондан утиб, o'rmon yo'li)", () => {
    expect(flags("Германияга иш. Брестдан урмондан утиб Польшага, кейин машинада. 4000$, ярми олдиндан. Ватсап +998 90 555 0711")).toContain("smuggling_route");
    expect(flags("Italiyaga ish! Serbiyadan o'rmon yo'li 2 kun, keyin Triest. 4000$, yarmi oldindan. WhatsApp +381 60 555 0712")).toContain("smuggling_route");
  });
});

describe("round 58: an ordinary week", () => {
  it("en: a junior or youth academy hiring a coach is an employer", () => {
    expect(flags("Coach wanted (Youth Academy) – Doha. Al Sadd Rising Stars Cricket Academy needs a batting coach, QAR 9,000 + visa. CV to jobs@risingstarscricket.qa")).not.toContain("unlicensed_recruiter");
  });

  it("en: a worker who pays the visa fee himself to the scheme pays no recruiter", () => {
    const v = check("Hello, Fruitful Jobs offered me a strawberry picking place in Kent after an online interview. I pay the visa fee myself (about £300) and my flight, no agency fee. Is this normal?");
    expect(offerOf(v).risk).toBe("low");
  });

  it("ur-Latn: a public notice listing what not to do ('ye sab dhoka hai', 'advance na bhejen') is a warning", () => {
    const v = check('Zaroori paigham: 1) Visit visa pe kaam ke liye mat jaayen. 2) "Azad visa", "100% visa" — ye sab dhoka hai. 3) Kisi ko JazzCash pe advance na bhejen.');
    expect(v.flags.map((f) => f.id)).toContain("anti_fraud_notice");
    expect(v.risk).toBe("low");
  });

  it("ky: 'токой менен өткөрөбүз' (we take you by the forest) is a crossing", () => {
    expect(flags("Германияга жумуш! Визасыз, токой менен өткөрөбүз, тажрыйбалуу адам менен. Баасы 4000$, жарымы алдын ала. Телеграм @evro_jol_555")).toContain("smuggling_route");
  });

  it("ur: 'their people at the border will handle it' is a crossing", () => {
    expect(flags("بیلاروس کا ٹورسٹ ویزا لگے گا، پھر گاڑی پولینڈ لے جائے گی، بارڈر پر ہمارے لوگ سب سنبھال لیں گے۔ ٹوٹل 8 لاکھ۔ +92 300 0000 417")).toContain("smuggling_route");
  });
});

/** Round 59's dev half: posts by someone at the employer abroad, and adverts naming two licensed recruiters. */
describe("two licensed recruiters in one advert each hold their own licence", () => {
  const both = checkerWithRows(CHOLISTAN_GATE, { country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-10866", name: "Zhaiyk Orken Staffing LLP", city: "Atyrau" });

  it("en: the Pakistani promoter does not contest the Kazakh agency's licence, named without its legal form", () => {
    const v = both.check(
      "Genuine demand from our site in Atyrau, Kazakhstan: 10 pipe welders, USD 1,900 a month, camp and mess. The Kazakh work permit is done by Zhaiyk Orken Staffing (KZ-PEA-10866); trade test and protector in Pakistan through Cholistan Gate Overseas Employment Promoters, licence 4105/BWP, government service charge only. Office 062-0000-418",
    );
    expect(v.flags.map((f) => f.id)).not.toContain("licence_name_mismatch");
    expect(v.risk).toBe("low");
  });

  it("another recruiter claiming the Kazakh licence still contests it", () => {
    const found = both.flags(
      "Kazakhstan welders needed, USD 1,900. Work permit by Bright Future Manpower Services (KZ-PEA-10866). Trade test through Cholistan Gate Overseas Employment Promoters, licence 4105/BWP. Office 062-0000-418",
    );
    expect(found).toContain("licence_name_mismatch");
  });
});

describe("someone at the employer abroad says who they are there", () => {
  const oep = checkerWithRows(CHOLISTAN_GATE);
  const agency = checkerWithRows({ country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-10867", name: "Chatkal Tash Staff LLC", city: "Bishkek" });
  const impersonation = (v: { flags: { id: string }[] }) => v.flags.map((f) => f.id).includes("brand_impersonation");

  it("ur: 'I am the QC supervisor at a fish plant in Sur' gives an Omani number beside the licensed OEP", () => {
    const v = oep.check(
      "میں صور (عمان) میں ایک فش پروسیسنگ پلانٹ میں QC سپروائزر ہوں۔ ہمیں 20 لیبر چاہیے، تنخواہ 140 ریال، رہائش کمپنی کی۔ ویزا اور ٹکٹ کمپنی کا۔\nبھرتی چولستان گیٹ اوورسیز ایمپلائمنٹ پروموٹرز بہاولپور کرے گی (لائسنس 4105/BWP)۔\nمیرا نمبر +968 9555 0417",
    );
    expect(impersonation(v)).toBe(false);
  });

  it("ur: 'our car wash' in Sharjah, the owner's own number", () => {
    expect(impersonation(oep.check("شارجہ میں ہمارا کار واش ہے، 6 لڑکے چاہئیں، تنخواہ 1,200 درہم + رہائش۔ سارا پراسیس چولستان گیٹ اوورسیز ایمپلائمنٹ پروموٹرز (لائسنس 4105/BWP) کے دفتر سے۔ ویزا کا خرچہ ہمارا۔ مالک: +971 56 555 0712"))).toBe(false);
  });

  it("ur-Latn: 'main mill ka GM hun' gives an Uzbek number", () => {
    const v = oep.check(
      "Namangan (Uzbekistan) me hamari spinning mill ko 6 ring frame jobber chahiye. Main mill (Chust Yarn) ka GM hun. Recruitment Cholistan Gate Overseas Employment Promoters, licence 4105/BWP ke zariye. Visa aur work permit mill ka kharcha. WhatsApp +998 90 555 0316",
    );
    expect(impersonation(v)).toBe(false);
  });

  it("ky: 'the stable's manager' in Dubai answers on a Dubai number beside the licensed agency", () => {
    const v = agency.check(
      "Дубайдагы ат сарайына 4 атчы керек. Айлык 2 200 AED, жатакана бар, визаны иш берүүчү төлөйт.\nЛицензиялуу агенттик: «Чаткал Таш Стафф» ЖЧК, KG-L-10867.\nАт сарайдын менеджери Абдулла: +971 50 555 0419",
    );
    expect(impersonation(v)).toBe(false);
  });
});

it("kk: 'паспорт компанияда сақталмайды' (the company does not keep the passport) is no passport held", () => {
  const v = check(
    "ТОО «Жайык Транзит Логистик», Орал. Еуропаға CE жүргізушілер керек, Шенген визасын компания рәсімдейді. Паспортты визалық орталыққа өзіңіз тапсырасыз, паспорт компанияда сақталмайды. Ресми еңбек шарты. Кеңсе: +7 711 255 5041",
  );
  expect(v.flags.map((f) => f.id)).not.toContain("trafficking_risk");
  expect(v.crime).toBeNull();
});

describe("round 59's quiet scams: money asked before the visa in a friendly voice", () => {
  it("tg: E-9 'no need to wait for the EPS-TOPIK exam' and '$500 on signing with us' for paperwork", () => {
    const v = check(
      "Кор дар Корея, визаи E-9. Заводи қисмҳои мошин дар Инчхон, маош 2 000 000 вон. Имтиҳони EPS-TOPIK-ро интизор шудан лозим нест, шарики мо дар Сеул ҳама корро мекунад. Барои ҳуҷҷатгузорӣ 1000$ (500$ ҳангоми имзои шартнома бо мо, 500$ баъди даъватнома). Тел: +992 93 0000 518",
    );
    expect(v.flags.map((f) => f.id)).toEqual(expect.arrayContaining(["upfront_fee", "no_requirements"]));
    expect(v.risk).toBe("high");
  });

  it("ur-Latn: '40,000 ki security leti hai' and 'ye raqam visa lagne se pehle' to a relative's JazzCash", () => {
    const v = check(
      "Main Dammam me ek cleaning company me supervisor hun. Company 10 cleaner le rahi hai, 1400 riyal. Company har bande se 40,000 ki security leti hai jo pehli tankhwa me wapas mil jati hai. Ye raqam visa lagne se pehle mere cousin ke JazzCash me bhejni hai (0301 0000 642).",
    );
    expect(v.flags.map((f) => f.id)).toContain("upfront_fee");
    expect(v.risk).toBe("high");
  });
});
