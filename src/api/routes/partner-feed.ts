import { createHash } from "node:crypto";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { Caseworker } from "../../caseworkers/types.ts";
import type { Db } from "../../db/client.ts";
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

/**
 * The indicator feed for partner instances and agencies, in four formats,
 * behind the partner API's key check. A key limited to countries hears of
 * those countries' reports only. Mounted under /api/v1.
 */
export const partnerFeedRoutes: FastifyPluginAsync<PartnerFeedDeps> = async (app, { db, settings }) => {
  const feedOf = async (request: FastifyRequest) => {
    const feed = await publishFeed(db, settings, partnerOf(request).countries);
    const { generatedAt: _at, ...content } = feed;
    return { feed, tag: JSON.stringify(content) };
  };
  const description =
    "Scammer-side phones, handles, e-mails, domains and licence numbers of this instance's reports (not rejected ones), with counts and first/last seen, " +
    "and the real companies, brands and licences adverts misused. No reporter data ever; advert texts only when the publisher turned on FEED_SHARE_ADVERT_TEXT. " +
    "A key limited to countries sees those countries' reports only. Answers 304 to If-None-Match with the current ETag.";

  app.get("/feed.json", { schema: routeSchema({ summary: "Indicator feed (offercheck JSON)", description, tags, response: { mediaType: "application/json", description: "offercheck-feed/1" }, errors: [401, 429], partner: true }) }, async (request, reply) => {
    const { feed, tag } = await feedOf(request);
    return sendCached(request, reply, "application/json; charset=utf-8", JSON.stringify(feed), `json:${tag}`);
  });
  app.get("/feed.csv", { schema: routeSchema({ summary: "Indicator feed (CSV)", description, tags, response: { mediaType: "text/csv", description: "One row per identity" }, errors: [401, 429], partner: true }) }, async (request, reply) => {
    const { feed, tag } = await feedOf(request);
    return sendCached(request, reply, "text/csv; charset=utf-8", feedCsv(feed), `csv:${tag}`);
  });
  app.get("/feed.stix.json", { schema: routeSchema({ summary: "Indicator feed (STIX 2.1 bundle)", description, tags, response: { mediaType: "application/stix+json", description: "STIX 2.1 bundle" }, errors: [401, 429], partner: true }) }, async (request, reply) => {
    const { feed, tag } = await feedOf(request);
    return sendCached(request, reply, "application/stix+json;version=2.1; charset=utf-8", JSON.stringify(feedStix(feed)), `stix:${tag}`);
  });
  app.get("/feed.misp.json", { schema: routeSchema({ summary: "Indicator feed (MISP event)", description, tags, response: { mediaType: "application/json", description: "One MISP event" }, errors: [401, 429], partner: true }) }, async (request, reply) => {
    const reader = partnerOf(request);
    // The partner reads as a caseworker of its countries would, or as an admin when the key is not limited.
    const actor: Caseworker = { id: reader.id, email: "", role: reader.countries.length ? "caseworker" : "admin", countries: [...reader.countries] };
    const statuses = REFERRAL_STATUSES.filter((s) => s !== "rejected");
    const event = await mispEvent(db, actor, { status: [...statuses] });
    const { uuid: _u, timestamp: _t, date: _d, Attribute, ...rest } = event.Event;
    const tag = JSON.stringify({ rest, values: Attribute.map(({ uuid: _id, ...a }) => a) });
    return sendCached(request, reply, "application/json; charset=utf-8", JSON.stringify(event), `misp:${tag}`);
  });
};
