ALTER TABLE "verdict_feedback" ADD COLUMN "country" text;--> statement-breakpoint
-- Feedback given before this column existed: the same rule as referralCountry() in src/referrals/country.ts,
-- read from the stored verdict (the licensing registry, else a local phone's country, else the language).
UPDATE "verdict_feedback" SET "country" = coalesce(
  (SELECT f->'operator'->>'country' FROM jsonb_array_elements(coalesce("verdict"->'registry', '[]'::jsonb)) AS f
    WHERE f->'operator'->>'country' IN ('PK', 'KZ', 'KG', 'TJ', 'UZ') LIMIT 1),
  (SELECT p->>'country' FROM jsonb_array_elements(coalesce("verdict"->'entities'->'phones', '[]'::jsonb)) AS p
    WHERE p->>'country' IN ('PK', 'KZ', 'KG', 'TJ', 'UZ') LIMIT 1),
  CASE "verdict"->>'language' WHEN 'ur' THEN 'PK' WHEN 'ur-Latn' THEN 'PK' WHEN 'kk' THEN 'KZ' WHEN 'ky' THEN 'KG'
    WHEN 'tg' THEN 'TJ' WHEN 'uz-Latn' THEN 'UZ' WHEN 'uz-Cyrl' THEN 'UZ' END
) WHERE "country" IS NULL;
