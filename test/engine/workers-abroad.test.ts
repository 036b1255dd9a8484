import { describe, expect, it } from "vitest";
import { nameSimilarity, SAME_NAME } from "../../src/engine/names.ts";
import { MemoryRegistry } from "../../src/registry/memory.ts";
import { checker, offerOf, shippedEngineWith } from "../helpers/engine.ts";
import { operator } from "../helpers/operator.ts";

/** Posts as a worker already abroad sees them (round 40): transfers, in-country hiring, moves on to a third country. */
const { check, flags } = checker(shippedEngineWith());

describe("scams offered to workers already abroad", () => {
  it("en: a sponsorship transfer the worker pays for 'in 2 parts'", () => {
    expect(flags("Salam brothers, our company in Dammam takes workers on transfer, even if kafeel not agree. Transfer + new iqama = SAR 8,000, you pay in 2 parts. Salary 1,500. Call 055 000 0418")).toContain("upfront_fee");
  });

  it("ur: a retold sponsorship transfer, 'نقل کفالت کے 6,000 ریال', sent by STC Pay", () => {
    const v = offerOf(check("بھائی ایک بندہ کہتا ہے نقل کفالت کے 6,000 ریال دو، پھر جہاں مرضی کام کرو۔ پیسے اس کے STC Pay پر بھیجنے ہیں۔ کیا یہ ٹھیک ہے؟"));
    expect(v.risk).not.toBe("low");
  });

  it("uz-Latn: documents kept in the works' accounting office, leaving only with the boss's leave, the first pay after three months", () => {
    expect(check("Dog'istonda g'isht zavodiga ishchilar kerak. Hujjatlaringiz zavod buxgalteriyasida turadi. Tel +7 928 000 11 22").crime).toBe("trafficking");
    expect(check("Zavodga ishchilar kerak, oyiga 100 ming rubl. Zavod hududidan chiqish xo'jayin ruxsati bilan. Tel +7 928 000 11 23").crime).toBe("trafficking");
    expect(check("Fermaga ishchilar kerak, oyiga 90 ming rubl. Birinchi oylik 3 oydan keyin beriladi. Tel +7 928 000 11 24").crime).toBe("trafficking");
  });

  it("kk: going out 'only with the foreman's permission'", () => {
    expect(check("Ресейде құрылысқа жұмысшылар керек, айлық 250 мың рубль. Объектіден шығу тек бригадирдің рұқсатымен. Телеграм @stroika_555").crime).toBe("trafficking");
  });

  it("ru: 'паспорта никто не смотрит' on the way to another country is a route", () => {
    expect(check("Кто на сезонной визе в Англии — можно остаться: переезд в Ирландию через Белфаст, паспорта никто не смотрит. Организация £800 наличными. Пишите в личку").crime).toBe("smuggling");
  });

  it("ur: a passport kept 'with HR' and support for a crypto trading platform's customers", () => {
    expect(check("ملائیشیا میں چیٹ ایجنٹ درکار، تنخواہ 1,500 ڈالر۔ ورک پاس بننے تک پاسپورٹ ایچ آر کے پاس رہے گا۔ ٹیلیگرام @kl_jobs_555").crime).toBe("trafficking");
    expect(check("ملائیشیا میں چیٹ ایجنٹ درکار۔ کام: آن لائن چیٹ، کرپٹو ٹریڈنگ پلیٹ فارم کی سپورٹ۔ تنخواہ 1,500 ڈالر۔ ٹیلیگرام @kl_jobs_556").crime).toBe("trafficking");
  });
});

describe("lawful hiring of workers already abroad", () => {
  it("ur / uz-Cyrl: restaurants in Korea turning E-9 holders away do not sell the E-9 scheme", () => {
    expect(flags("سیول میں پاکستانی ریسٹورنٹ کو ویٹر چاہیے۔ صرف F-4 یا F-6 ویزا والے۔ E-9 والے بھائیوں سے معذرت، آپ کا ویزا فیکٹری کے لیے ہے۔ واٹس ایپ 010-5550-0725")).not.toContain("scheme_misuse");
    expect(flags("Пусандаги ресторанимизга ёрдамчи керак. F-4, F-5 виза. E-9 визадагиларни ишга ололмаймиз. Телеграм @busan_osh_555")).not.toContain("scheme_misuse");
  });

  it("uz-Cyrl: an E-9 worker changing workplace through the job centre (고용센터)", () => {
    expect(flags("Кимхэдаги заводга 2 та E-9 ишчи керак, фақат иш жойини қонуний ўзгартираётганлар учун, ариза 고용센터 орқали. Телеграм @gimhae_555")).not.toContain("scheme_misuse");
  });

  it("a private seller of E-9 places is still a scheme sold", () => {
    expect(flags("Кореяга E-9 виза, имтиҳонсиз, 3000$ картага. Телеграм @korea_e9_555")).toContain("scheme_misuse");
  });

  it("ur / uz-Latn: visit-visa holders told not to call, or to start only with a new visa", () => {
    expect(flags("عجمان میں بقالہ کے لیے سیلز مین چاہیے، ویزا دکان لگوائے گی۔ وزٹ ویزا والے بھائی کال نہ کریں۔ واٹس ایپ 050 000 0419")).not.toContain("wrong_visa_type");
    expect(flags("Sharjada do'konga sotuvchi kerak. Visit vizadagilar bilan ham gaplashamiz, lekin ish faqat yangi viza chiqqach. WhatsApp +971 55 000 0419")).not.toContain("wrong_visa_type");
  });

  it("ur-Latn: a home tutor's 'fees 1000 dirham mahana' is her pay", () => {
    expect(flags("Sharjah mein bachon ke liye Urdu teacher chahiye, shaam 2 ghante. Fees 1000 dirham mahana. WhatsApp 050 000 0828")).not.toContain("upfront_fee");
  });

  it("uz-Cyrl: 'if anyone has taken your passport, tell us' is help, not a condition", () => {
    expect(flags("Ишчиларимиз диққатига! Кимдир паспортингизни олиб қўйган бўлса, бизга дарҳол хабар беринг. Тел.: +998 69 555 02 48")).not.toContain("trafficking_risk");
    expect(flags("Заводга ишчи керак. Келгач паспортингизни олиб қўямиз. Тел.: +7 928 555 02 49")).toContain("trafficking_risk");
  });

  it("ur: an agency's name in Urdu script is its registered Latin name ('ہیومن ریسورس' is generic, 'Resource' reads /s/)", () => {
    expect(nameSimilarity("فیصل ایونیو ہیومن ریسورس کنسلٹنٹس", "Faisal Avenue Human Resource Consultants")).toBeGreaterThanOrEqual(SAME_NAME);
  });

  it("a licensed agency's notice to its workers at a named employer abroad may give its representative's number there", () => {
    const registry = new MemoryRegistry([operator({ country: "UZ", registry: "UZ-MA", licenceNo: "UZ-XBA-9901", name: "Termiz Tong Kadr", city: "Termez" })]);
    const text =
      "«Termiz Tong Kadr» хусусий бандлик агентлиги (UZ-XBA-9901). Ар-Риёддаги «Al Noor Contracting Co.» да ишлаётганлар диққатига: шартнома янгиланади, иқома иш берувчи ҳисобидан. Тел.: +998 76 555 02 47. Ар-Риёддаги вакилимиз: +966 55 500 0419";
    expect(checker(shippedEngineWith(registry)).flags(text)).not.toContain("brand_impersonation");
  });
});

describe("round 41: an ordinary week again", () => {
  it("kk: a driver's pay 'per trip' ('рейс басына') sent to his Kaspi card is wages", () => {
    const found = flags("Фураға жүргізуші керек, Алматы – Мәскеу. Рейс басына 480 000 тг, рейс біткен соң Kaspi Gold-қа аударамын. Ватсап +7 701 555 90 34");
    expect(found).not.toContain("upfront_fee");
    expect(found).not.toContain("payment_channel");
  });

  it("uz-Cyrl: crossing the border yourself at a named checkpoint ('Ғишткўприк постидан') is no smuggling route", () => {
    expect(flags("Туркистонда пахта йиғимига 15 киши керак, кунига 11 000 тенге. Чегарадан ўзингиз ўтасиз (Ғишткўприк постидан), паспорт билан. Тел +7 705 555 11 10")).not.toContain("smuggling_route");
  });

  it("ru: passports 'kept in the security service's safe' and phones handed in, for an investment platform's clients", () => {
    expect(check("Call-центру в Батуми нужны операторы, 1500 $. На испытательный срок паспорта сотрудников хранятся в сейфе службы безопасности. Телеграм @bt_cc_555").crime).toBe("trafficking");
    expect(check("Компания по клиентской поддержке в Тбилиси: работа с клиентами инвестиционной платформы, 1500 $, перелёт за счёт компании. Телеграм @tb_cc_555").crime).toBe("trafficking");
  });

  it("ru: 'с E-9 и туристической не звоните' turns those visas away", () => {
    expect(flags("Корея, Асан: на завод нужны 2 человека, только виза F-4 или H-2. С E-9 и туристической не звоните. Телеграм @asan_zavod_555")).not.toContain("scheme_misuse");
  });

  it("en: a garage's mechanic who 'must know Toyota / Nissan diagnosis' borrows no brand", () => {
    expect(flags("Auto electrician needed urgently for our garage in Ajman. Must know Toyota / Nissan diagnosis. Salary 2,400 AED. WhatsApp +971 55 000 0611")).not.toContain("brand_impersonation");
  });
});

describe("jobs that end in a war zone or an army contract", () => {
  it("en: guard jobs with 'Russian passport for you and family' and reconstruction in Mariupol", () => {
    expect(check("Guards for warehouses in Rostov, 200,000 roubles + bonus on signing. Russian passport for you and family after 1 year. Telegram @guard_ru_555").crime).toBe("trafficking");
    expect(check("Builders wanted for reconstruction of houses in Mariupol, 250,000 roubles, free hostel. Telegram @build_mrp_555").crime).toBe("trafficking");
  });

  it("ru / kk / ur: 'зона СВО', 'жаңа аумақтар' (the new territories), a 'defence construction project'", () => {
    expect(check("Водители в зону СВО, 300 000 рублей, контракт на год. Телеграм @svo_rabota_555").crime).toBe("trafficking");
    expect(check("Ресейдегі қазақстандықтарға: жаңа аумақтарда құрылыс, айлық 250 мың рубль. Телеграм @aumak_555").crime).toBe("trafficking");
    expect(check("روس میں سرکاری دفاعی تعمیراتی منصوبے پر ہیلپر درکار، تنخواہ 2 لاکھ روپے۔ ٹیلیگرام @ru_def_555").crime).toBe("trafficking");
  });

  it("a warehouse job in Rostov, or 'в своём городе', is no war recruitment", () => {
    expect(flags("Грузчики на склад в Ростове, 2800 руб в смену, патент обязателен, оплата на карту. Звоните +7 928 555 20 42")).not.toContain("trafficking_risk");
    expect(flags("Работа в своём городе: продавцы в магазин, 60 000 руб. Звоните +7 928 555 20 43")).not.toContain("trafficking_risk");
  });
});

describe("round 44 (workers abroad again): documents kept and pay held back, in new words", () => {
  it("kk: the foreman keeps the documents ('кужаттарынды бригадир сактайды'), passports 'in the safe'", () => {
    expect(check("Махачкала жакта зауытқа ер адамдар керек, 150 000 руб. Кужаттарынды бригадир сактайды. Телеграм @zavod_555_kz").crime).toBe("trafficking");
    expect(check("Батумиде менеджер керек, 1 300 $. Төлқұжаттар алғашқы айда сейфте сақталады. Telegram @btm_555_kz").crime).toBe("trafficking");
  });

  it("ur: the passport with the boat's captain, the agent's fee cut from the first salaries", () => {
    expect(check("ماریشس سے ٹونا ویسل پر ڈیک ہینڈ چاہییں، 500 ڈالر۔ پاسپورٹ کپتان کے پاس جمع ہوگا۔ +968 9555 0715").crime).toBe("trafficking");
    expect(check("دبئی میں ہیلپر چاہئیں، 1200 درہم۔ ٹکٹ اور ایجنٹ فیس پہلی تنخواہوں سے کاٹی جائے گی۔ +971 55 555 0716").crime).toBe("trafficking");
  });

  it("ru: the whole season's pay only at its end", () => {
    expect(check("На кирпичный завод под Махачкалой, сезон до октября, 300 тыс за сезон, всю сумму в конце сезона. WhatsApp +7 928 555 11 08").crime).toBe("trafficking");
  });

  it("ru: 'no patent needed' in the next clause does not make passports handed to the foreman lawful", () => {
    const v = check("Нужны 10 человек на кирпичный завод, 90 тыс в месяц. Паспорта сдаёте мастеру на хранение, патент не нужен. WhatsApp +7 928 555 11 09");
    expect(v.flags.find((f) => f.id === "trafficking_risk")?.evidence.map((e) => e.text).join(" ")).toMatch(/Паспорта сдаёте мастеру/);
  });

  it("guard: a passport handed to the visa centre for the visa, in that clause, is no passport kept", () => {
    expect(flags("Сварщики в Польшу, 1 800 €. Паспорт сдаёте в визовый центр для оформления визы, после визы он у вас. Тел +7 701 555 00 14")).not.toContain("trafficking_risk");
  });

  it("ky: 'Интернэшнл' is the registry's 'International', a trade word, not a second name", () => {
    const registry = new MemoryRegistry([operator({ country: "KG", registry: "KG-MLSSM", licenceNo: "KG-L-7781", name: "Chui Kyzmat International LLC", city: "Bishkek" })]);
    const text = "Польшага жумушчулар, саатына 31 злоты. Иш уруксатын иш берүүчү өзү алат.\n«Чүй Кызмат Интернэшнл» ЖЧК, лицензия KG-L-7781\nБишкек ш., Токтогул к. 90, +996 555 000 389";
    expect(checker(shippedEngineWith(registry)).flags(text)).not.toContain("licence_name_mismatch");
  });

  it("ru: a staffing firm's letterhead ('ТОО «… Personal Group»') over another agency's licence number", () => {
    const registry = new MemoryRegistry([operator({ country: "KZ", registry: "KZ-MLSP", licenceNo: "KZ-PEA-7782", name: "Irtysh Bridge Recruitment LLP", city: "Pavlodar" })]);
    const text = "ТОО «Sary-Arka Personal Group»\nГос. лицензия частного агентства занятости № KZ-PEA-7782\nВодители CE в Германию, 3 000 € нетто. Замена прав — 900 € на Kaspi Gold. Тел. +7 705 555 1410";
    expect(checker(shippedEngineWith(registry)).flags(text)).toContain("licence_name_mismatch");
  });

  it("uz-Cyrl and en: Jeju entered visa-free then a ferry to the mainland; a night drive over the border and a guide onward", () => {
    expect(check("Кореяга осон йўл: Жежу оролига визасиз кирасиз.\nБир ҳафтадан кейин паромда Пусанга олиб ўтамиз, фабрикада иш тайёр. 2 000$. Телеграм @jeju_555_uz").crime).toBe("smuggling");
    expect(check("Europe job package for iqama holders: e-visa to Georgia, our team drives you at night to the Turkish side, then from Istanbul to Greece with a local guide. USD 4,000. WhatsApp +994 55 555 01 88").crime).toBe("smuggling");
  });

  it("guard: a tour company's guides travelling to Greece with a local guide firm", () => {
    expect(flags("Tour guides needed for a Lahore travel company, groups travelling to Greece with a local guide firm, 80,000 PKR. Call 0300 0000779")).not.toContain("smuggling_route");
  });

  it("guard: documents you keep yourselves", () => {
    expect(flags("Алматыдағы наубайханаға нан пісіруші керек, 250 000 тг. Құжаттарыңызды өзіңіз сақтайсыз. +7 701 555 00 13")).not.toContain("trafficking_risk");
  });
});

describe("round 49: warnings and renewals among workers abroad", () => {
  it("ru: 'пишу чтоб вы не попались как я … не ведитесь' is a returnee's warning, not the offer it retells", () => {
    const v = check("Пацаны, пишу чтоб вы не попались как я. Один тип в телеге обещал Польшу, «виза за 10 дней», я скинул ему 600$ на карту и всё, пропал. Рабочую визу делает консульство после разрешения воеводы. Не ведитесь.");
    expect(v.risk).toBe("low");
  });

  it("guard: the offer itself, 'виза за 10 дней, 600$ на карту', is high", () => {
    expect(check("Польша, склад, виза за 10 дней! Предоплата 600$ на карту, пишите в телеграм @pl_viza").risk).toBe("high");
  });

  it("ky: a scam-centre story that ends 'ушундай сунуш келсе, ТИМдин ысык линиясына жазгыла' warns", () => {
    const v = check("Жердештер! Таанышымдын баласы «онлайн оператор, 1800$» деген жумушка Бангкок аркылуу Мьянмага түшүп калды, паспортун алып коюшкан. Ушундай сунуш келсе, ТИМдин ысык линиясына жазгыла. Репост кылгыла.");
    expect(v.flags.map((f) => f.id)).not.toContain("trafficking_risk");
  });

  it("ky: 'уруксаттын төлөмүн (100 злотый) фирма өзү төлөйт' is the employer's fee, not the worker's", () => {
    expect(flags("Вроцлавда иштейм. Хозяин уруксатты дагы 2 жылга узартат, уруксаттын төлөмүн (100 злотый) фирма өзү төлөйт экен. Менден паспорттун копиясы гана керек.")).not.toContain("upfront_fee");
  });

  it("guard: a ticket the company 'pays first' and takes back from the pay is no lawful fee", () => {
    expect(flags("Казанга заводго жумушчулар керек. Жол кирени компания төлөйт, кийин биринчи 3 айдын айлыгынан кармалат. Тел +7 917 555 04 12")).not.toContain("lawful_fee");
  });

  it("ur-Latn: 'agar koi … maange to samajh lo fraud hai' is a warning", () => {
    expect(flags("Mera malik decreto flussi mein 2 workers ke liye nulla osta apply karega, koi paisa nahi. Agar koi ap se flussi ki seat ke 8 se 12 hazar euro maange to samajh lo fraud hai. Naam inbox karo.")).toContain("anti_fraud_notice");
  });
});

describe("round 48-49: Roman Urdu posts that name the dunki to turn it down", () => {
  it("an OEP notice: 'ye legal process hai, dunki wala nahi' is no route", () => {
    expect(flags("Romania ke liye 30 packing workers, ye legal process hai, dunki wala nahi. Work permit employer nikalega. Service charge Rs 6000 receipt ke sath. 021 3555 0711")).not.toContain("smuggling_route");
  });

  it("a worker who came by dunki and 'won't advise it to anyone' warns", () => {
    expect(flags("Main 2018 me dunki laga ke Greece aya tha, kisi ko ye mashwara nahi dunga. Ab farm pe supervisor hun, owner ko 3 banday chahiye, visa embassy se, koi paisa nahi. jobs@olivefarm-kalamata.gr")).not.toContain("smuggling_route");
  });

  it("'stay away from those who offer fake experience letters' warns (ur-Latn and en)", () => {
    expect(flags("Jo log fake experience letter ya bank statement banane ka bolen un se door rahen, embassy verify karti hai. Licence 1192/KHI")).not.toContain("document_forgery");
    expect(flags("Stay away from anyone who offers a fake experience letter or bank statement: the embassy checks them. Licence 1192/KHI")).not.toContain("document_forgery");
  });

  it("guard: 'dunki se jayen ge' is still a route", () => {
    expect(flags("Romania ke liye 30 workers, dunki se jayen ge, 8 lakh. Contact 0300 0000 555")).toContain("smuggling_route");
  });
});

describe("round 49: a destination's labour authority, and a crossing without a document check", () => {
  it("ur / en: Kuwait's Public Authority for Manpower is the state, not an unlicensed recruiter", () => {
    expect(flags("کویت: ایک فوڈ فیکٹری کو پیکنگ ورکرز چاہیے۔ ویزا 18 ٹرانسفر پبلک اتھارٹی فار مین پاور کے ذریعے کمپنی کرے گی، خرچہ کمپنی کا۔ تنخواہ 130 دینار۔ ہیڈ آفس شویخ")).not.toContain("unlicensed_recruiter");
    expect(flags("Kuwait: article 18 transfer through the Public Authority for Manpower, done by the company at its cost. Packers, KWD 130. Head office, Shuwaikh")).not.toContain("unlicensed_recruiter");
  });

  it("kk: 'құжат тексерісі жоқ' (no document check) on a yacht to Kos is a route", () => {
    expect(flags("Бодрумнан Кос аралына яхтамен апарамыз, құжат тексерісі жоқ. Жол ақысы 2000 €. +90 532 555 00 19")).toContain("smuggling_route");
  });
});

describe("rounds 47-48: the UK scheme sold 'through a partner operator' (kk)", () => {
  it("a place 'booked' for 250 000 тг ('орын брондау') is a fee, and the scheme is sold", () => {
    const ids = flags("Ұлыбританияға маусымдық жұмыс (Seasonal Worker visa). Біз ресми оператордың серіктесіміз. Тізімге енгізу (орын брондау) — 250 000 тг. Алматы, Абай даңғылы 150. ukfarm-kz.com");
    expect(ids).toContain("upfront_fee");
    expect(ids).toContain("scheme_misuse");
  });

  it("a mother asking 'is it a scam?' ('әлде алаяқ па?') retells the offer; her question is no warning", () => {
    const v = check("Сәлеметсіздер ме. Қызым Англияға ферма визасымен (seasonal worker) барғысы келеді. Шымкенттегі бір агенттік «ресми оператордың серіктесіміз» дейді. 900 000 тг төлеу керек: жартысы қазір «құжат пакетіне», жартысы виза шыққан соң. Сенуге бола ма, әлде алаяқ па?");
    expect(offerOf(v).risk).not.toBe("low");
  });

  it("guard: 'алаяқтарға сенбеңіз' (don't trust scammers) still warns", () => {
    expect(flags("Біз жұмысшылардан ақша алмаймыз. Біздің атымыздан ақша сұрайтын алаяқтарға сенбеңіз!")).toContain("anti_fraud_notice");
  });
});

describe("round 50: an Urdu family forward against the dunki", () => {
  it("'اگر کوئی ایجنٹ … کی بات کرے تو صاف انکار کر دیں' and 'قانونی طریقے سے جائیں' warn", () => {
    const v = check("ہمارے گاؤں کا ایک لڑکا ڈنکی لگا کے ایران کے راستے گیا تھا، ابھی تک خبر نہیں۔ کوئی بھی ایجنٹ اگر بائی روڈ یورپ کی بات کرے تو صاف انکار کر دیں۔ باہر جانا ہے تو قانونی طریقے سے جائیں۔ آگے فارورڈ کریں");
    expect(v.flags.map((f) => f.id)).not.toContain("smuggling_route");
  });

  it("guard: an agent offering 'بائی روڈ یورپ' is a route", () => {
    expect(flags("بائی روڈ یورپ، ایران ترکی کے راستے، 12 لاکھ پیکج، آدھے ایڈوانس۔ واٹس ایپ 0300 0000 555")).toContain("smuggling_route");
  });
});

describe("round 52: what the employer did not say", () => {
  it("ky: 'паспортту алып калабыз деп айткан жок' (they didn't say they'd keep the passport) is no retention", () => {
    expect(flags("Есикке теплицага помидор жыйноого чакырышты, ТОО «Агро Есик», келишим түзөт. Паспортту алып калабыз деп айткан жок, көчүрмөсүн гана сурашты. Ушул нормалдуубу?")).not.toContain("trafficking_risk");
  });

  it("kk: 'паспортты өзімізде сақтаймыз деп айтқан жоқ' likewise", () => {
    expect(flags("Есікке жылыжайға жұмысшы шақырды, ЖШС «Агро Есік», шарт жасайды. Паспортты өзімізде сақтаймыз деп айтқан жоқ, көшірмесін ғана сұрады. Бұл дұрыс па?")).not.toContain("trafficking_risk");
  });

  it("guard: 'паспортту алып калабыз' said outright is retention", () => {
    expect(flags("Есикке теплицага жумушчулар керек. Паспортту алып калабыз, сезон бүткөндө беребиз. Тел +996 555 000 318")).toContain("trafficking_risk");
  });
});

describe("round 53: a Kazakh NGO's guide to the UK scheme, and Belarus as the way into the EU", () => {
  it("kk: 'делдалға … Kaspi картасына ештеңе аудармайсыз' and '… дегендерге сенбеңіздер' warn; the operators it lists are no borrowed names", () => {
    const v = check("Ұлыбританияға маусымдық жұмыс (Seasonal Worker). Тек лицензиялы операторлар шақырады: HOPS Labour Solutions, Pro-Force, Concordia. Визалық алымды Home Office-қа өзіңіз төлейсіз. Делдалға, біреудің Kaspi картасына ештеңе аудармайсыз.\n\n«Серіктес арқылы орын брондаймыз» дегендерге сенбеңіздер. «Жол сауаты» қоғамдық бірлестігі, Алматы");
    expect(v.flags.map((f) => f.id)).not.toContain("brand_impersonation");
    expect(v.risk).toBe("low");
  });

  it("guard: 'алдын ала ештеңе төлемейсіз' before cash on arrival is the smuggler's promise, not a warning", () => {
    expect(flags("Мексикаға туристік визамен ұшасыз, Тихуана жағынан өтесіз. Алдын ала ештеңе төлемейсіз, 12 000 $ жеткен соң біздің адамға қолма-қол. WhatsApp +7 776 555 0909")).toContain("payment_channel");
  });

  it("ur-Latn: a Minsk visit visa, then 'aage Poland / Lithuania side ka kaam settle' is a route", () => {
    expect(check("Minsk (Belarus) ka visit visa 15 din me. Wahan hamare log hain jo aage Poland / Lithuania side ka kaam settle karwa dete hain. Shahid bhai 0300 0000 862").crime).toBe("smuggling");
  });
});
