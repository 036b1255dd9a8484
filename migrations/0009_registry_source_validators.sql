ALTER TABLE "registry_sources" ADD COLUMN "etag" text;--> statement-breakpoint
ALTER TABLE "registry_sources" ADD COLUMN "last_modified" text;