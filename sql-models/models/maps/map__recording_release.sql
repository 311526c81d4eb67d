{{ config(materialized='table', indexes=[
     {'columns': ['recording_mbid', 'release_mbid'], 'unique': true}]) }}

-- A release listed twice, or an id that is no UUID, must not break the unique index.
with release_ids as (
  select
    r.recording_mbid,
    {{ try_uuid(json_get('e.release', ['id'])) }} as release_mbid
  from {{ ref('recordings') }} as r
  cross join lateral jsonb_path_query(r.release_list, '$[*]') as e (release)
)

select distinct
  i.recording_mbid,
  i.release_mbid
from release_ids as i
where i.release_mbid is not null
