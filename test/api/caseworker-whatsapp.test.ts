import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { whatsappStatusResponse } from "../../src/api/routes/caseworker-whatsapp.ts";
import { caseworkerTestApp, type CaseworkerTestApp } from "../helpers/caseworker-api.ts";

let t: CaseworkerTestApp;

beforeAll(async () => {
  t = await caseworkerTestApp("pglite");
  await t.account("admin@ngo.example", "admin", []);
  await t.account("amina@ngo.example", "caseworker", ["PK"]);
});

afterAll(async () => {
  await t?.close();
});

describe("GET /api/caseworker/whatsapp", () => {
  it("is for admins only, behind a session", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/caseworker/whatsapp" })).statusCode).toBe(401);
    const caseworker = await t.login("amina@ngo.example");
    const refused = await t.app.inject({ method: "GET", url: "/api/caseworker/whatsapp", headers: caseworker.bearer });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: "forbidden" });
  });

  it("says WhatsApp Web is off on an instance that does not link it, and is never cached", async () => {
    const admin = await t.login("admin@ngo.example");
    const response = await t.app.inject({ method: "GET", url: "/api/caseworker/whatsapp", headers: admin.bearer });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(whatsappStatusResponse.parse(response.json())).toEqual({ enabled: false, state: "off", qr: null });
  });
});
