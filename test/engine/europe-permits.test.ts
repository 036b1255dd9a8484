import { describe, expect, it } from "vitest";
import { checker } from "../helpers/engine.ts";

/** Europe through permits and invitations (round 94): Balkan crossings told calmly, a chaperoned 'chat manager', a state warning. */
const { check, flags } = checker();

describe("a Balkan crossing told calmly", () => {
  it.each([
    ["kk, a village road with no checks at the border", "Хорватияға құрылысқа жұмысшылар керек. Сербияға визасыз ұшасыз, Белградтан жүргізуші Босния арқылы жеткізеді — шекарада тексеріс жоқ ауыл жолымен. 2 500 €, 700 € алдын ала. balkan.job.0000@gmail.com"],
    ["ky, taken across the border, 'second attempt free'", "Германияга жол бар. Белграддан биздин кишилер Венгрия границасынан алып өтөт. Кармалып калсаңыз экинчи попытка бекер. Баасы 6 000€, 2 000€ азыр картага. Telegram @de_jol_0001"],
    ["en, an onward trip without any paperwork", "Serbia work permit, PKR 9 lakh. For those who want Italy after 3 months, our partner arranges the onward trip by private car without any paperwork. PKR 3 lakh at file opening. 042-3555 0000"],
  ])("%s", (_, text) => {
    expect(check(text).crime).toBe("smuggling");
  });

  it("ru: chat managers who go out only with a chaperone", () => {
    expect(check("Менеджеры чата в Белград, 2 000 $ в месяц, опыт не нужен. Перелёт и апартаменты бесплатно, выход в город только с сопровождающим. Анкета: forms.gle/example0000").crime).toBe("trafficking");
  });
});

describe("a state warning that names the scams to think twice about", () => {
  it("ur-Latn: 'sau baar sochein' before sending 'file charges' by JazzCash", () => {
    const text = "KHABARDAR! Europe work visa ke naam par fraud\nBureau of Emigration ki taraf se awaam ke liye:\n• Sirf BEOE ke licensed OEP se rabta karein.\n• JazzCash ya kisi ke zaati account me \"file charges\" bhejne se pehle sau baar sochein. \"Dunki\" wale log aap ki jaan khatre me daalte hain.";
    expect(check(text).risk).toBe("low");
    expect(flags(text)).not.toContain("smuggling_route");
  });
});
