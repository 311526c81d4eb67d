{{ config(materialized='view') }}

select
  f.feedback_md5,
  f.username,
  f.score,
  f.recording_mbid,
  f.feedback_at,
  f.insert_ts_utc as _ingest_insert_ts_utc
from {{ source('listenbrainz_user_feedback') }} as f
