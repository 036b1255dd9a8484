import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphApi } from "../../../src/channels/whatsapp-cloud/graph.ts";
import { GraphMock } from "../../helpers/graph-mock.ts";
import { CLOUD } from "../../helpers/whatsapp-cloud.ts";

let graph: GraphMock;
beforeAll(async () => {
  graph = new GraphMock(CLOUD.accessToken);
  await graph.start();
});
afterAll(() => graph.stop());

const api = () => graphApi({ ...CLOUD, graphApiRoot: graph.url }, { retryDelayMs: 10 });
const hello = { messaging_product: "whatsapp", to: "923001234567", type: "text", text: { body: "hello", preview_url: false } } as never;

describe("Graph API sends", () => {
  it("retry Meta's rate limits and hiccups, and deliver the message once", async () => {
    const before = graph.sent.length;
    graph.failNext(429, 503);
    await api().send(hello);
    expect(graph.sent.length - before).toBe(1);
    expect(graph.refused).toBe(2);
  });

  it("give up after three tries, and never retry a refused message", async () => {
    graph.refused = 0;
    graph.failNext(500, 502, 503);
    await expect(api().send(hello)).rejects.toThrow(/send failed: 503/);
    expect(graph.refused).toBe(3);
    graph.refused = 0;
    graph.failNext(400);
    await expect(api().send(hello)).rejects.toThrow(/send failed: 400/);
    expect(graph.refused).toBe(1);
  });
});
