import type { FastifyPluginAsync } from "fastify";
import { CaseworkerError, createCaseworker, listCaseworkers, setDisabled } from "../../caseworkers/repository.ts";
import type { Db } from "../../db/client.ts";
import { actorOf, requireAdmin } from "../auth/session.ts";
import { routeSchema } from "../docs.ts";
import { ApiError, parseInput } from "../errors.ts";
import { newUserBody, userIdParams, userPatchBody } from "../schemas/caseworker.ts";
import { userResponse, usersResponse } from "../schemas/caseworker-responses.ts";

const STATUS: Record<CaseworkerError["code"], number> = { exists: 409, not_found: 404, weak_password: 400, invalid: 400 };

async function asUserErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof CaseworkerError) throw new ApiError(STATUS[error.code], error.code, error.message);
    throw error;
  }
}

const tags = ["users"];

/** Account management for admins (the same as the `user` CLI commands). Mounted under /api/caseworker. */
export const userRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.addHook("preHandler", requireAdmin);

  app.get(
    "/users",
    { schema: routeSchema({ summary: "List accounts (admins)", tags, response: usersResponse, errors: [401, 403], authenticated: true }) },
    async () => ({ users: await listCaseworkers(db) }),
  );

  app.post(
    "/users",
    {
      schema: routeSchema({
        summary: "Create an account (admins)",
        description: "Passwords need at least 12 characters; caseworkers need at least one country.",
        tags,
        body: newUserBody,
        response: userResponse,
        status: 201,
        errors: [400, 401, 403, 409],
        authenticated: true,
      }),
    },
    async (request, reply) => {
      const input = parseInput(newUserBody, request.body);
      const account = await asUserErrors(() => createCaseworker(db, input));
      return reply.code(201).send(account);
    },
  );

  app.patch(
    "/users/:id",
    {
      schema: routeSchema({
        summary: "Disable or re-enable an account (admins)",
        description: "Disabling ends the account's sessions at once.",
        tags,
        params: userIdParams,
        body: userPatchBody,
        response: userResponse,
        errors: [400, 401, 403, 404],
        authenticated: true,
      }),
    },
    async (request) => {
      const { id } = parseInput(userIdParams, request.params);
      const { disabled } = parseInput(userPatchBody, request.body);
      if (disabled && id === actorOf(request).id) throw new ApiError(400, "invalid", "You cannot disable your own account.");
      return asUserErrors(() => setDisabled(db, { id }, disabled));
    },
  );
};
