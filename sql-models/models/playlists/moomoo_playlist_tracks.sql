{{ config(materialized='view') }}

select
  t.track_id,
  t.playlist_id,
  t.track_order_index,
  t.filepath,
  t.recording_mbid,
  t.release_mbid,
  t.release_group_mbid,
  t.artist_mbid,
  t.album_artist_mbid,
  t.track_length_seconds,
  t.match_distance,
  t.is_seed
from {{ source('moomoo_playlist_tracks') }} as t
