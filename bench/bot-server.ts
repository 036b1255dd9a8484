/**
 * The app side of `npm run bench:bot`, in its own process so the load
 * generator and the mock Bot API do not share its event loop. Prints the
 * webhook URL on stdout when ready.
 */
import { testServices } from "../test/helpers/app.ts";
import { startWebhookApp } from "../test/helpers/webhook-app.ts";

const [apiRoot, secret] = process.argv.slice(2) as [string, string];
const services = await testServices(process.env.DATABASE_URL ? "postgres" : "pglite");
const { app, url } = await startWebhookApp(services, apiRoot, secret);
process.stdout.write(`READY ${url} ${services.database.kind}\n`);
process.on("SIGTERM", async () => {
  await app.close();
  await services.close();
  process.exit(0);
});
