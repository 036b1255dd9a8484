import type { i18n } from "i18next";
import { watchedChatKey, type TelegramWatchConfig } from "../config.ts";
import { deviceLanguage, replyLanguage } from "../conversation/language.ts";
import type { Db } from "../db/client.ts";
import { MAX_AD_LENGTH, type Engine } from "../engine/engine.ts";
import { cleanInput } from "../engine/normalize.ts";
import type { SightingFilter } from "../engine/sightings.ts";
import type { Risk, Verdict } from "../engine/types.ts";
import { renderShortVerdict } from "../i18n/render-verdict.ts";
import type { AdvertMemory, SimilarAdverts } from "../memory/types.ts";
import { referralCountry } from "../referrals/country.ts";
import type { Journal } from "../referrals/journal.ts";
import { referenceFor } from "../referrals/reference.ts";
import { countPost, fileRiskyPost, MONITOR_CHANNEL, setReply } from "./repository.ts";
import type { WatchedChat, WatchedPost, Watcher, WatchReply } from "./types.ts";

export interface WatcherDeps {
  db: Db;
  engine: Engine;
  i18n: i18n;
  memory: AdvertMemory;
  filter: SightingFilter;
  config: TelegramWatchConfig;
  /** Where risky posts wait while the database is away (WATCH_JOURNAL). */
  journal: Journal<JournaledPost>;
  /** How often the journal is replayed. */
  replayEveryMs?: number;
  log: { warn: (obj: object, msg: string) => void };
}

/** A risky post on its way to the database; its date is a string once read back. */
export interface JournaledPost {
  idempotencyKey: string;
  post: Omit<WatchedPost, "postedAt"> & { postedAt: Date | string };
}

const RANK: Record<Risk, number> = { low: 0, medium: 1, high: 2 };

/** The public address of a post; a chat without a @username has none anyone could open. */
export function postLink(chat: WatchedChat, messageId: number): string | null {
  return chat.username ? `https://t.me/${chat.username}/${messageId}` : null;
}

/** The key a post is remembered by: its edits are the same sighting. */
const postKey = (post: WatchedPost) => `monitor\u0000${post.chat.id}\u0000${post.messageId}`;

/** The key a risky post is filed (and journaled) under: one referral or sighting per post. */
const filingKey = (post: WatchedPost) => `${MONITOR_CHANNEL}:${post.chat.id}:${post.messageId}`;

/**
 * The watcher of public channels and groups: every post is checked, counted
 * for its chat and remembered; one at or above the configured risk becomes
 * a referral, or a sighting of the referral a near-duplicate became. Silent,
 * except under risky posts of a group that asked for replies.
 */
export function createWatcher(deps: WatcherDeps): Watcher {
  const { db, engine, i18n, config } = deps;
  const configuredCountry = (chat: WatchedChat) =>
    config.countries.get(watchedChatKey(chat.id)) ?? (chat.username ? config.countries.get(watchedChatKey(`@${chat.username}`)) : undefined) ?? null;

  /** Counted in the memory; the memory is a help, so a failure only loses the "seen N times" line. */
  async function remember(text: string, post: WatchedPost, country: string | null): Promise<SimilarAdverts | undefined> {
    try {
      return await deps.memory.remember({ text, source: MONITOR_CHANNEL, country, key: postKey(post) });
    } catch (error) {
      deps.log.warn({ err: error }, "watched post not remembered");
      return undefined;
    }
  }

  function reply(text: string, verdict: Verdict, similar: SimilarAdverts | undefined): WatchReply {
    const language = replyLanguage(undefined, verdict.language, undefined);
    const t = i18n.getFixedT(language);
    const shown = similar ? engine.check(text, { similar }) : verdict;
    return { language, text: `${t("watch.replyIntro")}\n${renderShortVerdict(t, shown, language)}` };
  }

  /** A risky post's filing: its chat's row, the memory, the referral or sighting. Idempotent on the post. */
  async function file(post: WatchedPost, text: string, verdict: Verdict): Promise<WatchReply | null> {
    const configured = configuredCountry(post.chat);
    const day = post.postedAt.toISOString().slice(0, 10);
    const source = await countPost(db, post, day, configured, false);
    const country = configured ?? referralCountry(verdict);
    const similar = await remember(text, post, country);
    const idempotencyKey = filingKey(post);
    const filed = await fileRiskyPost(
      db,
      {
        sourceId: source.sourceId,
        post,
        link: postLink(post.chat, post.messageId),
        day,
        report: {
          idempotencyKey,
          reference: referenceFor(idempotencyKey),
          channel: MONITOR_CHANNEL,
          language: replyLanguage(undefined, verdict.language, undefined),
          adText: text,
          verdict,
          // Nobody reported it: there is no reporter, and the post's author is never kept.
          reporterHash: null,
          reporterAnswers: {},
          urgent: false,
          country,
        },
      },
      deps.filter,
    );
    // Replies only in groups (a channel's posts are its admins' own), once per post.
    if (!source.reply || !filed.fresh || post.chat.kind === "channel") return null;
    return reply(text, verdict, similar);
  }

  /** A post below the risk to file: counted for its chat and remembered; lost counts are only statistics. */
  async function count(post: WatchedPost, text: string, verdict: Verdict): Promise<void> {
    const configured = configuredCountry(post.chat);
    try {
      await countPost(db, post, post.postedAt.toISOString().slice(0, 10), configured, true);
    } catch (error) {
      deps.log.warn({ err: error }, "watched post not counted");
    }
    if (verdict.isJobAd) await remember(text, post, configured ?? referralCountry(verdict));
  }

  const replay = () =>
    deps.journal.replay(async (entry) => {
      const post = { ...entry.post, postedAt: new Date(entry.post.postedAt) };
      const text = cleanInput(post.text, MAX_AD_LENGTH);
      await file(post, text, engine.check(text));
    });
  const timer = setInterval(() => {
    replay().catch((error: unknown) => deps.log.warn({ err: error }, "watch journal replay failed"));
  }, deps.replayEveryMs ?? 10_000);
  timer.unref();

  return {
    async check(post) {
      const text = cleanInput(post.text, MAX_AD_LENGTH);
      if (!text.trim()) return null;
      const verdict = engine.check(text);
      if (!verdict.isJobAd || RANK[verdict.risk] < RANK[config.minRisk]) {
        await count(post, text, verdict);
        return null;
      }
      // Journaled first, as a report is: a database away or a process killed mid-filing still files it once.
      const entry = { idempotencyKey: filingKey(post), post };
      await deps.journal.append(entry);
      let answer: WatchReply | null;
      try {
        answer = await file(post, text, verdict);
      } catch (error) {
        deps.log.warn({ err: error }, "database unavailable; watched post journaled");
        return null;
      }
      await deps.journal.settle(entry.idempotencyKey).catch((error: unknown) => deps.log.warn({ err: error }, "watch journal not settled; the next replay does it"));
      return answer;
    },

    replay: async () => (await replay()).filed,
    stop: () => clearInterval(timer),

    async command(chat, args, sender) {
      const language = deviceLanguage(sender.languageHint) ?? "en";
      const t = i18n.getFixedT(language);
      const choice = /^reply\s+(on|off)$/i.exec(args.trim())?.[1]?.toLowerCase();
      if (!choice || chat.kind === "channel") return { language, text: t("watch.usage") };
      if (!sender.admin) return { language, text: t("watch.adminOnly") };
      await setReply(db, chat, choice === "on");
      return { language, text: t(choice === "on" ? "watch.replyOn" : "watch.replyOff") };
    },
  };
}
