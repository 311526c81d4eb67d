{{ config(materialized='view') }}

select
  r.dump_record_id,
  r.slug,
  r.user_id,
  r.artist_mbid,
  r.listen_count
from {{ source('listenbrainz_data_dump_records') }} as r
