import type { TFunction } from "i18next";
import type { Engine } from "../engine/engine.ts";
import { MAX_AD_LENGTH } from "../engine/engine.ts";
import { cleanInput } from "../engine/normalize.ts";
import type { Language } from "../engine/types.ts";
import { countryOfLanguage, referralCountry } from "../referrals/country.ts";
import { amountOnly, placeSeen } from "../referrals/answers.ts";
import { redactFreeText, redactReporter, type ReporterIdentity } from "../referrals/redact.ts";
import { referenceFor } from "../referrals/reference.ts";
import type { ReferralService } from "../referrals/service.ts";
import { letterCount, NEW_AD_LETTERS } from "./letters.ts";
import { button, message } from "./outgoing.ts";
import type { Envelope, OutgoingMessage, ReportDraft, SessionState } from "./types.ts";

/** Buttons that answer the report flow's questions; any other button leaves the flow. */
const REPORT_FLOW_BUTTONS: ReadonlySet<string> = new Set(["consent:yes", "consent:no", "skip", "cancel", "paid:yes", "paid:no"]);

/** Longest answer to a report question we keep. */
export const MAX_ANSWER_LENGTH = 200;

export interface ReportFlowDeps {
  engine: Engine;
  referrals: ReferralService;
  /** Told of every report filed; must not throw. */
  reportFiled?(report: { channel: string; urgent: boolean; queued: boolean }): void;
  /** The sender's own details, to scrub from what is kept. */
  identityOf(env: Envelope, state: SessionState): ReporterIdentity;
  /** The home country the person said they are in, if any. */
  homeCountryOf(state: SessionState): string | null;
  /** The dialogue's check of an advert (its verdict and what follows it). */
  checkAd(env: Envelope, state: SessionState, text: string): OutgoingMessage[];
}

/** One update's context, as the report flow needs it. */
export interface Turn {
  env: Envelope;
  sender: string;
  state: SessionState;
  lng: Language;
  t: TFunction;
}

export interface ReportFlow {
  /** "Report" under a verdict: the first question, about the last advert. */
  start(turn: Turn): Promise<OutgoingMessage[]>;
  /** "Yes, mark it urgent": filed at once, without questions. */
  fileUrgent(turn: Turn): Promise<OutgoingMessage>;
  /** A typed text while a report is open: the answer to its question, or a new advert the person is asked about. */
  onText(turn: Turn, text: string): Promise<OutgoingMessage[]>;
  /** A button of the report flow; null when `data` is none. */
  onButton(turn: Turn, data: string): Promise<OutgoingMessage[]> | null;
}

/**
 * The anonymous report: consent, where the advert was seen, whether money
 * was paid and how much, then the filing. Each answer is optional.
 */
export function createReportFlow(deps: ReportFlowDeps): ReportFlow {
  const { engine, referrals } = deps;

  async function fileReport({ env, sender, state, lng, t }: Turn, draft: ReportDraft, amount?: string) {
    const ad = state.lastAd!;
    // Scrubbed before the check, so the stored verdict's quotes and entities carry no trace of the reporter either.
    const adText = redactReporter(ad.text, deps.identityOf(env, state));
    const verdict = engine.check(adText);
    const idempotencyKey = `${env.channel}:${ad.updateId}:${draft.urgent ? "urgent" : "report"}:${sender}`;
    const { reference, queued } = await referrals.file({
      idempotencyKey,
      // Derived from the key: filed twice, the report keeps one reference, whichever way each filing went.
      reference: referenceFor(idempotencyKey),
      channel: env.channel,
      language: lng,
      adText,
      verdict,
      reporterHash: sender,
      reporterAnswers: {
        ...(draft.whereSeen ? { whereSeen: draft.whereSeen } : {}),
        ...(draft.alreadyPaid !== undefined ? { alreadyPaid: draft.alreadyPaid } : {}),
        ...(amount && amountOnly(amount) ? { amount: amountOnly(amount) } : {}),
      },
      urgent: draft.urgent,
      // The person's own answer first: a Russian-language report from Kazakhstan goes to Kazakh caseworkers.
      country: deps.homeCountryOf(state) ?? referralCountry(verdict) ?? countryOfLanguage(lng),
    });
    deps.reportFiled?.({ channel: env.channel, urgent: draft.urgent, queued });
    delete state.report;
    return message(lng, t(draft.urgent ? "bot.report.doneUrgent" : "bot.report.done", { reference }));
  }

  /** The next question of the report flow, or the filing itself. */
  async function advance(turn: Turn, input: { text?: string; button?: string }) {
    const { env, state, lng, t } = turn;
    const draft = state.report!;
    if (input.button === "cancel" || input.button === "consent:no") {
      delete state.report;
      return [message(lng, t("bot.report.cancelled"))];
    }
    const answer = input.text?.trim();
    if (answer && answer.length > MAX_ANSWER_LENGTH) return [message(lng, t("bot.report.tooLong", { max: MAX_ANSWER_LENGTH }))];
    const clean = answer ? redactFreeText(redactReporter(cleanInput(answer, MAX_ANSWER_LENGTH), deps.identityOf(env, state))) : undefined;
    const skipCancel = [[button(t, "skip", "skip"), button(t, "cancel", "cancel")]];
    switch (draft.step) {
      case "consent":
        if (input.button !== "consent:yes") return [message(lng, t("bot.report.explain"), [[button(t, "consent:yes", "yes"), button(t, "consent:no", "no")]])];
        draft.step = "where";
        return [message(lng, t("bot.report.askWhere"), skipCancel)];
      case "where":
        if (clean) draft.whereSeen = placeSeen(clean);
        draft.step = "paid";
        return [message(lng, t("bot.report.askPaid"), [[button(t, "paid:yes", "paidYes"), button(t, "paid:no", "paidNo")], skipCancel[0]!])];
      case "paid":
        if (input.button === "paid:yes") draft.alreadyPaid = true;
        if (input.button === "paid:no") draft.alreadyPaid = false;
        draft.step = "amount";
        return [message(lng, t("bot.report.askAmount"), skipCancel)];
      case "amount":
        return [await fileReport(turn, draft, clean)];
    }
  }

  /** A text sent mid-report that read as an advert: checked (the report is left), or taken as the answer it was. */
  async function onPendingText(turn: Turn, check: boolean) {
    const { env, state, lng, t } = turn;
    const text = state.pendingText;
    delete state.pendingText;
    if (!text) return [message(lng, t("bot.noAdYet"))];
    if (check || !state.report) return deps.checkAd(env, state, text);
    return advance(turn, { text: text.slice(0, MAX_ANSWER_LENGTH) });
  }

  /** A long pasted text that reads as a job ad, sent in the middle of a report: the person moved on to another advert. */
  const isNewAdvert = (cleaned: string) => letterCount(cleaned) >= NEW_AD_LETTERS && engine.check(cleaned).isJobAd;

  return {
    start(turn) {
      turn.state.report = { step: "consent", urgent: false };
      return advance(turn, {});
    },
    fileUrgent: (turn) => fileReport(turn, { step: "amount", urgent: true }),
    async onText(turn, text) {
      const { env, state, lng, t } = turn;
      const cleaned = cleanInput(text, MAX_AD_LENGTH);
      if (!isNewAdvert(cleaned)) return advance(turn, { text });
      // Kept as the advert would be (the sender's own details scrubbed) until they say what it is.
      state.pendingText = redactReporter(cleaned, deps.identityOf(env, state));
      return [message(lng, t("bot.report.newAdvert"), [[button(t, "newad:check", "checkNew"), button(t, "newad:answer", "myAnswer")]])];
    },
    onButton(turn, data) {
      if (data.startsWith("newad:")) return onPendingText(turn, data === "newad:check");
      if (turn.state.report && REPORT_FLOW_BUTTONS.has(data)) return advance(turn, { button: data });
      return null;
    },
  };
}
