CREATE TABLE "registry_sources" (
	"source" text PRIMARY KEY NOT NULL,
	"sha256" text,
	"checked_at" timestamp with time zone,
	"imported_at" timestamp with time zone,
	"last_summary" jsonb,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
