{{ config(materialized='table', indexes=[
     {'columns': ['artist_mbid'], 'unique': true}]) }}

-- The playlist engine loads these vectors whole; pair scores are computed from them on demand.
select
  f.artist_mbid,
  f.factors,
  f.insert_ts_utc
from {{ source('listenbrainz_artist_factors') }} as f
