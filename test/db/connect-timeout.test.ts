import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { connectTimeoutMs } from "../../src/db/connect-timeout.ts";

describe("the connect timeout", () => {
  it("is 5 s unless the URL sets libpq's connect_timeout in seconds", () => {
    expect(connectTimeoutMs("postgres://postgres@127.0.0.1:5432/test")).toBe(5_000);
    expect(connectTimeoutMs("postgres://postgres@127.0.0.1:5432/test?connect_timeout=60")).toBe(60_000);
    expect(connectTimeoutMs("postgres://postgres@127.0.0.1:5432/test?connect_timeout=0")).toBe(5_000);
    expect(connectTimeoutMs("postgres://postgres@127.0.0.1:5432/test?connect_timeout=soon")).toBe(5_000);
  });

  describe("against a server that accepts connections and never answers", () => {
    let server: Server;
    let port = 0;
    const sockets: Socket[] = [];
    beforeAll(async () => {
      server = createServer((socket) => void sockets.push(socket));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as { port: number }).port;
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    });

    it("gives up after the URL's connect_timeout", async () => {
      const database = await openDatabase({ url: `postgres://postgres@127.0.0.1:${port}/none?connect_timeout=1` });
      const started = Date.now();
      await expect(database.migrate()).rejects.toThrow(/timeout/i);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(Date.now() - started).toBeLessThan(4_000);
      await database.close();
    });
  });
});
