{{ config(materialized='table', indexes=[
     {'columns': ['listen_md5'], 'unique': true},
     {'columns': ['username']},
     {'columns': ['listen_at_ts_utc']},
     {'columns': ['recording_msid']},
     {'columns': ['recording_mbid']},
     {'columns': ['release_mbid']}]) }}

-- The listen time comes from the JSON; the column ingest wrote holds the same instant and only
-- stands in when the JSON value is malformed.
select
  l.listen_md5,
  l.username,
  coalesce({{ try_epoch(json_get('l.json_data', ['listened_at'])) }}, l.listen_at_ts_utc) as listen_at_ts_utc,
  {{ try_uuid(json_get('l.json_data', ['recording_msid'])) }} as recording_msid,
  {{ json_get('l.json_data', ['track_metadata', 'track_name']) }}::varchar as track_name,
  {{ json_get('l.json_data', ['track_metadata', 'artist_name']) }}::varchar as artist_name,
  {{ json_get('l.json_data', ['track_metadata', 'release_name']) }}::varchar as release_name,
  {{ try_uuid(json_get('l.json_data', ['track_metadata', 'mbid_mapping', 'release_mbid'])) }} as release_mbid,
  {{ try_uuid(json_get('l.json_data', ['track_metadata', 'mbid_mapping', 'recording_mbid'])) }} as recording_mbid,
  {{ json_get('l.json_data', ['track_metadata', 'mbid_mapping', 'artist_mbids'], as_json=true) }} as artist_mbids,
  {{ try_uuid(json_get('l.json_data', ['track_metadata', 'mbid_mapping', 'caa_release_mbid'])) }} as caa_release_mbid,
  {{ try_int(json_get('l.json_data', ['track_metadata', 'additional_info', 'duration_ms'])) }} as duration_ms,
  {{ try_int(json_get('l.json_data', ['track_metadata', 'additional_info', 'tracknumber'])) }} as tracknumber,
  {{ try_epoch(json_get('l.json_data', ['inserted_at'])) }} as _lb_insert_ts_utc,
  l.insert_ts_utc as _ingest_insert_ts_utc
from {{ source('listenbrainz_listens') }} as l
