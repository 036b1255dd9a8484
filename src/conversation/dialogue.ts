import type { i18n, TFunction } from "i18next";
import type { Hotline } from "../data/hotlines.ts";
import { MAX_AD_LENGTH, type Engine } from "../engine/engine.ts";
import { cleanInput } from "../engine/normalize.ts";
import { LANGUAGES, type Language, type Verdict } from "../engine/types.ts";
import { renderDetails, renderShortVerdict } from "../i18n/render-verdict.ts";
import { parseVerdictButton, rememberAdvert, selectAdvert, verdictButtons } from "./advert-keys.ts";
import { isSmallTalk, isUnreadable, letterCount } from "./letters.ts";
import { countryOfLanguage } from "../engine/home-country.ts";
import { HOME_COUNTRIES, referralCountry } from "../referrals/country.ts";
import { hotlineLines, isPlace, knownPlace, placeOfNumber, placePicker } from "./help.ts";
import { redactReporter } from "../referrals/redact.ts";
import { reporterHash } from "../referrals/reporter-hash.ts";
import type { ReferralService } from "../referrals/service.ts";
import { conversationLanguage, languagePicker, replyLanguage } from "./language.ts";
import { button, message } from "./outgoing.ts";
import { createReportFlow } from "./report-flow.ts";
import { rateDecision, WindowCounter, type RateLimit } from "./rate-limit.ts";
import type { ConversationStore } from "./conversation-store.ts";
import type { ForwardChecks } from "./forward-answer.ts";
import { checkedAdverts } from "./checked-adverts.ts";
import type { AdvertMemory } from "../memory/types.ts";
import type { Deliver } from "./forward-runner.ts";
import { createForwards } from "./forwards.ts";
import { perChatQueue } from "./per-chat.ts";
import { identityOf as reporterIdentity } from "./identity.ts";
import type { Button, Envelope, ImageReader, OutgoingMessage, SessionState } from "./types.ts";

export interface DialogueDeps {
  engine: Engine;
  i18n: i18n;
  store: ConversationStore;
  /** Messages per sender per window before "please slow down". */
  rateLimit: RateLimit;
  referrals: ReferralService;
  hotlines: readonly Hotline[];
  /** Stores "this verdict is wrong"; failures are the caller's to log. */
  saveFeedback: (feedback: { channel: string; language: string; adText: string; verdict: Verdict; reporterHash: string }) => Promise<unknown>;
  /** Told what happens (sightings, metrics); none of them may throw. */
  events?: DialogueEvents;
  /** Near-duplicates of the adverts checked: counted, and told in the verdict. */
  memory?: AdvertMemory;
  /** OCR for pictures of adverts; without it a picture is answered with "send the text". */
  readImage?: ImageReader;
  /** How long after the last piece of a forward more are awaited before it is answered (channels that can write later). */
  forwardWindowMs: number;
  /** Key of the reporter HMAC. */
  hmacSecret: string;
  log: { warn: (obj: object, msg: string) => void };
}

export interface DialogueEvents {
  /** Every update that reaches the dialogue, redeliveries and floods included. */
  messageIn?(channel: string): void;
  /** The verdict of every job ad checked. */
  adChecked?(verdict: Verdict): void;
  /** `queued`: the database was out of reach and the report waits in the journal. */
  reportFiled?(report: { channel: string; urgent: boolean; queued: boolean }): void;
  /** A message answered with the apology instead of what was asked. */
  failed?(): void;
}

export interface Dialogue {
  /** The answers to an update; none yet for a piece of a forward, whose answer goes through deliverVia. */
  handle(envelope: Envelope): Promise<OutgoingMessage[]>;
  /**
   * How the adapter `via` writes the answer of a forward once it is complete;
   * forwards of an adapter not connected here wait for an instance where it is.
   * Returns the undo.
   */
  deliverVia(via: string, deliver: Deliver): () => void;
  /** Stops the timers; forwards being gathered stay in the store, answered after a restart. */
  stop(): void;
}

/**
 * The helpline dialogue, the same on every channel: check an ad, explain it,
 * report it anonymously, point to help. Channels translate their updates
 * into an Envelope and send back the OutgoingMessages.
 */
export function createDialogue(deps: DialogueDeps): Dialogue {
  const { engine, i18n, store } = deps;
  const adverts = checkedAdverts(deps.memory, deps.log);
  const localHits = new WindowCounter(deps.rateLimit.windowMs);
  // A sender's messages and the forwards answered after them, one at a time on this instance: each finds the
  // session the one before left.
  const inSenderOrder = perChatQueue();

  /**
   * The helplines of where the person is; and, when there is an ad to pass on,
   * the offer of an urgent referral. Where they are unknown, they are asked
   * first (once: the answer stays in the session) and the help follows the answer.
   */
  function helpNow(env: Envelope, state: SessionState, lng: Language, t: TFunction, hasAd: boolean): OutgoingMessage[] {
    const place = knownPlace(state, lng);
    if (!place) {
      state.pendingHelp = { urgentOffer: hasAd };
      return [message(lng, t("bot.askCountry"), placePicker(t, false))];
    }
    const hotlines = message(lng, [t("bot.helpNowIntro"), ...hotlineLines(t, lng, deps.hotlines, place)].join("\n"));
    if (!hasAd) return [hotlines];
    return [hotlines, message(lng, t("bot.urgentOffer"), [[button(t, "urgent:yes", "urgent"), button(t, "report:no", "no")]])];
  }

  /** A country button: "abroad" opens the second question; a place is kept, and owed help follows. */
  function onPlace(env: Envelope, state: SessionState, lng: Language, t: TFunction, place: string): OutgoingMessage[] {
    if (place === "abroad") return [message(lng, t("bot.askAbroad"), placePicker(t, true))];
    if (!isPlace(place)) return [message(lng, t("bot.askCountry"), placePicker(t, false))];
    state.country = place;
    const pending = state.pendingHelp;
    delete state.pendingHelp;
    return pending ? helpNow(env, state, lng, t, pending.urgentOffer && Boolean(state.lastAd)) : [message(lng, t("bot.countrySet", { country: t(`country.${place}`) }))];
  }

  /** `updateId`: the update that brought the advert, which names it in the buttons under its verdict. */
  async function checkAd(env: Envelope, sender: string, state: SessionState, raw: string, updateId = env.updateId): Promise<OutgoingMessage[]> {
    // What the engine reads is what is kept: no NUL or lone surrogate, which Postgres refuses in text and jsonb,
    // and the verdict's evidence offsets match the stored ad. The sender's own name or number never reaches
    // the session or a report.
    const text = redactReporter(cleanInput(raw, MAX_AD_LENGTH), identityOf(env, state));
    const similar = await adverts.before(text);
    const verdict = engine.check(text, { ...checkOptions(state), ...(similar ? { similar } : {}) });
    const lng = replyLanguage(state.language, verdict.language, env.languageHint, state.lastLanguage);
    const t = i18n.getFixedT(lng);
    const letters = letterCount(text);
    if (!verdict.isJobAd) {
      state.lastLanguage = lng;
      // "Thanks" or "ok?" leaves the advert in place for the buttons under its verdict; a longer text that is no
      // ad replaces it, so "Report" is not about an advert the person has moved on from. A report under way (or set
      // aside) is about that advert still: a forwarded text that is no advert does not end it.
      if (isSmallTalk(text, letters)) return [message(lng, t("bot.smallTalk"))];
      if (!state.report && !state.pausedReport) delete state.lastAd;
      const told = verdict.toldOffer;
      const help = told?.crime === "trafficking" || told?.crime === "smuggling" ? helpNow(env, state, lng, t, false) : [];
      return [message(lng, renderShortVerdict(t, verdict, lng)), ...help];
    }
    deps.events?.adChecked?.(verdict);
    await adverts.seen(text, { sender, channel: env.channel, country: countryOf(state, verdict, lng) });
    // Set aside while its advert is still the last one: the pause names it.
    const aside = reports.setAside(env, state);
    rememberAdvert(state, { text, updateId });
    state.lastLanguage = lng;
    const out = [message(lng, renderShortVerdict(t, verdict, lng), verdictButtons(t, state.lastAd!))];
    if (verdict.crime === "trafficking" || verdict.crime === "smuggling") out.push(...helpNow(env, state, lng, t, true));
    return [...out, ...aside];
  }

  const checksFor = (env: Envelope, sender: string, state: SessionState, lng: Language, t: TFunction): ForwardChecks => ({
    check: (text) => checkAd(env, sender, state, text),
    isJobAd: (text) => engine.check(text, state.language ? { language: state.language } : {}).isJobAd,
    say: (key, options) => message(lng, t(key, options)),
    line: (l, key) => i18n.getFixedT(l)(key),
    maxImageBytes: deps.readImage?.maxBytes ?? 0,
  });

  async function onButton(env: Envelope, sender: string, state: SessionState, lng: Language, t: TFunction, data: string): Promise<OutgoingMessage[]> {
    if (data.startsWith("lang:")) {
      const chosen = data.slice(5);
      if (!(LANGUAGES as readonly string[]).includes(chosen)) return [message(lng, t("bot.chooseLanguage"), languagePicker(t))];
      state.language = chosen as Language;
      const t2 = i18n.getFixedT(chosen);
      return [message(state.language, t2("bot.languageSet"))];
    }
    if (data.startsWith("country:")) return onPlace(env, state, lng, t, data.slice("country:".length));
    const flow = reports.onButton({ env, sender, state, lng, t }, data);
    if (flow) return flow;
    // A verdict's button acts on its own advert; one no longer kept is not swapped for another.
    const verdictButton = parseVerdictButton(data);
    if (verdictButton?.key && !selectAdvert(state, verdictButton.key)) return [message(lng, t("bot.noAdYet"))];
    if (verdictButton) data = verdictButton.action;
    // Any other button (on an older message) leaves the report unfinished and does what it says.
    delete state.report;
    const lastVerdict = state.lastAd ? engine.check(state.lastAd.text, checkOptions(state)) : null;
    switch (data) {
      case "report":
        if (!state.lastAd) return [message(lng, t("bot.noAdYet"))];
        return reports.start({ env, sender, state, lng, t });
      case "why":
        if (!lastVerdict) return [message(lng, t("bot.noAdYet"))];
        return [message(lng, `${t("bot.why")}\n${renderDetails(t, lastVerdict)}`, verdictButtons(t, state.lastAd!))];
      case "howto": {
        const country = personHomeOf(state) ?? (lastVerdict ? referralCountry(lastVerdict) : null) ?? countryOfLanguage(lng);
        // Russian speakers here are in Central Asia; with no other clue, point them there.
        const pakistan = country ? country === "PK" : lng !== "ru";
        return [message(lng, t(pakistan ? "bot.howToCheckPk" : "bot.howToCheckCa"))];
      }
      case "help":
        return helpNow(env, state, lng, t, Boolean(state.lastAd));
      case "urgent:yes":
        if (!state.lastAd) return [message(lng, t("bot.noAdYet"))];
        return [await reports.fileUrgent({ env, sender, state, lng, t })];
      case "report:no":
        return [message(lng, t("bot.report.cancelled"))];
      case "wrong":
        if (!state.lastAd) return [message(lng, t("bot.noAdYet"))];
        try {
          const adText = redactReporter(state.lastAd.text, identityOf(env, state));
          await deps.saveFeedback({ channel: env.channel, language: lng, adText, verdict: engine.check(adText), reporterHash: sender });
        } catch (error) {
          deps.log.warn({ err: error }, "feedback not stored");
        }
        return [message(lng, t("bot.feedbackThanks"))];
      default:
        return [message(lng, t("bot.help"))];
    }
  }

  async function onCommand(env: Envelope, sender: string, state: SessionState, lng: Language, t: TFunction, command: string) {
    switch (command) {
      case "start":
        return [message(lng, t("bot.welcome")), message(lng, t("bot.chooseLanguage"), languagePicker(t))];
      case "language":
        return [message(lng, t("bot.chooseLanguage"), languagePicker(t))];
      case "privacy":
        return [message(lng, t("bot.privacy"))];
      case "report":
        return onButton(env, sender, state, lng, t, "report");
      default:
        return [message(lng, t("bot.help"))];
    }
  }

  /** The error boundary: whatever failed, the user gets a clear answer, never silence. */
  async function answered(lng: Language, t: TFunction, work: () => Promise<OutgoingMessage[]>): Promise<OutgoingMessage[]> {
    try {
      return await work();
    } catch (error) {
      deps.log.warn({ err: error }, "dialogue failed");
      deps.events?.failed?.();
      return [message(lng, t("bot.error"))];
    }
  }

  async function respond(env: Envelope, sender: string, state: SessionState, lng: Language, t: TFunction): Promise<OutgoingMessage[]> {
    const piece = forwards.pieceOf(env, state);
    if (piece) return forwards.gather(env, sender, state, lng, t, piece);
    const earlier = await forwards.flush(env, sender, state, lng, t);
    // In the language the forward's answer left the conversation in, as if it had come first.
    const next = earlier.length ? conversationLanguage(state, env.languageHint) : lng;
    return [...earlier, ...(await respondNow(env, sender, state, next, i18n.getFixedT(next)))];
  }

  /** Anything but a piece of a forward: a command, a button, an answer to a report question, a text that cannot be checked. */
  async function respondNow(env: Envelope, sender: string, state: SessionState, lng: Language, t: TFunction): Promise<OutgoingMessage[]> {
    const m = env.message;
    if (m.kind === "command") return onCommand(env, sender, state, lng, t, m.command);
    if (m.kind === "button") return onButton(env, sender, state, lng, t, m.data);
    // A picture is always a piece.
    if (m.kind !== "text") return [message(lng, t("bot.unsupported"))];
    if (state.report && !m.forwarded) return reports.onText({ env, sender, state, lng, t }, m.text);
    if (m.text.trim() === "") return [message(lng, t("error.empty"))];
    if (m.text.length > MAX_AD_LENGTH) return [message(lng, t("error.tooLong", { max: MAX_AD_LENGTH }))];
    if (isUnreadable(m.text)) return [message(lng, t("error.unreadable"))];
    // An advert after all: the report it was to answer was ended by the forward answered just before.
    return checkAd(env, sender, state, m.text);
  }

  const asHome = (place: string | undefined) => (place && HOME_COUNTRIES.includes(place) ? place : null);

  /** The home country the person said they are in; a place abroad says nothing of whose caseworkers should act. */
  const homeCountryOf = (state: SessionState) => asHome(state.country);

  /** The home country the person said they are from, else their WhatsApp number's: the advice and "how to check" are that country's. */
  const personHomeOf = (state: SessionState) => homeCountryOf(state) ?? asHome(state.numberCountry);

  const checkOptions = (state: SessionState) => {
    const home = personHomeOf(state);
    return { ...(state.language ? { language: state.language } : {}), ...(home ? { home } : {}) };
  };

  /** Where an advert was met, for its report and its count: a Russian-language report from Kazakhstan goes to Kazakh caseworkers. */
  const countryOf = (state: SessionState, verdict: Verdict, lng: Language) => homeCountryOf(state) ?? referralCountry(verdict) ?? countryOfLanguage(lng);

  const identityOf = (env: Envelope, state: SessionState) => reporterIdentity(env, state, deps.hmacSecret);

  const reports = createReportFlow({
    engine,
    i18n,
    referrals: deps.referrals,
    reportFiled: (report) => deps.events?.reportFiled?.(report),
    identityOf,
    homeCountryOf,
    checkAd,
  });

  const forwards = createForwards({
    ...deps,
    checks: checksFor,
    scrub: (env, state, text) => redactReporter(cleanInput(text, MAX_AD_LENGTH), identityOf(env, state)),
    inSenderOrder,
    answered,
  });

  /** One update, after the sender's previous ones and the forwards answered since. */
  async function handleInOrder(env: Envelope, sender: string, local: number): Promise<OutgoingMessage[]> {
    const begun = await store.begin(sender, `${env.channel}:${env.updateId}`);
    if (begun === null) return [];
    const limit = rateDecision(Math.max(local, begun.hits), deps.rateLimit.limit);
    if (limit === "silent") return [];
    const { state } = begun;
    const before = JSON.stringify(state);
    // A contact the person shares is theirs: remembered (hashed) to scrub from the adverts they send next.
    identityOf(env, state);
    // Kept, so that help given after this update (a forward answered later) still knows it.
    const byNumber = placeOfNumber(env);
    if (byNumber) state.numberCountry = byNumber;
    const lng = conversationLanguage(state, env.languageHint);
    const t = i18n.getFixedT(lng);
    // Taken with this message, so they go out whatever else it is answered with.
    const news = begun.notices.map((n) => message(lng, t(`notice.${n.event}`, { reference: n.reference })));
    if (limit === "limited") return [...news, message(lng, t("bot.rateLimited"))];
    const out = await answered(lng, t, () => respond(env, sender, state, lng, t));
    // Most messages change the session; a redundant write per message is what an unchanged one saves.
    if (JSON.stringify(state) !== before) await store.save(sender, state);
    return [...news, ...out];
  }

  return {
    async handle(env) {
      deps.events?.messageIn?.(env.channel);
      const sender = reporterHash(deps.hmacSecret, env.channel, env.senderId);
      // This instance's own count can only be lower than the shared one: when it already says
      // "silent", the flood is dropped without a database round trip.
      const local = localHits.hit(sender);
      if (rateDecision(local, deps.rateLimit.limit) === "silent") return [];
      return inSenderOrder(sender, () => handleInOrder(env, sender, local));
    },
    deliverVia: (via, deliver) => forwards.deliverVia(via, deliver),
    stop: () => forwards.stop(),
  };
}
