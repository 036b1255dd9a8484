export * from "./caseworkers.ts";
export * from "./conversation.ts";
export * from "./referrals.ts";
export * from "./registry.ts";
export * from "./sightings.ts";
