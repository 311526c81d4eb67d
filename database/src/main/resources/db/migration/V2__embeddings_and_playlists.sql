-- The audio embedding table (spec/ml.md section 3) and the playlist storage tables
-- (spec/playlists-http-client.md section 2.3, without the legacy JSON copy of the track list).

-- Created by ./moomoo db start already; the check avoids a notice on every fresh database.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
    CREATE EXTENSION vector WITH SCHEMA public;
  END IF;
END
$$;

CREATE TABLE raw.local_music_embeddings (
  filepath TEXT NOT NULL,
  embedder TEXT NOT NULL,
  success BOOLEAN NOT NULL,
  fail_reason TEXT,
  duration_seconds REAL,
  embedding public.vector,
  conditioned_embedding public.vector(50),
  insert_ts_utc TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
  PRIMARY KEY (filepath));
CREATE INDEX ix_local_music_embeddings_embedder ON raw.local_music_embeddings (embedder);

CREATE TABLE raw.moomoo_playlist_collections (
  collection_id UUID NOT NULL,
  collection_name VARCHAR NOT NULL,
  username VARCHAR NOT NULL,
  refresh_at_hours_utc INTEGER[],
  create_at_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  refreshed_at_utc TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (collection_id),
  UNIQUE (username, collection_name));
CREATE INDEX ix_moomoo_playlist_collections_collection_name ON raw.moomoo_playlist_collections (collection_name);
CREATE INDEX ix_moomoo_playlist_collections_username ON raw.moomoo_playlist_collections (username);
CREATE INDEX ix_moomoo_playlist_collections_refreshed_at_utc ON raw.moomoo_playlist_collections (refreshed_at_utc);

CREATE TABLE raw.moomoo_playlist_collection_items (
  playlist_id UUID NOT NULL,
  collection_id UUID NOT NULL REFERENCES raw.moomoo_playlist_collections (collection_id),
  collection_order_index INTEGER NOT NULL,
  title VARCHAR,
  description VARCHAR,
  create_at_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (playlist_id),
  UNIQUE (collection_id, collection_order_index));

CREATE TABLE raw.moomoo_playlist_tracks (
  track_id UUID NOT NULL,
  playlist_id UUID NOT NULL REFERENCES raw.moomoo_playlist_collection_items (playlist_id),
  track_order_index INTEGER NOT NULL,
  filepath VARCHAR NOT NULL,
  recording_mbid UUID,
  release_mbid UUID,
  release_group_mbid UUID,
  artist_mbid UUID,
  album_artist_mbid UUID,
  track_length_seconds INTEGER,
  match_distance DOUBLE PRECISION,
  is_seed BOOLEAN,
  PRIMARY KEY (track_id),
  UNIQUE (playlist_id, track_order_index));
