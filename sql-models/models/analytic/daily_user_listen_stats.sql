{{ config(materialized='table', indexes=[
     {'columns': ['username', 'listen_date'], 'unique': true}]) }}

-- Dates are UTC calendar dates (the runner's connection runs in UTC): today and the 90 before it.
with recent_listens as (
  select
    l.listen_md5,
    l.username,
    l.listen_at_ts_utc::date as listen_date,
    l.recording_mbid,
    l.release_mbid,
    l.duration_ms,
    exists (
      select 1
      from {{ ref('map__file_recording') }} as m
      where m.recording_mbid = l.recording_mbid
    ) as is_mapped_to_file
  from {{ ref('listens') }} as l
  where l.listen_at_ts_utc::date >= ({{ now() }})::date - 90
)

select
  {{ md5key('r.username', 'r.listen_date') }} as user_date_key,
  r.username,
  r.listen_date,
  count(distinct r.listen_md5) as count_listens,
  count(distinct r.recording_mbid) as count_recordings,
  count(distinct r.release_mbid) as count_releases,
  sum(r.duration_ms) / 3600000.0::double precision as sum_listen_hours,
  coalesce(
    count(distinct r.listen_md5) filter (where r.is_mapped_to_file)::real
    / nullif(count(distinct r.listen_md5) filter (where r.recording_mbid is not null), 0),
    0
  )::real as pct_listens_mapped_to_file
from recent_listens as r
group by r.username, r.listen_date
