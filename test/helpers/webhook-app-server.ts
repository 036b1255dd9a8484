/**
 * The app in webhook mode, in a process of its own (spawned by
 * spawnWebhookApp in ./webhook-app.ts), so the caller's load generator and
 * mock Bot API do not share its event loop, and so a test can watch it for a
 * crash. Prints the webhook URL on stdout when ready; SIGTERM closes it.
 * argv: Bot API root, webhook secret, JSON of WebhookAppProcessOptions.
 */
import { testServices } from "./app.ts";
import { startWebhookApp, type WebhookAppProcessOptions } from "./webhook-app.ts";

const [apiRoot, secret, json] = process.argv.slice(2) as [string, string, string];
const options = JSON.parse(json) as Pick<WebhookAppProcessOptions, "database" | "env">;
const services = await testServices(options.database, options.env ?? {});
const { app, url } = await startWebhookApp(services, apiRoot, secret);
process.stdout.write(`READY ${url} ${services.database.kind}\n`);
process.once("SIGTERM", async () => {
  await app.close();
  await services.close();
  process.exit(0);
});
