{{ config(materialized='table', indexes=[
     {'columns': ['username', 'filepath'], 'unique': true}]) }}

-- Files a user's generated playlists keep coming back to. The loved and revisit collections pick
-- their tracks on purpose, so they do not count.
with playlist_files as (
  select
    c.username,
    t.filepath,
    count(distinct p.playlist_id) as playlist_count,
    array_agg(distinct c.collection_name order by c.collection_name) as collection_names
  from {{ ref('moomoo_playlist_collections') }} as c
  join {{ ref('moomoo_playlists') }} as p on p.collection_id = c.collection_id
  join {{ ref('moomoo_playlist_tracks') }} as t on t.playlist_id = p.playlist_id
  where c.collection_name not in ('loved-tracks', 'revisit-tracks', 'revisit-releases')
  group by c.username, t.filepath
  having count(distinct p.playlist_id) > 1
)

select
  pf.username,
  pf.filepath,
  f.track_name,
  f.album_name,
  f.artist_name,
  f.album_artist_name,
  pf.playlist_count,
  pf.collection_names
from playlist_files as pf
join {{ ref('local_files') }} as f on f.filepath = pf.filepath
