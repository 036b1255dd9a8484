import { describe, expect, it } from "vitest";
import { checker, checkerWithRows } from "../helpers/engine.ts";

/** Round 88's dev half: office, IT, call-centre and "online" jobs. */

describe("a licensed recruiter hiring agents for a named call centre is not a scam compound's lure", () => {
  const { check } = checkerWithRows({ licenceNo: "7311/LHR", name: "Qalvorent Manpower Consultants", city: "Lahore" });

  it("ur: customer service agents for a Dubai LLC, employment visa, ticket and bonus from the company", () => {
    const text =
      "دبئی میں کال سینٹر کی نوکریاں\nQalvorent Manpower Consultants (OEP لائسنس نمبر 7311/LHR) کو دبئی کی کمپنی Marsolin Contact Centre LLC کے لیے کسٹمر سروس ایجنٹس درکار ہیں۔\nتنخواہ: 4,000 درہم + پرفارمنس بونس\nکمپنی کی طرف سے: ایمپلائمنٹ ویزا، میڈیکل انشورنس، ٹکٹ\nآن لائن انگریزی اور ٹائپنگ ٹیسٹ، پھر ویڈیو انٹرویو۔\nدفتر: گلبرگ، لاہور | 042-3555-0711";
    expect(check(text).flags.map((f) => f.id)).not.toContain("trafficking_risk");
  });

  it("guard: a 'typing job' in Dubai with free flight and room from nobody licensed is still the lure", () => {
    const text = "دبئی میں ٹائپنگ جاب، کال سینٹر، ٹکٹ اور رہائش فری، بونس الگ۔ رابطہ صرف واٹس ایپ 0312 0000 712";
    expect(check(text).flags.map((f) => f.id)).toContain("trafficking_risk");
  });
});

describe("en: 'fake channels' is a warning", () => {
  const { check } = checker();

  it("a state notice that warns of 'customer support' jobs in Thailand offered by fake channels", () => {
    const text =
      "The Migration Agency informs: vacancies for office administrators in Istanbul, employer Delvaro Lojistik A.Ş., work permit obtained by the employer.\nBe careful! Fake channels offer \"customer support\" jobs in Thailand and Cambodia with free tickets; people who went were forced to work in fraud centres.";
    const v = check(text);
    expect(v.flags.map((f) => f.id)).toContain("anti_fraud_notice");
    expect(v.risk).toBe("low");
  });
});

describe("tg: Minsk on a ticket, then 'with our group across the border into Poland'", () => {
  const { check } = checker();

  it("the Belarus route with more words between Minsk and Poland", () => {
    const text =
      "Кор дар Олмон, оператори склад, маош 2 400 €. Виза лозим нест! Ба Минск бо чипта меравед (бе раводид), аз он ҷо бо гурӯҳи мо аз марз ба Полша мегузарем. Пешпардохт 1 500 $ ба корт. Telegram: @evro_kor_tj";
    expect(check(text).crime).toBe("smuggling");
  });
});

/** Round 116's dev half: an employer that is an agency of another trade. */
describe("a digital or marketing agency hiring for itself", () => {
  const { flags } = checker();

  it("ky: «Esil Digital Agency» ЖШС is an employer, not a recruiter without a licence", () => {
    const text = "Астанадагы «Esil Digital Agency» ЖШС SMM-адис издейт. ЕАЭБ жарандары уруксатсыз иштейт. Айлык 450 000 теңге, офис Астанада. Резюме: job@esildigital.kz";
    expect(flags(text)).not.toContain("unlicensed_recruiter");
  });

  it("en: a recruitment agency with no licence is still one", () => {
    expect(flags("Esil Recruitment Agency sends SMM managers to Dubai, fee USD 800 before the visa. WhatsApp +7 701 555 0000")).toContain("unlicensed_recruiter");
  });
});
