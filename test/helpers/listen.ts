import type { FastifyInstance } from "fastify";

/** Starts a fastify server on a free loopback port; returns its base URL. */
export async function listenOnLoopback(server: FastifyInstance): Promise<string> {
  await server.listen({ host: "127.0.0.1", port: 0 });
  const address = server.server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}
