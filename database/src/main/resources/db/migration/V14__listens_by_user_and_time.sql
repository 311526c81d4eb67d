-- listens-import asks, for each chunk of an export, whether the chunk's user has any listen stored
-- between the chunk's first and last listen time; when not, the chunk cannot hold a stored listen (a
-- listen's key holds its user and time) and is copied straight into the table. The username index
-- becomes (username, listen_at_ts_utc) under its original name: it answers that question from the
-- index alone, and still serves every lookup by username (the listens job's newest stored listen,
-- the API's known users).
DROP INDEX raw.ix_listenbrainz_listens_username;
CREATE INDEX ix_listenbrainz_listens_username ON raw.listenbrainz_listens (username, listen_at_ts_utc);
