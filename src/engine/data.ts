import { z } from "zod";
import { PAY_PERIODS, SIGNAL_IDS } from "./types.ts";
import type { WordingModel } from "./wording.ts";

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
  "visaStudent",
  "upfrontFee",
  "paymentChannel",
  "benefitsBait",
  "messengerContact",
  "documentForgery",
  "smugglingRoute",
  "femaleRole",
  "cabinCrew",
  "looksAge",
  "figure",
  "ageOrPhoto",
  "scamCentreWork",
  "scamCentreTask",
  "passportHeld",
  "warRecruitment",
  "seasonalScheme",
  "stateScheme",
  "legitMarkers",
  "noWorkerFee",
  "paidToInstitution",
  "feeReceipt",
  "antiFraudNotice",
  "officialNotice",
  "lawfulProcedure",
  "visaRefused",
  "remittanceHome",
  "travelPackage",
  "workerPost",
  "officialChannel",
  "employerDetails",
  "householdEmployer",
  "employerVoice",
  "productWork",
  "irregularCrossing",
  "licenceKeyword",
  "protectorKeyword",
  "companySuffixes",
  "serviceOnly",
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
    /**
     * Official sites' names that are also everyday words ("enbek", "mehnat": work), which companies put in
     * their own domains: another domain borrows such a name only beside a country's code or a recruiting word.
     */
    officialNamesThatAreWords: z.array(z.string().min(1)).default([]),
    /** Protector of Emigrants office codes that end a Pakistani licence number (`1234/RWP`). */
    pkOfficeCodes: z.array(z.string().regex(/^[A-Z]{3}$/)).min(1),
    /**
     * A currency's tokens and rate. `asIn`: the currency a token means in an advert that names one of these
     * countries and not `country`, the currency's own ("rial" in a post about Oman is Oman's, not Saudi Arabia's).
     */
    currencies: z.array(
      z.object({
        code: z.string().length(3),
        usd: z.number().positive(),
        tokens: z.array(z.string().min(1)).min(1),
        country: z.string().length(2).optional(),
        asIn: z.record(z.string().length(2), z.string().length(3)).optional(),
      }),
    ),
    /** "lakh", "тыс", "ming"; `currency` when the word itself says which (lakh and crore are South Asian). */
    multipliers: z.array(
      z.object({ value: z.number().positive(), words: z.array(z.string().min(1)).min(1), currency: z.string().length(3).optional() }),
    ),
    /** "no advance payment", "без предоплаты", "advance nahi": words that cancel a fee or payment phrase next to them. */
    negations: z.object({ before: z.array(z.string().min(1)).min(1), after: z.array(z.string().min(1)).min(1) }),
    /**
     * Context that changes what a phrase means (data/lexicons/README.md): a `when` cue
     * in the same clause or sentence cancels the `cancels` cues, unless an `unless` cue
     * is there too. "Visa fee paid by the employer", "salary to your Kaspi card".
     */
    contexts: z.array(
      z
        .object({
          when: z.enum(LEXICON_CATEGORIES),
          scope: z.enum(["clause", "sentence", "paragraph", "text", "quotes"]),
          cancels: z.array(z.union([z.enum(LEXICON_CATEGORIES), z.enum(["feeMoney", "companies", "licences", "brands"])])).min(1),
          unless: z.array(z.enum(LEXICON_CATEGORIES)).default([]),
          /** Only a `when` cue in the advert's opening line counts: a notice says who issues it at its head. */
          opening: z.boolean().default(false),
          /** Whether an `unless` cue inside quotation marks stops the rule: a warning quotes the lure's "pay to the card" it warns of. */
          quotedStops: z.boolean().default(true),
          why: z.string().min(1),
        })
        .strict(),
    ),
    /**
     * Countries whose phone numbers a licensed operator of a country may give: a
     * UK scheme operator with a Pakistani mobile, or a Pakistani promoter with a
     * Gulf one, is someone borrowing their name.
     */
    operatorContactCountries: z.record(z.string().regex(/^[A-Z]{2}$/), z.array(z.string().regex(/^[A-Z]{2}$/)).min(1)),
    /**
     * Countries that migrants from the registries' countries enter on their own (visa-free) and
     * where local staffing agencies hire them lawfully under that country's own accreditation,
     * which none of the registries here lists: Russia for Central Asian workers.
     */
    localAgencyCountries: z.array(z.string().regex(/^[A-Z]{2}$/)),
    /**
     * Countries where the region's workers go on their own and are hired on the spot (EAEU
     * citizens, or with a patent): a hirer with a number there is the employer or its foreman.
     */
    localHiringCountries: z.array(z.string().regex(/^[A-Z]{2}$/)),
    /** Words that start a new clause ("but", "но", "lekin"): a fee after them is not covered by what came before. */
    clauseWords: z.array(z.string().min(1)).min(1),
    /** Pay quoted per hour, day, week or year ("1 500 руб в день", "€34,000 a year"): compared with the monthly thresholds once scaled. */
    payPeriods: z.record(z.enum(PAY_PERIODS), z.array(z.string().min(1)).min(1)),
    pieceRates: z.array(z.string().min(1)).min(1),
    /** Labels of a company's tax or register number (ИНН, БИН, STIR, NTN): the digits after them are neither a phone nor money. */
    registrationLabels: z.array(z.string().min(1)).min(1),
    /** Words after which a number is a house, office or floor number ("Ordu Caddesi 112", "Абай даңғ. 52"), not money. */
    addressWords: z.array(z.string().min(1)).min(1),
    /** Month names: a year right after one ("ноябрь 2026", "15 November, 2026") is a date, not an amount of money. */
    monthNames: z.array(z.string().min(1)).min(1),
    /** A number followed by one of these is a percentage, not money ("100 فیصد ویزا"). */
    percentWords: z.array(z.string().min(1)).min(1),
    /** Numbers said in words: units and tens (`values`), Urdu's ساڑھے / sawa (`modifiers`), the words for a hundred; with `multipliers`, "ساڑھے چھ لاکھ", "бес жүз мың". */
    numberWords: z.object({ values: z.record(z.string(), z.number().positive()), modifiers: z.record(z.string(), z.number()), hundreds: z.array(z.string().min(1)) }),
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

const signalWeight = z.object({
  /** Log-odds the sign adds to the score (negative: evidence of a lawful advert). */
  weight: z.number().min(-10).max(10),
  /** The expert's weight the fit starts from and is pulled back towards (see npm run fit). */
  prior: z.number().min(-10).max(10),
  /**
   * Policy, not statistics: the score this sign gives on its own at the least,
   * whatever the corpus says (npm run fit keeps its weight that high). A
   * borrowed identity or an irregular route must keep an advert risky.
   */
  alone: z.number().min(0.5).max(0.99).optional(),
  /**
   * Policy: the least risk an advert with this sign is answered with, whatever
   * its score. A licence number no registry knows must be checked before
   * anyone pays, however lawful the rest reads.
   */
  atLeast: z.enum(["medium", "high"]).optional(),
  /**
   * Policy: wording that reads as honest adverts do never lowers the score of
   * an advert with this sign. A borrowed identity or a crime sign is evidence
   * no turn of phrase outweighs.
   */
  wordingNeverLowers: z.literal(true).optional(),
});

export const signalsConfigSchema = z
  .object({
    /** Log-odds of an advert with no sign at all. */
    bias: z.number().min(-10).max(10),
    biasPrior: z.number().min(-10).max(10),
    thresholds: z.object({ high: z.number().min(0).max(1), medium: z.number().min(0).max(1) }),
    /** Log-odds the score takes per log-odds of the wording model (data/wording.json), and the fit's prior for it. */
    wording: z.object({ weight: z.number().min(0).max(5), prior: z.number().min(0).max(5) }),
    signals: z.object(
      Object.fromEntries(SIGNAL_IDS.map((id) => [id, signalWeight])) as Record<(typeof SIGNAL_IDS)[number], typeof signalWeight>,
    ),
    /** Where the weights came from: the data, the settings and the figures of the fit. */
    provenance: z.record(z.string(), z.unknown()),
  })
  .strict();
export type SignalsConfig = z.infer<typeof signalsConfigSchema>;

export const languageMarkersSchema = z.record(
  z.enum(["ur-Latn", "en", "uz-Latn", "ru", "uz-Cyrl", "tg", "ky", "kk"]),
  z.object({ words: z.array(z.string().min(1)).min(1) }),
);
export type LanguageMarkers = z.infer<typeof languageMarkersSchema>;

export const wordingModelSchema = z
  .object({
    bits: z.number().int().min(8).max(20),
    minN: z.number().int().min(1).max(8),
    maxN: z.number().int().min(1).max(8),
    bias: z.number(),
    /** Where the weights came from: the corpus, the settings and the figures of the fit. */
    provenance: z.record(z.string(), z.unknown()),
    weights: z.array(z.number()),
  })
  .strict()
  .refine((m) => m.weights.length === 2 ** m.bits && m.minN <= m.maxN, { message: "weights must hold one number per bucket (2^bits), minN ≤ maxN" });

export interface EngineData {
  lexicons: LexiconFile[];
  common: CommonData;
  signals: SignalsConfig;
  languageMarkers: LanguageMarkers;
  /** Without one, risk rests on the signs alone. */
  wording?: WordingModel;
}
