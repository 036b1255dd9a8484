import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createLogger, logDestination } from "../../src/logging/logger.ts";

function sink() {
  let text = "";
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString("utf8");
      done();
    },
  });
  return { stream, text: () => text };
}

const LEAKY = new Error('Failed query: insert into referrals values ($1)\nparams: "Zarina Qodirova",+923001234567');

describe("log format", () => {
  it("is JSON lines when stdout is not a terminal, as before: pino's own destination", () => {
    expect(logDestination("auto", false)).toBeUndefined();
    expect(logDestination("json", true)).toBeUndefined();
    expect(loadConfig({}).logFormat).toBe("auto");
    expect(() => loadConfig({ LOG_FORMAT: "xml" })).toThrow(/LOG_FORMAT/);
  });

  it("is readable lines on a terminal (or when asked for), with errors as safely cut as in JSON", async () => {
    const out = sink();
    const log = createLogger("info", logDestination("pretty", false, out.stream));
    log.info({ database: "pglite" }, "database ready");
    log.error({ err: LEAKY }, "report failed");
    await new Promise((r) => setImmediate(r));
    const text = out.text();
    expect(text).toMatch(/INFO.*database ready/);
    expect(text).toContain('{"database":"pglite"}');
    expect(text).toMatch(/ERROR.*report failed/);
    expect(text).toMatch(/Failed query \(parameters not logged\)/);
    expect(text).not.toMatch(/Zarina|923001234567/);
    expect(() => JSON.parse(text.split("\n")[0]!)).toThrow();
  });
});
