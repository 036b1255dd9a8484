import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../../src/data/load-engine-data.ts";
import { LANGUAGES, type Language } from "../../src/engine/types.ts";
import { loadResources } from "../../src/i18n/index.ts";

/**
 * One word for "report" per language, in the report flow and in the news of a
 * report alike (issue 15). A reader who pressed «Сообщить» and is then told
 * «Ваша жалоба принята» and later «Новости по вашему сообщению» cannot tell
 * that these are one and the same thing.
 *
 * Per language: `chosen`, the word family every text about reporting uses
 * (in its grammatical forms), and `rejected`, the competing families for the
 * same act that those texts must not use. The stems are data, so a reviewer
 * can argue with the choice without reading the test.
 */
const REPORT_WORD: Record<Language, { chosen: RegExp; rejected: RegExp[]; why: string }> = {
  en: { chosen: /\breport/i, rejected: [/complain/i], why: "report: the button and the command (/report) say so" },
  ur: {
    chosen: /شکای(?:ت|ات)/,
    rejected: [/رپورٹ/, /درخواست/],
    why: "شکایت درج کرانا: what the FIA, the BEOE and the OPF complaint cell call it; رپورٹ is an English loan",
  },
  "ur-Latn": { chosen: /shikay/i, rejected: [/\breport/i, /complain/i, /darkhwast/i], why: "shikayat, as in Urdu script" },
  ru: {
    chosen: /жал(?:об|у|ова)/i,
    // «сообщение» is also the chat message («Сообщение слишком длинное»); «заявление» a formal police filing.
    rejected: [/сообщ/i, /заявл/i, /обращени/i, /донос/i],
    why: "жалоба / пожаловаться: Telegram's and WhatsApp's own «Пожаловаться», and unambiguous",
  },
  "uz-Latn": {
    chosen: /shikoyat/i,
    // "xabar" is also a message and news; "murojaat" is how the texts say "contact a helpline".
    rejected: [/xabar/i, /murojaat/i, /ariza/i],
    why: "shikoyat / shikoyat qilish: plain, and the word of the report button in messengers",
  },
  "uz-Cyrl": { chosen: /шикоят/i, rejected: [/хабар/i, /мурожаат/i, /ариза/i], why: "шикоят, as in Latin script" },
  tg: {
    chosen: /шикоят/i,
    // «Хабар» stays as "news" (the news of a report); «хабар додан» as "to report" is out.
    rejected: [/хабар\s+(?:до|ди|ме)/i, /паём/i, /ариза/i],
    why: "шикоят / шикоят кардан: unambiguous, where «хабар» is news and «паём» a message",
  },
  ky: {
    chosen: /арыз/i,
    rejected: [/кабар/i, /билдир/i, /даттан/i],
    why: "арыз / арыз берүү: what people file with the police and the migration service; «билдирүү» is also a message",
  },
  kk: {
    chosen: /шағым/i,
    // "хабарландыру" (an advert) is another word; "хабарласу" (to contact) said "report" in the privacy text, and is out too.
    rejected: [/хабар(?!ланды)/i, /арыз/i],
    why: "шағым / шағым түсіру: «хабарлау» sits next to «хабарландыру» (advert), «хабарлама» (message) and «хабарласу» (contact)",
  },
};

/** The texts about reporting an advert; plural forms are included. For the help, only its /report line. */
const REPORT_KEYS = [
  "verdict.reportedBefore",
  "verdict.similarReported",
  "verdict.similarReportedOnly",
  "signal.reported_before",
  "advice.keepEvidence",
  "advice.reportIt",
  "bot.help",
  "bot.privacy",
  "bot.urgentOffer",
  "bot.button.report",
  "bot.report.explain",
  "bot.report.done",
  "bot.report.doneUrgent",
  "bot.report.newAdvert",
  "notice.taken_up",
  "notice.referred",
  "notice.resolved",
  "notice.rejected",
];
const ONLY_LINES: Record<string, RegExp> = { "bot.help": /\/report\b/ };

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");
/** Commands are not words: "/report" stays "/report" in every language. */
const words = (text: string) => text.replace(/\/[a-z]+\b/g, "");

const resources = loadResources();
const strings = (lng: Language) => leaves((resources[lng] as { translation: Tree }).translation);

function reportTexts(lng: Language): [string, string][] {
  return strings(lng)
    .filter(([key]) => REPORT_KEYS.includes(base(key)))
    .map(([key, text]) => {
      const only = ONLY_LINES[base(key)];
      return [key, only ? text.split("\n").filter((line) => only.test(line)).join("\n") : text];
    });
}

describe("one word for 'report' per language", () => {
  it("covers every English text that speaks of reporting", () => {
    const speaking = strings("en").filter(([, text]) => /\breport/i.test(words(text)));
    for (const [key] of speaking) expect(REPORT_KEYS, key).toContain(base(key));
  });

  it.each(LANGUAGES)("%s uses its chosen word in every text about reporting, and no competing one", (lng) => {
    const { chosen, rejected } = REPORT_WORD[lng];
    const texts = reportTexts(lng);
    expect(texts.length).toBeGreaterThanOrEqual(REPORT_KEYS.length);
    // Every offending text at once: the list is the audit.
    const problems: string[] = [];
    for (const [key, text] of texts) {
      if (!chosen.test(words(text))) problems.push(`${key}: no ${chosen}`);
      for (const stem of rejected) if (stem.test(words(text))) problems.push(`${key}: ${stem} in «${words(text).match(stem)![0]}»`);
    }
    expect(problems).toEqual([]);
  });

  it("names helplines with the same word: a local name says 'report' or 'complaint' as the texts do", () => {
    const { names } = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, "hotline-names.json"), "utf8")) as { names: Record<string, Record<string, string>> };
    const problems: string[] = [];
    for (const [row, local] of Object.entries(names)) {
      for (const [lng, name] of Object.entries(local)) {
        const { chosen, rejected } = REPORT_WORD[lng as Language];
        if (/report|complain/i.test(row) && !chosen.test(name)) problems.push(`${row} in ${lng}: no ${chosen}`);
        for (const stem of rejected) if (stem.test(name)) problems.push(`${row} in ${lng}: ${stem}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
