{{ config(materialized='table', indexes=[
     {'columns': ['artist_mbid'], 'unique': true},
     {'columns': ['stats_range']},
     {'columns': ['artist_name']},
     {'columns': ['total_user_count']},
     {'columns': ['total_listen_count']}]) }}

with successful_stats as (
  select
    a.mbid,
    a.payload_json,
    a.ts_utc
  from {{ source('listenbrainz_artist_stats') }} as a
  where {{ try_bool(json_get('a.payload_json', ['success'])) }}
)

select
  s.mbid as artist_mbid,
  {{ json_get('s.payload_json', ['data', 'stats_range']) }} as stats_range,
  {{ json_get('s.payload_json', ['data', 'artist_name']) }} as artist_name,
  {{ try_epoch(json_get('s.payload_json', ['data', 'from_ts'])) }} as from_ts,
  {{ try_epoch(json_get('s.payload_json', ['data', 'to_ts'])) }} as to_ts,
  {{ try_epoch(json_get('s.payload_json', ['data', 'last_updated'])) }} as last_updated,
  {{ try_int(json_get('s.payload_json', ['data', 'total_user_count'])) }} as total_user_count,
  {{ try_int(json_get('s.payload_json', ['data', 'total_listen_count'])) }} as total_listen_count,
  {{ json_get('s.payload_json', ['data', 'listeners'], as_json=true) }} as listeners,
  s.ts_utc as _insert_ts_utc
from successful_stats as s
