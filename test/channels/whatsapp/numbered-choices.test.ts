import { beforeAll, describe, expect, it } from "vitest";
import type { i18n } from "i18next";
import { ChatMemory } from "../../../src/channels/whatsapp/chat-memory.ts";
import { ChoiceMemory } from "../../../src/channels/whatsapp/choice-memory.ts";
import { chosenButton, numberChoices } from "../../../src/channels/whatsapp/numbered-choices.ts";
import { createI18n } from "../../../src/i18n/index.ts";
import { locale } from "../../helpers/fixture-ads.ts";

let i18n: i18n;
beforeAll(async () => {
  i18n = await createI18n();
});

describe("numbered choices", () => {
  it("numbers the buttons of an answer on across its messages, in each message's language", () => {
    const { texts, choices } = numberChoices(
      [
        { text: "Verdict", lang: "ur", rtl: true, buttons: [[{ data: "report", label: "A" }, { data: "why", label: "B" }]] },
        { text: "Hotlines", lang: "ur", rtl: true },
        { text: "Urgent?", lang: "ur", rtl: true, buttons: [[{ data: "urgent:yes", label: "C" }], [{ data: "report:no", label: "D" }]] },
      ],
      i18n,
    );
    const hint = locale("ur").whatsapp.replyWithNumber;
    expect(texts).toEqual([`Verdict\n\n${hint}\n1. A\n2. B`, "Hotlines", `Urgent?\n\n${hint}\n3. C\n4. D`]);
    expect(choices).toEqual(["report", "why", "urgent:yes", "report:no"]);
  });

  it("reads a reply of just a number, in Western, Arabic-Indic or Urdu digits", () => {
    const choices = ["report", "why", "howto"];
    for (const reply of ["2", " 2 ", "2.", "2)", "٢", "۲"]) expect(chosenButton(reply, choices), reply).toBe("why");
    for (const reply of ["0", "4", "12", "2 lakh", "1 2", "two", "", "-1"]) expect(chosenButton(reply, choices), reply).toBeUndefined();
  });

  it("remembers each chat's latest choices for a day", () => {
    let now = 0;
    const memory = new ChoiceMemory(() => now);
    memory.remember("a", ["report"]);
    memory.remember("b", ["why"]);
    expect(memory.recall("a")).toEqual(["report"]);
    memory.remember("a", []);
    expect(memory.recall("a")).toEqual([]);
    now = 24 * 60 * 60_000 + 1;
    expect(memory.recall("b")).toEqual([]);
  });

  it("keeps at most so many chats, dropping the one stored longest ago", () => {
    const memory = new ChatMemory<number>(60_000, 2, () => 0);
    memory.set("a", 1);
    memory.set("b", 2);
    // Storing again counts as newest.
    memory.set("a", 3);
    memory.set("c", 4);
    expect([memory.get("a"), memory.get("b"), memory.get("c")]).toEqual([3, undefined, 4]);
  });
});
