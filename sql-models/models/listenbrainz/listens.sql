{{ config(materialized='table', indexes=[
     {'columns': ['listen_md5'], 'unique': true},
     {'columns': ['username']},
     {'columns': ['listen_at_ts_utc']},
     {'columns': ['recording_msid']},
     {'columns': ['recording_mbid']},
     {'columns': ['release_mbid']}]) }}

-- The listen time comes from the JSON; the column ingest wrote holds the same instant and only
-- stands in when the JSON value is malformed. Each JSON value is read once in the subquery (offset 0
-- keeps PostgreSQL from merging it into the outer query, which would repeat the reads in every cast).
select
  t.listen_md5,
  t.username,
  coalesce({{ try_epoch('t.listened_at') }}, t.stored_listen_at) as listen_at_ts_utc,
  {{ try_uuid('t.recording_msid') }} as recording_msid,
  t.track_name::varchar as track_name,
  t.artist_name::varchar as artist_name,
  t.release_name::varchar as release_name,
  {{ try_uuid('t.release_mbid') }} as release_mbid,
  {{ try_uuid('t.recording_mbid') }} as recording_mbid,
  t.artist_mbids,
  {{ try_uuid('t.caa_release_mbid') }} as caa_release_mbid,
  {{ try_int('t.duration_ms') }} as duration_ms,
  {{ try_int('t.tracknumber') }} as tracknumber,
  {{ try_epoch('t.inserted_at') }} as _lb_insert_ts_utc,
  t.insert_ts_utc as _ingest_insert_ts_utc
from (
  select
    l.listen_md5,
    l.username,
    l.listen_at_ts_utc as stored_listen_at,
    l.insert_ts_utc,
    {{ json_get('l.json_data', ['listened_at']) }} as listened_at,
    {{ json_get('l.json_data', ['inserted_at']) }} as inserted_at,
    {{ json_get('l.json_data', ['recording_msid']) }} as recording_msid,
    {{ json_get('l.json_data', ['track_metadata', 'track_name']) }} as track_name,
    {{ json_get('l.json_data', ['track_metadata', 'artist_name']) }} as artist_name,
    {{ json_get('l.json_data', ['track_metadata', 'release_name']) }} as release_name,
    {{ json_get('l.json_data', ['track_metadata', 'mbid_mapping', 'release_mbid']) }} as release_mbid,
    {{ json_get('l.json_data', ['track_metadata', 'mbid_mapping', 'recording_mbid']) }} as recording_mbid,
    {{ json_get('l.json_data', ['track_metadata', 'mbid_mapping', 'artist_mbids'], as_json=true) }} as artist_mbids,
    {{ json_get('l.json_data', ['track_metadata', 'mbid_mapping', 'caa_release_mbid']) }} as caa_release_mbid,
    {{ json_get('l.json_data', ['track_metadata', 'additional_info', 'duration_ms']) }} as duration_ms,
    {{ json_get('l.json_data', ['track_metadata', 'additional_info', 'tracknumber']) }} as tracknumber
  from {{ source('listenbrainz_listens') }} as l
  offset 0
) as t
