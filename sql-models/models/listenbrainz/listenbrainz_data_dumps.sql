{{ config(materialized='view') }}

select
  d.slug,
  d.ftp_path,
  d.ftp_modify_ts,
  d.date,
  d.start_timestamp,
  d.end_timestamp,
  d.created_at,
  d.refreshed_at
from {{ source('listenbrainz_data_dumps') }} as d
