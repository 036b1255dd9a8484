import { z } from "zod";
import { SIGNAL_IDS } from "./types.ts";

/**
 * The shape of the data files the engine runs on (data/lexicons, data/signals.json,
 * data/languages.json). Validated here so a caseworker's typo fails loudly at
 * start-up instead of silently disabling a signal.
 */

export const LEXICON_CATEGORIES = [
  "jobAd",
  "jobTitles",
  "salaryWords",
  "feeWords",
  "urgency",
  "noRequirements",
  "guaranteedVisa",
  "visaWork",
  "visaVisit",
  "visaTourist",
  "visaUmrah",
  "visaAzad",
  "upfrontFee",
  "paymentChannel",
  "benefitsBait",
  "messengerContact",
  "documentForgery",
  "smugglingRoute",
  "femaleRole",
  "looksAge",
  "scamCentreWork",
  "passportHeld",
  "seasonalScheme",
  "legitMarkers",
  "licenceKeyword",
  "protectorKeyword",
  "companySuffixes",
  "notAdMarkers",
] as const;
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

const entry = z
  .string()
  .trim()
  .min(1)
  .refine(
    (value) => {
      if (!value.startsWith("re:")) return true;
      try {
        new RegExp(value.slice(3), "iu");
        return true;
      } catch {
        return false;
      }
    },
    { message: "invalid regular expression after re:" },
  );

export const lexiconFileSchema = z
  .object({
    language: z.string().min(2),
    ...Object.fromEntries(LEXICON_CATEGORIES.map((c) => [c, z.array(entry).min(1)])),
  })
  .strict() as unknown as z.ZodType<LexiconFile>;

export type LexiconFile = { language: string } & Record<LexiconCategory, string[]>;

const country = z.object({
  code: z.string().regex(/^[A-Z]{2}$/),
  names: z.array(entry).min(1),
  scamCentre: z.boolean(),
});

const brand = z.object({
  id: z.string().min(1),
  names: z.array(entry).min(1),
  domains: z.array(z.string()),
});

export const commonDataSchema = z
  .object({
    freeMailDomains: z.array(z.string()),
    shorteners: z.array(z.string()),
    messengerDomains: z.array(z.string()),
    officialDomains: z.array(z.string()),
    /** Protector of Emigrants office codes that end a Pakistani licence number (`1234/RWP`). */
    pkOfficeCodes: z.array(z.string().regex(/^[A-Z]{3}$/)).min(1),
    currencies: z.array(z.object({ code: z.string().length(3), usd: z.number().positive(), tokens: z.array(z.string().min(1)).min(1) })),
    /** "lakh", "тыс", "ming"; `currency` when the word itself says which (lakh and crore are South Asian). */
    multipliers: z.array(
      z.object({ value: z.number().positive(), words: z.array(z.string().min(1)).min(1), currency: z.string().length(3).optional() }),
    ),
    /** "no advance payment", "без предоплаты", "advance nahi": words that cancel a fee or payment phrase next to them. */
    negations: z.object({ before: z.array(z.string().min(1)).min(1), after: z.array(z.string().min(1)).min(1) }),
    /** A number followed by one of these is a percentage, not money ("100 فیصد ویزا"). */
    percentWords: z.array(z.string().min(1)).min(1),
    /** Amounts written in words: "ساڑھے چھ لاکھ", "dairh lakh" (modifier + number + multiplier). */
    numberWords: z.object({ values: z.record(z.string(), z.number().positive()), modifiers: z.record(z.string(), z.number()) }),
    thresholds: z.object({
      pkFeeCapPkr: z.number().positive(),
      unrealisticSalaryUsd: z.number().positive(),
      absurdSalaryUsd: z.number().positive(),
    }),
    brands: z.array(brand),
    countries: z.array(country),
  })
  .strict();
export type CommonData = z.infer<typeof commonDataSchema>;

export const signalsConfigSchema = z
  .object({
    thresholds: z.object({ high: z.number().min(0).max(1), medium: z.number().min(0).max(1) }),
    signals: z.object(
      Object.fromEntries(SIGNAL_IDS.map((id) => [id, z.object({ weight: z.number().min(-1).max(1) })])) as Record<
        (typeof SIGNAL_IDS)[number],
        z.ZodObject<{ weight: z.ZodNumber }>
      >,
    ),
  })
  .strict();
export type SignalsConfig = z.infer<typeof signalsConfigSchema>;

export const languageMarkersSchema = z.record(
  z.enum(["ur-Latn", "en", "uz-Latn", "ru", "uz-Cyrl", "tg", "ky", "kk"]),
  z.object({ words: z.array(z.string().min(1)).min(1) }),
);
export type LanguageMarkers = z.infer<typeof languageMarkersSchema>;

export interface EngineData {
  lexicons: LexiconFile[];
  common: CommonData;
  signals: SignalsConfig;
  languageMarkers: LanguageMarkers;
}
