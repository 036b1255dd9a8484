import { describe, expect, it } from "vitest";
import { graphMessages, type GraphMessage } from "../../../src/channels/whatsapp-cloud/replies.ts";
import type { Button, OutgoingMessage } from "../../../src/conversation/types.ts";
import { LANGUAGES } from "../../../src/engine/types.ts";
import { locale } from "../../helpers/fixture-ads.ts";

const TO = "923001234567";
const msg = (text: string, buttons?: Button[][]): OutgoingMessage => ({ text, lang: "en", ...(buttons ? { buttons } : {}) });
const b = (data: string, label: string): Button => ({ data, label });
const bodyOf = (m: GraphMessage) => (m.type === "text" ? m.text.body : m.interactive.body.text);
const chars = (s: string) => [...s].length;
/** Lines of advice, as a long verdict has them. */
const LABELS = { listButton: "Choose", moreChoices: "Other choices:" };
const lines = (n: number, width = 90) => Array.from({ length: n }, (_, i) => `• ${i}: ${"x".repeat(width)}`).join("\n");

describe("Cloud API replies", () => {
  it("sends text without buttons as plain text, cut at 4096 characters on line breaks, never previewing links", () => {
    const text = lines(100);
    const out = graphMessages(TO, msg(text), LABELS);
    expect(out.length).toBeGreaterThan(2);
    for (const m of out) {
      expect(m).toMatchObject({ messaging_product: "whatsapp", recipient_type: "individual", to: TO, type: "text", text: { preview_url: false } });
      expect(bodyOf(m).length).toBeLessThanOrEqual(4096);
    }
    expect(out.map(bodyOf).join("\n")).toBe(text);
  });

  it("uses reply buttons for up to three short labels", () => {
    const [m] = graphMessages(TO, msg("Report it?", [[b("consent:yes", "Yes"), b("consent:no", "No")], [b("cancel", "Cancel")]]), LABELS);
    expect(m).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: TO,
      type: "interactive",
      interactive: {
        type: "button",
        body: { text: "Report it?" },
        action: { buttons: ["consent:yes", "consent:no", "cancel"].map((id, i) => ({ type: "reply", reply: { id, title: ["Yes", "No", "Cancel"][i] } })) },
      },
    });
  });

  it("uses a list for more buttons or a label over 20 characters, long labels cut to 24 and shown whole below", () => {
    const long = "Report this advert anonymously to caseworkers";
    for (const buttons of [[[b("report", long), b("why", "Why?")]], [[b("a", "A"), b("b", "B")], [b("c", "C"), b("d", "D")]]]) {
      const [m] = graphMessages(TO, msg("Verdict", buttons), { ...LABELS, listButton: "Choose from the options here" });
      if (m!.type !== "interactive" || m!.interactive.type !== "list") throw new Error("expected a list");
      expect(m!.interactive.action.button).toBe("Choose from the opt…");
      const rows = m!.interactive.action.sections[0]!.rows;
      expect(rows.map((r) => r.id)).toEqual(buttons.flat().map((x) => x.data));
      for (const row of rows) expect(chars(row.title)).toBeLessThanOrEqual(24);
    }
    const [m] = graphMessages(TO, msg("Verdict", [[b("report", long)]]), LABELS);
    const row = m!.type === "interactive" && m!.interactive.type === "list" ? m!.interactive.action.sections[0]!.rows[0] : undefined;
    expect(row).toEqual({ id: "report", title: "Report this advert anon…", description: long });
  });

  it("keeps the main action a reply button under the text and puts the other choices in a list after it", () => {
    const buttons = [[{ ...b("report", "Report anonymously"), main: true as const }, b("why", "Why?")], [b("howto", "How to check"), b("help", "I need help now")], [b("wrong", "Wrong?")]];
    const out = graphMessages(TO, msg("Verdict", buttons), LABELS);
    expect(out.map((m) => (m.type === "interactive" ? m.interactive.type : m.type))).toEqual(["button", "list"]);
    const [main, rest] = out;
    expect(main).toMatchObject({ interactive: { body: { text: "Verdict" }, action: { buttons: [{ type: "reply", reply: { id: "report", title: "Report anonymously" } }] } } });
    if (rest!.type !== "interactive" || rest!.interactive.type !== "list") throw new Error("expected a list");
    expect(rest!.interactive.body.text).toBe("Other choices:");
    expect(rest!.interactive.action.sections[0]!.rows.map((r) => r.id)).toEqual(["why", "howto", "help", "wrong"]);
    // Without a main action (a picker), every choice is in one list under the text.
    const picker = graphMessages(TO, msg("Where are you?", [[b("pk", "Pakistan"), b("kz", "Kazakhstan")], [b("kg", "Kyrgyzstan"), b("tj", "Tajikistan")]]), LABELS);
    expect(picker.map((m) => (m.type === "interactive" ? m.interactive.type : m.type))).toEqual(["list"]);
  });

  it("sends a text too long for an interactive body first as text, its end with the buttons", () => {
    const text = lines(30);
    const out = graphMessages(TO, msg(text, [[b("report", "Report"), b("why", "Why?")]]), LABELS);
    const last = out.at(-1)!;
    expect(last.type).toBe("interactive");
    expect(bodyOf(last).length).toBeLessThanOrEqual(1024);
    expect(out.slice(0, -1).every((m) => m.type === "text")).toBe(true);
    expect(out.map(bodyOf).join("\n")).toBe(text);
  });

  it.each(LANGUAGES)("offers the %s choices about a new advert mid-report, and the paused report, as whole reply buttons", (lng) => {
    const t = locale(lng).bot;
    for (const buttons of [[b("newad:check:0123456789", t.button.checkNew), b("newad:continue:0123456789", t.button.continueReport)], [b("resume:0123456789", t.button.finishReport)]]) {
      const [m, ...rest] = graphMessages(TO, { text: t.report.newAdvert, lang: lng, buttons: [buttons] }, locale(lng).whatsapp);
      expect(rest).toEqual([]);
      if (m!.type !== "interactive" || m!.interactive.type !== "button") throw new Error("expected reply buttons");
      expect(m!.interactive.action.buttons.map((x) => x.reply)).toEqual(buttons.map((x) => ({ id: x.data, title: x.label })));
    }
  });

  it.each(LANGUAGES)("fits every %s button label and list button in WhatsApp's limits", (lng) => {
    const t = locale(lng);
    const labels: string[] = [...Object.values(t.bot.button as Record<string, string>), ...Object.values(t.language.names as Record<string, string>)];
    for (let i = 0; i < labels.length; i += 10) {
      const buttons = labels.slice(i, i + 10).map((l, j) => b(`b${i + j}`, l));
      const [m] = graphMessages(TO, { text: "…", lang: lng, buttons: [buttons, [b("x", "x"), b("y", "y")]] }, t.whatsapp);
      if (m!.type !== "interactive" || m!.interactive.type !== "list") throw new Error("expected a list");
      // The list button is not cut: its translation fits.
      expect(m!.interactive.action.button).toBe(t.whatsapp.listButton);
      const rows = m!.interactive.action.sections[0]!.rows;
      expect(rows.map((r) => r.id)).toEqual(buttons.map((x) => x.data).concat(["x", "y"]).slice(0, 10));
      for (const row of rows) expect(chars(row.title)).toBeLessThanOrEqual(24);
    }
  });
});
