import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IncomingMessage } from "../../src/conversation/types.ts";
import { caseworkerTestApp, type CaseworkerTestApp } from "../helpers/caseworker-api.ts";

const TOKEN = "metrics-token-0123456789";
const SCAM_EN = "Dubai drivers urgently required, 100% visa guarantee, advance fee 50,000 via EasyPaisa, WhatsApp only 0300-0000111";
const TRAFFICKING_RU = "Требуются девушки 18-25 лет приятной внешности, работа в Камбодже, онлайн-продажи, билет бесплатно. Пишите в телеграм @cambo_job";

let t: CaseworkerTestApp;
let update = 0;
const say = (sender: string, message: IncomingMessage) => t.services.dialogue.handle({ channel: "test", senderId: sender, updateId: String(++update), message });

async function scrape(): Promise<string> {
  const response = await t.app.inject({ method: "GET", url: "/metrics", headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.statusCode).toBe(200);
  expect(response.headers["content-type"]).toMatch(/^text\/plain/);
  return response.body;
}

/** The value of one series, or undefined when Prometheus would not show it. */
function value(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

beforeAll(async () => {
  t = await caseworkerTestApp("postgres", {}, { metricsToken: TOKEN });
});
afterAll(() => t.close());

describe("Prometheus metrics", () => {
  it("are refused without the configured bearer token", async () => {
    expect((await t.app.inject({ method: "GET", url: "/metrics" })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "GET", url: "/metrics", headers: { authorization: "Bearer wrong-token-0123456789" } })).statusCode).toBe(401);
  });

  it("count updates, verdicts by risk and language, reports, the queue, claims and requests — with no word of what users wrote", async () => {
    await say("sender-1", { kind: "text", text: SCAM_EN });
    for (const data of ["report", "consent:yes", "skip", "skip", "skip"]) await say("sender-1", { kind: "button", data });
    await say("sender-2", { kind: "text", text: TRAFFICKING_RU });
    await say("sender-2", { kind: "text", text: "hello" });

    let text = await scrape();
    expect(value(text, 'offercheck_updates_total{channel="test"}')).toBe(8);
    expect(value(text, 'offercheck_verdicts_total{risk="high",language="en"}')).toBe(1);
    expect(text).toMatch(/^offercheck_verdicts_total\{risk="\w+",language="ru"\} 1$/m);
    expect(value(text, 'offercheck_reports_total{channel="test",urgency="normal",stored="database"}')).toBe(1);
    expect(value(text, 'offercheck_queue_depth{status="new",urgency="normal"}')).toBe(1);
    expect(value(text, "offercheck_claim_latency_seconds_count")).toBe(0);
    expect(text).toContain("offercheck_process_cpu_seconds_total");

    await t.account("metrics-admin@ngo.example", "admin", []);
    const { bearer } = await t.login("metrics-admin@ngo.example");
    const claimed = await t.app.inject({ method: "POST", url: "/api/caseworker/referrals/claim-next", headers: bearer });
    expect(claimed.statusCode).toBe(200);
    const { reference } = claimed.json().referral as { reference: string };

    text = await scrape();
    expect(value(text, "offercheck_claim_latency_seconds_count")).toBe(1);
    expect(value(text, 'offercheck_queue_depth{status="claimed",urgency="normal"}')).toBe(1);
    expect(value(text, 'offercheck_queue_depth{status="new",urgency="normal"}')).toBeUndefined();
    expect(value(text, 'offercheck_http_request_duration_seconds_count{method="POST",route="/api/caseworker/referrals/claim-next",status="200"}')).toBe(1);
    // Route patterns, never raw paths: a referral id in a URL must not become a series of its own.
    await t.app.inject({ method: "GET", url: `/api/caseworker/referrals/${claimed.json().referral.id}`, headers: bearer });
    text = await scrape();
    expect(text).toContain('route="/api/caseworker/referrals/:id"');
    // Sample values are numbers that may hold any digits (CPU seconds "2.0300…"): names, labels and help texts must not.
    const withoutValues = text.replace(/ [-+0-9.eE]+(?: \d+)?$/gm, "");
    for (const secret of [reference, claimed.json().referral.id, "0300", "EasyPaisa", "sender-1", "cambo_job"]) expect(withoutValues).not.toContain(secret);
  });
});
