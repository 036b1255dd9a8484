import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import { z } from "zod";
import { canonicalLicence } from "../engine/licence.ts";
import { coreName } from "../engine/names.ts";
import { LICENCE_STATUSES, type Operator } from "../engine/types.ts";

/** The CSV columns every registry file uses (shared/registries/README.md). */
export const REGISTRY_COLUMNS = [
  "country",
  "registry",
  "licence_no",
  "name",
  "status",
  "city",
  "website",
  "phone",
  "valid_until",
  "source_url",
] as const;

const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v));

export const registryRowSchema = z.object({
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "country must be an ISO 3166 alpha-2 code"),
  registry: z.string().trim().min(1, "registry is required"),
  licence_no: optional,
  name: z.string().trim().min(2, "name is required"),
  status: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(LICENCE_STATUSES, { error: `status must be one of ${LICENCE_STATUSES.join("|")}` })),
  city: optional,
  website: optional,
  phone: optional,
  valid_until: optional.refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), {
    message: "valid_until must be an ISO date (YYYY-MM-DD)",
  }),
  source_url: optional,
});
export type RegistryRow = z.infer<typeof registryRowSchema>;

/** Phones in a registry cell, separated by ; or |, as E.164. Unparseable ones are dropped. */
export function parsePhones(cell: string | null, country: string): string[] {
  if (!cell) return [];
  return cell
    .split(/[;|]/)
    .map((p) => parsePhoneNumberFromString(p.trim(), country as CountryCode))
    .filter((p) => p?.isPossible())
    .map((p) => p!.number);
}

export function toOperator(row: RegistryRow): Operator {
  return {
    country: row.country,
    registry: row.registry,
    licenceNo: row.licence_no,
    name: row.name,
    status: row.status,
    city: row.city,
    website: row.website,
    phones: parsePhones(row.phone, row.country),
    validUntil: row.valid_until,
    sourceUrl: row.source_url,
  };
}

/** One row per licence; a registry that gives no numbers is keyed on the name. */
export function operatorKey(operator: Operator): string {
  return operator.licenceNo
    ? `${operator.registry}:${canonicalLicence(operator.licenceNo)}`
    : `${operator.registry}:name:${coreName(operator.name)}`;
}
