import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImageTooLargeError } from "../../src/conversation/image-too-large.ts";
import type { Envelope, ImageSource, OutgoingMessage } from "../../src/conversation/types.ts";
import { referrals } from "../../src/db/schema/index.ts";
import { pictureWithoutText, renderAdImage } from "../helpers/ad-image.ts";
import { testServices, type TestServices } from "../helpers/app.ts";
import { fixtureAd } from "../helpers/fixture-ads.ts";

/**
 * Pictures through the real dialogue: real OCR (tesseract), real engine,
 * real referral queue on Postgres. Three set-ups: OCR as configured by
 * default, a tight one (one slot, one waiting, 200 KB), and none.
 */

const locale = (lng: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "locales", lng, "translation.json"), "utf8"));
const [en, ru, ur, kk] = ["en", "ru", "ur", "kk"].map(locale);

let services: TestServices;
let tight: TestServices;
let noOcr: TestServices;
let update = 0;

beforeAll(async () => {
  [services, tight, noOcr] = await Promise.all([
    testServices("postgres"),
    testServices("postgres", { OCR_CONCURRENCY: "1", OCR_QUEUE: "1", OCR_MAX_BYTES: String(200 * 1024) }),
    testServices("postgres", { OCR: "off" }),
  ]);
});
afterAll(async () => {
  await Promise.all([services?.close(), tight?.close(), noOcr?.close()]);
});

function picture(bytes: Uint8Array, id = `pic-${update}`): ImageSource {
  return {
    id,
    async load(maxBytes) {
      if (bytes.byteLength > maxBytes) throw new ImageTooLargeError(bytes.byteLength, maxBytes);
      return bytes;
    },
  };
}

/** A picture whose download hangs until the test opens it: it holds its OCR slot that long. */
function heldPicture(bytes: Uint8Array) {
  let open!: () => void;
  let started!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const loading = new Promise<void>((resolve) => (started = resolve));
  const image: ImageSource = {
    id: `held-${update}`,
    async load() {
      started();
      await opened;
      return bytes;
    },
  };
  return { image, open, loading };
}

function send(to: TestServices, sender: string, message: Envelope["message"], extra: Partial<Envelope> = {}): Promise<OutgoingMessage[]> {
  return to.dialogue.handle({ channel: "test", senderId: sender, updateId: String(++update), message, ...extra });
}
const image = (sender: string, source: ImageSource, extra: Partial<Envelope> = {}, caption?: string, to = services) =>
  send(to, sender, { kind: "image", image: source, ...(caption ? { caption } : {}) }, extra);

/** The locale's quote marks around a piece of evidence, as a pattern. */
function evidencePattern(t: { verdict: { evidence: string } }): RegExp {
  const [open, close] = t.verdict.evidence.split("{{text}}").map((s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`${open}[^\\n]+${close}`);
}

describe("an advert sent as a picture", () => {
  it("is checked like pasted text; the answer says it was read from the picture and quotes the evidence", async () => {
    const ad = fixtureAd("ru-scam-01");
    const [reply, ...rest] = await image("p1", picture(await renderAdImage(ad.text, { format: "jpeg" })), { languageHint: "ru" });
    const lines = reply!.text.split("\n");
    expect(lines[0]).toBe(ru.image.readFromPicture);
    expect(lines[2]!.startsWith(ru.risk.high)).toBe(true);
    expect(reply!.text).toMatch(evidencePattern(ru));
    expect(reply!.lang).toBe("ru");
    expect(reply!.buttons!.flat().map((b) => b.data.split(":")[0])).toEqual(["report", "why", "howto", "help", "wrong"]);
    expect(rest).toEqual([]);
    // The strongest reason comes first; every reason read off the picture is behind Why?.
    const [why] = await send(services, "p1", { kind: "button", data: "why" });
    for (const flag of ["guaranteed_visa", "upfront_fee"]) expect(why!.text).toContain(ru.signal[flag]);
  });

  it("files the text read from the picture (and its caption) as the reported advert", async () => {
    const ad = fixtureAd("en-scam-01");
    const [verdict] = await image("p2", picture(await renderAdImage(ad.text)), { languageHint: "en" }, "seen on fb");
    expect(verdict!.text.startsWith(en.image.readFromPicture)).toBe(true);
    for (const data of ["report", "consent:yes", "skip", "skip", "skip"]) await send(services, "p2", { kind: "button", data });
    const why = await send(services, "p2", { kind: "button", data: "why" });
    expect(why[0]!.text).toContain(en.signal.payment_channel);

    const rows = await services.database.db.select().from(referrals).where(eq(referrals.channel, "test"));
    const row = rows.find((r) => r.adText.startsWith("seen on fb\n"));
    expect(row, "no report of the picture").toBeDefined();
    expect(row!.adText).toContain("EasyPaisa");
    expect(row!.adText).toMatch(/100% VISA GUARANTEE/i);
    expect(row!.flags).toEqual(expect.arrayContaining(["guaranteed_visa", "upfront_fee", "payment_channel"]));
  });

  it("warns that warning signs may be missed when the picture read poorly (Nastaliq calligraphy)", async () => {
    const ad = fixtureAd("ur-scam-01");
    const [reply] = await image("p3", picture(await renderAdImage(ad.text, { font: "Noto Nastaliq Urdu 14", rtl: true })), { languageHint: "ur" });
    expect(reply!.text.split("\n")[0]).toBe(ur.image.readPartly);
    expect(reply!.rtl).toBe(true);
  });

  it("asks for the text, never says 'not a job ad', when a partial reading lost the advert's words (a Nastaliq clipping)", async () => {
    const ad = fixtureAd("ur-scam-02");
    const replies = await image("p4", picture(await renderAdImage(ad.text, { font: "Noto Nastaliq Urdu 14", rtl: true })), { languageHint: "ur" });
    expect(replies).toEqual([expect.objectContaining({ text: ur.image.readPartlyNoAd, lang: "ur" })]);
  });
});

describe("a picture that cannot be checked gets a clear, localized answer", () => {
  it("nothing readable: paste the text or send a sharper photo", async () => {
    expect(await image("q1", picture(await pictureWithoutText()), { languageHint: "kk" })).toEqual([{ text: kk.image.unreadable, lang: "kk" }]);
  });

  it("too large: the limit in the answer", async () => {
    const photo = await renderAdImage(fixtureAd("en-scam-02").text, { noise: 60, format: "png" });
    expect(photo.byteLength).toBeGreaterThan(200 * 1024);
    const [reply] = await image("q2", picture(photo), { languageHint: "ru" }, undefined, tight);
    expect(reply!.text).toBe(ru.image.tooLarge.replace("{{max}}", "0.2"));
  });

  it("the download failed: try again or paste the text", async () => {
    const broken: ImageSource = { id: "gone", load: () => Promise.reject(new Error("404 from the channel")) };
    expect(await image("q3", broken, { languageHint: "ur" })).toEqual([{ text: ur.image.failed, lang: "ur", rtl: true }]);
  });

  it("no OCR configured: send the text instead, or the caption is checked when it is an advert", async () => {
    const ad = fixtureAd("en-scam-01");
    const bytes = await renderAdImage(ad.text);
    expect(await image("q4", picture(bytes), {}, undefined, noOcr)).toEqual([{ text: en.bot.imageNotSupported, lang: "en" }]);
    const [verdict] = await image("q4", picture(bytes), {}, "Dubai drivers needed, visa 100% guaranteed, advance fee 500$", noOcr);
    expect(verdict!.text.startsWith(en.risk.high)).toBe(true);
    expect(verdict!.text).not.toContain(en.image.readFromPicture);
  });
});

describe("a burst of pictures", () => {
  it("turns away the pictures beyond the slots and the queue as busy, while text checks are still answered", async () => {
    const ad = fixtureAd("en-scam-01");
    const bytes = await renderAdImage(ad.text);
    const first = heldPicture(bytes);
    const settled = new Set<string>();
    const holding = image("b1", first.image, {}, undefined, tight);
    void holding.then(() => settled.add("b1"));
    await first.loading;

    // One slot (taken) and one place in the queue: of two more pictures, one waits and one is turned away.
    const overflow = ["b2", "b3"].map((sender) => {
      const reply = image(sender, picture(bytes), {}, undefined, tight);
      void reply.then(() => settled.add(sender));
      return { sender, reply };
    });
    const busy = await Promise.race(overflow.map(async ({ sender, reply }) => ({ sender, replies: await reply })));
    expect(busy.replies).toEqual([{ text: en.image.busy, lang: "en" }]);

    // The slot is still held, and a pasted advert is checked all the same.
    const [verdict] = await send(tight, "b4", { kind: "text", text: ad.text });
    expect(verdict!.text.startsWith(en.risk.high)).toBe(true);
    const queued = overflow.find((o) => o.sender !== busy.sender)!;
    expect(settled.has(queued.sender)).toBe(false);
    expect(settled.has("b1")).toBe(false);

    first.open();
    for (const replies of [await holding, await queued.reply]) {
      expect(replies[0]!.text.startsWith(en.image.readFromPicture)).toBe(true);
      expect(replies[0]!.text).toContain(en.risk.high);
    }
  });
});
