-- Raw tables written by the ingest jobs (spec/ingest.md section 3), in schema raw.
-- Names of tables, columns and indexes follow the original so existing queries keep working.

CREATE TABLE raw.listenbrainz_listens (
  listen_md5 VARCHAR NOT NULL,
  username VARCHAR NOT NULL,
  json_data JSONB NOT NULL,
  listen_at_ts_utc TIMESTAMP WITH TIME ZONE NOT NULL,
  insert_ts_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (listen_md5));
CREATE INDEX ix_listenbrainz_listens_username ON raw.listenbrainz_listens (username);
CREATE INDEX ix_listenbrainz_listens_insert_ts_utc ON raw.listenbrainz_listens (insert_ts_utc);

CREATE TABLE raw.listenbrainz_similar_user_activity (
  payload_id VARCHAR NOT NULL,
  from_username VARCHAR NOT NULL,
  to_username VARCHAR NOT NULL,
  entity VARCHAR NOT NULL,
  time_range VARCHAR NOT NULL,
  user_similarity DOUBLE PRECISION NOT NULL,
  json_data JSONB NOT NULL,
  insert_ts_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (payload_id));
CREATE INDEX ix_listenbrainz_similar_user_activity_from_username ON raw.listenbrainz_similar_user_activity (from_username);
CREATE INDEX ix_listenbrainz_similar_user_activity_to_username ON raw.listenbrainz_similar_user_activity (to_username);
CREATE INDEX ix_listenbrainz_similar_user_activity_entity ON raw.listenbrainz_similar_user_activity (entity);
CREATE INDEX ix_listenbrainz_similar_user_activity_time_range ON raw.listenbrainz_similar_user_activity (time_range);
CREATE INDEX ix_listenbrainz_similar_user_activity_insert_ts_utc ON raw.listenbrainz_similar_user_activity (insert_ts_utc);

-- payload_json keeps the last good MusicBrainz payload; a failed re-annotation is recorded in
-- last_error / last_error_at beside it instead of overwriting it (DESIGN section 9).
CREATE TABLE raw.musicbrainz_annotations (
  mbid UUID NOT NULL,
  entity VARCHAR NOT NULL,
  payload_json JSONB,
  ts_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  last_error VARCHAR,
  last_error_at TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (mbid));
CREATE INDEX ix_musicbrainz_annotations_entity ON raw.musicbrainz_annotations (entity);
CREATE INDEX ix_musicbrainz_annotations_ts_utc ON raw.musicbrainz_annotations (ts_utc);

CREATE TABLE raw.listenbrainz_artist_stats (
  mbid UUID NOT NULL,
  payload_json JSONB,
  ts_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (mbid));
CREATE INDEX ix_listenbrainz_artist_stats_ts_utc ON raw.listenbrainz_artist_stats (ts_utc);

-- file_size_bytes lets an unchanged file (same size and modification time) be skipped on the next
-- scan; read_error says why a file's tags could not be read (json_data is then '{}').
CREATE TABLE raw.local_music_files (
  filepath VARCHAR NOT NULL,
  recording_md5 VARCHAR,
  recording_name VARCHAR,
  release_name VARCHAR,
  artist_name VARCHAR,
  json_data JSONB NOT NULL,
  file_created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  file_modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
  insert_ts_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  file_size_bytes BIGINT,
  read_error VARCHAR,
  PRIMARY KEY (filepath));
CREATE INDEX ix_local_music_files_recording_md5 ON raw.local_music_files (recording_md5);
CREATE INDEX ix_local_music_files_insert_ts_utc ON raw.local_music_files (insert_ts_utc);

CREATE TABLE raw.local_music_files_exclude_regex (
  pattern VARCHAR NOT NULL,
  note VARCHAR,
  insert_ts_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (pattern));
CREATE INDEX ix_local_music_files_exclude_regex_insert_ts_utc ON raw.local_music_files_exclude_regex (insert_ts_utc);

CREATE TABLE raw.local_music_files_birth_timestamps (
  filepath VARCHAR NOT NULL,
  birth_at TIMESTAMP WITH TIME ZONE NOT NULL,
  insert_ts_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (filepath));
CREATE INDEX ix_local_music_files_birth_timestamps_insert_ts_utc ON raw.local_music_files_birth_timestamps (insert_ts_utc);

CREATE TABLE raw.messybrainz_name_map (
  recording_md5 VARCHAR NOT NULL,
  recording_name VARCHAR NOT NULL,
  artist_name VARCHAR NOT NULL,
  release_name VARCHAR NOT NULL,
  success BOOLEAN NOT NULL,
  payload_json JSONB,
  ts_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (recording_md5));
CREATE INDEX ix_messybrainz_name_map_success ON raw.messybrainz_name_map (success);
CREATE INDEX ix_messybrainz_name_map_ts_utc ON raw.messybrainz_name_map (ts_utc);

CREATE TABLE raw.listenbrainz_user_feedback (
  feedback_md5 VARCHAR NOT NULL,
  username VARCHAR NOT NULL,
  score INTEGER NOT NULL,
  recording_mbid UUID NOT NULL,
  feedback_at TIMESTAMP WITH TIME ZONE NOT NULL,
  track_metadata JSONB DEFAULT '{}'::jsonb NOT NULL,
  insert_ts_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (feedback_md5));
CREATE INDEX ix_listenbrainz_user_feedback_username ON raw.listenbrainz_user_feedback (username);
CREATE INDEX ix_listenbrainz_user_feedback_feedback_at ON raw.listenbrainz_user_feedback (feedback_at);
CREATE INDEX ix_listenbrainz_user_feedback_insert_ts_utc ON raw.listenbrainz_user_feedback (insert_ts_utc);

CREATE TABLE raw.listenbrainz_data_dumps (
  slug VARCHAR NOT NULL,
  ftp_path VARCHAR NOT NULL,
  ftp_modify_ts TIMESTAMP WITH TIME ZONE NOT NULL,
  date DATE NOT NULL,
  start_timestamp TIMESTAMP WITH TIME ZONE NOT NULL,
  end_timestamp TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  refreshed_at TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (slug),
  UNIQUE (ftp_path));

CREATE TABLE raw.listenbrainz_data_dump_records (
  dump_record_id SERIAL NOT NULL,
  slug VARCHAR NOT NULL,
  user_id INTEGER NOT NULL,
  artist_mbid UUID NOT NULL,
  listen_count INTEGER NOT NULL,
  PRIMARY KEY (dump_record_id),
  UNIQUE (slug, user_id, artist_mbid),
  FOREIGN KEY (slug) REFERENCES raw.listenbrainz_data_dumps (slug));
CREATE INDEX ix_listenbrainz_data_dump_records_slug ON raw.listenbrainz_data_dump_records (slug);

CREATE TABLE raw.listenbrainz_collaborative_filtering_scores (
  mbid_pair_id SERIAL NOT NULL,
  artist_mbid_a UUID NOT NULL,
  artist_mbid_b UUID NOT NULL,
  score_value REAL NOT NULL,
  insert_ts_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (mbid_pair_id),
  UNIQUE (artist_mbid_a, artist_mbid_b));
CREATE INDEX ix_listenbrainz_collaborative_filtering_scores_artist_mbid_a ON raw.listenbrainz_collaborative_filtering_scores (artist_mbid_a);
CREATE INDEX ix_listenbrainz_collaborative_filtering_scores_artist_mbid_b ON raw.listenbrainz_collaborative_filtering_scores (artist_mbid_b);

CREATE TABLE raw.musicbrainz_data_dumps (
  slug VARCHAR NOT NULL,
  packet_number INTEGER NOT NULL,
  entity VARCHAR NOT NULL,
  dump_timestamp TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  refreshed_at TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (slug));

CREATE TABLE raw.musicbrainz_data_dump_records (
  dump_record_id SERIAL NOT NULL,
  slug VARCHAR NOT NULL,
  mbid UUID NOT NULL,
  json_data JSONB NOT NULL,
  PRIMARY KEY (dump_record_id),
  UNIQUE (slug, mbid),
  FOREIGN KEY (slug) REFERENCES raw.musicbrainz_data_dumps (slug));
CREATE INDEX ix_musicbrainz_data_dump_records_slug ON raw.musicbrainz_data_dump_records (slug);
CREATE INDEX ix_musicbrainz_data_dump_records_mbid ON raw.musicbrainz_data_dump_records (mbid);

CREATE TABLE raw.annotation_queue_log (
  log_id SERIAL NOT NULL,
  source VARCHAR NOT NULL,
  entity VARCHAR NOT NULL,
  as_of_ts_utc TIMESTAMP WITH TIME ZONE NOT NULL,
  queue_size INTEGER NOT NULL,
  insert_ts_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (log_id));
CREATE INDEX ix_annotation_queue_log_source ON raw.annotation_queue_log (source);
CREATE INDEX ix_annotation_queue_log_entity ON raw.annotation_queue_log (entity);
CREATE INDEX ix_annotation_queue_log_as_of_ts_utc ON raw.annotation_queue_log (as_of_ts_utc);
CREATE INDEX ix_annotation_queue_log_insert_ts_utc ON raw.annotation_queue_log (insert_ts_utc);
