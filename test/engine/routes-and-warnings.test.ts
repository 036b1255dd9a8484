import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Irregular routes and trafficking in the region's words, and the warnings that quote them (rounds 20 and 21). */
const { check, flags } = checker();

describe("smuggling in the words smugglers use", () => {
  it.each([
    ["ru, by yacht from the Turkish coast", "Работа в Италии на фермах. Вылет в Стамбул, затем выход на яхте из Бодрума к побережью Калабрии. Стоимость 6 000 €. WhatsApp +90 555 000 4127"],
    ["uz-Cyrl, by lorry from Calais, paid in London", "Англияга ишга. Парижга учасиз, кейин Каледан фура билан Англияга ўтасиз. Лондонга етиб боргандан кейин тўлайсиз. Ватсап +44 7700 900555"],
    ["en, by car from Belgrade, paid on arrival", "Work in Austria, construction. You fly to Belgrade, from there our driver brings you to Vienna by car, no need for a Schengen visa. You pay our fee only on arrival in Vienna. Telegram @euro_drive_0000"],
    ["tg, a sham marriage for a residence permit", "Барои бачаҳо: никоҳи фиктивӣ бо шаҳрванди Литва, баъд ВНЖ ва ҳуқуқи кор дар Аврупо. Нарх 8 000 евро. Telegram @brak_0000"],
    // Round 25: the crossing told in the third person, the man at the border, the car through a transit country.
    ["uz-Cyrl, 'our people take you over the border'", "Испанияга ишга. Марокашгача самолётда, кейин бизнинг одам чегарадан олиб ўтади. Ҳаммаси 9 минг доллар. Телеграм @ispan_yol_0000"],
    ["uz-Latn, 'the lads take you to the other side at night'", "Bolgariyaga ishga boramiz. Istanbuldan avtobusda, keyin tunda haydovchi narigi tomonga olib o'tadi. Xizmat 2500$. Telegram @bolgar_yol_0000"],
    ["tg, our man at the post, no stamp", "Ба Россия запрет доред? Бо мошин аз Қазоқистон мебарем, дар пост одами худамон, мӯҳр намезананд. Хизмат 50 000 руб. @rus_yol_0000"],
    ["ky, our lads walk you over the border, no stamp in the passport", "Германияга жумуш. Стамбулга учасыз, андан ары чек арадан биздин балдар коштоп өткөрүшөт, паспортко эч нерсе коюлбайт. Жол акысы 3500 евро. +90 536 555 0000"],
    ["tg, partners take you across to the US", "Ба Канада ронанда лозим. Раводиди сайёҳии Мексика мегирем, аз он ҷо ҳамкорони мо шуморо то ИМА мегузаронанд. Хизмат 7 000 $. +992 93 555 0000"],
    ["uz-Latn, help with the «crossing»", "Shimoliy Kiprga talaba vizasi, keyin janubga, Yevropa Ittifoqiga o'tasiz, «o'tish»da yordam beramiz. Xizmat 3000$. Telegram @kipr_0000"],
    // Round 27: routes told calmly inside otherwise ordinary adverts.
    ["en, a crossing with a guide, hours on foot", "Warehouse jobs in Lithuania. Fly to Minsk, two nights in a hotel, then a crossing with an experienced guide (about 4 hours on foot). A minibus takes you to the hostel. Fee USD 2,500. Telegram @lt_jobs_0000"],
    ["ru, a crossing by a mountain path with a guide", "Работа в Австрии. Вылет в Белград, оттуда автобусом через Боснию, переход горной тропой с проводником, поездом до Вены. Стоимость 3 500 €. +7 705 555 0000"],
    ["ky, walked over at night", "Польшада жумуш. Минскке учасыз, андан түн ичинде жөө өткөрүп коюшат. Жол акысы 3 000 евро. +996 555 000 905"],
    ["uz-Latn, taken over from the Serbian side, a truck's special compartment", "Avstriyada ish. Belgradga uchasiz, keyin Serbiya tomondan odamlarimiz olib o'tadi, yuk mashinasining maxsus bo'limida. Xizmat 4 000 yevro. +998 95 555 00 00"],
    ["ur-Latn, 'crossing towards Greece'", "Greece mein farm ka kaam. Safar by road, Istanbul mein kuch din rukna, phir Greece ki taraf crossing. Kharcha 4 lakh. Rabta 0345 0000 914"],
    // Round 29.
    ["kk, by car through Hungary on a road with no checks", "Еуропаға жұмыс. Алматы — Белград, онда біздің адам қарсы алады, ары қарай Венгрия арқылы көлікпен, тексеріс жоқ жолмен өтесіз. Жол 4 000 €. Телеграм @euro_0000"],
    ["en, 'the border part is by car and some walking'", "Work in Italy, farms. We process your Serbia tourist visa, our team receives you in Belgrade; the border part is by car and some walking, fully managed. Total 20 lakh. WhatsApp 0312 0000 946"],
    ["ky, by car through Hungary, no papers asked on the road", "Австрияга жумуш. Белградга учасыңар, андан ары биздин балдар машина менен Венгрия аркылуу Венага чейин алып барат, жолдо документ сурашпайт. Жол акысы 4000 евро. WhatsApp +381 60 555 0000"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });
});

describe("a housemaid kept in", () => {
  it.each([
    ["uz-Cyrl", "Саудияга уй хизматчиси керак, 25–40 ёш. Маош 1 500 риёл. Келганингиздан кейин паспорт хавфсизлик учун агентимизда сақланади, уйдан ёлғиз чиқилмайди. Тел +998 91 555 12 60"],
    ["ur-Latn", "Saudia ke liye house maid chahiye, umar 25 se 40. Tankhwa 1000 riyal. 2 saal tak passport, iqama aur mobile agent ke paas rahenge. Rabta 0304-0000269"],
    // Round 26: kept "in the HR department" or "in the safe" of the employer, words between.
    ["uz-Latn", "Tayvan, mikrosxema zavodi, 20–30 yosh. Oylik 27 000 dollar tayvan. Pasportlar ikki yil davomida zavod kadrlar bo'limida saqlanadi. Ma'lumot: +998 90 555 00 41"],
    ["uz-Cyrl", "Корея, балиқ заводи, 20–35 ёш. Ойлик 2 млн вон. Паспортингиз шартнома тугагунча хўжайиннинг сейфида сақланади. Тел: +998 93 555 00 17"],
    // Round 27: kept "safe in the estate office", with the foreman "until the contract ends", leaving only with leave.
    ["ur-Latn", "Dubai construction camp, 40 mason chahiye. Tankhwah 1,400 dirham. Sab ke passports camp office mein mehfooz rakhe jate hain. Rabta 0300 0000 512"],
    ["ur-Latn, leaving needs permission", "Saudi dairy farm, 15 helper. Tankhwah 1,200 riyal, khana rehaish farm ki. Farm se bahar jaane ke liye supervisor ki ijazat zaroori hai. Rabta 0301 0000 513"],
    ["uz-Cyrl", "Москва, склад, 30 киши керак. Ойлик 90 минг. Паспорт ва миграция карта регистрация учун шартнома тугагунча прорабда туради. Ватсап +7 916 555 00 18"],
    ["uz-Latn", "Novosibirsk, qurilish, 25 kishi. Oylik 95 ming. Obyektdan chiqish faqat yakshanba kuni brigadir bilan. Telegram @novosib_0000"],
    ["uz-Cyrl, no leaving the site for three months", "Тюменга стройкага 15 киши керак, ойлик 110 000 рубл. Биринчи 3 ой объектдан чикиш йук, хаммаси ичкарида. Тел +7 982 555 03 18"],
    ["ky, kept by the foreman for the whole shift", "Москвага склад, 20 киши. Айлык 110 000 рубль. Документтер (паспорт, миграциялык карта) вахта бою прорабда сакталат. +996 555 000 734"],
    ["ur, kept with the kafeel", "سعودی عرب کے لیے ڈرائیور، تنخواہ 1800 ریال۔ پاسپورٹ اور موبائل کفیل کے پاس رہتے ہیں۔ رابطہ 0300 0000 112"],
    // Round 68: kept "with the family", and not to go out alone.
    ["ur-Latn, kept with the family", "Jeddah mein ek family ko aaya chahiye, tankhwah 1,300 riyal. Passport madam ke paas rehta hai, chhutti saal baad. Rabta 0302 0000 614"],
    ["ur-Latn, not out alone", "Kuwait, ghar ka kaam, 1 aurat chahiye. Tankhwah 110 KD. Ghar se akele bahar jana mana hai. Rabta 0303 0000 615"],
    ["ur, kept with the family", "ریاض میں ایک فیملی کو ملازمہ چاہیے، تنخواہ 1200 ریال۔ پاسپورٹ فیملی کے پاس رہتا ہے۔ رابطہ 0300 0000 616"],
    // Round 70: kept "with the family for registration", words between.
    ["tg, kept with the family for registration", "Ба оила дар Анқара парастор лозим, музд 650 доллар. Шиносномаи шумо барои бақайдгирии муваққатӣ дар назди оила мемонад. WhatsApp +992 92 555 3357"],
  ])("%s is a trafficking sign", (_, text) => {
    expect(check(text).crime).toBe("trafficking");
  });
});

/** Round 69: a returnee's advice, and a contract's lines, that name keeping and debts without making them. */
describe("keeping and debts named without being made", () => {
  it.each([
    ["ky: 'if someone says let me keep your passport — that is wrong'", "Кореядан келдим. Паспорт ар дайым өзүмдө болду. Бирөө паспортуңду алып калам десе — бул туура эмес, консулдукка кайрылгыла."],
    ["uz-Cyrl: 'don't give your passport to the foreman'", "Волгоградга кетаётганларга маслаҳат: паспортни бригадирга берманг, нусхасини беринг холос."],
    ["en: 'what to do if your employer takes your passport'", "Free pre-departure briefing, Tuesdays at 10 am, Protector of Emigrants office, Multan. Topics: your contract and your rights; what to do if your employer takes your passport or does not pay. No fee."],
    ["kk: 'if they ask to «keep» your passport … call us'", "Еңбек мигранттарына тегін кеңес. Егер сізден паспортты «сақтауға» сұраса немесе жол ақысын жалақыдан ұстаймыз десе — бізге хабарласыңыз. Алматы, +7 727 355 5091"],
    ["ky: the embassy keeps the passport to stamp the visa", "Германиянын элчилигине документтеримди тапшырдым, паспортумду алып калышты, визаны чаптап 10 күндө кайтарабыз дешти. Бул туурабы?"],
    ["ur-Latn: a deduction on one line, the visa on the next", "Rihaish: farm hostel, 12 PLN rozana salary se katenge\n\nVisa: work permit employer apply kare ga, national visa ki fee worker khud de ga."],
  ])("%s", (_, text) => {
    expect(flags(text)).not.toContain("trafficking_risk");
  });

  it("uz-Cyrl: 'don't buy from those who say «ready patent»' is no forgery of its own", () => {
    expect(flags("Патентни ўзингиз ММЦда оласиз. «Тайёр патент» сотаман деганлардан олманг, сохта чиқади.")).not.toContain("document_forgery");
  });

  it("a passport handed to the foreman, or a ticket taken from the pay on the same line, is still kept", () => {
    expect(flags("Москва, склад. Паспорт бригадирга топширилади, ойлик 90 минг. Тел +7 916 555 00 19")).toContain("trafficking_risk");
    expect(flags("Dubai, 30 labour. Ticket aur visa ka kharcha salary se katenge. Rabta 0301 0000 618")).toContain("trafficking_risk");
  });
});

describe("a visa said to give no right to work", () => {
  it("tg: 'бо он … кор кардан … мумкин нест' refuses the Umrah visa for work", () => {
    const text = "Сафари Умра, 14 рӯз, аз 1 650 доллар, пардохт дар офис бо шартнома ва чек. Визаи Умра танҳо барои зиёрат аст: бо он дар Арабистони Саудӣ кор кардан ё мӯҳлати монданро дароз кардан мумкин нест. Душанбе, +992 37 555 0878";
    expect(flags(text)).not.toContain("wrong_visa_type");
  });
});

/** Round 68: a foreigner's marriage offered to a family, with a job and money, for the girl's photos. */
describe("a bride wanted abroad", () => {
  it.each([
    ["ur", "ہمارے محلے میں ایک رشتہ کروانے والی آئی ہے، کہتی ہے ایک کوریا کا آدمی پاکستانی لڑکی سے شادی کرنا چاہتا ہے، لڑکی وہاں فیکٹری میں کام بھی کرے گی اور ہمیں تین لاکھ دیں گے۔ لڑکی کی تصویریں مانگ رہی ہے۔ کیا کریں؟"],
    ["ur-Latn", "Aik aunty keh rahi hain ke ek Chinese businessman Pakistani larki se shadi karega, larki wahan job bhi karegi aur ghar walon ko 4 lakh milenge. Larki ki photos bhej dein. Kya yeh theek hai?"],
  ])("%s: the offer it tells of is trafficking", (_, text) => {
    const v = check(text);
    expect((v.toldOffer ?? v).crime).toBe("trafficking");
  });

  it("a Chinese company hiring without a marriage is no such offer", () => {
    expect(flags("Chinese company ko Lahore factory ke liye 20 larkiyan packing ke liye chahiye, tankhwah 40,000. CV ke sath apply karein. Office: Sundar Industrial Estate.")).not.toContain("trafficking_risk");
  });
});

describe("a river crossed on the way", () => {
  it("ur-Latn: 'darya paar' to Greece is an irregular route", () => {
    expect(flags("Greece mein kaam, Turkey tak visit visa, aage hamara banda darya paar Greece le jayega. Rabta 0312 0000 617")).toContain("smuggling_route");
  });
});

describe("warnings that describe the routes and the compounds", () => {
  it("an NGO's safe-migration alert is no offer of a compound job", () => {
    const v = check("⚠️ SAFE MIGRATION ALERT\nMigrant help desk, Osh\n\nWe get calls from young people offered \"customer support\" jobs in Thailand or Myanmar with free flights and a 1,500$ salary. Many ended up in guarded compounds: passports taken, not allowed to go out.\n\nBefore you go, ask for the employer's address and a written contract.\nFree consultation: Osh, Lenin St 205, +996 555 000 947");
    expect(v.risk).toBe("low");
  });

  it("«лесом в Европу — это не работа, это риск» is no route on offer", () => {
    const v = check("«Лесом в Европу» — это не работа, это риск для жизни.\nВ Telegram ходят объявления: «проход лесом из Беларуси», «через Сербию в Венгрию с проводником».\nКонсультация бесплатно: +992 44 555 0000");
    expect(v.flags.map((f) => f.id)).not.toContain("smuggling_route");
  });

  it("a hotel's recruiter setting itself apart from 'online operator' calls is no scam-centre job", () => {
    const v = check("Tailand, Phuket: mehmonxonaga oshpaz yordamchisi kerak. Maosh 30 000 bat, shartnoma 1 yil.\nE'tibor bering: \"Onlayn operator\", \"call-markaz\" kabi Tailand chaqiruvlari bilan adashtirmang — biz bunday vakansiyalar bilan ishlamaymiz.\nTel: +998 66 555 21 90");
    expect(v.flags.map((f) => f.id)).not.toContain("trafficking_risk");
  });
});

describe("scammers' words quoted and judged in the same breath", () => {
  it.each([
    ["kk", "Семинарда: «алдын ала төлем», «жеке картаға аударым», «визаға 100% кепілдік» неге қауіпті.\nҚатысу тегін, сейсенбі 15:00, Абай даңғылы 12."],
    ["uz-Latn", "Migratsiya agentligi: \"1 kunda viza\", \"oldindan to'lov kartaga\" — soxta. Rasmiy ro'yxat migration.uz saytida.\nSavollar: +998 71 555 00 18"],
    ["ru", "На встрече разберём: «виза за 3 дня», «предоплата на карту менеджера» — почему это опасно.\nВход свободный, ул. Киевская 77, Бишкек."],
    ["en", "Reminder from the resource centre: \"100% visa guarantee\", \"pay the processing fee to my JazzCash\" - fraud. Check the licence on the official list first."],
    ["ur-Latn", "Yaad rakhein: \"visa pakka, pehle 50 hazar easypaisa karein\" — dhoka hai. Sirf licensed OEP se rabta karein, fees sirf bank challan se."],
  ])("%s: no fee, channel or visa promise of the advert's own", (_, text) => {
    const found = flags(text);
    for (const id of ["upfront_fee", "payment_channel", "guaranteed_visa"]) expect(found).not.toContain(id);
    expect(check(text).risk).toBe("low");
  });

  it("a quoted fee the advert asks for is still a fee", () => {
    expect(flags("Польшада иш. «Рўйхатдан ўтиш тўлови» 200 $, олдиндан картага ўтказасиз.\nТел +998 90 555 12 34")).toContain("upfront_fee");
  });
});

/** Round 67: "if someone says «…» — run": the offer a worker is told to run from is quoted, not made. */
describe("a quoted offer the reader is told to run from", () => {
  it.each([
    ["kk", "Германиядан оралдым, агенттік ақша алған жоқ. Біреу «визаға 2 000 доллар алдын ала бер» десе — қашыңыз."],
    ["ky", "Кореядан келдим. Кимдир «тестсиз жиберем, 1 500 доллар алдын ала» десе — качкыла, EPS мамлекет аркылуу гана."],
    ["uz-Latn", "Polshadan qaytdim. Kimdir «pasportingiz bizda turadi, avval 700 dollar to'lang» desa — qochinglar."],
    ["uz-Cyrl", "Кимдир «олдиндан 900 доллар тўланг, виза кафолатли» деса — қочинглар, агентлик рўйхатини текширинг."],
    // Round 69: "if someone says «…» — it's a lie", "don't be fooled by those who say «…»".
    ["tg", "Соли гузашта ба Англия рафтам. Касе «ҷой дар Англия, 2000 доллар пешакӣ» гӯяд — дурӯғ."],
    ["uz-Cyrl", "Ўтган йили Англияга бордим. «100% виза, фақат 1500$ олдиндан» деганларга алданманг."],
  ])("%s: no fee, scheme or keeping of the message's own", (_, text) => {
    const v = check(text);
    for (const id of ["upfront_fee", "scheme_misuse", "trafficking_risk", "guaranteed_visa"]) expect(v.flags.map((f) => f.id)).not.toContain(id);
    expect(v.toldOffer).toBeUndefined();
  });

  it("en: 'our recruiters will never ask you for money' warns of the messenger-only agents it names", () => {
    const text = 'UK Seasonal Worker Scheme 2027 (poultry), 18 October to 31 December. You pay the visa fee to UKVI and your flight; we charge workers nothing.\nApply on our website. Our recruiters will never ask you for money, and we never recruit through WhatsApp-only "agents".';
    expect(flags(text)).not.toContain("contact_only_messenger");
  });

  it("an offer that tells the reader to run to it is still an offer", () => {
    expect(flags("Тез арада! Визаға 1 500 доллар алдын ала, Kaspi картаға. Орын аз, қашыңыз бізге! +7 701 555 0011")).toContain("upfront_fee");
  });
});

describe("an irregular crossing beyond a third country", () => {
  it.each([
    ["uz-Cyrl", "Америкада иш, ойлик 6 000 $. Мексикагача чиптани ўзимиз оламиз, у ердан ҳамкорларимиз олиб ўтишади.\nТел +998 93 555 62 10"],
    ["uz-Latn", "Amerikada ish, oylik 6 000 $. Meksikagacha chiptani o'zimiz olamiz, u yerdan hamkorlarimiz olib o'tishadi.\nTel +998 93 555 62 10"],
  ])("%s: partners who 'take you across' from Mexico are smuggling", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });

  it.each([
    ["ur", "اٹلی میں فارم کا کام۔ پہلے ایران، پھر ترکی، آگے بارڈر ہمارے لڑکے کراس کروائیں گے۔\nرابطہ: واٹس ایپ 0344-5550913"],
    ["ur", "یورپ میں کام، ویزا کی ضرورت نہیں۔ سفر گروپ کے ساتھ۔ پہنچ کر گھر والے ادائیگی کریں گے۔\nرابطہ: واٹس ایپ 0344-5550913"],
    ["ur-Latn", "Italy farm job. Pehle Iran, phir Turkey, aage border hamare larke cross karwayenge.\nWhatsApp 0344-5550913"],
  ])("%s: 'our men will get you across the border', paid by the family on arrival, is smuggling", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });
});

describe("a lawful leg of the journey clears its own clause, not the crossing after it", () => {
  it.each([
    ["ky", "Германияда жумуш бар. Москвага чейин өзүңүз учасыз (ЕАЭБ, виза керек эмес), андан ары токой аркылуу Польшага өтөбүз, жол көрсөткүч менен. Жол акысы 4 000 €. Телеграм @de_jol_0000"],
    ["ru", "Работа в Польше. До Минска летите сами (ЕАЭС, виза не нужна), дальше через лес в Польшу с проводником. Дорога 4 000 €, половина сразу. Телеграм @pl_put_0000"],
  ])("%s: visa-free to Minsk or Moscow, then through the forest", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });

  it("ky: the visa-free leg alone stays clear", () => {
    expect(flags("Новосибирскте курулушка жумушчулар керек. Бишкектен Новосибирскке учак менен учасыз, ЕАЭБ жараны катары виза керек эмес. Иш берүүчү «Сибстройком» ЖЧК. Тел +996 555 000 417")).not.toContain("smuggling_route");
  });
});

/** Round 109's dev half (papers for Russia): re-entry after a ban on a road without a border post. */
describe("re-entry on a road without a border post", () => {
  it("tg: 'хеч кас паспорт намебинад', 'погранконтрол нест' (nobody looks at a passport, no border control) is smuggling", () => {
    const text =
      "Запрет дори? Мушкил нест. Аз Минск бо мошин ба Смоленск мебарем — дар роҳ погранконтрол нест, хеч кас паспорт намебинад. Нархи роҳ 1100$, 500$ пеш. Факат Telegram @roh_msk";
    expect(flags(text)).toContain("smuggling_route");
    expect(check(text).crime).toBe("smuggling");
  });
});

describe("those whose entry ban has ended (round 109)", () => {
  it("tg: 'ба касоне, ки манъи вуруд доштанд ва муҳлаташ ба охир расид' (whose ban has run out) is no route", () => {
    const text =
      "Ба касоне, ки манъи вуруд доштанд ва муҳлаташ ба охир расид: ширкати «Зарафшон Меҳнат» (иҷозатнома TJ-MS-7071) ба корхонаҳои Қазон бо тартиби умумӣ мефиристад. Манъро дар сайти расмии МВД якҷоя тафтиш мекунем, ройгон. Тамос: Панҷакент, +992 92 000 0611";
    expect(flags(text)).not.toContain("smuggling_route");
  });

  it("tg: 'онҳое, ки запрет доранд' (those who have a ban) offered a way in is still a route", () => {
    expect(flags("Ба онҳое, ки запрет доранд: роҳ ҳаст, аз Қазоқистон бо мошин. Нарх 900$. Telegram @roh_0000")).toContain("smuggling_route");
  });
});

describe("an entry ban 'removed' for money (round 109)", () => {
  it("uz-Latn: 'zapretni olib tashlaymiz', 'bazasidan o'chiramiz' sells a fake removal, a fraud, not a route", () => {
    const text = "ZAPRETNI OLIB TASHLAYMIZ 100% kafolat. Rossiya bazasidan 7 kunda o'chiramiz. To'lov 50% oldindan Humo kartaga 9860 0000 0000 5552. Faqat WhatsApp +998 90 555 00 17";
    expect(flags(text)).not.toContain("smuggling_route");
    expect(flags(text)).toContain("document_forgery");
    expect(check(text).crime).toBe("fraud");
  });

  it("uz-Latn: a way in despite the ban is still a route", () => {
    expect(flags("Zapret bo'lsa ham muammo emas, Qozog'iston orqali mashinada olib o'tamiz. Narxi 900$. Telegram @yol_0000")).toContain("smuggling_route");
  });
});

describe("a driver's job that is a smuggling run (round 111)", () => {
  it.each([
    ["en, 'our group crosses you into Turkey from Iran'", "Van drivers wanted, $1,200 per trip cash. Our group will cross you into Turkey from Iran, then you drive passengers to Istanbul. Telegram @van_0000"],
    ["uz-Latn, 'you take them over to the other side'", "Edirne tomonda kechki reyslarga haydovchi kerak. Yo'lovchilarni ba'zida narigi tomongacha olib borasiz, bir reys 2 000 €. Telegram @yol_0000"],
  ])("%s", (_, text) => {
    expect(flags(text)).toContain("smuggling_route");
    expect(check(text).crime).toBe("smuggling");
  });

  it.each([
    ["en, a flight", "Truck drivers for Poland: we fly you to Warsaw from Lahore, work permit and Code 95 paid by the employer. Licence 0417/RWP"],
    ["uz-Latn, a bus to a named city", "Avtobus haydovchilari kerak: yo'lovchilarni Toshkentdan Olmaotaga olib borasiz, jadval bo'yicha. Maosh kartaga. +998 71 555 00 44"],
  ])("%s is no route", (_, text) => {
    expect(flags(text)).not.toContain("smuggling_route");
  });
});

describe("hotel and farm jobs that are crossings (rounds 112–113)", () => {
  it.each([
    ["ky, North Cyprus then 'түштүк бөлүккө … өткөрүп' (taken across to the southern part)", "Түндүк Кипрге студенттик виза менен учасыз. Андан кийин биздин адамдар сизди түштүк бөлүккө — Айя-Напага өткөрүп, мейманканага орноштурат. Пакет 2 800 €. WhatsApp +996 555 000 601"],
    ["ky, 'чек арага жакын жерге чейин жеткирип коёт' (driven to near the border)", "Литвадагы фермага жумушчулар керек. Минскке чейин учасыз, өнөктөштөрүбүз чек арага жакын жерге чейин жеткирип коёт, Литва тарапта тосуп алат. 600 € алдын ала. +996 555 000 602"],
  ])("%s", (_, text) => {
    expect(flags(text)).toContain("smuggling_route");
    expect(check(text).crime).toBe("smuggling");
  });

  it.each([
    ["ky, a bus to the border post", "Уюшкан автобус: Бишкектен чек арага жакын жерге чейин жеткирип коёбуз, андан кийин Кордой КПП аркылуу паспорт менен өтөсүз. Иш берүүчү Алматыда тосуп алат. +996 555 000 603"],
    ["ky, the south of a country with no Cyprus in it", "Түштүк бөлүккө которуп коюу мүмкүн: компаниянын Ош филиалына өткөрүп беребиз. Айлык 40 000 сом. +996 555 000 604"],
  ])("%s is no route", (_, text) => {
    expect(flags(text)).not.toContain("smuggling_route");
  });

  it("kk: passports kept 'ферма иесінде' (by the farm's owner) are held", () => {
    const text = "Қалмақ Республикасы, қой фермасына шопан керек. Төлқұжаттарыңыз ферма иесінде сақталады, келісімшарт біткенде қайтарылады. WhatsApp +7 928 555 0460";
    expect(flags(text)).toContain("trafficking_risk");
  });

  it("kk: a passport that stays 'өз иесінде' (with its owner, the worker) is not", () => {
    expect(flags("Қой фермасына шопан керек, жалақы Kaspi картасына. Төлқұжат өз иесінде сақталады. +7 701 555 0461")).not.toContain("trafficking_risk");
  });
});
