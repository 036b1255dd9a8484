import type { i18n, TFunction } from "i18next";
import type { Engine } from "../engine/engine.ts";
import { MAX_AD_LENGTH } from "../engine/engine.ts";
import { cleanInput } from "../engine/normalize.ts";
import type { Language } from "../engine/types.ts";
import { countryOfLanguage } from "../engine/home-country.ts";
import { referralCountry } from "../referrals/country.ts";
import { amountOnly, placeSeen } from "../referrals/answers.ts";
import { redactFreeText, redactReporter, type ReporterIdentity } from "../referrals/redact.ts";
import { referenceFor } from "../referrals/reference.ts";
import type { ReferralService } from "../referrals/service.ts";
import { advertKey, keepsAdvert, selectAdvert } from "./advert-keys.ts";
import { conversationLanguage } from "./language.ts";
import { letterCount, NEW_AD_LETTERS } from "./letters.ts";
import { button, message } from "./outgoing.ts";
import type { Envelope, OutgoingMessage, ReportDraft, SessionState } from "./types.ts";

/** Buttons that answer the report flow's questions; any other button leaves the flow. */
const REPORT_FLOW_BUTTONS: ReadonlySet<string> = new Set(["consent:yes", "consent:no", "skip", "cancel", "paid:yes", "paid:no"]);

/** Longest answer to a report question we keep. */
export const MAX_ANSWER_LENGTH = 200;

export interface ReportFlowDeps {
  engine: Engine;
  i18n: i18n;
  referrals: ReferralService;
  /** Told of every report filed; must not throw. */
  reportFiled?(report: { channel: string; urgent: boolean; queued: boolean }): void;
  /** The sender's own details, to scrub from what is kept. */
  identityOf(env: Envelope, state: SessionState): ReporterIdentity;
  /** The home country the person said they are in, if any. */
  homeCountryOf(state: SessionState): string | null;
  /** The dialogue's check of an advert (its verdict and what follows it); `updateId` names it for the buttons. */
  checkAd(env: Envelope, sender: string, state: SessionState, text: string, updateId: string): Promise<OutgoingMessage[]>;
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
  start(turn: Turn): OutgoingMessage[];
  /** "Yes, mark it urgent": filed at once, without questions. */
  fileUrgent(turn: Turn): Promise<OutgoingMessage>;
  /** A typed text while a report is open: the answer to its question, or a new advert the person is asked about. */
  onText(turn: Turn, text: string): Promise<OutgoingMessage[]>;
  /** A button of the report flow; null when `data` is none. */
  onButton(turn: Turn, data: string): Promise<OutgoingMessage[]> | null;
  /** Another advert is being checked (a forward, a picture): the open report is paused and offered back, not lost. */
  setAside(env: Envelope, state: SessionState): OutgoingMessage[];
}

/**
 * The anonymous report: consent, where the advert was seen, whether money
 * was paid and how much, then the filing. Each answer is optional.
 *
 * A new advert pasted while a question waits is not taken as the answer:
 * it is held, and the person chooses. "Check the new advert" gives its
 * verdict and pauses the report, which is offered back to be finished, not
 * filed as it stands: the person agreed to report, not to what was left
 * unanswered, and a filed report cannot be taken back. "Continue the
 * report" asks the question again and checks the held advert once the
 * report is filed or cancelled.
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

  /** The question of `step`, with its buttons. */
  function question({ lng, t }: Turn, step: ReportDraft["step"]): OutgoingMessage {
    const skipCancel = [button(t, "skip", "skip"), button(t, "cancel", "cancel")];
    switch (step) {
      case "consent":
        return message(lng, t("bot.report.explain"), [[button(t, "consent:yes", "yes"), button(t, "consent:no", "no")]]);
      case "where":
        return message(lng, t("bot.report.askWhere"), [skipCancel]);
      case "paid":
        return message(lng, t("bot.report.askPaid"), [[button(t, "paid:yes", "paidYes"), button(t, "paid:no", "paidNo")], skipCancel]);
      case "amount":
        return message(lng, t("bot.report.askAmount"), [skipCancel]);
    }
  }

  /** Takes the answer to the open question: the next question, or the filing itself. */
  async function advance(turn: Turn, input: { text?: string; button?: string }): Promise<OutgoingMessage[]> {
    const { env, state, lng, t } = turn;
    const draft = state.report!;
    if (input.button === "cancel" || input.button === "consent:no") {
      delete state.report;
      return [message(lng, t("bot.report.cancelled")), ...(await afterReport(turn))];
    }
    const answer = input.text?.trim();
    if (answer && answer.length > MAX_ANSWER_LENGTH) return [message(lng, t("bot.report.tooLong", { max: MAX_ANSWER_LENGTH }))];
    const clean = answer ? redactFreeText(redactReporter(cleanInput(answer, MAX_ANSWER_LENGTH), deps.identityOf(env, state))) : undefined;
    switch (draft.step) {
      case "consent":
        if (input.button === "consent:yes") draft.step = "where";
        break;
      case "where":
        if (clean) draft.whereSeen = placeSeen(clean);
        draft.step = "paid";
        break;
      case "paid":
        if (input.button === "paid:yes" || input.button === "paid:no") draft.alreadyPaid = input.button === "paid:yes";
        draft.step = "amount";
        break;
      case "amount":
        return [await fileReport(turn, draft, clean), ...(await afterReport(turn))];
    }
    return [question(turn, draft.step)];
  }

  /** Once a report is filed or cancelled: the advert held during it is checked, and a paused report offered. */
  async function afterReport(turn: Turn): Promise<OutgoingMessage[]> {
    const { env, sender, state } = turn;
    const held = state.heldAd;
    delete state.heldAd;
    return [...(held ? await deps.checkAd(env, sender, state, held.text, held.updateId) : []), ...pausedOffer(turn)];
  }

  /** "Your report is kept", in the language the conversation is now in, when one is paused. */
  function pausedOffer({ env, state }: Pick<Turn, "env" | "state">): OutgoingMessage[] {
    if (!state.pausedReport) return [];
    const lng = conversationLanguage(state, env.languageHint);
    const t = deps.i18n.getFixedT(lng);
    return [message(lng, t("bot.report.paused"), [[button(t, `resume:${state.pausedReport.ad}`, "finishReport")]])];
  }

  /** The open report, set aside with the key of its advert (always the last one: checking another ends or pauses it). */
  function pause(state: SessionState): void {
    if (!state.report || !state.lastAd) return;
    state.pausedReport = { ...state.report, ad: advertKey(state.lastAd) };
    delete state.report;
  }

  /** A text mid-report that reads as an advert: held, and the person asked what it is for. */
  function hold({ env, state, lng, t }: Turn, cleaned: string): OutgoingMessage[] {
    // Kept as the advert would be (the sender's own details scrubbed) until it is checked.
    const held = { text: redactReporter(cleaned, deps.identityOf(env, state)), updateId: env.updateId };
    state.heldAd = held;
    const key = advertKey(held);
    return [message(lng, t("bot.report.newAdvert"), [[button(t, `newad:check:${key}`, "checkNew"), button(t, `newad:continue:${key}`, "continueReport")]])];
  }

  /** "Check the new advert": its verdict now; the report is paused and offered back. */
  async function checkHeld(turn: Turn, key: string): Promise<OutgoingMessage[]> {
    const { env, sender, state, lng, t } = turn;
    const held = state.heldAd;
    // Pressed again after the check: the verdict is already there.
    if (!held || advertKey(held) !== key) return keepsAdvert(state, key) ? [] : [message(lng, t("bot.noAdYet"))];
    delete state.heldAd;
    pause(state);
    return [...(await deps.checkAd(env, sender, state, held.text, held.updateId)), ...pausedOffer(turn)];
  }

  /** "Continue the report": its question again; the held advert waits for its end. */
  async function continueWith(turn: Turn, key: string): Promise<OutgoingMessage[]> {
    const { env, sender, state, lng, t } = turn;
    const held = state.heldAd;
    if (!held || advertKey(held) !== key) {
      // Not the advert held now (checked already, or another pasted since): "continue" is the report, paused or open.
      if (state.pausedReport) return resume(turn, state.pausedReport.ad);
      return [state.report ? question(turn, state.report.step) : message(lng, t("bot.noAdYet"))];
    }
    if (!state.report) {
      // The report ended meanwhile (another button): nothing to wait for.
      delete state.heldAd;
      return deps.checkAd(env, sender, state, held.text, held.updateId);
    }
    return [message(lng, t("bot.report.checkAfter")), question(turn, state.report.step)];
  }

  /** "Finish my report": the paused report is open again, at its question; a report open now is paused in its place. */
  function resume(turn: Turn, key: string): OutgoingMessage[] {
    const { state, lng, t } = turn;
    const paused = state.pausedReport;
    if (!paused || paused.ad !== key || !keepsAdvert(state, key)) {
      if (paused?.ad === key) delete state.pausedReport;
      return [message(lng, t("bot.report.notOpen"))];
    }
    delete state.pausedReport;
    pause(state);
    selectAdvert(state, key);
    const { ad: _ad, ...draft } = paused;
    state.report = draft;
    return [question(turn, draft.step)];
  }

  /** A long pasted text that reads as a job ad, sent in the middle of a report: the person moved on to another advert. */
  const isNewAdvert = (cleaned: string, state: SessionState) =>
    letterCount(cleaned) >= NEW_AD_LETTERS && engine.check(cleaned, state.language ? { language: state.language } : {}).isJobAd;

  return {
    start(turn) {
      turn.state.report = { step: "consent", urgent: false };
      return [question(turn, "consent")];
    },
    fileUrgent: (turn) => fileReport(turn, { step: "amount", urgent: true }),
    async onText(turn, text) {
      const cleaned = cleanInput(text, MAX_AD_LENGTH);
      return isNewAdvert(cleaned, turn.state) ? hold(turn, cleaned) : advance(turn, { text });
    },
    setAside(env, state) {
      if (!state.report) return [];
      pause(state);
      delete state.report;
      return pausedOffer({ env, state });
    },
    onButton(turn, data) {
      const [kind, choice, key = ""] = data.split(":");
      if (kind === "newad") return choice === "check" ? checkHeld(turn, key) : continueWith(turn, key);
      if (kind === "resume") return Promise.resolve(resume(turn, choice ?? ""));
      if (turn.state.report && REPORT_FLOW_BUTTONS.has(data)) return advance(turn, { button: data });
      return null;
    },
  };
}
