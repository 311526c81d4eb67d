-- The music folder that raw.local_music_files mirrors (DESIGN 9, "Beyond the original" 1): every
-- filepath there is relative to this root. local-files records it on its first scan and refuses a
-- scan of another folder, or one that would remove more than half of the known files, unless it is
-- run with replace=true. Modules that open the files (the web page streams them) resolve paths
-- against this root and serve nothing outside it. At most one row.
CREATE TABLE raw.local_music_library (
  id SMALLINT DEFAULT 1 NOT NULL CHECK (id = 1),
  root_path VARCHAR NOT NULL,
  insert_ts_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (id));
COMMENT ON TABLE raw.local_music_library IS
  'The music folder that raw.local_music_files mirrors; its filepath values are relative to root_path. Written by local-files (first scan, or replace=true); one row at most.';
COMMENT ON COLUMN raw.local_music_library.root_path IS
  'Absolute, normalised path of the scanned music folder, as given in library=.';
COMMENT ON COLUMN raw.local_music_library.insert_ts_utc IS 'When this root was recorded.';
