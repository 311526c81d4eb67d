-- The results of moomoo evaluate (job evaluate): one row per completed run, and one row per score of
-- it, so that the web page and Airflow can show the trend over weeks with plain SQL. A run is keyed
-- by its Spring Batch job execution: a resumed run replaces what an earlier attempt wrote.
CREATE TABLE raw.moomoo_evaluations (
  evaluation_id BIGINT GENERATED ALWAYS AS IDENTITY,
  job_execution_id BIGINT NOT NULL,
  username VARCHAR NOT NULL,
  cutoff_ts_utc TIMESTAMP WITH TIME ZONE NOT NULL,
  holdout_end_ts_utc TIMESTAMP WITH TIME ZONE NOT NULL,
  settings JSONB NOT NULL,
  report JSONB NOT NULL,
  insert_ts_utc TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (evaluation_id),
  UNIQUE (job_execution_id));
CREATE INDEX ix_moomoo_evaluations_username_cutoff ON raw.moomoo_evaluations (username, cutoff_ts_utc);
COMMENT ON TABLE raw.moomoo_evaluations IS
  'One backtest of moomoo evaluate: the models built as of cutoff_ts_utc, the playlists scored on the listens from then to holdout_end_ts_utc.';
COMMENT ON COLUMN raw.moomoo_evaluations.settings IS
  'The switches of the run: seed, cf (on or off), count, the embedder of the vectors.';
COMMENT ON COLUMN raw.moomoo_evaluations.report IS
  'The whole report as moomoo evaluate --json prints it.';

CREATE TABLE raw.moomoo_evaluation_scores (
  evaluation_id BIGINT NOT NULL REFERENCES raw.moomoo_evaluations (evaluation_id) ON DELETE CASCADE,
  generator VARCHAR NOT NULL,
  method VARCHAR NOT NULL,
  metric VARCHAR NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (evaluation_id, generator, method, metric));
COMMENT ON TABLE raw.moomoo_evaluation_scores IS
  'Each score of an evaluation: generator (a collection, or more-like-this), method (generator, random, most-played, album, artist) and metric (hit_share, precision, recall, novelty, hit_rate_at_20, mrr, playlists, tracks, sessions).';
