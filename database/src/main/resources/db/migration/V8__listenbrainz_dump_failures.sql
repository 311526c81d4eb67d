-- Why a ListenBrainz dump archive could not be stored (truncated or corrupt archive, a malformed
-- listen, a transfer that broke off, a refused login). No counts of such a dump are stored; the next
-- run of listenbrainz-data-dump tries it again and deletes its row here once it is stored.
CREATE TABLE raw.listenbrainz_data_dump_failures (
  ftp_path VARCHAR NOT NULL,
  slug VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (ftp_path));
