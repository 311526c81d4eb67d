{{ config(materialized='view') }}

-- A file that was embedded but not conditioned yet stays hidden: its vector is not comparable.
select
  e.filepath,
  e.embedder,
  e.success,
  e.fail_reason,
  e.duration_seconds,
  e.embedding,
  e.conditioned_embedding,
  e.conditioner_hash,
  e.insert_ts_utc
from {{ source('local_music_embeddings') }} as e
where e.conditioned_embedding is not null
  or not e.success
