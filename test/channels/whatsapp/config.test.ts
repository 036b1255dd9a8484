import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";

const CLOUD = {
  WHATSAPP_CLOUD_ACCESS_TOKEN: "EAAG-test-access-token-0123456789",
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: "106540352242922",
  WHATSAPP_CLOUD_APP_SECRET: "app-secret-0123456789abcdef",
  WHATSAPP_CLOUD_VERIFY_TOKEN: "verify-token-0123456789",
};

describe("WhatsApp configuration", () => {
  it("is off by default, and the simulator on", () => {
    const config = loadConfig({});
    expect(config.whatsappWeb).toBeUndefined();
    expect(config.whatsappCloud).toBeUndefined();
    expect(config.simulator).toBe(true);
  });

  it("reads WhatsApp Web's session folder, Chromium and its flags; the simulator goes off", () => {
    const config = loadConfig({ WHATSAPP_WEB: "on", WHATSAPP_SESSION_DIR: "state/wa", WHATSAPP_CHROMIUM_ARGS: " --no-sandbox  --disable-gpu " });
    expect(config.whatsappWeb).toEqual({ sessionDir: resolve("state/wa"), chromiumPath: "/usr/bin/chromium", chromiumArgs: ["--no-sandbox", "--disable-gpu"] });
    expect(config.simulator).toBe(false);
    expect(loadConfig({ WHATSAPP_WEB: "on", CHROMIUM_PATH: "/opt/chrome/chrome" }).whatsappWeb?.chromiumPath).toBe("/opt/chrome/chrome");
    expect(loadConfig({ WHATSAPP_WEB: "on", SIMULATOR: "on" }).simulator).toBe(true);
  });

  it("takes the Cloud API with all four settings, with Meta's Graph API by default", () => {
    const config = loadConfig(CLOUD);
    expect(config.whatsappCloud).toEqual({
      accessToken: CLOUD.WHATSAPP_CLOUD_ACCESS_TOKEN,
      phoneNumberId: CLOUD.WHATSAPP_CLOUD_PHONE_NUMBER_ID,
      appSecret: CLOUD.WHATSAPP_CLOUD_APP_SECRET,
      verifyToken: CLOUD.WHATSAPP_CLOUD_VERIFY_TOKEN,
      graphApiRoot: "https://graph.facebook.com",
      graphApiVersion: "v23.0",
    });
    expect(config.simulator).toBe(false);
    expect(loadConfig({ ...CLOUD, WHATSAPP_GRAPH_API_ROOT: "http://127.0.0.1:9999/", WHATSAPP_GRAPH_API_VERSION: "v22.0" }).whatsappCloud).toMatchObject({
      graphApiRoot: "http://127.0.0.1:9999",
      graphApiVersion: "v22.0",
    });
  });

  it("refuses some of the Cloud API settings without the others, and settings that look wrong", () => {
    const { WHATSAPP_CLOUD_APP_SECRET: _secret, WHATSAPP_CLOUD_VERIFY_TOKEN: _token, ...partial } = CLOUD;
    expect(() => loadConfig(partial)).toThrow(/missing WHATSAPP_CLOUD_APP_SECRET, WHATSAPP_CLOUD_VERIFY_TOKEN/);
    expect(() => loadConfig({ ...CLOUD, WHATSAPP_CLOUD_PHONE_NUMBER_ID: "+92 300 1234567" })).toThrow(/WHATSAPP_CLOUD_PHONE_NUMBER_ID/);
    expect(() => loadConfig({ ...CLOUD, WHATSAPP_GRAPH_API_VERSION: "23" })).toThrow(/WHATSAPP_GRAPH_API_VERSION/);
    expect(() => loadConfig({ WHATSAPP_WEB: "yes" })).toThrow(/WHATSAPP_WEB/);
  });
});
