{{ config(materialized='table', indexes=[
     {'columns': ['filepath'], 'unique': true}]) }}

-- Names are trimmed here, while ingest hashed recording_md5 from the untrimmed tags.
select
  f.filepath,
  f.recording_md5,
  least(f.file_created_at, f.file_modified_at) as file_created_at,
  {{ json_get('f.json_data', ['title']) }}::varchar as track_name,
  {{ json_get('f.json_data', ['album']) }}::varchar as album_name,
  {{ json_get('f.json_data', ['artist']) }}::varchar as artist_name,
  {{ json_get('f.json_data', ['album_artist']) }}::varchar as album_artist_name,
  {{ json_get('f.json_data', ['date']) }}::varchar as track_date,
  {{ try_real(json_get('f.json_data', ['length'])) }} as track_length_seconds,
  {{ try_uuid(json_get('f.json_data', ['musicbrainz_trackid'])) }} as recording_mbid,
  {{ try_uuid(json_get('f.json_data', ['musicbrainz_albumid'])) }} as release_mbid,
  {{ try_uuid(json_get('f.json_data', ['musicbrainz_releasegroupid'])) }} as release_group_mbid,
  {{ try_uuid(json_get('f.json_data', ['musicbrainz_artistid'])) }} as artist_mbid,
  {{ try_uuid(json_get('f.json_data', ['musicbrainz_albumartistid'])) }} as album_artist_mbid,
  f.insert_ts_utc
from {{ source('local_music_files') }} as f
