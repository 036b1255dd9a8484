import { createHash } from "node:crypto";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { Caseworker } from "../../caseworkers/types.ts";
import type { Db } from "../../db/client.ts";
import type { FeedDocument } from "../../feeds/document.ts";
import { feedCsv, feedStix } from "../../feeds/formats.ts";
import { publishFeed, type FeedSettings } from "../../feeds/publish.ts";
import { mispEvent } from "../../referrals/export-misp.ts";
import { REFERRAL_STATUSES } from "../../referrals/status.ts";
import { partnerOf } from "../auth/api-key.ts";
import { routeSchema } from "../docs.ts";

export interface PartnerFeedDeps {
  db: Db;
  settings: FeedSettings;
}

/**
 * The content's own hash, without the time it was made: a partner asking
 * "changed since?" gets 304 until a report changes what the feed says.
 */
function sendCached(request: FastifyRequest, reply: FastifyReply, type: string, body: string, tag: string) {
  const etag = `"${createHash("sha256").update(tag).digest("base64url").slice(0, 32)}"`;
  reply.header("etag", etag).header("cache-control", "private, no-cache");
  if (request.headers["if-none-match"] === etag) return reply.code(304).send();
  return reply.header("content-type", type).send(body);
}

const tags = ["partners"];

/** One format of the feed: its address, how the docs name it, and its body with the tag its ETag hashes. */
interface FeedFormat {
  path: string;
  summary: string;
  mediaType: string;
  contentType: string;
  answer: string;
  body(db: Db, settings: FeedSettings, request: FastifyRequest): Promise<{ body: string; tag: string }>;
}

/**
 * A format written from the offercheck feed; its ETag hashes the feed without
 * the time it was made, prefixed by the format's name.
 */
function fromFeed(format: string, render: (feed: FeedDocument) => string): FeedFormat["body"] {
  return async (db, settings, request) => {
    const feed = await publishFeed(db, settings, partnerOf(request).countries);
    const { generatedAt: _at, ...content } = feed;
    return { body: render(feed), tag: `${format}:${JSON.stringify(content)}` };
  };
}

const FORMATS: FeedFormat[] = [
  {
    path: "/feed.json",
    summary: "Indicator feed (offercheck JSON)",
    mediaType: "application/json",
    contentType: "application/json; charset=utf-8",
    answer: "offercheck-feed/1",
    body: fromFeed("json", (feed) => JSON.stringify(feed)),
  },
  {
    path: "/feed.csv",
    summary: "Indicator feed (CSV)",
    mediaType: "text/csv",
    contentType: "text/csv; charset=utf-8",
    answer: "One row per identity",
    body: fromFeed("csv", feedCsv),
  },
  {
    path: "/feed.stix.json",
    summary: "Indicator feed (STIX 2.1 bundle)",
    mediaType: "application/stix+json",
    contentType: "application/stix+json;version=2.1; charset=utf-8",
    answer: "STIX 2.1 bundle",
    body: fromFeed("stix", (feed) => JSON.stringify(feedStix(feed))),
  },
  {
    path: "/feed.misp.json",
    summary: "Indicator feed (MISP event)",
    mediaType: "application/json",
    contentType: "application/json; charset=utf-8",
    answer: "One MISP event",
    body: async (db, _settings, request) => {
      const reader = partnerOf(request);
      // The partner reads as a caseworker of its countries would, or as an admin when the key is not limited.
      const actor: Caseworker = { id: reader.id, email: "", role: reader.countries.length ? "caseworker" : "admin", countries: [...reader.countries] };
      const statuses = REFERRAL_STATUSES.filter((s) => s !== "rejected");
      const event = await mispEvent(db, actor, { status: [...statuses] });
      const { uuid: _u, timestamp: _t, date: _d, Attribute, ...rest } = event.Event;
      return { body: JSON.stringify(event), tag: `misp:${JSON.stringify({ rest, values: Attribute.map(({ uuid: _id, ...a }) => a) })}` };
    },
  },
];

const description =
  "Scammer-side phones, handles, e-mails, domains and licence numbers of this instance's reports (not rejected ones), with counts and first/last seen, " +
  "and the real companies, brands and licences adverts misused. No reporter data ever; advert texts only when the publisher turned on FEED_SHARE_ADVERT_TEXT. " +
  "A key limited to countries sees those countries' reports only. Answers 304 to If-None-Match with the current ETag.";

/**
 * The indicator feed for partner instances and agencies, in four formats,
 * behind the partner API's key check. A key limited to countries hears of
 * those countries' reports only. Mounted under /api/v1.
 */
export const partnerFeedRoutes: FastifyPluginAsync<PartnerFeedDeps> = async (app, { db, settings }) => {
  for (const format of FORMATS) {
    const schema = routeSchema({ summary: format.summary, description, tags, response: { mediaType: format.mediaType, description: format.answer }, errors: [401, 429], partner: true });
    app.get(format.path, { schema }, async (request, reply) => {
      const { body, tag } = await format.body(db, settings, request);
      return sendCached(request, reply, format.contentType, body, tag);
    });
  }
};
