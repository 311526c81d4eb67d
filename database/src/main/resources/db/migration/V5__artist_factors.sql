-- Collaborative filtering as one factor vector per artist (DESIGN section 7): the score of an
-- artist pair is the cosine similarity of their factors, computed when needed, so no quadratic
-- table of pairs is stored. The diagonal is 1 by construction.
CREATE TABLE raw.listenbrainz_artist_factors (
  artist_mbid UUID NOT NULL,
  factors public.vector NOT NULL,
  insert_ts_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (artist_mbid));
CREATE INDEX ix_listenbrainz_artist_factors_insert_ts_utc ON raw.listenbrainz_artist_factors (insert_ts_utc);
