{{ config(materialized='table', indexes=[
     {'columns': ['recording_md5'], 'unique': true},
     {'columns': ['recording_name']},
     {'columns': ['artist_name']},
     {'columns': ['release_name']},
     {'columns': ['recording_mbid']},
     {'columns': ['release_mbid']},
     {'columns': ['insert_ts_utc']}]) }}

select
  m.recording_md5,
  m.recording_name,
  m.release_name,
  m.artist_name,
  {{ json_get('m.payload_json', ['artist_mbids'], as_json=true) }} as artist_mbids,
  {{ try_uuid(json_get('m.payload_json', ['recording_mbid'])) }} as recording_mbid,
  {{ try_uuid(json_get('m.payload_json', ['release_mbid'])) }} as release_mbid,
  {{ try_uuid(json_get('m.payload_json', ['metadata', 'release', 'release_group_mbid'])) }} as release_group_mbid,
  {{ json_get('m.payload_json', ['release_name']) }}::varchar as mapped_release_name,
  {{ json_get('m.payload_json', ['recording_name']) }}::varchar as mapped_recording_name,
  {{ json_get('m.payload_json', ['artist_credit_name']) }}::varchar as mapped_artist_name,
  m.ts_utc as insert_ts_utc
from {{ source('messybrainz_name_map') }} as m
where m.success
