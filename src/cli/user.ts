import { parseArgs } from "node:util";
import { passwordProblem } from "../caseworkers/passwords.ts";
import { CaseworkerError, createCaseworker, listCaseworkers, setDisabled, setPassword } from "../caseworkers/repository.ts";
import { DASHBOARD_LANGUAGES, ROLES, parseCountries, type DashboardLanguage, type Role } from "../caseworkers/types.ts";
import type { Config } from "../config.ts";
import { openConfiguredDatabase } from "../db/open.ts";

export const USER_USAGE = `  user add --email <e-mail> --role caseworker|admin [--countries PK,KZ] [--language en|ru|ur]
                                                                         create a caseworker account (dashboard in English unless --language)
  user disable --email <e-mail>                                          disable an account and end its sessions
  user enable --email <e-mail>                                           enable it again
  user password --email <e-mail>                                         set a new password (ends its sessions)
  user list                                                              list accounts
      The password is read from OFFERCHECK_PASSWORD, or asked for on a terminal (at least 12 characters).`;

/** How the command line names the dashboard's languages when it confirms the one given. */
const LANGUAGE_NAMES: Record<DashboardLanguage, string> = { en: "English", ru: "Russian", ur: "Urdu" };

/** Reads a line from the terminal without echoing it. */
function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.setEncoding("utf8");
    stdin.resume();
    let value = "";
    const finish = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") {
          finish();
          resolve(value);
          return;
        }
        if (ch === "\u0003" || ch === "\u0004") {
          finish();
          reject(new Error("cancelled"));
          return;
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

/**
 * The new password: OFFERCHECK_PASSWORD (scripts, containers), else typed
 * twice on a terminal. Never a command-line argument, which other users of
 * the machine can read in the process list and which lands in shell history.
 */
async function newPassword(email: string): Promise<string | null> {
  const fromEnv = process.env.OFFERCHECK_PASSWORD;
  let password: string;
  if (fromEnv) password = fromEnv;
  else if (process.stdin.isTTY) {
    password = await readHidden(`Password for ${email}: `);
    if ((await readHidden("Again: ")) !== password) {
      process.stderr.write("The passwords differ.\n");
      return null;
    }
  } else {
    process.stderr.write("Set OFFERCHECK_PASSWORD, or run on a terminal to type the password.\n");
    return null;
  }
  const problem = passwordProblem(password, email);
  if (problem) {
    process.stderr.write(`Refused: ${problem}.\n`);
    return null;
  }
  return password;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 1;
}

/** What is wrong with the options of `user add`, checked before a password is asked for; null if nothing. */
function addOptionsProblem(values: { role?: string | undefined; countries?: string | undefined; language?: string | undefined }): string | null {
  if (!values.role || !(ROLES as readonly string[]).includes(values.role)) return `--role must be one of: ${ROLES.join(", ")}`;
  if (values.language !== undefined && !(DASHBOARD_LANGUAGES as readonly string[]).includes(values.language)) {
    return `--language must be one of: ${DASHBOARD_LANGUAGES.join(", ")} (the dashboard's languages)`;
  }
  try {
    parseCountries(values.countries ?? "");
  } catch (error) {
    return `--countries: ${(error as Error).message}`;
  }
  return null;
}

export async function runUser(args: string[], config: Config): Promise<number> {
  const [sub, ...rest] = args;
  let values: { email?: string | undefined; role?: string | undefined; countries?: string | undefined; language?: string | undefined };
  try {
    ({ values } = parseArgs({ args: rest, options: { email: { type: "string" }, role: { type: "string" }, countries: { type: "string" }, language: { type: "string" } } }));
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USER_USAGE}`);
  }
  if (sub !== "list" && !values.email) return fail(`--email is required.\n\n${USER_USAGE}`);
  if (sub === "add") {
    const problem = addOptionsProblem(values);
    if (problem) return fail(problem);
  } else if (!["list", "disable", "enable", "password"].includes(sub ?? "")) {
    return fail(`Usage:\n${USER_USAGE}`);
  } else if (values.language !== undefined) {
    return fail(`--language is for user add; a caseworker changes their own language in the dashboard.`);
  }
  const password = sub === "add" || sub === "password" ? await newPassword(values.email!) : null;
  if ((sub === "add" || sub === "password") && password === null) return 1;

  const database = await openConfiguredDatabase(config);
  try {
    switch (sub) {
      case "add": {
        const a = await createCaseworker(database.db, {
          email: values.email!,
          password: password!,
          role: values.role as Role,
          countries: parseCountries(values.countries ?? ""),
          ...(values.language ? { language: values.language as DashboardLanguage } : {}),
        });
        process.stdout.write(`Created ${a.role} ${a.email}${a.countries.length ? ` (${a.countries.join(", ")})` : ""}${values.language ? `, dashboard in ${LANGUAGE_NAMES[a.language]}` : ""}.\n`);
        return 0;
      }
      case "disable":
      case "enable": {
        const a = await setDisabled(database.db, { email: values.email! }, sub === "disable");
        process.stdout.write(`${a.email} is ${a.disabled ? "disabled; its sessions are ended" : "enabled"}.\n`);
        return 0;
      }
      case "password":
        await setPassword(database.db, values.email!, password!);
        process.stdout.write(`Password of ${values.email} changed; its sessions are ended.\n`);
        return 0;
      default: {
        const accounts = await listCaseworkers(database.db);
        if (accounts.length === 0) process.stdout.write("No accounts yet: user add --email … --role admin\n");
        for (const a of accounts) {
          process.stdout.write(`${a.email}\t${a.role}\t${a.countries.join(",") || (a.role === "admin" ? "(all)" : "(none)")}\t${a.language}\t${a.disabled ? "disabled" : "active"}\n`);
        }
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof CaseworkerError) return fail(error.message);
    throw error;
  } finally {
    await database.close();
  }
}
