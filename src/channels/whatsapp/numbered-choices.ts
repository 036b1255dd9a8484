import type { i18n } from "i18next";
import type { OutgoingMessage } from "../../conversation/types.ts";

export interface NumberedReplies {
  /** The messages as plain text, each followed by its choices. */
  texts: string[];
  /** The button data behind each number: `choices[0]` is "1". */
  choices: string[];
}

/**
 * Buttons for a chat that has none: each message's buttons become numbered
 * lines under it ("1. Report anonymously"), numbered on across the answer,
 * so two menus in one answer never share a number.
 */
export function numberChoices(messages: readonly OutgoingMessage[], i18n: i18n): NumberedReplies {
  const choices: string[] = [];
  const texts = messages.map((m) => {
    const buttons = m.buttons?.flat() ?? [];
    if (buttons.length === 0) return m.text;
    const t = i18n.getFixedT(m.lang);
    const lines = buttons.map((b) => {
      choices.push(b.data);
      return t("whatsapp.choice", { number: choices.length, label: b.label });
    });
    return [m.text, "", t("whatsapp.replyWithNumber"), ...lines].join("\n");
  });
  return { texts, choices };
}

/** Arabic-Indic (٠-٩) and Persian/Urdu (۰-۹) digits, as Urdu keyboards type them, read as 0-9. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90));
}

/** The button a reply of just a number ("2", " 2. ", "۲") stands for, or undefined. */
export function chosenButton(text: string, choices: readonly string[]): string | undefined {
  const m = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(asciiDigits(text));
  return m ? choices[Number(m[1]) - 1] : undefined;
}
