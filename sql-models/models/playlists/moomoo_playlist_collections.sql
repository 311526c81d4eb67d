{{ config(materialized='view') }}

select
  c.collection_id,
  c.collection_name,
  c.username,
  c.refresh_at_hours_utc,
  c.create_at_utc,
  c.refreshed_at_utc
from {{ source('moomoo_playlist_collections') }} as c
