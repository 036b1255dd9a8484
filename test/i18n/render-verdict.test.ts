import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/engine.ts";
import { createI18n } from "../../src/i18n/index.ts";
import { renderDetails } from "../../src/i18n/render-verdict.ts";
import { shippedEngine } from "../helpers/engine.ts";

let engine: Engine;
beforeAll(async () => {
  engine = await shippedEngine();
});

describe("the licence check in the details", () => {
  it("names an unlisted recruiter, not an employer that is no recruiter at all", async () => {
    const t = (await createI18n()).getFixedT("en");
    const details = (text: string) => renderDetails(t, engine.check(text, { today: "2026-12-01" }));
    const cafe = details("Cook needed for our Pakistani restaurant in Birmingham (Small Heath). £12.50/hr, 45 hrs a week. WhatsApp Imran 07700 555123");
    expect(cafe).not.toContain("is not in the registry");
    const agency = details("Golden Gate Overseas Employment Promoters: Saudi visas for drivers, salary 2,500 SAR. Call 0300 5550123");
    expect(agency).toContain("Golden Gate Overseas Employment Promoters");
    expect(agency).toContain("is not in the registry");
  });
});
