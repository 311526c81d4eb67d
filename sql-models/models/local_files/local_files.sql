{{ config(materialized='table', indexes=[
     {'columns': ['filepath'], 'unique': true},
     {'columns': ['recording_md5']},
     {'columns': ['recording_mbid']},
     {'columns': ['release_mbid']},
     {'columns': ['release_group_mbid']},
     {'columns': ['artist_mbid']},
     {'columns': ['album_artist_mbid']},
     {'columns': ['artist_key']},
     {'columns': ['album_artist_key']},
     {'columns': ['track_name']},
     {'columns': ['album_name']},
     {'columns': ['artist_name']},
     {'columns': ['album_artist_name']},
     {'columns': ['embedding_success']},
     {'columns': ['embedding_duration_seconds']}]) }}

-- MBIDs here come from the file's tags only; the name-map lookups join in through the map__ models.
with names as (
  select
    m.filepath,
    m.artist_mbid,
    m.album_artist_mbid,
    {{ name_key('m.artist_name') }} as artist_name_key,
    {{ name_key('m.album_artist_name') }} as album_artist_name_key,
    {{ folder_key('m.filepath') }} as folder_key
  from {{ ref('local_files_metadata') }} as m
),

-- A name that the library's tags give exactly one artist MBID stands for that artist in the files
-- tagged by name only, so that a partly tagged artist is one artist to the per-artist limit.
tagged_names as (
  select
    t.name_key,
    min(t.artist_mbid::text) as artist_key
  from (
    select n.artist_name_key as name_key, n.artist_mbid from names as n
    union
    select n.album_artist_name_key, n.album_artist_mbid from names as n
  ) as t
  where t.name_key is not null and t.artist_mbid is not null
  group by t.name_key
  having count(distinct t.artist_mbid) = 1
),

-- The artist identities of DESIGN 9.19: the MBID, else the normalised tag, else the first folder;
-- the album artist falls back to the track artist's identity.
keys as (
  select
    n.filepath,
    coalesce(n.artist_mbid::text, ta.artist_key, n.artist_name_key, tf.artist_key, n.folder_key) as artist_key,
    coalesce(n.album_artist_mbid::text, taa.artist_key, n.album_artist_name_key) as album_artist_tag_key
  from names as n
  left join tagged_names as ta on ta.name_key = n.artist_name_key
  left join tagged_names as tf on tf.name_key = n.folder_key
  left join tagged_names as taa on taa.name_key = n.album_artist_name_key
)

select
  m.filepath,
  m.recording_md5,
  least(b.birth_at, m.file_created_at) as file_created_at,
  m.track_name,
  m.album_name,
  m.artist_name,
  m.album_artist_name,
  m.track_date,
  {{ extract_year('m.track_date') }} as track_year,
  m.track_length_seconds,
  m.recording_mbid,
  m.release_mbid,
  m.release_group_mbid,
  m.artist_mbid,
  m.album_artist_mbid,
  k.artist_key,
  coalesce(k.album_artist_tag_key, k.artist_key) as album_artist_key,
  m.insert_ts_utc,
  e.success as embedding_success,
  e.duration_seconds::double precision as embedding_duration_seconds,
  e.conditioned_embedding as embedding,
  e.insert_ts_utc as embedding_insert_ts_utc
from {{ ref('local_files_metadata') }} as m
join keys as k on k.filepath = m.filepath
left join {{ ref('local_files_embedding') }} as e on e.filepath = m.filepath
left join {{ source('local_music_files_birth_timestamps') }} as b on b.filepath = m.filepath
