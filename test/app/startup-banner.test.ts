import { describe, expect, it } from "vitest";
import { browserOrigin, FIRST_ADMIN_COMMAND, startupBanner } from "../../src/app/startup-banner.ts";

describe("the start-up banner", () => {
  it("gives the address a browser on this machine opens", () => {
    expect(browserOrigin({ address: "127.0.0.1", family: "IPv4", port: 3000 })).toBe("http://127.0.0.1:3000");
    expect(browserOrigin({ address: "0.0.0.0", family: "IPv4", port: 8080 })).toBe("http://localhost:8080");
    expect(browserOrigin({ address: "::", family: "IPv6", port: 3000 })).toBe("http://localhost:3000");
    expect(browserOrigin({ address: "::1", family: "IPv6", port: 3000 })).toBe("http://[::1]:3000");
  });

  it("names the first-admin command only while there is no admin, and leaves the simulator out when it is off", () => {
    const facts = { origin: "http://127.0.0.1:3000", simulator: false, embedded: false };
    const first = startupBanner({ ...facts, needsAdmin: true });
    expect(first).toContain("Caseworker dashboard:  http://127.0.0.1:3000/dashboard/");
    expect(first).not.toContain("simulator");
    expect(first).toContain(FIRST_ADMIN_COMMAND);
    expect(startupBanner({ ...facts, needsAdmin: false })).not.toContain(FIRST_ADMIN_COMMAND);
  });
});
