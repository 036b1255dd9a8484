export * from "./caseworker-sessions.ts";
export * from "./caseworkers.ts";
export * from "./conversation.ts";
export * from "./login-failures.ts";
export * from "./referrals.ts";
export * from "./registry.ts";
export * from "./sightings.ts";
export * from "./whatsapp.ts";
