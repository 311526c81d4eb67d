-- Test only: a migration packaged after the schema was migrated (MigrateWhenChangedTest).
CREATE TABLE raw.startup_probe (id integer PRIMARY KEY);
