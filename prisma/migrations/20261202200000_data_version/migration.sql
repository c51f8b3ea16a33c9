-- Issue 9 (response cache): one counter that every committed write to the knowledge base moves, so
-- an API process can tell whether an answer it computed earlier is still current, whichever process
-- (another API replica, an import, psql) made the write.
-- A statement-level trigger per table: a bulk COPY of a million rows bumps it once, not a million
-- times. The counter row is updated inside the writing transaction, so readers see the new value
-- exactly when the write becomes visible (a sequence would move before the commit). Writing
-- transactions therefore take turns on that row from their first write to their commit. The
-- trigger runs BEFORE each statement, so the counter's lock is always taken before any row lock of
-- the statement: two writers cannot deadlock over it.
-- Left out: API keys, webhooks and their deliveries (bookkeeping written on every use or poll, not
-- knowledge; the answers that read them are never cached).
CREATE TABLE "DataVersion" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
  "version" BIGINT NOT NULL
);
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 1);

CREATE FUNCTION orchard_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END $$;

DO $$
DECLARE
  knowledge_table TEXT;
BEGIN
  FOR knowledge_table IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema()
      AND tablename NOT IN ('DataVersion', 'ApiKey', 'Webhook', 'WebhookDelivery', '_prisma_migrations')
  LOOP
    EXECUTE format(
      'CREATE TRIGGER data_version_bump BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION orchard_bump_data_version()',
      knowledge_table
    );
  END LOOP;
END $$;
