import { describe, expect, it } from "vitest";
import { REDACTED, redactReporter } from "../../src/referrals/redact.ts";
import { placeSeen, amountOnly } from "../../src/referrals/answers.ts";

describe("redactReporter, the person's own traces", () => {
  it("takes out their name glued to other letters and written in Urdu or Cyrillic script", () => {
    const text = "Contact ZarinaQ or زرینہ or Зарина, not Zubair; agent Imran 0300-1234567";
    const out = redactReporter(text, { names: ["Zarina"] });
    expect(out).not.toMatch(/Zarina|زرینہ|Зарина/);
    expect(out).toContain("Zubair");
    expect(out).toContain("Imran 0300-1234567");
  });

  it("takes out their channel id typed into a message", () => {
    expect(redactReporter("my telegram id 5123456789, agent id 777", { ids: ["5123456789"] })).toBe(`my telegram id ${REDACTED}, agent id 777`);
  });

  it("takes out a number they shared as their own earlier, known only by its keyed hash", () => {
    const hash = (e164: string) => `h(${e164})`;
    const out = redactReporter("Call me on 0300 765 4321. Agent: 0333-1112223", { phoneHashes: { hashes: [hash("+923007654321")], hash } });
    expect(out).toBe(`Call me on ${REDACTED}. Agent: 0333-1112223`);
  });
});

describe("what is kept of typed report answers", () => {
  it("keeps the kind of place, never the words", () => {
    expect(placeSeen("my cousin Zarina sent it on WhatsApp")).toBe("whatsapp");
    expect(placeSeen("в группе Работа Бишкек в телеграме")).toBe("telegram");
    expect(placeSeen("Jang akhbar mein")).toBe("newspaper");
    expect(placeSeen("Zarina Qodirova, village Kurgan")).toBe("other");
  });

  it("keeps the amount and its currency, not the sentence", () => {
    expect(amountOnly("I paid 50,000 rupees to Imran bhai")).toBe("50,000 rupees");
    expect(amountOnly("300$ Kaspi-ге, Зарина")).toBe("300 $");
    expect(amountOnly("nothing yet")).toBeUndefined();
  });
});
