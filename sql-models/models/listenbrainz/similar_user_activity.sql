{{ config(materialized='table', indexes=[
     {'columns': ['similar_user_activity_id'], 'unique': true},
     {'columns': ['ingest_payload_id']},
     {'columns': ['mbid']},
     {'columns': ['from_username']},
     {'columns': ['to_username']},
     {'columns': ['time_range']},
     {'columns': ['entity']}]) }}

with activity_elements as (
  select
    s.payload_id,
    case s.entity
      when 'artists' then {{ json_get('e.element', ['artist_mbid']) }}
      when 'releases' then {{ json_get('e.element', ['release_mbid']) }}
      when 'recordings' then {{ json_get('e.element', ['recording_mbid']) }}
    end as mbid_text,
    {{ try_int(json_get('e.element', ['listen_count'])) }} as listen_count
  from {{ source('listenbrainz_similar_user_activity') }} as s
  cross join lateral jsonb_array_elements(
    case when jsonb_typeof(s.json_data -> s.entity) = 'array' then s.json_data -> s.entity end
  ) as e (element)
  where s.entity in ('artists', 'releases', 'recordings')
),

-- Payloads sometimes list one MBID twice: their counts add up.
activity_mbids as (
  select
    a.payload_id,
    a.mbid_text,
    {{ try_uuid('a.mbid_text') }} as mbid,
    sum(a.listen_count) as listen_count
  from activity_elements as a
  where a.mbid_text is not null
  group by a.payload_id, a.mbid_text
)

select
  {{ md5key('m.payload_id', 'm.mbid_text') }} as similar_user_activity_id,
  m.mbid,
  m.listen_count,
  s.from_username,
  s.to_username,
  s.user_similarity,
  s.time_range,
  {{ try_epoch(json_get('s.json_data', ['from_ts'])) }} as activity_from_ts,
  {{ try_epoch(json_get('s.json_data', ['to_ts'])) }} as activity_to_ts,
  left(s.entity, -1) as entity,
  s.payload_id as ingest_payload_id,
  s.insert_ts_utc
from activity_mbids as m
join {{ source('listenbrainz_similar_user_activity') }} as s on s.payload_id = m.payload_id
where m.mbid is not null
