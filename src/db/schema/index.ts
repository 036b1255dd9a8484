export * from "./caseworkers.ts";
export * from "./referrals.ts";
export * from "./registry.ts";
export * from "./sightings.ts";
