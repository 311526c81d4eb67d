{{ config(materialized='view') }}

select
  p.playlist_id,
  p.collection_id,
  p.collection_order_index,
  p.title,
  p.description,
  p.create_at_utc
from {{ source('moomoo_playlist_collection_items') }} as p
