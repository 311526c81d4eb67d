-- The fitted PCA conditioners (spec/ml.md section 2), stored in the database so that every machine
-- sees the current one, and which conditioner made each conditioned vector.

CREATE TABLE raw.conditioner_models (
  model_hash TEXT NOT NULL,
  name TEXT NOT NULL,
  embedder TEXT NOT NULL,
  input_dimension INTEGER NOT NULL,
  components INTEGER NOT NULL,
  -- per-dimension means and scales applied before the projection (scales are all 1 without standardising)
  means DOUBLE PRECISION[] NOT NULL,
  scales DOUBLE PRECISION[] NOT NULL,
  -- components x input_dimension, row-major; rows beyond the data's rank are zero
  projection DOUBLE PRECISION[] NOT NULL,
  fitted_rows INTEGER NOT NULL,
  explained_variance DOUBLE PRECISION[] NOT NULL,
  -- L2 distance under which two conditioned vectors count as near-duplicates (DESIGN section 7)
  near_duplicate_distance DOUBLE PRECISION NOT NULL,
  is_current BOOLEAN NOT NULL DEFAULT false,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  PRIMARY KEY (model_hash));
-- At most one current model per embedder.
CREATE UNIQUE INDEX ix_conditioner_models_current ON raw.conditioner_models (embedder) WHERE is_current;

ALTER TABLE raw.local_music_embeddings ADD COLUMN conditioner_hash TEXT;
