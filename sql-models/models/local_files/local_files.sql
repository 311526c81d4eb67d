{{ config(materialized='table', indexes=[
     {'columns': ['filepath'], 'unique': true},
     {'columns': ['recording_md5']},
     {'columns': ['recording_mbid']},
     {'columns': ['release_mbid']},
     {'columns': ['release_group_mbid']},
     {'columns': ['artist_mbid']},
     {'columns': ['album_artist_mbid']},
     {'columns': ['track_name']},
     {'columns': ['album_name']},
     {'columns': ['artist_name']},
     {'columns': ['album_artist_name']},
     {'columns': ['embedding_success']},
     {'columns': ['embedding_duration_seconds']}]) }}

-- MBIDs here come from the file's tags only; the name-map lookups join in through the map__ models.
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
  m.insert_ts_utc,
  e.success as embedding_success,
  e.duration_seconds::double precision as embedding_duration_seconds,
  e.conditioned_embedding as embedding,
  e.insert_ts_utc as embedding_insert_ts_utc
from {{ ref('local_files_metadata') }} as m
left join {{ ref('local_files_embedding') }} as e on e.filepath = m.filepath
left join {{ source('local_music_files_birth_timestamps') }} as b on b.filepath = m.filepath
