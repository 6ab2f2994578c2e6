-- Rate-limit counters need no crash safety: unlogged tables skip the WAL, so counting a request
-- doesn't wait for a disk flush. After a crash they start empty, which only forgives a minute.
ALTER TABLE "rate_limits" SET UNLOGGED;--> statement-breakpoint
ALTER TABLE "rateLimit" SET UNLOGGED;
